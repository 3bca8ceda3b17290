"""IMAP ingest against a real Dovecot: incremental runs, UIDVALIDITY, exactly-once, errors.

The server is started by the test session (``tests/ingest/dovecot.py``); each test gets a
user with an empty mailbox of its own. Tests that store mail run on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select
from typer.testing import CliRunner

from borgerpost.cli import app
from borgerpost.config import Settings
from borgerpost.errors import IngestError
from borgerpost.ingest import imap as imap_module
from borgerpost.ingest.imap import ImapAccount, ImapFolder, Security, encode_mailbox, sequence_set
from borgerpost.ingest.imap_sync import FolderRun, ingest_folder
from borgerpost.store.db import Store, open_store
from borgerpost.store.imap_state import FolderState, get_state, save_state
from borgerpost.store.messages import BatchResult
from borgerpost.store.stats import message_stats
from borgerpost.store.tables import Message
from tests.ingest.conftest import make_mail
from tests.ingest.dovecot import DEFAULT_PASSWORD, Dovecot, DovecotUnavailable, start_dovecot

PASSWORD = DEFAULT_PASSWORD
imap = pytest.mark.imap
runner = CliRunner()


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    """One Dovecot for the session; a missing dovecot-imapd fails, never skips."""
    try:
        server = start_dovecot()
    except DovecotUnavailable as exc:
        pytest.fail(f"the IMAP tests need a real Dovecot: {exc}")
    yield server
    server.stop()


@dataclass
class Box:
    """One test's mailbox on the shared server."""

    server: Dovecot
    user: str
    password: str = PASSWORD

    def append(self, raw: bytes, folder: str = "INBOX") -> int:
        return self.server.append(self.user, raw, encode_mailbox(folder), self.password)[1]

    def account(self, **kw: object) -> ImapAccount:
        options: dict[str, object] = {"port": self.server.port, "security": Security.NONE}
        options.update(kw)
        return ImapAccount(host="127.0.0.1", user=self.user, password=self.password,
                           **options)  # type: ignore[arg-type]

    def state(self, store: Store, folder: str = "INBOX") -> FolderState | None:
        return get_state(store, account=self.account().key, folder=folder)

    def flags(self, folder: str = "INBOX") -> dict[int, bytes]:
        conn = self.server.connect(self.user, self.password)
        try:
            conn.select(encode_mailbox(folder), readonly=True)
            _, data = conn.uid("FETCH", "1:*", "(UID FLAGS)")
        finally:
            conn.logout()
        return {int(line.split(b"UID ")[1].split()[0]): line.split(b"FLAGS ")[1]
                for line in data if isinstance(line, bytes)}


@pytest.fixture
def box(dovecot: Dovecot) -> Box:
    return Box(dovecot, dovecot.add_user())


@pytest.fixture
def db(db_url: str) -> Iterator[Store]:
    opened = open_store(db_url)
    yield opened
    opened.dispose()


def mails(count: int, tag: str = "m") -> list[bytes]:
    return [make_mail(message_id=f"<{tag}{i}@borger.dk>", subject=f"Sag {tag}{i}").as_bytes()
            for i in range(count)]


def on_server(raw: bytes) -> bytes:
    """What the server holds after imaplib's APPEND turned bare LF into CRLF."""
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def run(store: Store, box: Box, folder: str = "INBOX", batch: int = 500, **kw: object) -> FolderRun:
    settings = Settings(ingest_batch_size=batch, **kw)  # type: ignore[arg-type]
    return ingest_folder(store, box.account(), folder, settings=settings, progress=False)


def cli(db_url: str, box: Box, *args: str, password: str | None = PASSWORD) -> tuple[int, str]:
    env = {"BORGERPOST_IMAP_PASSWORD": password} if password is not None else {}
    argv = ["--db", db_url, "ingest", "imap", "--host", "127.0.0.1", "--user", box.user,
            "--no-progress", *args]
    if "--port" not in args:
        argv += ["--port", str(box.server.port), "--no-tls"]
    result = runner.invoke(app, argv, env=env)
    return result.exit_code, " ".join(result.output.split())


def stored(store: Store) -> list[tuple[str, str, bytes]]:
    with store.session() as session:
        rows = session.execute(select(Message.source_ref, Message.status, Message.raw)
                               .order_by(Message.id))
        return [(ref, status, raw) for ref, status, raw in rows]


# -- pure helpers -------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "wire"), [
    ("INBOX", '"INBOX"'),
    ("Klager 2024", '"Klager 2024"'),
    ("Ærø", '"&AMY-r&APg-"'),
    ("Ææ", '"&AMYA5g-"'),
    ("~peter/mail/台北/日本語", '"~peter/mail/&U,BTFw-/&ZeVnLIqe-"'),  # RFC 3501's example
    ("Løn & Ydelser", '"L&APg-n &- Ydelser"'),
    ('sagt "nej"\\', '"sagt \\"nej\\"\\\\"'),
])
def test_encode_mailbox(name: str, wire: str) -> None:
    assert encode_mailbox(name) == wire


@pytest.mark.parametrize(("uids", "wire"), [
    ([7], "7"), ([1, 2, 3], "1:3"), ([1, 2, 3, 7, 9, 10], "1:3,7,9:10"), ([4, 6], "4,6"),
])
def test_sequence_set(uids: list[int], wire: str) -> None:
    assert sequence_set(uids) == wire


@given(st.sets(st.integers(1, 2**32 - 1), min_size=1, max_size=60))
def test_sequence_set_expands_back(uids: set[int]) -> None:
    expanded: list[int] = []
    for part in sequence_set(sorted(uids)).split(","):
        low, _, high = part.partition(":")
        expanded.extend(range(int(low), int(high or low) + 1))
    assert expanded == sorted(uids)


def test_password_never_in_repr() -> None:
    account = ImapAccount(host="imap.kommune.dk", user="post", password="blåbær-7")
    assert "blåbær-7" not in repr(account)
    assert account.key == "post@imap.kommune.dk:993"
    assert ImapAccount("h", "u", "p", security=Security.STARTTLS).effective_port == 143


# -- the client against Dovecot ------------------------------------------------------------

@imap
def test_search_windows_and_the_n_star_quirk(box: Box, monkeypatch: pytest.MonkeyPatch) -> None:
    for raw in mails(5):
        box.append(raw)
    monkeypatch.setattr(imap_module, "SEARCH_WINDOW", 2)
    with ImapFolder(box.account(), "INBOX") as folder:
        assert list(folder.new_uids(0)) == [1, 2, 3, 4, 5]
        assert list(folder.new_uids(3)) == [4, 5]
        assert list(folder.new_uids(5)) == []  # the server answers "5" to "6:*"
        assert list(folder.new_uids(500)) == []


@imap
def test_fetch_in_size_bounded_groups_keeps_order_and_bytes(box: Box) -> None:
    raws = mails(5)
    uids = [box.append(raw) for raw in raws]
    with ImapFolder(box.account(), "INBOX") as folder:
        fetched = list(folder.fetch(uids, max_message_bytes=10**6, chunk=3, max_bytes=1))
        skipped = list(folder.fetch([uids[0], 999], max_message_bytes=10**6))
    assert [m.uid for m in fetched] == uids
    assert [m.raw for m in fetched] == [on_server(raw) for raw in raws]
    assert all(m.size == len(m.raw) and not m.truncated for m in fetched)
    assert [m.uid for m in skipped] == [uids[0]]  # a UID no longer there is skipped


# -- incremental ingest, both back ends ------------------------------------------------------

@imap
def test_first_run_all_second_run_nothing_then_only_new(db: Store, box: Box) -> None:
    for raw in mails(4):
        box.append(raw)
    first = run(db, box, batch=3)
    assert (first.summary.new, first.summary.duplicates, first.found) == (4, 0, 4)
    assert box.state(db) == FolderState(first.uidvalidity, 4)
    second = run(db, box)
    assert (second.summary.new, second.summary.duplicates, second.found) == (0, 0, 0)
    assert box.state(db) == FolderState(first.uidvalidity, 4)
    for raw in mails(3, tag="ny"):
        box.append(raw)
    third = run(db, box, batch=2)
    assert (third.summary.new, third.summary.duplicates, third.found) == (3, 0, 3)
    assert box.state(db) == FolderState(first.uidvalidity, 7)
    refs = [ref for ref, _, _ in stored(db)]
    assert refs == [f"INBOX:{first.uidvalidity}:{uid}" for uid in range(1, 8)]


@imap
def test_broken_messages_are_stored_quarantined(db: Store, box: Box) -> None:
    broken = [b"dette er ingen e-mail, bare en linje tekst\n",
              b"From: a@b.dk\nContent-Type: multipart/mixed\n\nuden boundary\n"]
    box.append(mails(1)[0])
    for raw in broken:
        box.append(raw)
    result = run(db, box)
    assert (result.summary.new, result.summary.quarantined) == (3, 2)
    rows = stored(db)
    assert [status for _, status, _ in rows] == ["ok", "quarantined", "quarantined"]
    assert [raw for _, _, raw in rows[1:]] == [on_server(raw) for raw in broken]


@imap
def test_message_over_the_limit_is_kept_truncated_and_quarantined(db: Store, box: Box) -> None:
    big = make_mail("x" * 30_000 + "\n", cte="7bit", message_id="<stor@b.dk>").as_bytes()
    box.append(mails(1)[0])
    box.append(big)
    result = run(db, box, message_max_bytes=1000)  # the fetch limit is ten times that
    assert (result.summary.new, result.summary.quarantined) == (2, 1)
    _, status, raw = stored(db)[1]
    assert status == "quarantined" and raw == on_server(big)[:10_000]
    with db.session() as session:
        reason = session.scalar(select(Message.parse_error).where(Message.status == status))
    assert reason is not None and "kun begyndelsen er hentet" in reason


@imap
def test_uidvalidity_change_refetches_without_duplicates(db: Store, box: Box) -> None:
    folder = "Klager Ærø & co"
    conn = box.server.connect(box.user)
    assert conn.create(encode_mailbox(folder))[0] == "OK"
    raws = mails(3)
    for raw in raws:
        box.append(raw, folder)
    first = run(db, box, folder)
    assert first.summary.new == 3
    assert conn.delete(encode_mailbox(folder))[0] == "OK"
    assert conn.create(encode_mailbox(folder))[0] == "OK"
    conn.logout()
    for raw in [*raws, *mails(1, tag="efter")]:
        box.append(raw, folder)
    again = run(db, box, folder)
    assert again.uidvalidity != first.uidvalidity and again.uidvalidity_changed
    assert (again.summary.new, again.summary.duplicates) == (1, 3)
    assert box.state(db, folder) == FolderState(again.uidvalidity, 4)
    assert message_stats(db)["messages"] == 4


@imap
def test_connection_lost_midway_keeps_committed_batches_and_resumes(db: Store, box: Box) -> None:
    for raw in mails(6):
        box.append(raw)
    killed: list[int] = []

    def kill_after_first_batch(result: BatchResult) -> None:
        if not killed:
            killed.append(box.server.kill_sessions())

    settings = Settings(ingest_batch_size=2)
    broken = ingest_folder(db, box.account(), "INBOX", settings=settings, progress=False,
                           on_batch=kill_after_first_batch)
    assert killed == [1]
    assert broken.summary.error is not None and "IMAP" in broken.summary.error
    assert (broken.summary.new, broken.last_uid) == (2, 2)
    assert box.state(db) == FolderState(broken.uidvalidity, 2)
    resumed = run(db, box, batch=2)
    assert (resumed.summary.new, resumed.summary.duplicates, resumed.last_uid) == (4, 0, 6)
    assert message_stats(db)["messages"] == 6


@imap
def test_crash_between_commit_and_state_update_is_absorbed(db: Store, box: Box) -> None:
    for raw in mails(5):
        box.append(raw)
    first = run(db, box, batch=2)
    save_state(db, account=box.account().key, folder="INBOX", uidvalidity=first.uidvalidity,
               last_uid=2)  # as if killed after storing 3-5 but before moving the state
    again = run(db, box, batch=2)
    assert (again.summary.new, again.summary.duplicates, again.last_uid) == (0, 3, 5)
    assert message_stats(db)["messages"] == 5


@imap
def test_ingest_leaves_mail_unseen(db: Store, box: Box) -> None:
    for raw in mails(3):
        box.append(raw)
    assert run(db, box).summary.new == 3
    flags = box.flags()
    assert len(flags) == 3 and not any(b"\\Seen" in value for value in flags.values())


# -- the command line ------------------------------------------------------------------------

@imap
def test_cli_incremental_summary(db_url: str, box: Box) -> None:
    for raw in [*mails(2), b"ingen headers her\n"]:
        box.append(raw)
    code, output = cli(db_url, box, "--batch-size", "2")
    assert code == 0, output
    assert "Nye: 3, dubletter: 0, i karantæne: 1" in output and "sidste UID 3" in output
    code, output = cli(db_url, box)
    assert code == 0 and "Nye: 0, dubletter: 0, i karantæne: 0" in output


@imap
@pytest.mark.parametrize("mode", ["--tls", "--starttls"])
def test_cli_over_tls(sqlite_url: str, box: Box, mode: str,
                      monkeypatch: pytest.MonkeyPatch) -> None:
    box.append(mails(1)[0])
    port = box.server.tls_port if mode == "--tls" else box.server.port
    code, output = cli(sqlite_url, box, mode, "--port", str(port))
    assert code == 1 and "certificate verify failed" in output  # self-signed: not trusted
    monkeypatch.setenv("SSL_CERT_FILE", str(box.server.ca_file))
    code, output = cli(sqlite_url, box, mode, "--port", str(port))
    assert code == 0, output
    assert "Nye: 1," in output


@imap
def test_utf8_password(sqlite_url: str, dovecot: Dovecot) -> None:
    box = Box(dovecot, dovecot.add_user("blåbærgrød"), "blåbærgrød")
    box.append(mails(1)[0])
    code, output = cli(sqlite_url, box, password="blåbærgrød")
    assert code == 0 and "Nye: 1," in output


@imap
@pytest.mark.parametrize(("args", "password", "message"), [
    ((), "forkert-kode", "login afvist for brugeren"),
    ((), None, "BORGERPOST_IMAP_PASSWORD"),
    (("--folder", "Findes ikke"), PASSWORD, "mappen 'Findes ikke'"),
    (("--starttls", "--no-tls"), PASSWORD, "udelukker hinanden"),
])
def test_cli_fails_clearly(sqlite_url: str, box: Box, args: tuple[str, ...],
                           password: str | None, message: str) -> None:
    box.append(mails(1)[0])
    code, output = cli(sqlite_url, box, *args, password=password)
    assert code == 1 and message in output, output
    assert "forkert-kode" not in output
    store = open_store(sqlite_url)
    try:
        assert message_stats(store)["messages"] == 0
        assert box.state(store) is None
    finally:
        store.dispose()


@imap
def test_cli_unreachable_server(sqlite_url: str, box: Box) -> None:
    code, output = cli(sqlite_url, box, "--port", "1", "--no-tls")
    assert code == 1 and "kan ikke forbinde" in output


def test_imap_error_is_an_ingest_error() -> None:
    account = ImapAccount(host="127.0.0.1", user="x", password="y", port=1,
                          security=Security.NONE, timeout=5)
    with pytest.raises(IngestError, match=r"127\.0\.0\.1:1: kan ikke forbinde"):
        ImapFolder(account, "INBOX").open()
