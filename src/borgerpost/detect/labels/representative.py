"""``representative``: the writer acts for someone else (bisidder, partsrepræsentant,
fuldmagt, "på vegne af", "min klient", a lawyer or union, a relative writing for a
relative). Cues in ``cues/representative.yaml``; the citizen's own case never counts, and a
relative who is only mentioned ("min søn fik en sanktion") is not enough, and a writer who
says the message is about their own case ("denne henvendelse handler om min egen ydelse") is
not acting for anyone, whatever fuldmagt they hold.
"""

from __future__ import annotations

from borgerpost.detect.base import Document, Finding, register
from borgerpost.detect.rules import CueDetector
from borgerpost.detect.textview import opens_as_public_letter

OWN_CASE = "own_case"
# probe round 45: a relative takes over the writer's own case: the fuldmagt is the writer's
TAKES_OVER = "relative_takes_over"
ROLE = "role"
# probe round 69: the writer voices a view as a parent ("Som mor til en ung … må jeg sige"):
# the half signs that only tell of the relative's case are an example in the view
VOICE = "voice"
# probe round 219: a relative's plight told as the example for a question to the system ("Hvad
# er det for en retssikkerhed?"): the half signs that only tell of the case are the example
OUTCRY = "relative_in_outcry"
# probe round 132: a relative named as an example of whom a rule shuts out ("betyder, at min
# nabo, der er ordblind, ikke kan …"): the half signs tell of the example, not of a mandate
EXAMPLE = "relative_as_example"
TELLS = frozenset(
    (
        "relative.case",
        "relative.r45_case",
        "relative.r53_done_to",
        "relative.r46_opinion",
        "relative.r96_done_to",
        "relative.r104_summoned",
    )
)

# probe round 219: what an outcry's example tells: the relative's case, state and trouble
PLIGHT = TELLS | frozenset(
    (
        "relative.r19_case",
        "relative.r33_case",
        "relative.cannot",
        "relative.r19_cannot",
        "relative.r33_state",
        "relative.r215_reqrep_digital_trouble",
    )
)


@register
class RepresentativeDetector(CueDetector):
    name = "representative"
    labels = ("representative",)
    version = "1"
    cue_file = "cues/representative.yaml"

    def detect(self, doc: Document) -> list[Finding]:
        view, matches = self.matches(doc)
        if any(m.cue.id == OWN_CASE for m in matches):
            return []
        if any(m.cue.id == TAKES_OVER for m in matches):
            matches = [m for m in matches if m.cue.id != ROLE]
        if opens_as_public_letter(view):
            # probe round 75: a public letter tells of a relative's case to the readers, the
            # way a parent's voiced view does; a full sign (fuldmagt, "på vegne af") still acts
            matches = [m for m in matches if m.cue.weight >= 1]
        if any(m.cue.id == EXAMPLE for m in matches):
            matches = [m for m in matches if m.cue.weight >= 1]
        if any(m.cue.id == VOICE for m in matches):
            matches = [m for m in matches if m.cue.id not in TELLS]
        if any(m.cue.id == OUTCRY for m in matches):
            matches = [m for m in matches if m.cue.id not in PLIGHT]
        return self.decide(doc, view, matches)
