"""Public-post monitor benchmark: N exported posts scanned through the real CLI.

    python bench/monitor.py [N]                  # default 100,000 posts, fresh SQLite file
    python bench/monitor.py N --runs 3           # three fresh databases: min/median/max
    python bench/monitor.py N --pg               # a throw-away PostgreSQL cluster
    python bench/monitor.py N --db postgresql+psycopg://user@host/db   # an empty database
    python bench/monitor.py N --csv              # a CSV export instead of JSONL
    python bench/monitor.py N --profile          # cProfile one run in this process

A Facebook-group style export of N Danish posts and a register of ``--staff`` people are
generated first (``bench/postgen.py``, timed apart): mostly ordinary comments, a few per
cent naming staff or revealing their private data. Then, as a jobcentre would:
``borgerpost init``, ``staff load``, ``monitor add-source --kind export_json`` and
``monitor run`` — the run as a child process, start-up and migration included, its
resident memory sampled. We print posts/s end to end, peak RSS, kept and discarded; then
run again over the same export, which must scan nothing (every post is known by its hash)
and shows what the incremental no-op costs. Last, the scan alone (``Scanner.assess`` over
the texts, no database), split into the prefilter and the full triage of what passes it,
so one sees where the time goes.

Target: >= 2,000 posts/s on one core, end to end (100,000 posts in under 50 s).
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import json
import os
import pstats
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.ingest import CLI, _pg_database  # noqa: E402
from bench.postgen import Mix, staff_register, write_export, write_register  # noqa: E402
from borgerpost.register import StaffMember  # noqa: E402

TARGET = 2_000
_LINE = re.compile(r"Scannet: (\d+), gemt: (\d+), kasseret: (\d+), fejl: (\d+) "
                   r"\(allerede set: (\d+)")


@dataclass(frozen=True)
class Run:
    """One ``monitor run`` as the child process reported it."""

    seconds: float
    cpu_seconds: float  # user + system time of the child: what it cost one core
    peak_rss: int
    scanned: int
    kept: int
    discarded: int
    errors: int
    skipped: int

    @property
    def rate(self) -> float:
        return (self.scanned + self.skipped) / self.seconds

    @property
    def cpu_rate(self) -> float:
        """Posts per CPU-second: the rate on a core of its own, whatever ran beside it."""
        return (self.scanned + self.skipped) / self.cpu_seconds


def _run_measured(argv: list[str], log: Path) -> tuple[float, float, int, str]:
    """Run ``argv``: wall seconds, CPU seconds and peak RSS (bytes) of the child, from the
    kernel's own accounting (``wait4``), and its output (kept in a file, not a pipe, so
    thousands of row errors cannot block it)."""
    started = time.perf_counter()
    with log.open("w+", encoding="utf-8") as out:
        child = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, text=True)
        _pid, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        output = out.read()
    if child.returncode != 0:
        raise SystemExit(f"monitor run failed ({child.returncode}):\n{output}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024, output


def _cli(url: str, *args: str) -> str:
    done = subprocess.run([*CLI, "--db", url, *args], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({done.returncode}):\n{done.stderr}")
    return done.stdout


def _prepare(url: str, register: Path, export: Path, as_csv: bool) -> None:
    _cli(url, "init")
    _cli(url, "staff", "load", str(register))
    _cli(url, "monitor", "add-source", "--name", "Vestby-grupper (eksport)", "--kind",
         "export_csv" if as_csv else "export_json", "--location", str(export), "--by", "bench")


def _monitor_run(url: str, log: Path) -> Run:
    seconds, cpu, peak, output = _run_measured(
        [*CLI, "--db", url, "monitor", "run", "--no-progress", "--by", "bench"], log)
    match = _LINE.search(output)
    if match is None:
        raise SystemExit(f"no summary line in:\n{output}")
    scanned, kept, discarded, errors, skipped = map(int, match.groups())
    return Run(seconds, cpu, peak, scanned, kept, discarded, errors, skipped)


def _fresh_url(workdir: Path, number: int, url: str | None, use_pg: bool,
               clusters: list[object]) -> str:
    if use_pg:
        from tests.pgcluster import start_cluster

        clusters.append(start_cluster())
        return _pg_database(clusters[-1])
    if url is not None:
        return url
    return f"sqlite:///{workdir / f'bench{number}.db'}"


def _mb(value: float) -> str:
    return f"{value / 2**20:.0f} MB"


def _print_run(label: str, run: Run) -> None:
    print(f"{label}: {run.scanned + run.skipped:,} opslag på {run.seconds:.1f} s = "
          f"{run.rate:,.0f} opslag/s (CPU {run.cpu_seconds:.1f} s = {run.cpu_rate:,.0f}/s); "
          f"gemt {run.kept:,}, kasseret {run.discarded:,}, set før {run.skipped:,}, "
          f"fejl {run.errors}; RSS top {_mb(run.peak_rss)}")


def bench_cli(count: int, runs: int, url: str | None, use_pg: bool, workdir: Path,
              register: Path, export: Path, as_csv: bool) -> list[Run]:
    """``runs`` fresh databases, each scanned once (timed) and once more (the no-op)."""
    if url is not None and runs > 1:
        raise SystemExit("--runs > 1 needs a fresh database each time (leave out --db)")
    firsts: list[Run] = []
    for number in range(runs):
        clusters: list[object] = []
        try:
            target = _fresh_url(workdir, number, url, use_pg, clusters)
            _prepare(target, register, export, as_csv)
            first = _monitor_run(target, workdir / "run.log")
            _print_run(f"kørsel {number + 1}", first)
            again = _monitor_run(target, workdir / "run.log")
            _print_run("  igen (intet nyt)", again)
            if again.scanned != 0 or again.skipped != count:
                raise SystemExit(f"FEJL: anden kørsel scannede {again.scanned}")
        finally:
            for cluster in clusters:
                cluster.stop()  # type: ignore[attr-defined]
        if first.scanned != count:
            raise SystemExit(f"FEJL: {first.scanned} scannet, {count} forventet")
        firsts.append(first)
    return firsts


def bench_scan(members: Sequence[StaffMember], export: Path) -> None:
    """The scanner alone over the export's texts: prefilter, then assess (prefilter + triage
    of what passes), each after a warm-up, in CPU time of this process (the machine may be
    shared; a wall clock would count the neighbours' work)."""
    from borgerpost.monitor.scan import Scanner

    with export.open(encoding="utf-8", newline="") as rows:
        texts = [row["text"] for row in csv.DictReader(rows)] if export.suffix == ".csv" \
            else [json.loads(line)["text"] for line in rows]
    scanner = Scanner.for_register(members, staff_ids={(m.name, m.unit): i for i, m in
                                                       enumerate(members, 1)})
    for text in texts[:300]:
        scanner.assess(text)
    started = time.process_time()
    passed = sum(1 for text in texts if scanner.candidate(text)[0])
    prefilter = time.process_time() - started
    started = time.process_time()
    verdicts = [scanner.assess(text) for text in texts]
    assess = time.process_time() - started
    kept = sum(v.keep for v in verdicts)
    triage_ms = (assess - prefilter) / max(passed, 1) * 1000
    share = passed / len(texts)
    print(f"kun scanning ({len(texts):,} tekster, ingen database, CPU-tid): "
          f"{len(texts) / assess:,.0f} opslag/s; forfilter "
          f"{prefilter / len(texts) * 1e6:.0f} µs/opslag ({len(texts) / prefilter:,.0f}/s), "
          f"{passed:,} ({share:.1%}) videre til fuld triage à ~{triage_ms:.2f} ms; "
          f"{kept:,} ville gemmes")


def profile(url: str, register: Path, export: Path, as_csv: bool) -> None:
    """One run in this process under cProfile: the 25 costliest functions (cumulative)."""
    from borgerpost.config import Settings
    from borgerpost.monitor.runner import run_sources
    from borgerpost.store.db import open_store

    _prepare(url, register, export, as_csv)
    store = open_store(url)
    profiler = cProfile.Profile()
    profiler.enable()
    summary = run_sources(store, settings=Settings(db=url), actor="bench")
    profiler.disable()
    store.dispose()
    print(summary.line())
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)


def _spread(values: Sequence[float]) -> str:
    ordered = sorted(values)
    return (f"min {ordered[0]:,.0f}, median {statistics.median(ordered):,.0f}, "
            f"max {ordered[-1]:,.0f}")


def _summary(count: int, firsts: Sequence[Run], mix: Mix) -> None:
    median = statistics.median(r.rate for r in firsts)
    print(f"opslag/s over {len(firsts)} kørsel(er): {_spread([r.rate for r in firsts])} "
          f"(mål >= {TARGET:,} på én kerne: {'nået' if median >= TARGET else 'IKKE nået'}); "
          f"pr. CPU-sekund: {_spread([r.cpu_rate for r in firsts])}")
    print(f"RSS top: {', '.join(_mb(r.peak_rss) for r in firsts)}")
    print(f"genereret med navn {mix['named']:,}, med private oplysninger {mix['doxxing']:,}, "
          f"grove uden navn {mix['abuse']:,}; gemt {firsts[0].kept:,} "
          f"({firsts[0].kept / count:.2%}), kasseret {firsts[0].discarded:,}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, nargs="?", default=100_000)
    parser.add_argument("--staff", type=int, default=300, help="people in the register")
    parser.add_argument("--runs", type=int, default=1, help="fresh databases, one run each")
    parser.add_argument("--db", help="an empty database URL (default: fresh SQLite file)")
    parser.add_argument("--pg", action="store_true", help="start a throw-away PostgreSQL")
    parser.add_argument("--csv", action="store_true", help="a CSV export instead of JSONL")
    parser.add_argument("--no-scan", action="store_true", help="skip the scan-only figure")
    parser.add_argument("--profile", action="store_true", help="cProfile one run instead")
    parser.add_argument("--workdir", type=Path, help="where the export and SQLite files go")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="borgerpost-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("PYTHONPATH", str(ROOT / "src"))
    try:
        _main(args, workdir)
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)


def _main(args: argparse.Namespace, workdir: Path) -> None:
    members = staff_register(args.staff, args.seed + 7)
    register, export = workdir / "staff.csv", workdir / ("posts.csv" if args.csv else
                                                          "posts.jsonl")
    started = time.perf_counter()
    write_register(register, members)
    mix = write_export(export, args.count, members, args.seed, as_csv=args.csv)
    print(f"genereret: {args.count:,} opslag, {export.stat().st_size / 1e6:.0f} MB, register "
          f"med {len(members)} navne, på {time.perf_counter() - started:.1f} s")
    if args.profile:
        profile(args.db or f"sqlite:///{workdir / 'profile.db'}", register, export, args.csv)
        return
    firsts = bench_cli(args.count, args.runs, args.db, args.pg, workdir, register, export,
                       args.csv)
    _summary(args.count, firsts, mix)
    if not args.no_scan:
        bench_scan(members, export)


if __name__ == "__main__":
    main()
