"""The places, doings and company of private life, for ``media.PrivateMediaRecognizer``:
where a picture is taken off work (``SETTING``, ``LEISURE``), what the person does there
(``OFF_DUTY``, ``BEING``) and with whom (``WITH_FAMILY``). Kept apart from the recognizer so
each stays readable.
"""

from __future__ import annotations

import re

from borgerpost.detect.normalise import Normalised
from borgerpost.detect.pii.base import capitalised

RETAILERS = r"(?:føtex|netto|bilka|rema|lidl|fakta|irma|brugsen|meny|kvickly|aldi|spar|lovbjerg)"
# Where private life happens: shops, the beach, home, holidays, the gym, with the family.
SETTING = (
    r"(?:(?:på|i|ved|med|og|under|uden\sfor|udenfor|hjemme\shos|foran|fra|til)\s(?:"
    r"stranden|strand|haven|sin\shave|ferie|ferien|weekenden|fritiden|privaten|byen|"
    r"(?:strand|have|grill|gade|vej|familie)?festen|baren|cafeen|café|cafe|fitness\w*|træning\w*|svømmehallen|centret|"
    r"storcentret|indkøbscentret|supermarked\w*|butikken|" + RETAILERS + r"|"
    r"(?:sin|hans|hendes)\s(?:kone|mand|hustru|kæreste|familie|datter|søn|hund)|"
    # probe round 263: the children counted ("med sine to drenge", "med hendes tre børn")
    r"(?:sine|hans|hendes)\s(?:to\s|tre\s|fire\s|2\s|3\s|4\s|små\s|to\ssmå\s)?"
    r"(?:børn|unger|drenge|piger|børnebørn)|familien|børnebørnene|"
    # round 195: the family without a possessive ("med mand og børn til sankthans")
    r"(?:mand|manden|kone|konen|kæreste|kæresten)\sog\s(?:børn|børnene|unger|ungerne)|"
    r"legepladsen|parken|skoven|stadion|hallen|kirken|biografen|"
    # stop 31: dressed for the beach or for bed ("i badedragt", "i badebukser med hele familien")
    r"(?:bade|svømme)(?:bukser|buks|tøj|tøjet|dragt|dragten|shorts)|bikini|undertøj|underbukser|"
    r"pyjamas|nattøj|(?:hele\s)?familien|"
    r"børnene|konen|manden|kæresten|hjemme|huset|sit\shus|hans\shus|hendes\shus|"
    r"haven|villaen|lejligheden|bryllup\w*|fødselsdag\w*|polterabend\w*|julefrokost\w*|"
    # "fra en fest i tennisklubben", "til et bryllup": an occasion off work, indefinite
    # "på Roskilde Festival", "på Skallerup Camping": a named place of leisure
    # probe round 263: a named hall, gym or baths of one's free time ("i Vestby Svømmehal",
    # "i Nordhavn Fitness")
    r"(?:[^\W\d_]+\s)?(?:festival\w*|camping\w*|koncert\w*|svømmehal\w*|fitness\w*|"
    r"badeland\w*)|"
    # stop 37: "til privat fest", "til en privat fest"
    r"(?:(?:en|et)\s(?:privat\s)?|privat\s)"
    r"(?:fest|ferie|ferietur|bryllup|fødselsdag|konfirmation|grillfest|havefest|"
    r"sommerfest|koncert|festival|strandtur|skiferie|familiefest)(?!\w)|"
    # "i hendes egen have", "til hans nye sommerhus": an adjective of ownership between
    r"(?:hans|hendes|sin|sit|sine|[^\W\d_]+s)\s(?:[^\W\d_]+s\s)?"
    r"(?:(?:egen|eget|egne|ny|nye|nyt|lille|store)\s)?"
    r"(?:konfirmation|bryllup|fødselsdag|barnedåb|studentergilde|sølvbryllup|fest|ferie|have|hus|"
    r"polterabend|julefrokost|sommerfest|"  # stop 35: "fra hans polterabend"
    r"sommerhus|båd|ferietur|villa|lejlighed|rækkehus|"
    # stop 32: one's own gym or club ("taget i hans fitnesscenter i lørdags")
    r"fitness|motionscenter|træningscenter|svømmehal|sportsklub|tennisklub|golfklub|"
    # stop 29: "til sin søns fodboldkamp", "til datterens juleafslutning"
    r"\w*kamp|træning|turnering|stævne|opvisning|\w*afslutning|dimission|skolefest)\w*)(?!\w)|"
    r"(?:der)?hjemme(?!\w))"
)
# Where one is seen off work: "på stranden", "på Løkken Camping", "i Fitness World"
LEISURE = (
    r"(?:strand\w*|\w*camping\w*|festival\w*|fitness\w*|svømmehal\w*|baren|bar|værtshus\w*|"
    r"diskotek\w*|koncert\w*|stadion|tivoli|lufthavn\w*|ferie\w*|bryllup\w*|festen|byen|"
    r"kroen|sommerhus\w*|\w*café\w*|\w*cafe\w*|\w*bodega\w*|\w*pub|\w*pubben|"
    r"havnen|havnefronten|havnebad\w*|"  # stop 30: "sad og drak rosé på havnen i lørdags"
    # stop 31: a theme park, a water park or a zoo ("mødte i Lalandia i weekenden")
    r"lalandia|legoland|\w*sommerland\w*|\w*badeland\w*|zoo|zoologisk\w*|dyrepark\w*|"
    + RETAILERS
    + r")(?!\w)"
)
# what one does off work, told in a caption ("…, der shopper på Strøget")
OFF_DUTY = (
    r"(?:shopper|shoppede|fester|festede|drikker|drak|danser|dansede|solbader|solbadede|"
    r"hygger|hyggede|ferierer|slapper\saf|sidder\sog\sdrikker)"
)
# probe round 279: where one is, in a relative clause after the pictured person ("…, der
# står og griller på stranden"); the place after it must be one of leisure (``LEISURE``)
BEING = r"(?:sidder|sad|står|stod|ligger|lå|handler|handlede|griller|grillede|hygger\ssig)"
# probe round 279: the one seen with their own family ("med sine tre unger", "med sin mand")
OWN_KIN = (
    r"(?:sin|sine|hans|hendes)\s(?:[^\W\d_]+\s){0,2}?"
    r"(?:kone|mand|hustru|kæreste|familie|datter|søn|børn|unger|drenge|piger|børnebørn)"
)
WITH_FAMILY = rf"(?:med|og)\s{OWN_KIN}"
# round 425: the one seen out with their family, the family said any way ("med familien",
# "med konen og børnene", "med hele familien", "med sine unger"), then where: the outing
# with the family is private life, at whatever named place
FAMILY_OUTING = (
    rf"(?:med|og)\s(?:hele\s)?(?:{OWN_KIN}|"
    r"familien|konen|manden|kæresten|børnene|ungerne|børnebørnene|"
    r"(?:mand|manden|kone|konen|kæreste|kæresten)\sog\s(?:børn|børnene|unger|ungerne))\s"
    r"(?:(?:nede|oppe|henne|inde|ude|ovre)\s)?(?:i|på|ved)\s"
)


def named_place(norm: Normalised, at: int) -> bool:
    """A place written with a capital at ``at``, or one of leisure ("i byen"), for
    ``FAMILY_OUTING``: "med familien i går" names a time, no place."""
    return capitalised(norm, at) or _LEISURE_AT.match(norm.text, at) is not None


_LEISURE_AT = re.compile(LEISURE)


# A citizen reporting someone else's post to the jobcentre tells of the picture, and shares
# nothing: "jeg vil gøre jer opmærksom på at der ligger et opslag med et billede af X …
# det er ikke i orden, I bør anmelde det". Both must be there: the notice to the jobcentre
# and the writer's disapproval of the post (a mocking post says neither).
NOTICE = re.compile(
    r"(?<!\w)(?:gøre\s(?:jer|dig|jobcentret|kommunen)\s(?:lige\s)?opmærksom\spå|"
    r"gøre\sopmærksom\spå|(?:orientere|advare|informere)\s(?:jer|dig|jobcentret)|"
    r"til\s(?:jeres|din)\sorientering|(?:i|jeg)\sskal\svide\sat)(?!\w)"
)
DISAPPROVAL = re.compile(
    r"(?<!\w)(?:ikke\si\sorden|ikke\sok|ikke\sokay|over\sstregen|anmeld\w*|politianmeld\w*|"
    r"(?:få|får|fået|blive|bliver)\s(?:det\s|den\s|dem\s|opslaget\s|billedet\s)?(?:fjernet|slettet)|"
    r"tage\s(?:det|den|opslaget|billedet)\sned|hænge\s(?:folk|andre|medarbejdere)\sud|"
    r"chikane\w*|uhyggeligt|ulækkert)(?!\w)"
)
