"""Probe round 433: a staff-name doubt of a singer or a band ("min søn er vild med Elvis og
synger ham hele dagen", "hun lytter til Madonna", "vi sang Kim Larsen i bilen"). Part of the
cue rules in ``staff_cues`` (``staff_doubts.DOUBTS``).
"""

from __future__ import annotations

from borgerpost.detect.pii.base import words
from borgerpost.detect.staff_window import Cue, Subject, Window

# sung or played: "synger Elvis", "nynner Madonna"; one sings "for" or "med" a person
_SUNG = words("synger sang synge nynner nynnede nynne")
# listened or danced to: "lytter til Elvis", "danser til Madonna"
_LISTENED = words("lytter lyttede lytte hører hørte danser dansede danse")
# one listens to a singer for hours ("lytter til X hele dagen"), to a person once
_ALL_DAY = frozenset(("hele", when) for when in ("dagen", "tiden", "aftenen", "natten", "vejen"))
# a fan's love ("vild med X", "fan af X", "elsker X") is a singer's where the sentence sings
_FAN = words("med af elsker elskede forguder dyrker")
_MUSIC = words(
    "synger sang sange synge nynner musik musikken sangene plader pladerne koncert koncerten "
    "nummer numre sangen albummet album spotify playlisten hits hit"
)


def artist(s: Subject, w: Window) -> Cue | None:
    """A lone name right after a verb of singing, after "lytter/danser til", or loved by a fan
    ("vild med", "fan af") in a sentence that sings or plays music: a singer, not the staff
    member ("jeg hørte Per sige …" hears a person: "til" is wanted, and music or hours of it:
    "lyttede til X, da hun forklarede …" listens to a person)."""
    if not s.single or w.genitive or w.gap_before != " " or not w.before:
        return None
    last = w.before[-1]
    if last in _SUNG and w.after[:1] not in (("for",), ("med",), ("om",), ("at",)):
        return Cue("artist", -0.6, f"en sanger («{last} …»)")
    music = not _MUSIC.isdisjoint(w.sentence_words)
    all_day = w.after[:2] in _ALL_DAY
    if last == "til" and w.before[-2:-1] and w.before[-2] in _LISTENED and (music or all_day):
        return Cue("artist", -0.6, f"en sanger («{w.before[-2]} til …»)")
    fan = last in _FAN and (last != "med" or w.before[-2:-1] == ("vild",))
    if (fan or w.before[-2:] == ("fan", "af")) and music:
        return Cue("artist", -0.6, "en sanger, man er fan af")
    return None
