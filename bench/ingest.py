"""Ingest benchmark: N generated Danish messages in one mbox, through the real CLI.

    python bench/ingest.py N                     # fresh SQLite file in a temp folder
    python bench/ingest.py N --pg                # a throw-away PostgreSQL cluster
    python bench/ingest.py N --db postgresql+psycopg://user@host/db   # an empty database
    python bench/ingest.py N --triage            # triage and route in the same run

The mbox is generated first (timed apart). Then ``borgerpost --db URL ingest mbox FILE``
runs as a child process — start-up, migration, parsing and writing all count — while the
resident memory of it and its parsing worker together is sampled. We print messages/s end
to end, peak RSS, RSS at a quarter and at 90 % of the run (to show it stays flat as N
grows), and check with ``borgerpost stats --json`` that exactly N messages were stored.

Target: 1,000,000 messages in under 10 minutes (>= 1,700 msg/s) into SQLite on a 2-core
machine, peak RSS under 500 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.mailgen import write_mbox  # noqa: E402

CLI = [sys.executable, "-c", "from borgerpost.cli import app; app()"]


def _run_sampled(argv: list[str]) -> tuple[float, list[tuple[float, int]], str]:
    """Run ``argv``; returns wall seconds, (seconds, RSS bytes) samples and its output."""
    started = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    process = psutil.Process(child.pid)
    samples: list[tuple[float, int]] = []
    while child.poll() is None:
        try:
            tree = [process, *process.children(recursive=True)]  # the parsing worker too
            rss = sum(p.memory_info().rss for p in tree)
        except psutil.Error:  # a process ended between listing and reading it
            time.sleep(0.05)
            continue
        samples.append((time.perf_counter() - started, rss))
        time.sleep(0.25)
    output = child.stdout.read() if child.stdout else ""
    seconds = time.perf_counter() - started
    if child.returncode != 0:
        raise SystemExit(f"ingest failed ({child.returncode}):\n{output}")
    return seconds, samples, output


def _stats(url: str) -> dict[str, int]:
    out = subprocess.run([*CLI, "--db", url, "stats", "--json"], capture_output=True,
                         text=True, check=True)
    return dict(json.loads(out.stdout))


def _rss_at(samples: list[tuple[float, int]], fraction: float) -> int:
    if not samples:
        return 0
    return samples[min(len(samples) - 1, int(len(samples) * fraction))][1]


def _pg_database(cluster: object) -> str:
    import psycopg

    port = cluster.port  # type: ignore[attr-defined]
    with psycopg.connect(host="127.0.0.1", port=port, user="borgerpost", dbname="postgres",
                         autocommit=True) as conn:
        conn.execute("CREATE DATABASE bench")
    return str(cluster.url("bench"))  # type: ignore[attr-defined]


def bench(count: int, url: str | None, use_pg: bool, workdir: Path, seed: int,
          triage: bool = False) -> None:
    mbox = workdir / "bench.mbox"
    started = time.perf_counter()
    size = write_mbox(mbox, count, seed)
    print(f"genereret: {count} beskeder, {size / 1e6:.0f} MB på "
          f"{time.perf_counter() - started:.1f} s")
    cluster = None
    if use_pg:
        from tests.pgcluster import start_cluster

        cluster = start_cluster()
        url = _pg_database(cluster)
    url = url or f"sqlite:///{workdir / 'bench.db'}"
    try:
        seconds, samples, output = _run_sampled(
            [*CLI, "--db", url, "ingest", "mbox", str(mbox), "--no-progress",
             *([] if triage else ["--no-triage"])])
        stats = _stats(url)
    finally:
        if cluster is not None:
            cluster.stop()
    peak = max((rss for _t, rss in samples), default=0)
    backend = "postgresql" if url.startswith("postgresql") else "sqlite"
    print(output.strip())
    print(f"{backend}: {count} beskeder på {seconds:.1f} s = {count / seconds:,.0f} beskeder/s "
          f"(ende til ende, CLI, {'med' if triage else 'uden'} triage)")
    print(f"RSS: top {peak / 2**20:.0f} MB, ved 25 % {_rss_at(samples, 0.25) / 2**20:.0f} MB, "
          f"ved 90 % {_rss_at(samples, 0.9) / 2**20:.0f} MB")
    if backend == "sqlite":
        print(f"databasefil: {(workdir / 'bench.db').stat().st_size / 1e6:.0f} MB")
    print(f"stats: {stats}")
    if stats["messages"] != count:
        raise SystemExit(f"FEJL: {stats['messages']} gemt, {count} forventet")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, nargs="?", default=10_000)
    parser.add_argument("--db", help="an empty database URL (default: fresh SQLite file)")
    parser.add_argument("--pg", action="store_true", help="start a throw-away PostgreSQL")
    parser.add_argument("--workdir", type=Path, help="where the mbox and SQLite file go")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--triage", action="store_true",
                        help="triage and route in the same run (default: store only)")
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="borgerpost-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("PYTHONPATH", str(ROOT / "src"))
    try:
        bench(args.count, args.db, args.pg, workdir, args.seed, args.triage)
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
