"""Login, logout, CSRF and what an anonymous visitor gets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select
from starlette.types import Message, Receive, Scope, Send

from borgerpost.store.db import Store
from borgerpost.store.logins import LOCKOUT, MAX_FAILURES
from borgerpost.store.tables import AuditEntry, LoginSession, User
from tests.web.conftest import PASSWORD, csrf_of, log_in


def _audit(store: Store) -> list[AuditEntry]:
    with store.session() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def test_login_page_says_log_ind(app: FastAPI) -> None:
    with TestClient(app) as client:
        response = client.get("/login")
    assert response.status_code == 200
    assert "<h1>Log ind</h1>" in response.text
    assert "<title>Log ind" in response.text


def test_login_succeeds_sets_a_hardened_cookie_and_audits(
    app: FastAPI, sqlite_store: Store
) -> None:
    with TestClient(app) as client:
        token = csrf_of(client.get("/login").text)
        response = client.post("/login", data={"username": "Anna", "password": PASSWORD,
                                               "csrf_token": token, "next": "/afsendere/x"},
                               follow_redirects=False)
        assert response.status_code == 303
        assert response.headers["location"] == "/afsendere/x"
        cookie = response.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=lax" in cookie
        assert client.get("/").status_code == 200
    rows = _audit(sqlite_store)
    assert [(r.actor, r.action) for r in rows] == [("anna", "login.success")]


@pytest.mark.parametrize(("username", "password"), [
    ("anna", "forkert-kode-1"),
    ("ukendt", PASSWORD),
    ("anna", ""),
])
def test_login_fails_with_danish_message(
    app: FastAPI, sqlite_store: Store, username: str, password: str
) -> None:
    with TestClient(app) as client:
        token = csrf_of(client.get("/login").text)
        response = client.post("/login", data={"username": username, "password": password,
                                               "csrf_token": token})
        assert response.status_code == 401
        assert "Forkert brugernavn eller adgangskode." in response.text
        assert client.get("/", follow_redirects=False).status_code == 303
    rows = _audit(sqlite_store)
    assert [(r.actor, r.action) for r in rows] == [(username, "login.failure")]
    assert all(password not in str(r.detail) for r in rows if password)


def test_open_redirect_after_login_is_refused(app: FastAPI) -> None:
    with TestClient(app) as client:
        token = csrf_of(client.get("/login").text)
        response = client.post("/login", data={"username": "anna", "password": PASSWORD,
                                               "csrf_token": token,
                                               "next": "//evil.example/"},
                               follow_redirects=False)
    assert response.headers["location"] == "/"


def test_logout_ends_the_session(app: FastAPI) -> None:
    with TestClient(app) as client:
        log_in(client, "anna")
        token = csrf_of(client.get("/").text)
        response = client.post("/logout", data={"csrf_token": token}, follow_redirects=False)
        assert response.status_code == 303
        assert "Du er logget ud" in client.get(response.headers["location"]).text
        assert client.get("/", follow_redirects=False).status_code == 303
        assert client.get("/api/v1/me").status_code == 401


@pytest.mark.parametrize("token", [None, "", "forkert-token"])
def test_login_without_the_right_csrf_token_is_rejected(app: FastAPI, token: str | None) -> None:
    with TestClient(app) as client:
        client.get("/login")
        data = {"username": "anna", "password": PASSWORD}
        if token is not None:
            data["csrf_token"] = token
        response = client.post("/login", data=data, follow_redirects=False)
        assert response.status_code == 403
        assert "Sikkerhedstjekket (CSRF) fejlede" in response.text
        assert client.get("/", follow_redirects=False).status_code == 303


def test_logout_without_csrf_token_keeps_the_session(app: FastAPI) -> None:
    with TestClient(app) as client:
        log_in(client, "anna")
        assert client.post("/logout", data={}).status_code == 403
        assert client.get("/").status_code == 200


def test_token_from_another_session_is_rejected(app: FastAPI) -> None:
    with TestClient(app) as first, TestClient(app) as second:
        log_in(first, "anna")
        log_in(second, "bent")
        foreign = csrf_of(first.get("/").text)
        assert second.post("/logout", data={"csrf_token": foreign}).status_code == 403


def test_login_rotates_the_csrf_token(app: FastAPI) -> None:
    with TestClient(app) as client:
        before = csrf_of(client.get("/login").text)
        log_in(client, "anna")
        assert csrf_of(client.get("/").text) != before


@pytest.mark.parametrize("path", ["/", "/beskeder/1", "/afsendere/a@b.dk", "/oversigt"])
def test_pages_redirect_anonymous_visitors_to_login(app: FastAPI, path: str) -> None:
    with TestClient(app) as client:
        response = client.get(path, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"].startswith("/login?next=")


@pytest.mark.parametrize("path", ["/api/v1/me", "/api/v1/messages", "/api/v1/messages/1",
                                  "/api/v1/senders/a@b.dk/messages", "/api/v1/stats"])
def test_api_answers_401_to_anonymous_callers(app: FastAPI, path: str) -> None:
    with TestClient(app) as client:
        response = client.get(path)
    assert response.status_code == 401
    assert response.json() == {"detail": "Du skal logge ind."}


def test_deactivated_user_loses_access_at_once(app: FastAPI, sqlite_store: Store) -> None:
    with TestClient(app) as client:
        log_in(client, "anna")
        with sqlite_store.session() as session:
            user = session.scalar(select(User).where(User.username == "anna"))
            assert user is not None
            user.active = False
        assert client.get("/", follow_redirects=False).status_code == 303
        assert client.get("/api/v1/me").status_code == 401


def test_pages_carry_security_headers(app: FastAPI) -> None:
    with TestClient(app) as client:
        response = client.get("/login")
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["cache-control"] == "no-store"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]


def test_a_copied_cookie_is_worthless_after_logout(app: FastAPI) -> None:
    with TestClient(app) as owner, TestClient(app) as thief:
        log_in(owner, "anna")
        thief.cookies.update(owner.cookies)
        assert thief.get("/").status_code == 200
        token = csrf_of(owner.get("/").text)
        owner.post("/logout", data={"csrf_token": token})
        assert thief.get("/", follow_redirects=False).status_code == 303
        assert thief.get("/api/v1/me").status_code == 401


def test_a_login_ends_after_the_idle_time(app: FastAPI, sqlite_store: Store) -> None:
    with TestClient(app) as client:
        log_in(client, "anna")
        assert client.get("/").status_code == 200
        with sqlite_store.session() as session:
            (row,) = session.scalars(select(LoginSession))
            row.last_seen_at = datetime.now(UTC) - timedelta(hours=2)
        assert client.get("/", follow_redirects=False).status_code == 303
    with sqlite_store.session() as session:
        assert session.scalars(select(LoginSession.ended_why)).all() == ["idle"]


def _try(client: TestClient, username: str, password: str) -> int:
    token = csrf_of(client.get("/login").text)
    response = client.post("/login", data={"username": username, "password": password,
                                           "csrf_token": token}, follow_redirects=False)
    return response.status_code


def test_too_many_failed_logins_make_the_username_wait(app: FastAPI, sqlite_store: Store) -> None:
    with TestClient(app) as client:
        assert [_try(client, "anna", "gæt-nummer-et") for _ in range(MAX_FAILURES)] == [
            401
        ] * MAX_FAILURES
        token = csrf_of(client.get("/login").text)
        locked = client.post("/login", data={"username": "Anna", "password": PASSWORD,
                                             "csrf_token": token})
        assert locked.status_code == 429  # the right password is not even checked
        assert "For mange mislykkede forsøg. Prøv igen om 15 minut(ter)." in locked.text
        assert _try(client, "bent", PASSWORD) == 303  # another username is not held up
    assert [r.action for r in _audit(sqlite_store)][-2:] == ["login.locked", "login.success"]


def test_the_wait_ends_when_the_failures_are_old(app: FastAPI, sqlite_store: Store) -> None:
    old = datetime.now(UTC) - LOCKOUT - timedelta(minutes=1)
    with sqlite_store.session() as session:
        session.add_all(
            AuditEntry(at=old, actor="anna", action="login.failure", object_type="user")
            for _ in range(MAX_FAILURES)
        )
    with TestClient(app) as client:
        assert _try(client, "anna", PASSWORD) == 303


def _count_live_logins(store: Store) -> int:
    with store.session() as session:
        return len(list(session.scalars(
            select(LoginSession).where(LoginSession.ended_at.is_(None)))))


def test_a_login_is_committed_before_its_redirect_is_sent(
    app: FastAPI, sqlite_store: Store
) -> None:
    """A browser follows the 303 at once: the login must already be in the database then,
    or the next page finds no login and sends the user back to the login form."""
    seen_at_response_start: list[int] = []

    async def watching(scope: Scope, receive: Receive, send: Send) -> None:
        async def send_watched(message: Message) -> None:
            if message["type"] == "http.response.start" and scope["method"] == "POST":
                seen_at_response_start.append(_count_live_logins(sqlite_store))
            await send(message)

        await app(scope, receive, send_watched)

    with TestClient(watching) as client:
        token = csrf_of(client.get("/login").text)
        response = client.post("/login", data={"username": "anna", "password": PASSWORD,
                                               "csrf_token": token}, follow_redirects=False)
        assert response.status_code == 303
        assert seen_at_response_start == [1]
        logout = client.post("/logout", data={"csrf_token": csrf_of(client.get("/").text)},
                             follow_redirects=False)
        assert logout.status_code == 303
        assert seen_at_response_start == [1, 0]
