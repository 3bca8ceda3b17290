"""Which rules of straffeloven an evidence package names for a kept post, and how.

The package is material for a police report, not a verdict. Courts have held that a few
posts in a Facebook group naming a social worker need not be a crime (Vestre Landsret,
22 September 2021, § 119 a), so every section is named as one that *may be relevant*
("kan være relevant") and the report says that the assessment belongs to the police and
the prosecution. The choice is a pure function of the item's triage labels and whether
a staff member (a person in public service) is affected, so it can be read and tested
as a table.

    doxxing                    → § 264 d   (private information or pictures passed on)
    threat                     → § 266     (threats), and § 119 when staff are affected
    insult, exposure, offensive → § 119 a  (harassment of a person in public service),
                                           only when staff are affected
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

MAY_BE_RELEVANT = "kan være relevant"

DISCLAIMER = (
    "Denne pakke konstaterer ikke, at der er begået en strafbar handling. Bestemmelserne "
    "nedenfor er nævnt, fordi de kan være relevante for de markerede opslag. Vurderingen "
    "af, om et forhold er strafbart, hører under politiet og anklagemyndigheden og i "
    "sidste ende domstolene."
)


@dataclass(frozen=True, slots=True)
class LawSection:
    """A section of straffeloven, with what it is about and why the package names it."""

    code: str
    title: str
    about: str
    note: str = ""

    @property
    def heading(self) -> str:
        """``Straffelovens § 266 – trusler (kan være relevant)``."""
        return f"Straffelovens {self.code} – {self.title} ({MAY_BE_RELEVANT})"


S264D = LawSection(
    "§ 264 d",
    "uberettiget videregivelse af private oplysninger eller billeder",
    "Bestemmelsen angår den, der uberettiget videregiver meddelelser eller billeder "
    "vedrørende en andens private forhold. Opslaget er markeret, fordi det kan indeholde "
    "private oplysninger om en person (fx adresse, telefonnummer, familie eller billeder).",
)
S266 = LawSection(
    "§ 266",
    "trusler",
    "Bestemmelsen angår trusler om en strafbar handling, der er egnede til at fremkalde "
    "alvorlig frygt for liv, helbred eller velfærd. Opslaget er markeret som en mulig "
    "trussel.",
)
S119 = LawSection(
    "§ 119",
    "vold eller trusler mod personer i offentlig tjeneste",
    "Bestemmelsen angår vold og trusler om vold mod en person, hvis tjeneste eller hverv "
    "er offentligt, i anledning af tjenesten – også trusler, der fremsættes offentligt "
    "eller med forsæt til udbredelse i en videre kreds, fx på sociale medier. Opslaget er "
    "markeret som en mulig trussel og nævner en ansat.",
)
S119A = LawSection(
    "§ 119 a",
    "chikane af personer i offentlig tjeneste",
    "Bestemmelsen (indført med respektpakken, lovforslag L 73 fra folketingsåret 2016-17) "
    "angår den, der krænker en offentligt ansats fred ved at kontakte, forfølge eller på "
    "anden måde chikanere den pågældende i anledning af tjenesten. Opslaget er markeret, "
    "fordi det kan krænke, udstille eller håne en navngiven ansat.",
    note="Retspraksis viser, at et enkelt eller få opslag i en gruppe ikke nødvendigvis er "
    "omfattet; der lægges vægt på grovhed, gentagelse og hvem opslaget er rettet mod.",
)

ALL_SECTIONS: tuple[LawSection, ...] = (S264D, S266, S119, S119A)

HARASSMENT_LABELS: frozenset[str] = frozenset({"insult", "exposure", "offensive"})


def sections_for(labels: Collection[str], *, staff_affected: bool) -> list[LawSection]:
    """The sections that may be relevant for an item with ``labels``, in code order.

    § 119 and § 119 a protect persons in public service, so they are named only when the
    item affects a staff member; § 264 d and § 266 protect anyone.
    """
    chosen: set[LawSection] = set()
    if "doxxing" in labels:
        chosen.add(S264D)
    if "threat" in labels:
        chosen.add(S266)
        if staff_affected:
            chosen.add(S119)
    if staff_affected and HARASSMENT_LABELS & set(labels):
        chosen.add(S119A)
    return [section for section in ALL_SECTIONS if section in chosen]
