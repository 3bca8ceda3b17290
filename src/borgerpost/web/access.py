"""The role policy, as pure functions: who may list, read and assign which message.

    sagsbehandler  lists and reads the messages of their own unit
    teamleder      the same, and assigns those messages to people of the unit
    sikkerhed      their own unit, plus every message labelled threat, doxxing or
                   exposure or routed to the "sikkerhed" queue, in any unit
    leder          figures only; lists and reads every message only when granted
                   ``can_read_bodies`` (a deliberate, recorded decision)

Case requests (deadlines) are changed only by the caseworkers and team leaders of the
message's unit; the deadline list shows one's own unit (a leder with body access: all).

The public-post monitor's kept posts (``/overvaagning``) are evidence about named staff:
sikkerhed reads, exports and runs them; a leder sees their counts only (no text, no
handles); everyone else is refused. A user linked to the staff register may opt in to a
summary of kept posts that name them.

Shielding (``route/shielding.py``) sits on top of the roles: a message that insults,
threatens or exposes a staff member is never listed to that person (they see a notice
and may open it deliberately), and a message assigned to someone is listed to them
(the designated colleague may sit in another unit). Incidents (arbejdsmiljø) are kept
by sikkerhed; leaders and team leaders see their figures. Everyone reads the routing
rules at ``/regler``; leder and sikkerhed may try a replacement file there and activate it.

Kept free of FastAPI and of database access so the policy can be read in one place and
tested as a table; pages and the API both call it, and ``scope_for`` gives the same
policy to the SQL layer (``store.queries.scope_clause``) for listings.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Protocol

from borgerpost.model import Role
from borgerpost.store.queries import Scope

SECURITY_LABELS: frozenset[str] = frozenset({"threat", "doxxing", "exposure"})
SECURITY_QUEUE = "sikkerhed"
ASSIGNABLE_ROLES: frozenset[str] = frozenset({Role.SAGSBEHANDLER.value, Role.TEAMLEDER.value})
FIGURE_ROLES: frozenset[str] = frozenset(
    {Role.LEDER.value, Role.TEAMLEDER.value, Role.SIKKERHED.value}
)


class UserLike(Protocol):
    """What the policy needs to know about a user."""

    @property
    def role(self) -> str: ...
    @property
    def unit(self) -> str: ...
    @property
    def can_read_bodies(self) -> bool: ...


class MessageLike(Protocol):
    """What the policy needs to know about a message (besides its labels)."""

    @property
    def unit(self) -> str | None: ...
    @property
    def queue(self) -> str | None: ...


class AssigneeLike(UserLike, Protocol):
    """A user a message could be assigned to."""

    @property
    def active(self) -> bool: ...


def _own_units(user: UserLike) -> frozenset[str]:
    return frozenset({user.unit}) if user.unit else frozenset()


def scope_for(user: UserLike) -> Scope:
    """The messages ``user`` may list, as data the SQL layer can apply."""
    staff_id: int | None = getattr(user, "staff_id", None)
    assignee: str | None = getattr(user, "username", None)
    if user.role in (Role.SAGSBEHANDLER, Role.TEAMLEDER):
        return Scope(units=_own_units(user), assignee=assignee, shielded_staff=staff_id)
    if user.role == Role.SIKKERHED:
        return Scope(units=_own_units(user), queues=frozenset({SECURITY_QUEUE}),
                     labels=SECURITY_LABELS, assignee=assignee, shielded_staff=staff_id)
    if user.role == Role.LEDER and user.can_read_bodies:
        return Scope(everything=True, shielded_staff=staff_id)
    return Scope()


def in_scope(
    scope: Scope, message: MessageLike, labels: frozenset[str] | set[str],
    shielded: Collection[int] = (),
) -> bool:
    """Whether ``message`` with ``labels`` falls inside ``scope`` (the Python twin of the SQL);
    ``shielded`` are the staff ids the message is shielded from."""
    if scope.shielded_staff is not None and scope.shielded_staff in shielded:
        return False
    if scope.everything:
        return True
    assigned: str | None = getattr(message, "assigned_to", None)
    return (
        (message.unit is not None and message.unit in scope.units)
        or (message.queue is not None and message.queue in scope.queues)
        or bool(scope.labels & set(labels))
        or (scope.assignee is not None and assigned == scope.assignee)
    )


def can_list(
    user: UserLike, message: MessageLike, labels: frozenset[str] | set[str] = frozenset(),
    shielded: Collection[int] = (),
) -> bool:
    """May ``user`` see this message's headers in a listing? Never when shielded from it."""
    return in_scope(scope_for(user), message, labels, shielded)


def is_shielded_from(user: UserLike, shielded: Collection[int]) -> bool:
    """Is ``user`` the staff member a message is shielded from (they must open it on purpose)?"""
    staff_id: int | None = getattr(user, "staff_id", None)
    return staff_id is not None and staff_id in shielded


def can_manage_incidents(user: UserLike) -> bool:
    """May ``user`` list, open and edit incidents? Sikkerhed only."""
    return user.role == Role.SIKKERHED


def can_manage_rules(user: UserLike) -> bool:
    """May ``user`` try a replacement routing-rules file on ``/regler`` and activate it?
    Leder and sikkerhed; every other role reads the active rules only."""
    return user.role in (Role.LEDER, Role.SIKKERHED)


def can_see_incident_figures(user: UserLike) -> bool:
    """May ``user`` see the incident figures (counts only, no names or text)?"""
    return user.role in FIGURE_ROLES


def can_read_body(
    user: UserLike, message: MessageLike, labels: frozenset[str] | set[str] = frozenset()
) -> bool:
    """May ``user`` read this message's text and attachments? (Every read is audited.)"""
    if user.role == Role.LEDER:
        return user.can_read_bodies
    return can_list(user, message, labels)


def can_assign(user: UserLike, message: MessageLike) -> bool:
    """May ``user`` assign this message? Only a teamleder, only within their own unit."""
    return user.role == Role.TEAMLEDER and bool(user.unit) and message.unit == user.unit


def can_assign_to(user: UserLike, assignee: AssigneeLike) -> bool:
    """May ``user`` hand work to ``assignee``? Active caseworkers of the same unit only."""
    return (
        user.role == Role.TEAMLEDER and bool(user.unit) and assignee.active
        and assignee.unit == user.unit and assignee.role in ASSIGNABLE_ROLES
    )


def can_see_figures(user: UserLike) -> bool:
    """May ``user`` see the overview figures (counts only, no text)?"""
    return user.role in FIGURE_ROLES


def can_handle_cases(user: UserLike, message: MessageLike) -> bool:
    """May ``user`` pause, resume or close the case requests of this message?

    The caseworkers and team leaders of the message's unit: the deadline is theirs.
    """
    return user.role in ASSIGNABLE_ROLES and bool(user.unit) and message.unit == user.unit


def can_switch_digest(user: UserLike) -> bool:
    """May ``user`` switch a sender to a daily digest? A teamleder, for their own unit."""
    return user.role == Role.TEAMLEDER and bool(user.unit)


def volume_units(user: UserLike) -> frozenset[str] | None:
    """The units whose volume figures (counts per sender, no text) ``user`` sees; None: all.

    Every unit for a leder; one's own unit for everyone else (none without a unit).
    """
    if user.role == Role.LEDER:
        return None
    return _own_units(user)


def can_see_volume_page(user: UserLike) -> bool:
    """May ``user`` open the top-senders page ``/volumen``? Teamleder (own unit) and leder."""
    return user.role == Role.LEDER or (user.role == Role.TEAMLEDER and bool(user.unit))


def deadline_units(user: UserLike) -> frozenset[str] | None:
    """The units whose deadline list ``user`` sees; None means every unit.

    Their own unit for everyone with one; every unit for a leder granted body access
    (the list names messages by subject).
    """
    if user.role == Role.LEDER and user.can_read_bodies:
        return None
    return _own_units(user)


def can_manage_monitor(user: UserLike) -> bool:
    """May ``user`` list, read and export kept public posts and manage the monitor's
    sources? Sikkerhed only: the posts are abuse of named colleagues, kept as evidence."""
    return user.role == Role.SIKKERHED


def can_see_monitor_counts(user: UserLike) -> bool:
    """May ``user`` see how many posts the monitor keeps (counts only, no text)?"""
    return user.role in (Role.SIKKERHED, Role.LEDER)


def can_opt_in_monitor(user: UserLike) -> bool:
    """May ``user`` ask to be told about kept posts naming them? Only when the login is
    linked to a person in the staff register (``staff_id``): that is whom a post names."""
    return getattr(user, "staff_id", None) is not None
