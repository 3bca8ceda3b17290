"""``borgerpost users …`` and the port choice of ``borgerpost serve``."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from borgerpost.cli import app
from borgerpost.commands.web import default_port
from borgerpost.store.db import open_store
from borgerpost.store.tables import User
from borgerpost.store.users import authenticate

runner = CliRunner()


def _users(url: str) -> dict[str, User]:
    store = open_store(url)
    try:
        with store.session() as session:
            return {u.username: u for u in session.scalars(select(User))}
    finally:
        store.dispose()


def test_users_add_with_password_from_env(sqlite_url: str) -> None:
    result = runner.invoke(
        app, ["--db", sqlite_url, "users", "add", "Anna", "--role", "sagsbehandler",
              "--unit", "Ydelse", "--name", "Anna Andersen"],
        env={"BORGERPOST_NEW_PASSWORD": "hemmelig-kode-1"},
    )
    assert result.exit_code == 0, result.output
    user = _users(sqlite_url)["anna"]
    assert (user.role, user.unit, user.display_name) == ("sagsbehandler", "Ydelse",
                                                         "Anna Andersen")
    assert user.password_hash.startswith("$argon2id$")
    store = open_store(sqlite_url)
    with store.session() as session:
        assert authenticate(session, username="anna", password="hemmelig-kode-1") is not None
    store.dispose()


def test_users_add_prompts_twice(sqlite_url: str) -> None:
    result = runner.invoke(
        app, ["--db", sqlite_url, "users", "add", "lars", "--role", "leder", "--can-read-bodies"],
        input="hemmelig-kode-2\nhemmelig-kode-2\n", env={"BORGERPOST_NEW_PASSWORD": ""},
    )
    assert result.exit_code == 0, result.output
    assert _users(sqlite_url)["lars"].can_read_bodies


@pytest.mark.parametrize(("args", "message"), [
    (["bo", "--role", "chef"], "ukendt rolle"),
    (["bo", "--role", "sagsbehandler"], "kræver --unit"),
])
def test_users_add_refuses_bad_input(sqlite_url: str, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["--db", sqlite_url, "users", "add", *args],
                           env={"BORGERPOST_NEW_PASSWORD": "hemmelig-kode-1"})
    assert result.exit_code == 1
    assert message in result.output
    assert _users(sqlite_url) == {}


def test_users_add_refuses_a_duplicate_and_short_password(sqlite_url: str) -> None:
    base = ["--db", sqlite_url, "users", "add", "sif", "--role", "sikkerhed"]
    env = {"BORGERPOST_NEW_PASSWORD": "hemmelig-kode-1"}
    assert runner.invoke(app, base, env=env).exit_code == 0
    duplicate = runner.invoke(app, base, env=env)
    assert duplicate.exit_code == 1 and "findes allerede" in duplicate.output
    short = runner.invoke(app, [*base[:4], "kim", *base[5:]],
                          env={"BORGERPOST_NEW_PASSWORD": "kort"})
    assert short.exit_code == 1 and "mindst 8 tegn" in short.output


def test_users_list_and_deactivate(sqlite_url: str) -> None:
    env = {"BORGERPOST_NEW_PASSWORD": "hemmelig-kode-1"}
    runner.invoke(app, ["--db", sqlite_url, "users", "add", "tove", "--role", "teamleder",
                        "--unit", "Ydelse"], env=env)
    listing = runner.invoke(app, ["--db", sqlite_url, "users", "list"])
    assert listing.exit_code == 0 and "tove" in listing.output and "argon2" not in listing.output
    assert runner.invoke(app, ["--db", sqlite_url, "users", "deactivate", "TOVE"]).exit_code == 0
    assert not _users(sqlite_url)["tove"].active
    missing = runner.invoke(app, ["--db", sqlite_url, "users", "deactivate", "ingen"])
    assert missing.exit_code == 1


@pytest.mark.parametrize(("value", "port"), [(None, 8000), ("", 8000), ("8765", 8765)])
def test_default_port_reads_env(monkeypatch: pytest.MonkeyPatch, value: str | None,
                                port: int) -> None:
    if value is None:
        monkeypatch.delenv("PORT", raising=False)
    else:
        monkeypatch.setenv("PORT", value)
    assert default_port() == port


def test_bad_port_env_fails_clearly(monkeypatch: pytest.MonkeyPatch) -> None:
    import typer

    monkeypatch.setenv("PORT", "abc")
    with pytest.raises(typer.Exit):
        default_port()
