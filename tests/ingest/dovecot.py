"""A real, throw-away Dovecot IMAP server for the IMAP ingest tests.

Everything lives in one temp dir: the config, a passwd-file, maildirs, base_dir, state_dir
and the log; /etc/dovecot and /var/run are never touched. It listens on 127.0.0.1 only,
on free ports: one in clear text (plaintext login allowed, loopback only) and one with
implicit TLS, using a self-signed certificate made with openssl, so STARTTLS and TLS are
tested too. Running as root, Dovecot's own processes use the Debian package's ``dovecot``
and ``dovenull`` users and mail is owned by ``nobody``; otherwise all of them are us.

Dovecot's brute-force defences (a delay after a failed login, and an anvil "penalty"
that slows every later login from the same address) are switched off: the tests log in
wrongly on purpose and would otherwise wait seconds for each later login.

Any user name logs in with ``DEFAULT_PASSWORD`` (a static passdb, after a passwd-file
for users with other passwords), so one server per test session serves every test, each
with a fresh user and so a mailbox of its own.
"""

from __future__ import annotations

import grp
import imaplib
import itertools
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil

DEFAULT_PASSWORD = "hemmelig-kode"
DOVECOT_CANDIDATES = ("/usr/sbin/dovecot", "dovecot")
_APPENDUID = re.compile(rb"APPENDUID (\d+) (\d+)")


class DovecotUnavailable(RuntimeError):
    """Dovecot is not installed or would not start."""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _binary() -> str:
    for candidate in DOVECOT_CANDIDATES:
        found = shutil.which(candidate)
        if found:
            return found
    raise DovecotUnavailable("dovecot not found: install Debian's dovecot-imapd "
                             "(`make test` does it through .ci/system-deps)")


@dataclass(frozen=True)
class _Users:
    """Who Dovecot's processes and the mail files run as."""

    internal: str
    login: str
    mail_uid: int
    mail_gid: int

    @classmethod
    def pick(cls) -> _Users:
        if os.geteuid() != 0:
            me = pwd.getpwuid(os.geteuid()).pw_name
            return cls(me, me, os.geteuid(), os.getegid())
        try:
            pwd.getpwnam("dovecot")
            pwd.getpwnam("dovenull")
            nobody = pwd.getpwnam("nobody")
        except KeyError as exc:
            raise DovecotUnavailable(f"user {exc} missing: reinstall dovecot-core") from exc
        group = grp.getgrnam("nogroup").gr_gid if _has_group("nogroup") else nobody.pw_gid
        return cls("dovecot", "dovenull", nobody.pw_uid, group)


def _has_group(name: str) -> bool:
    try:
        grp.getgrnam(name)
        return True
    except KeyError:
        return False


def _config(root: Path, port: int, tls_port: int, users: _Users) -> str:
    return f"""\
base_dir = {root}/run
state_dir = {root}/state
instance_name = borgerpost-test-{port}
protocols = imap
listen = 127.0.0.1
log_path = {root}/dovecot.log
default_internal_user = {users.internal}
default_internal_group = {grp.getgrgid(pwd.getpwnam(users.internal).pw_gid).gr_name}
default_login_user = {users.login}
first_valid_uid = 1
first_valid_gid = 1
ssl = yes
ssl_cert = <{root}/cert.pem
ssl_key = <{root}/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
mail_location = maildir:{root}/mail/%u
mail_fsync = never
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
passdb {{
  driver = static
  args = password={DEFAULT_PASSWORD}
}}
userdb {{
  driver = static
  args = uid={users.mail_uid} gid={users.mail_gid} home={root}/mail/%u
}}
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
    ssl = yes
  }}
}}
"""


def _certificate(root: Path) -> Path:
    """A self-signed certificate for 127.0.0.1/localhost; returned path doubles as CA file."""
    cert = root / "cert.pem"
    made = subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
         "-keyout", str(root / "key.pem"), "-out", str(cert)],
        capture_output=True, text=True, check=False)
    if made.returncode != 0:
        raise DovecotUnavailable(f"openssl could not make a test certificate: {made.stderr}")
    return cert


@dataclass
class Dovecot:
    """A running server; ``add_user()`` gives each test a mailbox of its own."""

    root: Path
    port: int
    tls_port: int
    process: subprocess.Popen[bytes]
    _names: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    @property
    def ca_file(self) -> Path:
        return self.root / "cert.pem"

    def log(self) -> str:
        """The tail of Dovecot's log and of what it printed, for failure messages."""
        text = ""
        for name in ("stdout.log", "dovecot.log"):
            path = self.root / name
            if path.exists():
                text += path.read_text(errors="replace")[-3000:]
        return text

    def add_user(self, password: str = DEFAULT_PASSWORD) -> str:
        """A new user with an empty INBOX; its name is returned.

        With the default password no file changes: the static passdb accepts any name.
        Another password goes into the passwd-file, which Dovecot re-reads at most once a
        second, so this waits until the new user can log in."""
        name = f"bruger{next(self._names)}"
        if password == DEFAULT_PASSWORD:
            return name
        with (self.root / "passwd").open("a", encoding="utf-8") as stream:
            stream.write(f"{name}:{{PLAIN}}{password}::::\n")
        deadline = time.monotonic() + 10
        while True:
            try:
                self.connect(name, password).logout()
                return name
            except imaplib.IMAP4.error:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)

    def connect(self, user: str, password: str = DEFAULT_PASSWORD) -> imaplib.IMAP4:
        """A clear-text session logged in as ``user`` (for putting mail in place)."""
        conn = imaplib.IMAP4("127.0.0.1", self.port, timeout=30)
        try:
            secret = f"\0{user}\0{password}".encode()  # SASL PLAIN: UTF-8 passwords too
            conn.authenticate("PLAIN", lambda _challenge: secret)
        except BaseException:
            conn.shutdown()
            raise
        return conn

    def append(self, user: str, raw: bytes, folder: str = "INBOX",
               password: str = DEFAULT_PASSWORD) -> tuple[int, int]:
        """APPEND ``raw`` (imaplib turns bare LF into CRLF); returns (UIDVALIDITY, UID)."""
        conn = self.connect(user, password)
        try:
            kind, data = conn.append(folder, None, None, raw)
        finally:
            conn.logout()
        found = _APPENDUID.search(b" ".join(d for d in data if isinstance(d, bytes)))
        if kind != "OK" or found is None:
            raise AssertionError(f"APPEND refused: {kind} {data!r}")
        return int(found.group(1)), int(found.group(2))

    def kill_sessions(self) -> int:
        """SIGKILL every logged-in ``imap`` process: the client's connection drops."""
        killed = [child for child in psutil.Process(self.process.pid).children(recursive=True)
                  if child.name() == "imap"]
        for child in killed:
            child.kill()
        psutil.wait_procs(killed, timeout=10)
        return len(killed)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=15)
        shutil.rmtree(self.root, ignore_errors=True)


def _wait_ready(server: Dovecot, timeout_s: float = 30.0) -> None:
    """Until the clear-text listener sends its greeting, or the server has died."""
    deadline = time.monotonic() + timeout_s
    while True:
        if server.process.poll() is not None:
            raise DovecotUnavailable(f"dovecot exited with {server.process.returncode}: "
                                     f"{server.log()}")
        try:
            with socket.create_connection(("127.0.0.1", server.port), timeout=2) as sock:
                if sock.recv(64).startswith(b"* OK"):
                    return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise DovecotUnavailable(f"dovecot did not answer within {timeout_s} s: "
                                     f"{server.log()}")
        time.sleep(0.1)


def start_dovecot() -> Dovecot:
    """Write the config, start ``dovecot -F`` as our child and wait for its greeting."""
    binary = _binary()
    users = _Users.pick()
    root = Path(tempfile.mkdtemp(prefix="borgerpost-dovecot-"))
    os.chmod(root, 0o755)  # the mail user must reach its maildir below
    (root / "mail").mkdir()
    os.chown(root / "mail", users.mail_uid, users.mail_gid)
    (root / "passwd").write_text("", encoding="utf-8")
    os.chmod(root / "passwd", 0o644)
    _certificate(root)
    port, tls_port = _free_port(), _free_port()
    (root / "dovecot.conf").write_text(_config(root, port, tls_port, users), encoding="utf-8")
    with (root / "stdout.log").open("wb") as output:
        process = subprocess.Popen([binary, "-F", "-c", str(root / "dovecot.conf")],
                                   stdout=output, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL)
    server = Dovecot(root=root, port=port, tls_port=tls_port, process=process)
    try:
        _wait_ready(server)
    except BaseException:
        server.stop()
        raise
    return server
