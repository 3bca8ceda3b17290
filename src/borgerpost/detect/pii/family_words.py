"""Where a child is found, for ``family.ChildRecognizer``: a spot on a school's grounds
(``GROUNDS_OF``), what the child is seen doing there (``SEEN_DOING``), and (probe round 377b,
moved here to keep ``family`` under 400 lines) the child, institution and clause pieces the
patterns are built of (``CHILD``, ``POSS``, ``INSTITUTION``, ``CHILD_THEN_FROM``, …). Kept
apart from the recognizer so each stays readable.
"""

from __future__ import annotations

# Moved from family.py (probe round 377b) to keep that module under 400 lines: the
# institutions and the words between a child and where it goes.
CHILD_GENITIVE = (
    r"(?:søns|sønnens|sønners|datters|datterens|døtres|barns|barnets|børns|børnenes|drengs|"
    r"drengens|drenges|piges|pigens|pigers|tvillingers)"
)
INSTITUTION = (
    r"(?:skole|skolen|børnehave|børnehaven|vuggestue|vuggestuen|sfo|sfo'en|fritidshjem|"
    r"fritidsklub|klub|klubben|dagpleje|dagplejen|gymnasium|gymnasiet|efterskole|friskole|"
    r"privatskole|institution|institutionen|legeplads|legepladsen|børnehus|børnehuset|\d\.\s?[a-z]|"
    r"\d\.\s(?:og\s\d\.\s)?klasse)\b"  # "har to piger i 2. og 4. klasse"
)
# "i går", "på mandag": a time where a place could be
WHEN = r"(?:går|dag|morgen|aften|aftes|nat|weekenden|[^\W\d_]+dag|[^\W\d_]+dags)"
# the last part of a named institution ("Rønnebærskolen", "Mælkebøttens Børnehave" is two)
NAMED_INSTITUTION_TAIL = (
    r"(?:skolen|skole|børnehaven|børnehave|børnehuset|vuggestuen|friskole|efterskole)(?!\w)"
)
GAME = r"(?:træning|kamp|kampe|stævne|turnering|opvisning)"
# words after "børnehaven" that name no institution ("går i børnehaven hver dag")
NOT_A_NAME = r"(?:og|men|så|hvor|der|som|hver|hele|om|til|fra|med|nu|igen|endnu|stadig)"
# "din datter går vel stadig i 2.b": adverbs between the verb and where the child goes
ADVERBS = r"(?:(?:vel|stadig|jo|nu|også|altid|fortsat|vist|stadigvæk|endnu)\s){0,3}"
# stop 38: "har vist to søde børn på …", "har jo selv en søn i …": hedges before a child had
HAS_ADVERBS = r"(?:(?:selv|også|vist|jo|nok|vel)\s){0,2}"

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

# Moved from family.py with the rest (probe round 377b); routine, spouse and whereabouts
# import them from here.
POSS = r"(?:hans|hendes|dennes|deres|din|dit|dine|jeres|sin|sit|sine|[^\W\d_]{2,}s|[^\W\d_]{2,}'s)"
CHILD = (
    r"(?:(?:to|tre|fire|begge|små|store|ældste|yngste|mellemste)\s){0,2}"  # "hendes to små piger"
    r"(?:datter|datteren|døtre|søn|sønnen|sønner|barn|barnet|børn|børnene|dreng|drengen|"
    r"drenge|piger|pige|pigen|unger|ungerne|knægt|tvillinger|tvillingerne|lille\s[^\W\d_]+|"
    # stop 29: a younger sibling or a grandchild at school is as private as a child
    r"lillesøster|lillesøsteren|lillebror|lillebroren|barnebarn|barnebarnet|børnebørn|"
    r"børnebørnene|"
    # "ELTs yngste går i 2.b": the youngest or eldest of someone's children, said alone
    r"yngste|ældste|mellemste)"
)
CLAUSE = r"(?:[^!?\n.]|\.(?=\w))"
# someone's child, then within the next sentences where it comes home from or is found
# ("… søde tvillinger. … på vej hjem fra …"): the two ``*institution_later`` patterns
CHILD_THEN_FROM = (
    rf"{CHILD}(?:{CLAUSE}|[.?!]\s){{0,120}}?"
    # round 199: or where it goes ("to søde piger … – de går i SFO'en på Bakkeskolen")
    # round 219: adverbs between ("… Hun går vel stadig på Bakkeskolen?")
    r"(?:(?:hjem\s)?(?:fra|ved|uden\sfor|foran)|(?:går|gaar)\s"
    r"(?:(?:vel|stadig|jo|nu|også|fortsat|stadigvæk|endnu)\s){0,3}(?:i|på)"
    # stop 37: or where it is picked up ("… når de bliver hentet i SFO'en på Kildeskolen")
    r"|(?:bliver|blir|bli'r|blev)\s(?:hentet|afleveret)\s(?:i|fra|på|ved))\s"
)
# round 425: a class, perhaps with the school after it ("2.a på Bredebro Skole"), where a
# child said before it goes ("… din datter. Hun går vist i 2.a …")
CLASS_AT_SCHOOL = rf"\d\.\s?[a-z](?:\s(?:på|i)\s{CLAUSE}{{0,30}}?(?:skole|skolen))?"
