"""Cases between a buyer and the provider's staff: opening one, the brief staff read, notices,
and what staff do with a case (claim, answer, resolve)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from handlers.base import Choice, ChoiceKind, Message, Notice, UserFacingError
from handlers.slots import is_away
from storage.models import Contract, Escalation, EscalationMessage, Staff
from storage.repositories import Repositories

PRIORITY_ORDER = {"no_access": 0, "urgent": 1, "normal": 2}


def priority_of(no_access: bool, urgent: bool) -> str:
    """No access comes first, then anything said to be urgent."""
    return "no_access" if no_access else "urgent" if urgent else "normal"


CLAIM = ChoiceKind("claim")  # claim:<case id>
RESOLVE = ChoiceKind("resolve")  # resolve:<case id>


async def assignee(repos: Repositories, contact: Staff, today_of_contact: datetime) -> Staff:
    """The contact, or the provider's team while the contact is away."""
    if not is_away(contact, today_of_contact.date()):
        return contact
    return await repos.people.team_of(contact.provider_id) or contact


def staff_actions(escalation: Escalation) -> tuple[Choice, ...]:
    """The buttons a contact gets with a case: take it, or close it."""
    if escalation.status == "resolved":
        return ()
    resolve = Choice(RESOLVE.value(escalation.id), Message("staff-action-resolve"))
    if escalation.status == "claimed":
        return (resolve,)
    return (Choice(CLAIM.value(escalation.id), Message("staff-action-claim")), resolve)


def staff_brief(
    escalation: Escalation,
    lines: Sequence[EscalationMessage],
    buyer: str,
    customer: str,
    contracts: Sequence[Contract],
    request: Message | None,
) -> list[Message]:
    """What the contact reads: who, which package, language, priority and the conversation."""
    packages = tuple(Message(f"package-{c.package_key}") for c in contracts)
    brief = [
        Message(
            "escalation-new",
            {
                "id": escalation.id,
                "buyer": buyer,
                "customer": customer,
                "packages": packages or (Message("package-none-short"),),
                "language": Message(f"language-{escalation.language}"),
                "priority": Message(f"priority-{escalation.priority}"),
            },
        )
    ]
    if request is not None:
        brief.append(request)
    for line in lines:
        brief.append(Message(f"escalation-line-{line.author}", {"text": line.text}))
    return brief


async def notify_staff(
    repos: Repositories,
    staff: Staff,
    escalation: Escalation,
    messages: list[Message],
    actions: tuple[Choice, ...] = (),
) -> list[Notice]:
    identities = await repos.accounts.of_staff(staff.id)
    return [Notice(i.id, tuple(messages), escalation.id, actions) for i in identities]


def _buyer_notice(escalation: Escalation, message: Message) -> list[Notice]:
    if escalation.identity_id is None:
        return []
    return [Notice(escalation.identity_id, (message,), escalation.id)]


async def require_own(repos: Repositories, staff: Staff, escalation: Escalation) -> None:
    """Staff act only on their own provider's cases: the customer's contact, the person the
    case went to or took it, or that provider's team (all of it, for a case sent to the team
    while the contact was away)."""
    customer = await repos.people.customer(escalation.customer_id)
    if customer is None or customer.provider_id != staff.provider_id:
        raise UserFacingError("staff-escalation-not-yours", id=escalation.id)
    people = (customer.contact_id, escalation.staff_id, escalation.claimed_by_id)
    holder = await repos.people.staff(escalation.claimed_by_id or escalation.staff_id)
    if staff.is_team or staff.id in people or (holder is not None and holder.is_team):
        return
    name = holder.name if holder else customer.contact.name
    raise UserFacingError("staff-escalation-other-contact", id=escalation.id, contact=name)


def _require_active(escalation: Escalation) -> None:
    if escalation.status == "resolved":
        raise UserFacingError("staff-escalation-resolved-already", id=escalation.id)


async def claim(
    repos: Repositories, escalation: Escalation, staff: Staff, now: datetime
) -> list[Notice]:
    """Take the case; claiming it again changes nothing and tells the buyer nothing new."""
    _require_active(escalation)
    if escalation.status == "claimed" and escalation.claimed_by_id == staff.id:
        return []
    escalation.status, escalation.claimed_by_id, escalation.claimed_at = "claimed", staff.id, now
    await repos.flush()
    return _buyer_notice(escalation, Message("escalation-claimed", {"name": staff.name}))


async def answer(
    repos: Repositories, escalation: Escalation, staff: Staff, text: str, now: datetime
) -> list[Notice]:
    """A staff answer reaches the buyer; answering also claims an unclaimed case."""
    _require_active(escalation)
    if not text.strip():
        raise UserFacingError("staff-reply-empty", id=escalation.id)
    notices = []
    if escalation.status == "open":
        notices = await claim(repos, escalation, staff, now)
    await repos.cases.add_message(escalation, "staff", text, now, staff.id)
    answer_ = Message("escalation-answer", {"name": staff.name, "text": text, "id": escalation.id})
    return notices + _buyer_notice(escalation, answer_)


async def resolve(
    repos: Repositories, escalation: Escalation, staff: Staff, now: datetime
) -> list[Notice]:
    _require_active(escalation)
    escalation.status, escalation.resolved_at = "resolved", now
    escalation.claimed_by_id = escalation.claimed_by_id or staff.id
    await repos.flush()
    return _buyer_notice(escalation, Message("escalation-resolved", {"name": staff.name}))


def by_priority(escalations: Sequence[Escalation]) -> list[Escalation]:
    return sorted(escalations, key=lambda e: (PRIORITY_ORDER.get(e.priority, 9), e.created_at))
