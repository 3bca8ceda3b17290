"""Parse in a worker process, write in this one: two cores for one ingest run.

Parsing MIME is pure Python and takes about two thirds of a run; writing takes the rest.
With the GIL, threads would not overlap them, so a spawned worker process reads and
parses the input and hands parsed messages over a bounded queue (a few hundred messages
per item, at most ``QUEUE_ITEMS`` items in flight, so memory stays flat), while this
process writes batches. Exactly-once is unaffected: only this process writes, one
transaction per batch, as before.

The worker watches its parent: if the parent dies (``kill -9``), the worker's queue fills
up, and on the next wait it notices it has been orphaned and exits instead of hanging. An
input small enough to fit the queue whole never fills it, so after its last item the worker
also waits for the parent to say it has read everything (``finished``), checking each second
that the parent still lives: a process cannot exit while its queue still holds unread items.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
from collections.abc import Callable, Iterator
from multiprocessing.synchronize import Event

from borgerpost.errors import IngestError
from borgerpost.ingest.sources import Input
from borgerpost.model import IncomingMessage

ITEM_MESSAGES = 200
QUEUE_ITEMS = 8
MIN_PARALLEL_BYTES = 4 * 1024 * 1024  # below this, starting a process costs more than it saves

Opener = Callable[[], Input]


def _put(channel: multiprocessing.Queue, item: tuple[object, ...], parent: int) -> None:  # type: ignore[type-arg]
    while True:
        try:
            channel.put(item, timeout=1.0)
            return
        except queue.Full:
            if os.getppid() != parent:
                os._exit(0)  # orphaned: nobody will read what we parse


def _await_reader(finished: Event, parent: int) -> None:
    """Stay until the parent has read the last item, or exit at once if it has died."""
    while not finished.wait(timeout=1.0):
        if os.getppid() != parent:
            os._exit(0)


def _work(opener: Opener, channel: multiprocessing.Queue,  # type: ignore[type-arg]
          finished: Event, parent: int) -> None:
    """Worker process body: parse everything, ship it in items, then say how it ended."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _ship(opener, channel, parent)
    _await_reader(finished, parent)


def _ship(opener: Opener, channel: multiprocessing.Queue, parent: int) -> None:  # type: ignore[type-arg]
    """Parse the input into items of ``ITEM_MESSAGES``, then one item that says how it ended
    ("done", or the error)."""
    try:
        source = opener()
        batch: list[IncomingMessage] = []
        for message in source.messages:
            batch.append(message)
            if len(batch) >= ITEM_MESSAGES:
                _put(channel, ("batch", source.position(), batch), parent)
                batch = []
        _put(channel, ("batch", source.position(), batch), parent)
        _put(channel, ("done",), parent)
    except IngestError as exc:
        _put(channel, ("error", str(exc)), parent)
    except Exception as exc:
        _put(channel, ("crash", f"{type(exc).__name__}: {exc}"), parent)


def _receive(process: multiprocessing.process.BaseProcess,
             channel: multiprocessing.Queue) -> tuple[object, ...]:  # type: ignore[type-arg]
    while True:
        try:
            return channel.get(timeout=2.0)  # type: ignore[no-any-return]
        except queue.Empty:
            if not process.is_alive():
                raise IngestError(f"læseprocessen stoppede uventet (kode {process.exitcode})"
                                  ) from None


def in_worker(opener: Opener) -> Input:
    """Run ``opener``'s input in a worker process; ``opener`` must be picklable
    (``functools.partial`` of a module-level function). It is also called here once, so
    that a missing or unreadable input fails at once, before any process is started."""
    probe = opener()
    context = multiprocessing.get_context("spawn")  # never fork a process holding a DB pool
    channel = context.Queue(maxsize=QUEUE_ITEMS)
    finished = context.Event()
    process = context.Process(target=_work, args=(opener, channel, finished, os.getpid()),
                              daemon=True)
    position = [0]

    def messages() -> Iterator[IncomingMessage]:
        process.start()
        try:
            while True:
                kind, *rest = _receive(process, channel)
                if kind == "batch":
                    position[0] = int(rest[0])  # type: ignore[call-overload]
                    yield from rest[1]  # type: ignore[misc]
                elif kind == "done":
                    return
                elif kind == "error":
                    raise IngestError(str(rest[0]))
                else:
                    raise IngestError(f"fejl i læseprocessen: {rest[0]}")
        finally:
            finished.set()
            _stop(process, channel)

    return Input(messages(), probe.byte_total, lambda: position[0])


def _stop(process: multiprocessing.process.BaseProcess,
          channel: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    process.join(timeout=2)  # told it is finished, a worker that shipped everything exits
    if process.is_alive():
        process.terminate()
    process.join(timeout=10)
    channel.close()
    channel.join_thread()


def maybe_in_worker(opener: Opener, *, workers: int | None = None) -> Input:
    """``in_worker`` when it pays: a big input and more than one CPU; else in-process.

    ``workers``: 0 forces in-process, 1 forces a worker, None decides by size and CPUs."""
    if workers == 0:
        return opener()
    if workers is None:
        probe = opener()
        if probe.byte_total < MIN_PARALLEL_BYTES or (os.cpu_count() or 1) < 2:
            return probe
    return in_worker(opener)
