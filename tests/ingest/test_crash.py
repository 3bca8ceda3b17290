"""kill -9 at any moment, then re-run: every distinct message stored exactly once.

The CLI runs as a real subprocess and is SIGKILLed once the database holds some but not
all messages (twice: once parsing in-process, once with a parsing worker, which must then
exit on its own), and a third run completes the job.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from bench.mailgen import messages
from sqlalchemy import func, select

from borgerpost.ingest.mbox import format_entry
from borgerpost.store.db import open_store
from borgerpost.store.tables import Message

COUNT = 1000  # 25 batches of 40: room to kill mid-run twice
CLI = [sys.executable, "-c", "from borgerpost.cli import app; app()"]


def _count(url: str) -> int:
    store = open_store(url)
    try:
        with store.session() as session:
            return int(session.scalar(select(func.count()).select_from(Message)) or 0)
    finally:
        store.dispose()


def _start(url: str, mbox: Path, workers: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "BORGERPOST_INGEST_BATCH_SIZE": "40"}
    return subprocess.Popen([*CLI, "--db", url, "ingest", "mbox", str(mbox), "--no-progress",
                             "--workers", workers], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)


def _kill_midway(url: str, mbox: Path, workers: str, distinct: int) -> None:
    before = _count(url)
    process = _start(url, mbox, workers)
    deadline = time.monotonic() + 120
    while _count(url) <= before:
        assert process.poll() is None, process.communicate()[0].decode()
        assert time.monotonic() < deadline, "ingest never stored anything"
        time.sleep(0.02)
    children = psutil.Process(process.pid).children(recursive=True)
    process.send_signal(signal.SIGKILL)
    process.wait()
    stored = _count(url)
    assert before < stored < distinct, "the kill did not land mid-run"
    _, alive = psutil.wait_procs(children, timeout=30)
    assert not alive, "the parsing worker outlived its killed parent"


@pytest.mark.slow
def test_kill_9_then_rerun_stores_every_message_exactly_once(db_url: str, tmp_path: Path) -> None:
    raws = list(messages(COUNT, seed=7))
    entries = [*raws, *raws[:100], b"\x00 quarantine me\n", b"From: x\n"]  # dups + broken
    mbox = tmp_path / "big.mbox"
    with mbox.open("wb") as stream:
        for raw in entries:
            stream.write(format_entry(raw))
    distinct = COUNT + 2

    _kill_midway(db_url, mbox, "0", distinct)
    _kill_midway(db_url, mbox, "1", distinct)
    final = _start(db_url, mbox, "1")
    output = final.communicate(timeout=300)[0].decode()
    assert final.returncode == 0, output

    store = open_store(db_url)
    try:
        with store.session() as session:
            total = session.scalar(select(func.count()).select_from(Message))
            hashes = session.scalar(select(func.count(func.distinct(Message.sha256))))
            ids = session.scalar(select(func.count(func.distinct(Message.message_id))))
            with_id = session.scalar(select(func.count(Message.message_id)))
            quarantined = session.scalar(select(func.count()).select_from(Message)
                                         .where(Message.status == "quarantined"))
    finally:
        store.dispose()
    assert total == hashes == distinct
    assert ids == with_id == COUNT  # no Message-ID twice
    assert quarantined == 2
