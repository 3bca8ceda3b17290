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
