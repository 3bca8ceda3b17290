"""Staff matcher benchmark: cost per 300-character text with 10 and with 10,000 staff names.

    python bench/staff_matcher.py [--texts 400] [--rounds 5]

Registers of generated Danish names (the 10-name register is the first ten of the big
one, so both find the same people). Texts are generated Danish citizen mail of about 300
characters that name people from the small register by full name, first name, surname,
genitive, and mention ordinary words that are also names ("bo", "skov", "per"). We time
``normalise`` and ``StaffMatcher.find`` apart (each round on freshly normalised texts, so
nothing cached is reused) and print microseconds per text and the 10,000 / 10 ratio.

Target: find well under 1 ms per text, and the 10,000-name register at most 2x the 10-name
one (Aho-Corasick and the deletion index do not grow with the register).
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from borgerpost.detect.normalise import Normalised, normalise
from borgerpost.detect.staff import StaffMatcher
from borgerpost.register import StaffMember


def _names(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST = _names(
    "Anne Kirsten Mette Hanne Helle Susanne Lene Maria Marianne Lone Camilla Pia Louise "
    "Charlotte Tina Gitte Bente Jette Karen Rikke Inge Dorthe Sanne Julie Ida Sofie Laura "
    "Maja Signe Trine Malene Nina Ulla Vibeke Bodil Ditte Sara Fatima Yasmin Peter Jens Lars "
    "Michael Henrik Thomas Søren Jan Christian Martin Niels Anders Morten Jesper Mads Hans "
    "Rasmus Per Kim Jørgen Ole Erik Frederik Mikkel Jakob Kasper Nikolaj Andreas Jonas Simon "
    "Emil Poul Bent Flemming Torben Carsten Allan Bo Gorm Ib Mohammad Ahmed Ali Omar Hassan"
)
LAST = _names(
    "Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen "
    "Petersen Madsen Kristensen Olsen Thomsen Poulsen Johansen Møller Mortensen Knudsen "
    "Jakobsen Mikkelsen Olesen Frederiksen Laursen Henriksen Lund Schmidt Eriksen Holm "
    "Clausen Simonsen Svendsen Andreasen Iversen Jeppesen Mogensen Jespersen Nissen Lauridsen "
    "Kjær Vestergaard Overgaard Dahl Skov Bach Bruun Friis Krogh Brandt Winther Toft Ravn "
    "Bøgh Thygesen Kjærsgaard Dalgaard Bak Storm Nasser El-Amin Hald Brix Skytte Bisgaard"
)
MIDDLE = ("", "", "", "Dahl", "Skov", "Holm", "Lund", "Bach", "Kjær", "Krogh", "Juul", "Vang")
FILLER = (
    "Jeg har ventet længe på svar fra jobcentret om min sag.",
    "Mødet i næste uge passer mig ikke, kan vi flytte det?",
    "Jeg bor i en lejlighed tæt på skoven og vil gerne blive boende.",
    "Det koster 200 kr. per måned, og det har jeg ikke råd til.",
    "Vi var en tur i Rold Skov i weekenden, det gjorde godt.",
    "Min nabo Hans hjalp mig med at udfylde skemaet.",
    "Afgørelsen bygger på en forkert forudsætning, og jeg vil klage.",
    "Tak for hjælpen med min plan, det betød meget for mig.",
)
MENTION = (
    "{full} har ikke svaret på min mail.",
    "Hej {first}, jeg kan ikke komme på fredag.",
    "Sagsbehandler {last} lovede at ringe tilbage.",
    "Jeg er uenig i {last}s vurdering af min arbejdsevne.",
    "{first} er en doven nar.",
)


def register(size: int, rng: random.Random) -> list[StaffMember]:
    names: list[str] = []
    seen: set[str] = set()
    while len(names) < size:
        parts = [rng.choice(FIRST), rng.choice(MIDDLE), rng.choice(LAST)]
        name = " ".join(p for p in parts if p)
        if name not in seen:
            seen.add(name)
            names.append(name)
    return [StaffMember(n, "sagsbehandler", "Sygedagpenge") for n in names]


def texts(count: int, staff: list[StaffMember], rng: random.Random) -> list[str]:
    out = []
    for _ in range(count):
        parts: list[str] = []
        while len(" ".join(parts)) < 280:
            if rng.random() < 0.3:
                m = rng.choice(staff)
                parts.append(
                    rng.choice(MENTION).format(full=m.name, first=m.first_name, last=m.surname)
                )
            else:
                parts.append(rng.choice(FILLER))
        out.append(" ".join(parts)[:300])
    return out


def time_per_text(matcher: StaffMatcher, corpus: list[str], rounds: int) -> tuple[float, int]:
    """Median over rounds of microseconds per text for find(); and mentions found."""
    samples, found = [], 0
    for _ in range(rounds):
        norms: list[Normalised] = [normalise(t) for t in corpus]
        start = time.perf_counter()
        found = sum(len(matcher.find(n)) for n in norms)
        samples.append((time.perf_counter() - start) / len(corpus) * 1e6)
    return statistics.median(samples), found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--texts", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(20240501)
    big = register(10_000, rng)
    small = big[:10]
    corpus = texts(args.texts, small, rng)
    start = time.perf_counter()
    for t in corpus:
        normalise(t)
    norm_us = (time.perf_counter() - start) / len(corpus) * 1e6
    print(f"texts: {len(corpus)}, mean length {statistics.mean(map(len, corpus)):.0f} chars")
    print(f"normalise: {norm_us:.1f} us/text")
    results = {}
    for staff in (small, big):
        t0 = time.perf_counter()
        matcher = StaffMatcher(staff)
        build_s = time.perf_counter() - t0
        us, found = time_per_text(matcher, corpus, args.rounds)
        results[len(staff)] = us
        print(
            f"register {len(staff):>6} names: build {build_s * 1000:.0f} ms, "
            f"find {us:.1f} us/text, {found} mentions"
        )
    print(f"ratio 10000/10: {results[10_000] / results[10]:.2f}x")


if __name__ == "__main__":
    main()
