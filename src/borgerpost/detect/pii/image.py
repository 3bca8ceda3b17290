"""Links to pictures: image hosts (imgur …), image files (.jpg .png .gif .webp .heic) and
Facebook or Instagram photo pages. Other links are not private data by themselves."""

from __future__ import annotations

import re

from borgerpost.detect.normalise import Normalised
from borgerpost.detect.pii.base import Recognizer, pattern, recognizer, words

IMAGE_HOSTS = (
    "imgur.com", "ibb.co", "postimg.cc", "postimages.org", "flickr.com", "fbcdn.net",
    "cdninstagram.com", "pinimg.com", "tinypic.com", "photobucket.com",
)  # fmt: skip
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|heic|bmp|tiff?)(?:$|[?#])")
_PHOTO_PAGE = re.compile(r"(?:facebook\.com|fb\.com|instagram\.com)/(?:.*photo|p/|.*/photos/)")


@recognizer
class ImageRecognizer(Recognizer):
    name = "image"
    version = "1"
    kind = "image"
    reason = "Privat billede"
    prefilter = re.compile(r"https?://|www\.")
    patterns = (
        pattern(
            "link",
            r"(?P<v>(?:https?://|www\.)[^\s<>\"]*[^\s<>\".,;:!?)\]}'])",
            0.7,
            ("http", "www."),
        ),
    )
    context = words("billede billedet billeder foto fotoet fotos se kig")

    def validate(self, match: re.Match[str], norm: Normalised) -> float | None:
        url = match.group("v")
        host = re.sub(r"^(?:https?://)?(?:www\.)?", "", url).split("/", 1)[0]
        if any(host == h or host.endswith("." + h) for h in IMAGE_HOSTS):
            return 0.1
        if _IMAGE_FILE.search(url) or _PHOTO_PAGE.search(url):
            return 0.1
        return None
