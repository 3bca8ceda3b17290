"""A small HTTP client for the monitor: one GET, a timeout, a size limit, our own User-Agent.

Our own rather than feedparser's built-in fetching because the evidence needs the response
exactly as received — status line, headers and body bytes — to write it as a WARC
'response' record, and because a hostile or broken server must not hang a run (timeout)
or fill the memory (the body is read in chunks and refused past ``max_bytes``). Only http
and https are fetched; the body is kept as received (a compressed body stays compressed
in the WARC; ``decoded_body`` gives the bytes to parse).
"""

from __future__ import annotations

import gzip
import re
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

from borgerpost import __version__
from borgerpost.errors import MonitorError

USER_AGENT = f"borgerpost-monitor/{__version__}"
DEFAULT_TIMEOUT_S = 20.0
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class Fetched:
    """One HTTP response as received, and when (UTC)."""

    url: str  # after redirects
    status: int
    reason: str
    headers: tuple[tuple[str, str], ...]
    body: bytes
    retrieved_at: datetime

    @property
    def status_line(self) -> str:
        return f"{self.status} {self.reason}".strip()

    def header(self, name: str) -> str:
        """The first header ``name`` (case-insensitive), or ''."""
        wanted = name.lower()
        return next((v for k, v in self.headers if k.lower() == wanted), "")

    @property
    def content_type(self) -> str:
        return self.header("Content-Type").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for param in self.header("Content-Type").split(";")[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "charset":
                return value.strip().strip('"') or None
        return None

    def decoded_body(self) -> bytes:
        """The body with any gzip/deflate Content-Encoding undone (what parsers read)."""
        encoding = self.header("Content-Encoding").strip().lower()
        try:
            if encoding in ("gzip", "x-gzip"):
                return gzip.decompress(self.body)
            if encoding == "deflate":
                return zlib.decompress(self.body)
        except (OSError, EOFError, zlib.error) as exc:
            raise MonitorError(f"{self.url}: svaret kan ikke pakkes ud ({encoding})") from exc
        return self.body


# A URL urlsplit would read as http(s) with a host, recognised without it: the plain
# ASCII form every export row has (``urlsplit`` costs more than the rest of reading a row).
_PLAIN_URL = re.compile(r"https?://[A-Za-z0-9._~-]+(?::[0-9]*)?(?:[/?#]|\Z)", re.IGNORECASE)


def check_url(url: str) -> str:
    """``url`` stripped, when it is an http(s) URL with a host; else ``MonitorError``."""
    url = url.strip()
    if _PLAIN_URL.match(url):
        return url
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise MonitorError(f"{url!r} er ikke en http(s)-adresse")
    return url


def fetch(
    url: str, *, timeout: float = DEFAULT_TIMEOUT_S, max_bytes: int = DEFAULT_MAX_BYTES
) -> Fetched:
    """GET ``url``; a non-2xx status, a timeout or a body over ``max_bytes`` is an error."""
    request = urllib.request.Request(
        check_url(url), headers={"User-Agent": USER_AGENT, "Accept": "*/*"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            retrieved = datetime.now(UTC)
            body = _read_limited(response, max_bytes, url)
            final = check_url(response.geturl())
            return Fetched(final, int(response.status), str(response.reason or ""),
                           tuple(response.headers.items()), body, retrieved)
    except urllib.error.HTTPError as exc:
        raise MonitorError(f"{url}: serveren svarede {exc.code} {exc.reason}") from exc
    except urllib.error.URLError as exc:
        raise MonitorError(f"{url}: kan ikke hentes ({exc.reason})") from exc
    except TimeoutError as exc:
        raise MonitorError(f"{url}: intet svar inden for {timeout:g} s") from exc
    except (OSError, ValueError) as exc:
        raise MonitorError(f"{url}: kan ikke hentes ({exc})") from exc


def _read_limited(response: object, max_bytes: int, url: str) -> bytes:
    chunks: list[bytes] = []
    size = 0
    read = response.read  # type: ignore[attr-defined]
    while True:
        chunk = read(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise MonitorError(f"{url}: svaret er over {max_bytes // (1024 * 1024)} MB")
        chunks.append(chunk)
