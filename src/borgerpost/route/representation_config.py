"""Representative types as data: ``route/data/representation.yaml`` (``BORGERPOST_REPRESENTATION``).

Pure: no database. The file says which types of representative need a written fuldmagt
(a lawyer usually does not, a relative does), how a type is recognised from a message
(the sender's name and domain, the triage evidence, the text), and the ready letter that
asks for a fuldmagt (forvaltningsloven § 8). A municipality changes any of it by editing
the file, never the code.

Why the checks on load are strict: a type that needs no fuldmagt LIFTS the block on case
data when it is recognised, so a misspelt type, an unknown case kind or a letter with a
field that does not exist must stop the app at start, not quietly share case data or send
a broken letter. Every type must be described (and no other), so the code can rely on
the six codes the register stores.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from borgerpost.detect.base import CASE_KINDS
from borgerpost.errors import ConfigError

DEFAULT_NAME = "representation.yaml"
REPRESENTATIVE_TYPES: tuple[str, ...] = (
    "advokat", "faglig_organisation", "partsrepraesentant", "bisidder", "paaroerende", "andet",
)
FALLBACK_TYPE = "andet"
BLOCKING_STATUSES: tuple[str, ...] = ("mangler", "udloebet", "tilbagekaldt")
LETTER_FIELDS: tuple[str, ...] = ("modtager", "dato", "emne", "status_linje", "fuldmagt_til",
                                  "afsender")
_SEPARATOR = r"[\s\-–]+"


@lru_cache(maxsize=1024)
def compile_phrase(phrase: str) -> re.Pattern[str]:
    """A phrase (``som|er advokat*``) as a case-insensitive whole-word regex."""
    words = phrase.split()
    if not words:
        raise ValueError("en tom frase")
    parts = []
    for word in words:
        alternatives = word.split("|")
        if any(alt in ("", "*") for alt in alternatives):
            raise ValueError(f"frasen {phrase!r} har et tomt alternativ")
        parts.append("(?:" + "|".join(
            re.escape(alt[:-1]) + r"\w*" if alt.endswith("*") else re.escape(alt)
            for alt in alternatives) + ")")
    return re.compile(r"(?<!\w)" + _SEPARATOR.join(parts) + r"(?!\w)", re.IGNORECASE)


def _first_hit(phrases: Iterable[str], text: str) -> str | None:
    for phrase in phrases:
        match = compile_phrase(phrase).search(text)
        if match:
            return match.group(0)
    return None


def domain_of(email: str) -> str:
    """The lower-cased domain of an e-mail address ('' without one)."""
    return email.rsplit("@", 1)[1].strip().lower() if "@" in email else ""


def domain_matches(entry: str, domain: str) -> bool:
    """``3f.dk`` matches that domain and its subdomains; ``advokat`` any domain holding it."""
    entry = entry.lower()
    if not domain:
        return False
    if "." in entry:
        return domain == entry or domain.endswith("." + entry)
    return entry in domain


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


@dataclass(frozen=True, slots=True)
class Recognised:
    """The type found for a message and why: ``source`` afsender, evidens, tekst or ingen."""

    type: str
    source: str
    quote: str


class TypeSpec(_Strict):
    """One representative type: whether it needs a written fuldmagt and how it is recognised."""

    name: str = Field(min_length=1)
    requires_fuldmagt: bool
    exempt_case_kinds: tuple[str, ...] = ()
    why: str = ""
    sender_words: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()

    @field_validator("sender_words", "phrases")
    @classmethod
    def _phrases_compile(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for phrase in value:
            compile_phrase(phrase)
        return value

    @field_validator("exempt_case_kinds")
    @classmethod
    def _known_kinds(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [kind for kind in value if kind not in CASE_KINDS]
        if unknown:
            raise ValueError(f"ukendt sagstype {', '.join(unknown)} "
                             f"(kendte: {', '.join(CASE_KINDS)})")
        return value

    @model_validator(mode="after")
    def _exemption_needs_requirement(self) -> TypeSpec:
        if self.exempt_case_kinds and not self.requires_fuldmagt:
            raise ValueError("exempt_case_kinds giver kun mening, når requires_fuldmagt er true")
        return self

    def sender_hit(self, sender_name: str, domain: str) -> str | None:
        """What in the sender's name or domain shows this type, if anything."""
        hit = _first_hit(self.sender_words, sender_name)
        if hit:
            return hit
        return next((domain for entry in self.domains if domain_matches(entry, domain)), None)

    def text_hit(self, text: str) -> str | None:
        """The first phrase of this type found in ``text``."""
        return _first_hit(self.phrases, text)


class ReplySpec(_Strict):
    """The ready letter asking a representative for a fuldmagt."""

    signature: str = Field(min_length=1)
    subject: str = Field(min_length=1)
    status_lines: dict[Literal["mangler", "udloebet", "tilbagekaldt"], str]
    body: str = Field(min_length=1)

    @model_validator(mode="after")
    def _fields_exist(self) -> ReplySpec:
        missing = [s for s in BLOCKING_STATUSES if s not in self.status_lines]
        if missing:
            raise ValueError(f"status_lines mangler {', '.join(missing)}")
        sample = dict.fromkeys(LETTER_FIELDS, "x")
        for where, template in [("subject", self.subject), ("body", self.body),
                                *((f"status_lines.{k}", v) for k, v in self.status_lines.items())]:
            try:
                template.format_map(sample)
            except (KeyError, IndexError, ValueError) as exc:
                raise ValueError(f"{where}: ukendt eller ugyldigt felt {exc} (mulige: "
                                 f"{', '.join('{' + f + '}' for f in LETTER_FIELDS)})") from exc
        return self

    def render(self, status: str, fields: dict[str, str]) -> tuple[str, str]:
        """(subject, body) for a check with ``status``; ``fields`` fill the placeholders."""
        values = {**dict.fromkeys(LETTER_FIELDS, ""), "afsender": self.signature, **fields}
        values["status_linje"] = self.status_lines.get(  # type: ignore[call-overload]
            status, self.status_lines["mangler"]).format_map(values)
        return self.subject.format_map(values), self.body.format_map(values)


class RepresentationConfig(_Strict):
    """The whole file."""

    version: Literal[1]
    types: dict[str, TypeSpec]
    reply: ReplySpec

    @field_validator("types")
    @classmethod
    def _every_type(cls, value: dict[str, TypeSpec]) -> dict[str, TypeSpec]:
        missing = [t for t in REPRESENTATIVE_TYPES if t not in value]
        unknown = [t for t in value if t not in REPRESENTATIVE_TYPES]
        if missing:
            raise ValueError(f"mangler typen {', '.join(missing)}")
        if unknown:
            raise ValueError(f"ukendt type {', '.join(unknown)} "
                             f"(kendte: {', '.join(REPRESENTATIVE_TYPES)})")
        return value

    def type_name(self, code: str) -> str:
        """The Danish name of a type code (the code itself when unknown)."""
        spec = self.types.get(code)
        return spec.name if spec is not None else code

    def requires(self, code: str, case_kinds: Collection[str]) -> bool:
        """Does a representative of type ``code`` asking for ``case_kinds`` need a fuldmagt?

        An exemption (a bisidder at a meeting) holds only when the message asks for
        something and ALL it asks for is exempt; a message that asks for nothing we can
        name is not exempt.
        """
        spec = self.types.get(code) or self.types[FALLBACK_TYPE]
        if not spec.requires_fuldmagt:
            return False
        exempt = set(spec.exempt_case_kinds)
        return not (case_kinds and set(case_kinds) <= exempt)

    def recognise(
        self, *, sender_name: str, sender_email: str, evidence: Sequence[str], text: str
    ) -> Recognised:
        """The type of representative: the sender first, then the evidence, then the text."""
        domain = domain_of(sender_email)
        for code, spec in self.types.items():
            hit = spec.sender_hit(sender_name, domain)
            if hit:
                return Recognised(code, "afsender", hit)
        for source, haystack in (("evidens", " | ".join(evidence)), ("tekst", text)):
            for code, spec in self.types.items():
                hit = spec.text_hit(haystack)
                if hit:
                    return Recognised(code, source, hit)
        return Recognised(FALLBACK_TYPE, "ingen", "")


def _where(error: dict[str, Any]) -> str:
    loc = error.get("loc") or ()
    return ".".join(str(part) for part in loc) or "(top)"


def parse_representation(text: str, *, source: str = DEFAULT_NAME) -> RepresentationConfig:
    """Validate the YAML ``text``; every problem is a ``ConfigError`` naming ``source``."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" linje {mark.line + 1}" if mark is not None else ""
        raise ConfigError(f"{source}{line}: ikke gyldig YAML ({exc})") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: forventede en mapping med 'types' og 'reply' øverst")
    try:
        return RepresentationConfig.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{_where(dict(e))}: {str(e['msg']).removeprefix('Value error, ')}"
            for e in exc.errors())
        raise ConfigError(f"{source}: {problems}") from exc


def load_representation(path: str | Path | None = None) -> RepresentationConfig:
    """The file at ``path``, or the one shipped with borgerpost when empty."""
    if not path:
        text = files("borgerpost.route").joinpath("data", DEFAULT_NAME).read_text("utf-8")
        return parse_representation(text, source=f"borgerpost/route/data/{DEFAULT_NAME}")
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: kan ikke læse filen ({exc.strerror})") from exc
    return parse_representation(text, source=str(path))


@lru_cache(maxsize=8)
def cached_representation(path: str) -> RepresentationConfig:
    """``load_representation`` once per path for a running process."""
    return load_representation(path)
