"""What the fuldmagt pages, the API and the message page share: the policy, audit, views.

Who may do what with the register:

    sagsbehandler, teamleder  register, list, read (document included) and revoke fuldmagter
                              — of ANY unit: a fuldmagt is about the citizen, not a unit,
                              and the caseworker who gets the representative's mail may sit
                              in another unit than the one that registered it
    leder                     list and read the register; the signed document only when
                              granted ``can_read_bodies`` (it is personal data like a body)
    sikkerhed                 nothing: the register is not part of security work

Every listing, view, download and change is audited (ids and codes, never names), and so
is every refused attempt, like a message read.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import HTTPException, Request
from pydantic import ValidationError
from sqlalchemy.orm import Session

from borgerpost.errors import AccessDenied, FuldmagtError
from borgerpost.model import Role
from borgerpost.route.cases import receipt_day
from borgerpost.route.fristbrev import danish_date
from borgerpost.route.representation import (
    Assessment,
    fuldmagt_request_text,
    refresh,
)
from borgerpost.route.representation_config import RepresentationConfig, cached_representation
from borgerpost.store import audit
from borgerpost.store.tables import Fuldmagt, Message, User
from borgerpost.web.access import UserLike
from borgerpost.web.deadlines import today_for

REGISTER_ROLES = frozenset({Role.SAGSBEHANDLER.value, Role.TEAMLEDER.value})
VIEW_ROLES = REGISTER_ROLES | {Role.LEDER.value}
NO_ACCESS = "Fuldmagtsregistret er for sagsbehandlere, teamledere og ledere."
NO_REGISTER = "Kun sagsbehandlere og teamledere kan registrere og tilbagekalde fuldmagter."
NO_DOCUMENT = "Du har ikke adgang til selve fuldmagtsdokumentet."
STATUS_NAMES = {"gyldig": "Gyldig", "mangler": "Mangler", "udloebet": "Udløbet",
                "tilbagekaldt": "Tilbagekaldt", "ikke_kraevet": "Kræves ikke"}
SOURCE_NAMES = {"afsender": "genkendt på afsenderen", "evidens": "genkendt på triagens markering",
                "tekst": "genkendt på teksten"}
# pydantic's own error types in Danish (a validator's ValueError already is).
ERROR_TEXTS = {
    "missing": "skal udfyldes", "string_too_short": "skal udfyldes",
    "string_too_long": "er for lang", "date_from_datetime_parsing": "ugyldig dato (ÅÅÅÅ-MM-DD)",
    "date_parsing": "ugyldig dato (ÅÅÅÅ-MM-DD)", "date_type": "ugyldig dato (ÅÅÅÅ-MM-DD)",
}
FIELD_NAMES = {
    "representative_name": "Repræsentantens navn", "representative_email": "E-mail",
    "representative_type": "Type", "citizen_name": "Borgerens navn",
    "citizen_ref": "Borgerens reference", "scope_case_kinds": "Sagstyper",
    "scope_cases": "Sager", "valid_from": "Gælder fra", "valid_to": "Gælder til",
}


def can_view_fuldmagter(user: UserLike) -> bool:
    """May ``user`` list and read the register?"""
    return user.role in VIEW_ROLES


def can_register_fuldmagt(user: UserLike) -> bool:
    """May ``user`` register and revoke fuldmagter? Caseworkers and team leaders, any unit."""
    return user.role in REGISTER_ROLES


def can_read_document(user: UserLike) -> bool:
    """May ``user`` download the signed document? Not a leder without body access."""
    return user.role in REGISTER_ROLES or (user.role == Role.LEDER and user.can_read_bodies)


def download_headers(filename: str) -> dict[str, str]:
    """``attachment`` with an ASCII fallback name and the exact name per RFC 5987, so a
    document is always saved, never rendered in our origin."""
    fallback = "".join(c if c.isascii() and c.isprintable() and c not in '"\\' else "_"
                       for c in filename) or "fuldmagt"
    return {"Content-Disposition":
            f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename)}"}


def config_of(request: Request) -> RepresentationConfig:
    """The representation file named by the app's settings (read once per path)."""
    return cached_representation(request.app.state.settings.representation)


def require(session: Session, user: User, allowed: bool, action: str, object_id: int | str,
            text: str) -> None:
    """Refuse (audited, committed) when ``allowed`` is false."""
    if allowed:
        return
    audit.record(session, actor=user.username, action=f"{action}.denied",
                 object_type="fuldmagt", object_id=object_id)
    session.commit()
    raise AccessDenied(text)


def existing(session: Session, fuldmagt_id: int) -> Fuldmagt:
    """The fuldmagt, or 404."""
    row = session.get(Fuldmagt, fuldmagt_id)
    if row is None:
        raise HTTPException(status_code=404, detail="Fuldmagten findes ikke.")
    return row


def record(session: Session, user: User, action: str, object_id: int | str,
           **detail: str | int | bool | list[str] | None) -> None:
    """An audit row for something ``user`` did with the register."""
    audit.record(session, actor=user.username, action=action, object_type="fuldmagt",
                 object_id=object_id, detail=detail)


def danish_errors(exc: ValidationError | FuldmagtError) -> list[str]:
    """Form errors a person can act on: the field's Danish name and what is wrong."""
    if isinstance(exc, FuldmagtError):
        text = str(exc)
        return [text[:1].upper() + text[1:] + "."]
    out = []
    for error in exc.errors():
        loc = [str(part) for part in error.get("loc", ())]
        field = FIELD_NAMES.get(loc[0], loc[0]) if loc else "Formularen"
        text = ERROR_TEXTS.get(str(error.get("type", "")),
                               str(error.get("msg", "")).removeprefix("Value error, "))
        out.append(f"{field}: {text}." if loc else f"{text[:1].upper()}{text[1:]}.")
    return out


def status_text(result: Assessment, config: RepresentationConfig) -> str:
    """The check's outcome in one Danish line."""
    f = result.fuldmagt
    if result.status == "gyldig" and f is not None:
        until = f"til og med {danish_date(f.valid_to)}" if f.valid_to else "uden slutdato"
        return f"Gyldig fuldmagt nr. {f.id}, {until}."
    if result.status == "ikke_kraevet":
        return f"Fuldmagt kræves ikke for {config.type_name(result.type).lower()}."
    if result.status == "udloebet" and f is not None and f.valid_to is not None:
        return f"Fuldmagt nr. {f.id} udløb {danish_date(f.valid_to)}."
    if result.status == "tilbagekaldt" and f is not None:
        return f"Fuldmagt nr. {f.id} er tilbagekaldt."
    if f is not None:
        return f"Fuldmagt mangler: fuldmagt nr. {f.id} dækker ikke denne henvendelse."
    return "Fuldmagt mangler."


def _from_register(result: Assessment) -> bool:
    """Did the type come from a registered fuldmagt rather than the message's words?"""
    return result.type != result.recognised.type


def _source(result: Assessment) -> str | None:
    if _from_register(result):
        return "ifølge fuldmagtsregistret"
    return SOURCE_NAMES.get(result.recognised.source)


def _quote(result: Assessment) -> str:
    return "" if _from_register(result) else result.recognised.quote


def representation_context(
    session: Session, request: Request, user: User, message: Message
) -> dict[str, Any] | None:
    """The "Repræsentant" box of the message page (None for a message not labelled so)."""
    config, today = config_of(request), today_for(request)
    row, result = refresh(session, message_pk=message.id, today=today, config=config)
    if row is None or result is None:
        return None
    type_spec = config.types.get(result.type)
    return {
        "status": result.status, "text": status_text(result, config), "blocks": result.blocks,
        "type_name": config.type_name(result.type), "why": type_spec.why if type_spec else "",
        "source": _source(result), "quote": _quote(result), "others": result.others,
        "fuldmagt_id": result.fuldmagt.id if result.fuldmagt else None,
        "letter": fuldmagt_request_text(session, message_pk=message.id, today=today,
                                        config=config) if result.blocks else "",
        "can_view": can_view_fuldmagter(user), "can_register": can_register_fuldmagt(user),
        "received": danish_date(receipt_day(message)),
    }
