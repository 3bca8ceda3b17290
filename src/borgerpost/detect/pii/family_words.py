"""Where a child is found, for ``family.ChildRecognizer``: a spot on a school's grounds
(``GROUNDS_OF``) and what the child is seen doing there (``SEEN_DOING``). Kept apart from the
recognizer so each stays readable.
"""

from __future__ import annotations

# round 177: a spot on the school's grounds, then the school it belongs to ("din søn i
# skolegården på Lyngby Privatskole", "hans pige ved porten til Nordbyskolen")
GROUNDS_OF = (
    r"(?:(?:skolegården|gården|legepladsen|boldbanen|cykelkælderen|cykelparkeringen|porten|"
    r"indgangen|lågen|parkeringspladsen)\s(?:på|ved|til|foran|uden\sfor)\s)"
)
# how the children look or what they do, between them and the place ("ser så glade ud på …")
SEEN_DOING = (
    r"(?:(?:ser|så|ses|leger|legede|løber|løb|står|stod|sidder|sad|hygger\ssig)\s"
    r"(?:[^\W\d_]+\s){0,3}?"
    # round 215: how they are, then what they do there ("dine drenge er så glade, når de
    # spiller på boldbanen ved …")
    r"|(?:er|var)\s(?:[^\W\d_]+\s){0,3}?[^\W\d_]+,?\s(?:når|mens)\s(?:de|han|hun)\s"
    r"(?:leger|legede|løber|løb|spiller|spillede|gynger|cykler|hygger\ssig)\s(?:rundt\s)?)"
)
# probe round 361: a child that "has" a sport or a lesson at a place on set days or hours
# ("hendes datter har svømning i hallen hver onsdag", "din dreng har håndbold på skolen
# mandag kl. 16"): the routine is told only where a day or an hour follows the place, so
# "din søn har ondt i maven" or "har ret i det" say nothing of where the child is found
HAS_ACTIVITY_WHEN = (
    r"har(?=\s[^\W\d_]{4,}\s(?:i|hos|på)\s[^\W\d_]+(?:\s[^\W\d_]+)?\s(?:hver\s|om\s)?"
    r"(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|kl\b|klokken))"
)
