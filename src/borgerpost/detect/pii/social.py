"""A person's private profile on social media, named or given as a handle.

"hans private Instagram", "hendes Facebook-profil", "konens Facebook", "@navn_travels",
"hun hedder Lise Holm på Facebook", "han er på Tinder under navnet …", "hun har en privat
Instagram", "fandt Lise Holm på Instagram", a link straight to a profile
("instagram.com/navn_privat"):
where a caseworker's private life and family can be found. The jobcentre's or the
municipality's own pages are not matched, nor the writer's own ("min profil").
"""

from __future__ import annotations

import re

from borgerpost.detect.normalise import Normalised
from borgerpost.detect.pii.base import Recognizer, pattern, recognizer, words
from borgerpost.detect.pii.owner import FIRST_PERSON

SITES = ("instagram", "insta", "facebook", "fb", "tiktok", "snapchat", "tinder", "twitter")
_SITE = "(?:" + "|".join(SITES) + ")"
_NETWORK = (
    "(?:" + "|".join(SITES) + "|snap|x-konto|"
    "facebookprofil|instagramprofil|tiktokprofil|profil|profilen|konto|kontoen|side)"
)
# probe round 353 (threatA): a name ending in s, x or z takes a bare apostrophe for its
# genitive ("Mads' private Facebook", "Felix' Instagram")
_POSS = r"(?P<owner>hans|hendes|dennes|[^\W\d_]{2,}s|[^\W\d_]{2,}'s|[^\W\d_]{1,}[sxz]')"
# "@navn_official", "@navn.officiel": a public account by its own name
_OFFICIAL_HANDLE = re.compile(r"(?:^|[._])(?:official|officiel|offical|public|offentlig)(?:$|[._])")
_TAGGED = re.compile(r"(?<!\w)(?:tag|tagger|tagget|taggede|tagge|tagged|tags)(?!\w)")
_PRIVATE = re.compile(r"(?<!\w)(?:privat\w*|hemmelig\w*)")
# paths of a site that lead to a photo, a group or an event, not to a person's profile
_NOT_PROFILES = r"(?:p|photo|photos|groups|events|pages|sharer|watch|reel|share|hashtag)\b"
_INSTITUTION = re.compile(r"jobcent|kommune|borgerservice|rådhus|forvaltning|afdeling")


@recognizer
class SocialProfileRecognizer(Recognizer):
    name = "social"
    version = "1"
    kind = "social"
    reason = "Privat profil på sociale medier"
    prefilter = re.compile(r"instagram|insta|facebook|fb|tiktok|snap|twitter|tinder|profil|@")
    # a profile counts when called private or pointed out to others ("her er", "se", "følg")
    context = words(
        "privat private privatprofil se følg find fandt fundet kig her link instagram profil "
        "navnet skriv send del"
    )
    patterns = (
        pattern(
            "profile",  # "hans private Instagram", "konens Facebook", "hendes Facebook-profil"
            # (probe round 353, threatA: "own" before it, "billede fra hans egen Instagram")
            rf"(?<!\w)(?P<v>{_POSS}\s(?:(?:egen|eget|egne)\s)?(?:private?\s)?{_NETWORK}"
            r"(?:[-‐]?profil(?:en)?)?)(?!\w)",
            0.4,
        ),
        pattern(
            "listed_as",  # "hedder han Jens Hansen på Facebook", "er på Tinder under navnet …"
            r"(?<!\w)(?P<v>(?:(?:hedder|hed|kalder\ssig)\s(?:han\s|hun\s)?"
            r"(?:[^\W\d_]+(?:-[^\W\d_]+)?\s){1,3}|(?:er|findes)\s)"
            rf"(?:på|paa)\s{_SITE}"
            r"(?:\s(?:under|som)\s(?:navnet|brugernavnet|profilen)?)?)(?!\w)",
            0.4,
            SITES,
        ),
        pattern(
            "found_on",  # "Fandt Pernille Fjord på Instagram", "har fundet ham på TikTok"
            r"(?<!\w)(?P<v>(?:fandt|fundet|finder)\s(?P<found>(?:[^\W\d_]+\s){1,3})"
            rf"(?:på|paa)\s{_SITE})(?!\w)",
            0.4,
            SITES,
        ),
        pattern(
            "kept_private",  # "hun har en privat Instagram", "han har sin hemmelige TikTok"
            rf"(?<!\w)(?P<holder>\w+)\s(?:har|havde)\s(?P<v>(?:en|et|sin|sit)\s"
            rf"(?:privat|private|hemmelig|hemmelige)\s{_NETWORK}(?:[-‐]?profil(?:en)?)?)(?![\w‐-])",
            0.4,
            ("privat", "hemmelig"),
        ),
        pattern(
            "profile_link",  # "instagram.com/navn_privat": a link straight to a profile
            rf"(?<![\w/.])(?P<v>(?:www\.)?{_SITE}\.com/(?!{_NOT_PROFILES})[a-z0-9_.]{{3,40}})(?![\w/])",
            0.3,
            (".com/",),
        ),
        pattern(
            "handle",  # "@jesperlau_travels" beside words about a profile
            r"(?<![\w@.])(?P<v>@[a-z0-9_.]{3,30})(?![\w@])",
            0.3,
            ("@",),
        ),
    )

    def validate(self, match: re.Match[str], norm: Normalised) -> float | None:
        """Not the writer's own profile, nor an institution's page. A handle tagged to
        call its owner in ("tag hende! @navn") or an official account tells others nothing
        private: only a handle pointed out as a private profile to follow or find counts."""
        if match.group("v").startswith("@"):  # a handle
            handle = match.group("v")
            if _OFFICIAL_HANDLE.search(handle):
                return None
            if _TAGGED.search(norm.text) and not _PRIVATE.search(norm.text):
                return None
            if _display_name_mention(match, norm):
                return None
        if "holder" in match.re.groupindex and match.group("holder") in FIRST_PERSON:
            return None  # "jeg har en privat Instagram": the writer's own
        if "found" in match.re.groupindex and _not_a_person(match.group("found")):
            return None  # "fandt min gamle klassekammerat", "fandt jobcentret på Facebook"
        if match.group("v").count("/") and _INSTITUTION.search(match.group("v")):
            return None  # "facebook.com/jobcenteraarhus": the institution's page
        owner = match.group("owner") if "owner" in match.re.groupindex else None
        if owner is not None and (owner in FIRST_PERSON or _INSTITUTION.search(owner)):
            return None
        return 0.0


def _not_a_person(words: str) -> bool:
    """The words found on a network are the writer's own people, an institution, or no
    person at all ("fandt ud af det på Facebook")."""
    found = words.split()
    return (
        any(word in FIRST_PERSON for word in found)
        or _INSTITUTION.search(words) is not None
        or found[0] in ("ud", "noget", "det", "den", "dem", "nogen", "en", "et", "mange")
    )


def _display_name_mention(match: re.Match[str], norm: Normalised) -> bool:
    """ "@Lene Fjeld husk navnet": a post's mention of a person by display name (a word
    with a capital, then a surname with one), not a handle that leads to a profile."""
    start, end = match.span("v")
    raw = norm.raw_slice(start + 1, end)
    after = norm.raw_slice(end, min(len(norm.text), end + 2))
    return raw.isalpha() and raw[:1].isupper() and after[:1] == " " and after[1:2].isupper()
