"""A throw-away PostgreSQL cluster for the test suite: initdb + pg_ctl in a temp dir.

PostgreSQL refuses to run as root, and CI runs as root, so when we are root the cluster is
created and started as an unprivileged user (``postgres`` if Debian's package made it, else
``nobody``) through ``runuser``. It listens on 127.0.0.1 only, on a free port, with trust
authentication, and is stopped and deleted when the session ends.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


class PostgresUnavailable(RuntimeError):
    """initdb/pg_ctl are not installed (``make test`` installs Debian's postgresql)."""


def _find_bin(name: str) -> str:
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    found = candidates[0] if candidates else shutil.which(name)
    if not found:
        raise PostgresUnavailable(f"{name} not found: install Debian's postgresql package")
    return found


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _run_as(user: str | None, argv: list[str]) -> subprocess.CompletedProcess[str]:
    if user is not None:
        argv = ["runuser", "-u", user, "--", *argv]
    return subprocess.run(argv, capture_output=True, text=True, check=False)


def _unprivileged_user() -> str | None:
    if os.geteuid() != 0:
        return None
    import pwd

    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise PostgresUnavailable("running as root and no unprivileged user exists for PostgreSQL")


@dataclass
class PgCluster:
    """A running throw-away cluster; ``url(db)`` gives a psycopg 3 SQLAlchemy URL."""

    root: Path
    port: int
    user: str | None

    @property
    def datadir(self) -> Path:
        return self.root / "data"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://borgerpost@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        pg_ctl = _find_bin("pg_ctl")
        _run_as(self.user, [pg_ctl, "-D", str(self.datadir), "-m", "immediate", "stop"])
        shutil.rmtree(self.root, ignore_errors=True)


def start_cluster() -> PgCluster:
    """initdb, start and wait until the cluster accepts connections."""
    user = _unprivileged_user()
    root = Path(tempfile.mkdtemp(prefix="borgerpost-pg-"))
    if user is not None:
        shutil.chown(root, user=user)
    os.chmod(root, 0o700)
    cluster = PgCluster(root=root, port=_free_port(), user=user)
    init = _run_as(user, [_find_bin("initdb"), "-D", str(cluster.datadir), "-U", "borgerpost",
                          "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"])
    if init.returncode != 0:
        raise PostgresUnavailable(f"initdb failed: {init.stderr.strip()}")
    options = (f"-c listen_addresses=127.0.0.1 -c port={cluster.port} "
               f"-c unix_socket_directories={root} -c fsync=off -c synchronous_commit=off "
               "-c full_page_writes=off -c max_connections=200")
    started = _run_as(user, [_find_bin("pg_ctl"), "-D", str(cluster.datadir), "-o", options,
                             "-l", str(root / "server.log"), "-w", "-t", "60", "start"])
    if started.returncode != 0:
        server_log = root / "server.log"
        log = server_log.read_text(errors="replace") if server_log.exists() else ""
        raise PostgresUnavailable(f"pg_ctl start failed: {started.stderr.strip()} {log[-2000:]}")
    _wait_ready(cluster)
    return cluster


def _wait_ready(cluster: PgCluster, timeout_s: float = 30.0) -> None:
    import psycopg

    deadline = time.monotonic() + timeout_s
    while True:
        try:
            with psycopg.connect(host="127.0.0.1", port=cluster.port, user="borgerpost",
                                 dbname="postgres", connect_timeout=2):
                return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
