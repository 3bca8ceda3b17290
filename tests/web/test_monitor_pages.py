"""The monitor's queue and post pages, on SQLite and PostgreSQL: who may see what, every
view in the post's chain of custody, status changes behind CSRF, versions linked."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from borgerpost.monitor.custody import VIEW, VIEW_DENIED, custody_of
from borgerpost.store.db import Store
from borgerpost.store.tables import MonitorItem
from borgerpost.web.access import (
    can_manage_monitor,
    can_opt_in_monitor,
    can_see_monitor_counts,
)
from tests.monitor.kept import DOXXING_THREAT
from tests.web.conftest import csrf_of, logged_in_clients
from tests.web.monitor_seed import (
    SECRET_BITS,
    SOURCE_NAME,
    Client,
    Kept,
    entries,
    monitor_app,
    seed_all,
)


@pytest.fixture
def kept(store: Store, password_hash: str) -> Kept:
    return seed_all(store, password_hash)


@pytest.fixture
def client_for(store: Store, kept: Kept) -> Iterator[Client]:
    with logged_in_clients(monitor_app(store)) as make:
        yield make


class U:
    def __init__(self, role: str, staff_id: int | None = None) -> None:
        self.role, self.unit, self.can_read_bodies, self.staff_id = role, "", False, staff_id


@pytest.mark.parametrize(("role", "manage", "counts"), [
    ("sikkerhed", True, True),
    ("leder", False, True),
    ("teamleder", False, False),
    ("sagsbehandler", False, False),
])
def test_monitor_policy(role: str, manage: bool, counts: bool) -> None:
    assert can_manage_monitor(U(role)) is manage
    assert can_see_monitor_counts(U(role)) is counts
    assert can_opt_in_monitor(U(role)) is False
    assert can_opt_in_monitor(U(role, staff_id=7)) is True


# username -> (queue page, post page, sources page)
ACCESS = {
    "sif": (200, 200, 200),
    "lene": (200, 403, 403),
    "lars": (200, 403, 403),  # a leder with body access still sees counts only
    "tove": (403, 403, 403),
    "anna": (403, 403, 403),  # named in the posts: her way in is the opt-in summary
    "bent": (403, 403, 403),
}


@pytest.mark.parametrize("username", list(ACCESS))
def test_role_access(client_for: Client, kept: Kept, store: Store, username: str) -> None:
    client = client_for(username)
    queue, post, sources = ACCESS[username]
    assert client.get("/overvaagning").status_code == queue
    assert client.get(f"/overvaagning/{kept.threat}").status_code == post
    assert client.get("/overvaagning/kilder").status_code == sources
    assert client.get("/api/v1/monitor/items").status_code == (200 if post == 200 else 403)
    assert client.get(f"/api/v1/monitor/items/{kept.threat}").status_code == post
    assert client.get("/api/v1/monitor/counts").status_code == queue
    with store.session() as session:
        custody = custody_of(session, item_id=kept.threat)
    views = [(c.actor, c.action, c.channel) for c in custody if c.action in (VIEW, VIEW_DENIED)]
    action = VIEW if post == 200 else VIEW_DENIED
    assert views == [(username, action, "web"), (username, action, "api")]


def test_leder_sees_counts_only(client_for: Client, kept: Kept) -> None:
    page = client_for("lene").get("/overvaagning").text
    assert re.search(r'<span class="big">3</span> ny', page)
    assert "Tal alene" in page and f"/overvaagning/{kept.threat}" not in page
    assert SOURCE_NAME not in page and "Hanne Lykke" not in page
    assert client_for("lene").get("/api/v1/monitor/counts").json() == {
        "ny": 3, "set": 0, "eksporteret": 0}


def test_queue_lists_posts_newest_first_without_text(client_for: Client, kept: Kept) -> None:
    client = client_for("sif")
    page = client.get("/overvaagning").text
    links = re.findall(r'href="/overvaagning/(\d+)">Opslag', page)
    assert links == [str(kept.shaming_v2), str(kept.shaming), str(kept.threat)]
    assert SOURCE_NAME in page and "Hanne Lykke" in page and "Doxxing" in page
    assert not [bit for bit in SECRET_BITS if bit in page]
    items = client.get("/api/v1/monitor/items").json()
    assert [i["id"] for i in items] == [kept.shaming_v2, kept.shaming, kept.threat]
    assert "text" not in items[0] and "author_handle" not in items[0]
    assert not [bit for bit in SECRET_BITS if bit in str(items)]
    assert 'class="badge"' in page and ">3</span>" in page  # the nav's count of new posts


def test_status_filter_and_paging(client_for: Client, kept: Kept, store: Store) -> None:
    with store.session() as session:
        item = session.get(MonitorItem, kept.threat)
        assert item is not None
        item.status = "set"
    client = client_for("sif")
    page = client.get("/overvaagning?status=set").text
    assert re.findall(r'href="/overvaagning/(\d+)">Opslag', page) == [str(kept.threat)]
    assert client.get("/overvaagning?side=2").status_code == 200
    assert "Ingen gemte opslag" in client.get("/overvaagning?side=2").text
    api = client.get("/api/v1/monitor/items?status=ny").json()
    assert [i["id"] for i in api] == [kept.shaming_v2, kept.shaming]


def test_post_page_shows_evidence_and_records_the_view(
    client_for: Client, kept: Kept, store: Store
) -> None:
    page = client_for("sif").get(f"/overvaagning/{kept.threat}").text
    assert '<details class="content-warning">' in page and "Indholdsadvarsel:" in page
    assert page.index("Indholdsadvarsel:") < page.index("Egevej 12")
    assert '<mark title="adresse på en navngiven ansat">Egevej 12 i Vestby</mark>' in page
    assert DOXXING_THREAT.url in page and DOXXING_THREAT.author in page
    assert "2026-03-05 09:30:12 UTC" in page
    with store.session() as session:
        item = session.get(MonitorItem, kept.threat)
        assert item is not None and item.content_sha256 in page and item.warc_sha256 in page
    assert "Straffelovens § 264 d" in page and "Straffelovens § 266" in page
    assert "kan være relevant" in page and "Hanne Lykke (Ydelse)" in page
    views = [e for e in entries(store, VIEW) if e.object_id == str(kept.threat)]
    assert [(e.actor, e.detail) for e in views] == [("sif", {"channel": "web"})]
    assert re.search(r"<td>sif</td><td>åbnet</td><td>web</td>", page)  # custody shows it


def test_unknown_post_is_404_and_leaves_no_record(client_for: Client, store: Store) -> None:
    assert client_for("sif").get("/overvaagning/9999").status_code == 404
    assert client_for("anna").get("/overvaagning/9999").status_code == 403
    assert client_for("sif").get("/api/v1/monitor/items/9999").status_code == 404
    assert [e for e in entries(store, VIEW_DENIED) if e.object_id == "9999"] == []


def test_versions_link_to_each_other(client_for: Client, kept: Kept) -> None:
    client = client_for("sif")
    newer = client.get(f"/overvaagning/{kept.shaming_v2}").text
    assert f'<a href="/overvaagning/{kept.shaming}">Version 1</a>' in newer
    assert "<strong>Version 2</strong> (denne)" in newer
    older = client.get(f"/overvaagning/{kept.shaming}").text
    assert f'<a href="/overvaagning/{kept.shaming_v2}">Version 2</a>' in older
    body = client.get(f"/api/v1/monitor/items/{kept.shaming_v2}").json()
    assert body["versions"] == [kept.shaming, kept.shaming_v2]
    assert body["text"].endswith("(redigeret)")


def test_status_change_needs_csrf_and_is_audited(
    client_for: Client, kept: Kept, store: Store
) -> None:
    client = client_for("sif")
    url = f"/overvaagning/{kept.threat}/status"
    assert client.post(url, data={"status": "set"}).status_code == 403
    token = csrf_of(client.get(f"/overvaagning/{kept.threat}").text)
    assert client.post(url, data={"status": "afsluttet", "csrf_token": token}).status_code == 400
    done = client.post(url, data={"status": "set", "csrf_token": token},
                       follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"].endswith("?gemt=1")
    assert client_for("lene").post(url, data={"status": "ny", "csrf_token": token}
                                   ).status_code == 403
    with store.session() as session:
        item = session.get(MonitorItem, kept.threat)
        assert item is not None and item.status == "set"
        changes = [c for c in custody_of(session, item_id=kept.threat)
                   if c.action == "monitor.status"]
        assert [(c.actor, c.status) for c in changes] == [("sif", "ny → set")]
