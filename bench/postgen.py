"""Realistic, varied Danish public comments for the monitor benchmark: a Facebook-group export.

Deterministic for a seed. Most posts are what a town's debate group is full of — the
jobcentre's telephone hours, the council's budget, a lost cat, a sofa for sale, the
writer's own phone number — and must be discarded. A few per cent name someone from the
generated staff register (full name; first name and unit; title and surname), some of
those with abuse or a threat, some with the person's address, phone number or car plate;
and some abuse nobody in particular. Every post is assembled sentence by sentence from
templates and word lists, so no two posts are alike. Half are comments on an earlier post
(``parent``), as an export of a group holds them.

The intended kind of each post is counted (``Mix``) so the benchmark can set what was kept
beside what was meant to be found; the monitor decides on its own, of course.

    python bench/postgen.py N OUT.jsonl [--csv]
"""

from __future__ import annotations

import csv
import json
import random
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.triage import register  # noqa: E402
from borgerpost.register import StaffMember  # noqa: E402

FIELDS = ("source", "id", "url", "author", "posted", "text", "parent")
GROUPS = ("Vestby Debat", "Ledige i Vestby", "Vestby Køb og Salg", "Sygemeldt og presset")
# Citizens' handles come from names outside the register's lists, so a handle never
# looks like staff (the handle is not scanned anyway, only stored for kept items).
HANDLES = ("Bjarne", "Dorthe", "Kenneth", "Jannie", "Brian", "Connie", "Ronni", "Tanja",
           "Heidi", "Rene", "Susan", "Dennis", "Winnie", "Kaj", "Lotte", "Preben", "Britt")

ORDINARY = (
    "Er der andre der har ventet over {n} uger på svar fra jobcentret?",
    "Jobcentret har lukket telefonen igen i dag, man kan simpelthen ikke komme igennem.",
    "Jeg skal til samtale på {weekday} om mit {thing}, er der nogen der har erfaring med det?",
    "Kommunen sparer igen på de svageste, det er en skandale.",
    "Husk at man kan få gratis råd hos {org}, hvis man skal til møde med kommunen.",
    "Tag altid en bisidder med til møderne, det kan jeg kun anbefale.",
    "Det nye system på {site} virker ikke, jeg har prøvet {n} gange nu.",
    "Hvorfor skal man søge {n} job om ugen, når der ingen job er i {town}?",
    "Tak for alle de gode råd her i gruppen, det hjalp virkelig.",
    "Jeg fik endelig bevilget {thing} efter {n} måneders ventetid.",
    "Man føler sig som et nummer i systemet, ingen kender ens sag.",
    "Min læge siger jeg ikke kan arbejde, men det tæller åbenbart ikke.",
    "Byrådet har vedtaget budgettet for {year}, og der er skåret {n} millioner på beskæftigelse.",
    "{party} vil lempe kravene til de ledige, men der er nok ikke flertal for det.",
    "Borgmesteren burde tage en tur ud på jobcentret en mandag morgen.",
    "Politikerne på Christiansborg aner ikke hvordan det er at leve af {thing}.",
    "Mon ikke der bliver et andet flertal efter valget i {month}.",
    "Er der nogen der har en god opskrift på {dish}? Skal bruge den til {weekday}.",
    "Sælges: {item}, {n}00 kr. Skriv en besked hvis du er interesseret.",
    "Har nogen set en sort kat ved {street}? Den har været væk siden {weekday}.",
    "Der er loppemarked i {place} på lørdag, kom forbi og gør et kup.",
    "Sikke et vejr i dag, vi tager en tur til {place} med ungerne.",
    "Kan nogen anbefale en {trade} i {town}, der ikke er alt for dyr?",
    "Ring til mig på {phone} hvis du vil købe {item}.",
    "Min adresse er {street} {n}, {postcode}, hvis nogen vil hente {item} gratis.",
    "Bussen til {town} er aflyst igen, så jeg kommer for sent til aktiveringen.",
    "Godmorgen alle sammen, hvem skal med til fællesspisning på {weekday}?",
    "Jeg har lige fået job som {trade}, så nu er jeg ude af systemet. Held og lykke til jer!",
)
ABUSE = (
    "Politikerne på rådhuset er nogle klovne, de fatter ingenting.",
    "Dem på jobcentret er nogle ubrugelige idioter allesammen.",
    "Hvis jeg ikke får mine penge snart, så sker der noget, det lover jeg.",
    "Sådan nogle kommunale skrivebordsnisser burde skamme sig.",
    "Min sagsbehandler er en kold kælling uden hjerte.",
    "Fuck kommunen og hele deres system.",
)
NAMED = (
    "{full} fra {unit} har ikke svaret på min mail i {n} uger.",
    "Tak til {first} fra {unit}, det var virkelig en god samtale.",
    "Min {role} {surname} lover hver gang at ringe, men der sker ingenting.",
    "Har andre haft {full} som {role}? Helt umulig at tale med.",
    "{full} er en inkompetent idiot, der ikke burde arbejde med mennesker.",
    "{first} fra {unit} skal passe på når hun går hjem i aften.",
    "Jeg ved godt hvem {full} er, og jeg kommer efter dig.",
    "Del gerne: {full} fra jobcentret har ødelagt mit liv.",
    "Kender I {full} fra jobcentret? Hun har taget mine dagpenge.",
)
DOXXING = (
    "{full} bor på {street} {n}, {postcode}, gå bare forbi og sig hej.",
    "Her er nummeret til {full}: {phone}, ring og sig hvad I mener.",
    "{first} fra {unit} kører i en hvid Skoda med nummerpladen {plate}.",
    "Min sagsbehandler har mobilnummer {phone}, ring og sig hvad I mener.",
)
FILL: dict[str, tuple[str, ...]] = {
    "weekday": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag"),
    "thing": ("fleksjob", "ressourceforløb", "sygedagpenge", "kontanthjælp", "førtidspension",
              "jobafklaringsforløb", "enkeltydelse"),
    "org": ("LO", "Ledernes a-kasse", "Retshjælpen", "Borgerrådgiveren", "Gadejuristen"),
    "site": ("Jobnet", "borger.dk", "MitID", "Min Plan"),
    "town": ("Vestby", "Østerby", "Nørreby", "Aarhus", "Silkeborg", "Horsens"),
    "year": ("2025", "2026", "2027"),
    "party": ("Socialdemokratiet", "Venstre", "SF", "Enhedslisten", "Moderaterne"),
    "month": ("marts", "maj", "november"),
    "dish": ("æblekage", "frikadeller", "lasagne", "boller i karry", "rugbrød"),
    "item": ("sofaen", "en barnevogn", "cyklen", "et spisebord", "vinterdæk"),
    "street": ("Kildevej", "Bøgevej", "Søndergade", "Skolevej", "Ahornvej", "Møllevej"),
    "place": ("Rold Skov", "Hvide Sande", "skoven", "Mols Bjerge", "havnen"),
    "trade": ("tømrer", "elektriker", "frisør", "tandlæge", "VVS'er", "lagermedarbejder"),
    "postcode": ("8000 Aarhus C", "5000 Odense C", "7100 Vejle", "4000 Roskilde",
                 "9000 Aalborg", "6700 Esbjerg"),
}
# Kind of post → share of the export. About 2.5 % name staff, 0.8 % reveal private data.
MIX: tuple[tuple[str, float], ...] = (("named", 0.025), ("doxxing", 0.008),
                                      ("abuse", 0.015), ("ordinary", 1.0))


Mix = Counter[str]


def staff_register(size: int, seed: int) -> list[StaffMember]:
    """``size`` generated staff members (``bench/triage.py``'s generator)."""
    return register(size, random.Random(seed))


def write_register(path: Path, members: Sequence[StaffMember]) -> None:
    """The register as ``borgerpost staff load`` reads it."""
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(("name", "role", "unit", "aliases"))
        writer.writerows((m.name, m.role, m.unit, "") for m in members)


def _values(rng: random.Random, staff: Sequence[StaffMember]) -> dict[str, str]:
    member = rng.choice(staff)
    values = {key: rng.choice(options) for key, options in FILL.items()}
    values.update(
        n=str(rng.randint(2, 40)), full=member.name, first=member.first_name,
        surname=member.surname, role=member.role, unit=member.unit,
        phone=f"{rng.randint(20, 61)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
              f"{rng.randint(10, 99)}",
        plate=f"{rng.choice('ABCDEFHJKLMNPRSTUVXYZ')}{rng.choice('ABCDEFHJKLMNPRSTUVXYZ')} "
              f"{rng.randint(10, 99)} {rng.randint(100, 999)}",
    )
    return values


def _kind(rng: random.Random) -> str:
    draw = rng.random()
    for kind, upto in MIX:
        if draw < upto:
            return kind
        draw -= upto
    return "ordinary"


def text(kind: str, rng: random.Random, staff: Sequence[StaffMember]) -> str:
    """One post of ``kind``: its own sentence among 0–2 ordinary ones, each filled anew."""
    pool = {"named": NAMED, "doxxing": DOXXING, "abuse": ABUSE}.get(kind, ORDINARY)
    sentences = [rng.choice(ORDINARY).format(**_values(rng, staff))
                 for _ in range(rng.choice((0, 0, 1, 1, 2)))]
    sentences.insert(rng.randint(0, len(sentences)), rng.choice(pool).format(
        **_values(rng, staff)))
    return " ".join(sentences)


def posts(
    count: int, staff: Sequence[StaffMember], seed: int
) -> Iterator[tuple[str, dict[str, str]]]:
    """(kind, record) for ``count`` posts in the export schema, oldest first."""
    rng = random.Random(seed)
    start = datetime(2026, 9, 1, 7, 0)
    threads: dict[str, list[str]] = {group: [] for group in GROUPS}  # posts to comment on
    for number in range(count):
        kind = _kind(rng)
        group = rng.choice(GROUPS)
        post_id = f"{10_000_000 + number}"
        earlier = threads[group]
        parent = rng.choice(earlier[-200:]) if earlier and rng.random() < 0.5 else ""
        slug = group.lower().replace(" ", "").replace("ø", "oe")
        url = (f"{parent}?comment_id={post_id}" if parent
               else f"https://www.facebook.com/groups/{slug}/posts/{post_id}")
        when = start + timedelta(seconds=number * 90 * 24 * 3600 // max(count, 1))
        yield kind, {
            "source": f"facebook:{group}", "id": post_id, "url": url,
            "author": f"{rng.choice(HANDLES)} {rng.choice('ABDEFGHKLMNPRST')}.",
            "posted": when.isoformat(timespec="seconds"), "text": text(kind, rng, staff),
            "parent": parent,
        }
        if not parent:
            earlier.append(url)


def write_export(path: Path, count: int, staff: Sequence[StaffMember], seed: int,
                 as_csv: bool = False) -> Mix:
    """Write ``count`` posts as JSONL (or CSV); returns how many of each kind were written."""
    mix: Mix = Counter()
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, FIELDS) if as_csv else None
        if writer is not None:
            writer.writeheader()
        for kind, record in posts(count, staff, seed):
            mix[kind] += 1
            if writer is not None:
                writer.writerow(record)
            else:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return mix


def main() -> None:
    count, out = int(sys.argv[1]), Path(sys.argv[2])
    staff = staff_register(300, 7)
    mix = write_export(out, count, staff, 0, as_csv="--csv" in sys.argv)
    write_register(out.with_suffix(".staff.csv"), staff)
    print(f"{out}: {', '.join(f'{k} {v}' for k, v in sorted(mix.items()))}; "
          f"register {out.with_suffix('.staff.csv')}")


if __name__ == "__main__":
    main()
