"""Triage engine benchmark: messages per second on one core, by text length and register size.

    python bench/triage.py [--texts 400] [--long 60] [--profile]

Texts are generated Danish citizen mail, varied sentence by sentence (criticism, requests,
thanks, swearing, threats, insults, staff named by full name, first name and title), cut to
about 300 and about 3,000 characters. Registers of 10 and 10,000 generated names (the small
register is the first ten of the big one, so both find the same people). Each text is
triaged by the whole pipeline (normaliser, staff matcher, PII recognizers, every label and
the DKhate model), after one warm-up pass, as a long-running worker would.

Targets: >= 2,000 messages/s/core at 300 characters; cost linear in text length (3,000
characters about 10x the time of 300); 10,000 names at most 2x slower than 10.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import statistics
import time
from collections.abc import Sequence

from borgerpost.detect.pipeline import Pipeline
from borgerpost.register import StaffMember

FIRST = tuple(
    str.split(
        "Anne Kirsten Mette Hanne Helle Susanne Lene Maria Lone Camilla Pia Louise Tina Gitte "
        "Bente Karen Rikke Inge Sanne Julie Ida Sofie Maja Signe Trine Malene Nina Ulla Vibeke "
        "Ditte Sara Fatima Yasmin Peter Jens Lars Michael Henrik Thomas Søren Jan Christian "
        "Martin Niels Anders Morten Jesper Mads Rasmus Kim Jørgen Ole Erik Frederik Mikkel "
        "Jakob Kasper Jonas Simon Emil Poul Torben Carsten Allan Gorm Mohammad Ahmed Ali Omar"
    )
)
LAST = tuple(
    str.split(
        "Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Petersen "
        "Madsen Kristensen Olsen Thomsen Poulsen Johansen Møller Mortensen Knudsen Jakobsen "
        "Mikkelsen Olesen Frederiksen Laursen Henriksen Lund Schmidt Eriksen Holm Clausen "
        "Simonsen Svendsen Iversen Jeppesen Mogensen Nissen Kjær Vestergaard Overgaard Dahl "
        "Bach Bruun Friis Krogh Brandt Winther Toft Ravn Bøgh Thygesen Dalgaard Bak Storm Hald"
    )
)
ROLES = ("sagsbehandler", "socialrådgiver", "teamleder", "jobkonsulent", "afdelingsleder")
UNITS = ("Sygedagpenge", "Kontanthjælp", "Jobafklaring", "Fleksjob", "Ressourceforløb")

SENTENCES = (
    "Jeg har nu ventet {n} uger på en afgørelse om mit {thing}, og det er ikke rimeligt.",
    "Kan mødet den {n}. {month} flyttes? Jeg skal til {place} samme formiddag.",
    "Jeg anmoder hermed om aktindsigt i alle dokumenter i min sag om {thing}.",
    "Tak til {first} for en god samtale i går, det hjalp mig meget.",
    "{full} har ikke taget højde for lægens udtalelse, så afgørelsen er forkert.",
    "Det er fandme for dårligt, at ingen tager telefonen hos {unit}.",
    "Min {relative} har svært ved at læse breve, så jeg skriver på hans vegne.",
    "Hvornår kommer pengene for {month}? De er ikke gået ind på min konto.",
    "Jeg vil gerne klage over afgørelsen af {n}. {month} om min {thing}.",
    "Vi var en tur i {place} i weekenden, og det gjorde godt for min ryg.",
    "Min {title} {first} har lovet at ringe, men jeg har ikke hørt noget.",
    "{full} er en inkompetent idiot, der ikke burde arbejde med mennesker.",
    "Jeg ved hvor du bor, {first}, og jeg kommer efter dig.",
    "Kommunen trækker sagerne i langdrag, så folk ender på laveste ydelse i årevis.",
    "Jeg sender lægeerklæringen fra {place} i næste uge, når jeg har fået den.",
    "Mit barn går i børnehave, så jeg kan kun komme mellem 9 og 14.",
    "Rehabiliteringsteamet lytter slet ikke til borgerne, man føler sig som et nummer.",
    "Jeg har det skidt for tiden, men jeg gør mit bedste for at møde op.",
)
FILL = {
    "thing": ("fleksjob", "ressourceforløb", "sygedagpenge", "kontanthjælp", "enkeltydelse"),
    "month": ("januar", "marts", "maj", "august", "oktober", "december"),
    "place": ("sygehuset", "Rold Skov", "tandlægen", "Aarhus", "skolen", "genoptræningen"),
    "unit": UNITS,
    "relative": ("far", "bror", "nabo", "søn", "onkel"),
    "title": ROLES,
}


def register(size: int, rng: random.Random) -> list[StaffMember]:
    """``size`` generated staff members with unique names (first + optional middle + last)."""
    seen: set[str] = set()
    out: list[StaffMember] = []
    while len(out) < size:
        middle = rng.choice(("", "", "", *LAST))
        name = " ".join(p for p in (rng.choice(FIRST), middle, rng.choice(LAST)) if p)
        if name not in seen:
            seen.add(name)
            out.append(StaffMember(name, rng.choice(ROLES), rng.choice(UNITS)))
    return out


def texts(count: int, length: int, staff: Sequence[StaffMember], rng: random.Random) -> list[str]:
    """``count`` texts of about ``length`` characters, each sentence drawn and filled anew."""
    out = []
    for _ in range(count):
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < length:
            member = rng.choice(staff)
            values = {k: rng.choice(v) for k, v in FILL.items()}
            values.update(n=str(rng.randint(2, 28)), full=member.name, first=member.first_name)
            parts.append(rng.choice(SENTENCES).format(**values))
        out.append(" ".join(parts)[: length + 40])
    return out


def rates(pipeline: Pipeline, batch: Sequence[str], rounds: int) -> list[float]:
    """Messages per second of each of ``rounds`` passes (after one warm-up pass), timed in
    CPU seconds of this process: on a shared machine, time spent waiting for a core is
    not the engine's."""
    for _ in pipeline.pipe(batch):
        pass
    out = []
    for _ in range(rounds):
        start = time.process_time()
        for _ in pipeline.pipe(batch):
            pass
        out.append(len(batch) / (time.process_time() - start))
    return out


def spread(values: Sequence[float]) -> str:
    """``median (min–max)`` of rates, rounded to whole messages per second."""
    return f"{statistics.median(values):8.0f} ({min(values):.0f}–{max(values):.0f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=400, help="300-character texts")
    parser.add_argument("--long", type=int, default=60, help="3,000-character texts")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="cProfile the 300-char run")
    args = parser.parse_args()
    rng = random.Random(7)
    big = register(10_000, rng)
    small = big[:10]
    short = texts(args.texts, 300, small, rng)
    long_ = texts(args.long, 3000, small, rng)
    print(f"texts: {len(short)} x ~{sum(map(len, short)) // len(short)} chars, "
          f"{len(long_)} x ~{sum(map(len, long_)) // len(long_)} chars")  # fmt: skip
    results: dict[tuple[int, int], float] = {}
    for members in (small, big):
        start = time.perf_counter()
        pipeline = Pipeline.from_register(members)
        built = time.perf_counter() - start
        for length, batch in ((300, short), (3000, long_)):
            measured = rates(pipeline, batch, args.rounds)
            results[(len(members), length)] = statistics.median(measured)
            print(f"register {len(members):>6} names (built in {built:.2f} s), {length:>5} chars: "
                  f"{spread(measured)} messages/s (median, min–max of {args.rounds})")  # fmt: skip
        if args.profile and len(members) == len(small):
            _profile(pipeline, short)
    for names in (10, 10_000):
        ratio = results[(names, 300)] / results[(names, 3000)]
        print(f"{names:>6} names: 3,000 chars cost {ratio:.1f}x 300 chars (linear: ~10x)")
    print(
        f"300 chars: 10,000 names {results[(10, 300)] / results[(10_000, 300)]:.2f}x "
        "slower than 10 (target <= 2x)"
    )


def _profile(pipeline: Pipeline, batch: Sequence[str]) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in pipeline.pipe(batch):
        pass
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
