"""Escalation to the assigned contact (or the provider's team), and the staff side of it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from bot.messages import Choice, Message
from handlers.base import Notice, Outcome, Turn, UserFacingError
from handlers.slots import is_away
from storage.models import Escalation, Staff
from storage.repositories import Repositories

PRIORITY_ORDER = {"no_access": 0, "normal": 1}


async def assignee(repos: Repositories, contact: Staff, today_of_contact: datetime) -> Staff:
    """The contact, or the provider's team while the contact is away."""
    if not is_away(contact, today_of_contact.date()):
        return contact
    return await repos.people.team_of(contact.provider_id) or contact


async def _open(turn: Turn, request: Message | None) -> tuple[Escalation, Staff, list[Notice]]:
    staff = await assignee(turn.repos, turn.customer.contact, turn.now)
    contracts = list(await turn.repos.contracts.of_customer(turn.customer.id))
    escalation = Escalation(
        customer_id=turn.customer.id,
        buyer_id=turn.buyer.id,
        identity_id=turn.identity.id,
        contract_id=contracts[0].id if contracts else None,
        staff_id=staff.id,
        status="open",
        priority="no_access" if turn.entities.no_access else "normal",
        language=turn.language,
        created_at=turn.now,
    )
    turn.repos.add(escalation)
    await turn.repos.flush()
    for line in await turn.repos.chats.transcript(turn.identity.id, turn.limits.transcript_lines):
        author = "buyer" if line.direction == "in" else "bot"
        await turn.repos.cases.add_message(escalation, author, line.text, line.created_at, None)
    if turn.text:
        await turn.repos.cases.add_message(escalation, "buyer", turn.text, turn.now, None)
    notice = staff_brief(escalation, turn.buyer.name, turn.customer.name, contracts, request)
    actions = staff_actions(escalation)
    return escalation, staff, await notify_staff(turn.repos, staff, escalation, notice, actions)


def staff_actions(escalation: Escalation) -> tuple[Choice, ...]:
    """The buttons a contact gets with a case: take it, or close it."""
    if escalation.status == "resolved":
        return ()
    resolve = Choice(f"resolve:{escalation.id}", Message("staff-action-resolve"))
    if escalation.status == "claimed":
        return (resolve,)
    return (Choice(f"claim:{escalation.id}", Message("staff-action-claim")), resolve)


def staff_brief(
    escalation: Escalation,
    buyer: str,
    customer: str,
    contracts: Sequence[object],
    request: Message | None,
) -> list[Message]:
    """What the contact reads: who, which package, language, priority and the conversation."""
    packages = tuple(Message(f"package-{c.package_key}") for c in contracts)  # type: ignore[attr-defined]
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
    for line in escalation.messages:
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


async def start(turn: Turn) -> Outcome:
    escalation, staff, notices = await _open(turn, None)
    out = Outcome(notices=notices)
    if staff.id == turn.customer.contact_id:
        return out.say("escalation-created", contact=staff.name, id=escalation.id)
    return out.say(
        "escalation-created-team",
        team=staff.name,
        contact=turn.customer.contact.name,
        id=escalation.id,
    )


async def request_meeting(turn: Turn, meeting_type: str, lead_days: int) -> Outcome:
    """Meetings that need planning (onsite days) go to the contact as a request."""
    request = Message("escalation-meeting-request", {"meeting": Message(f"meeting-{meeting_type}")})
    escalation, staff, notices = await _open(turn, request)
    out = Outcome(notices=notices)
    return out.say(
        "booking-via-contact",
        meeting=Message(f"meeting-{meeting_type}"),
        contact=staff.name,
        days=lead_days,
        id=escalation.id,
    )


async def forward(turn: Turn, escalation: Escalation) -> Outcome:
    """While a person has the case, the buyer's words go to them, not to the bot."""
    assert turn.text is not None
    await turn.repos.cases.add_message(escalation, "buyer", turn.text, turn.now, None)
    staff = await turn.repos.people.staff(escalation.claimed_by_id or escalation.staff_id)
    assert staff is not None
    wrote = Message(
        "escalation-buyer-wrote", {"id": escalation.id, "buyer": turn.buyer.name, "text": turn.text}
    )
    out = Outcome(notices=await notify_staff(turn.repos, staff, escalation, [wrote]))
    if escalation.status == "claimed":
        return out  # a person is answering: the bot stays quiet
    return out.say("escalation-forwarded", contact=staff.name, id=escalation.id)


# --- the staff side -------------------------------------------------------------------


def _buyer_notice(escalation: Escalation, message: Message) -> list[Notice]:
    if escalation.identity_id is None:
        return []
    return [Notice(escalation.identity_id, (message,), escalation.id)]


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
