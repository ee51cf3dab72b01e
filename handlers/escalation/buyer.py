"""The buyer's side of a case: asking for a person, meetings that need planning, and what the
buyer writes while a case is open (it goes to the person, not to the bot)."""

from __future__ import annotations

from handlers.base import Arg, Message, Notice, Outcome, Turn
from handlers.escalation.desk import assignee, notify_staff, staff_actions, staff_brief
from storage.models import Escalation, Staff


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
    lines = await turn.repos.cases.messages(escalation.id)
    notice = staff_brief(escalation, lines, turn.buyer.name, turn.customer.name, contracts, request)
    actions = staff_actions(escalation)
    return escalation, staff, await notify_staff(turn.repos, staff, escalation, notice, actions)


async def start(turn: Turn) -> Outcome:
    """escalate: a case for the contact (or the team while the contact is away)."""
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


async def request_meeting(turn: Turn, meeting_type: str, lead_days: int | None) -> Outcome:
    """Meetings that need planning (onsite days) go to the contact as a request."""
    request = Message("escalation-meeting-request", {"meeting": Message(f"meeting-{meeting_type}")})
    escalation, staff, notices = await _open(turn, request)
    out = Outcome(notices=notices)
    said: dict[str, Arg] = {
        "meeting": Message(f"meeting-{meeting_type}"),
        "contact": staff.name,
        "id": escalation.id,
    }
    if lead_days is None:
        return out.say("booking-via-contact", **said)
    return out.say("booking-via-contact-days", days=lead_days, **said)


async def hold(turn: Turn) -> Outcome | None:
    """While the buyer has an open case, what they write goes to it."""
    if not turn.text:
        return None
    escalation = await turn.repos.cases.active(turn.identity.id)
    if escalation is None:
        return None
    return await forward(turn, escalation, turn.text)


async def forward(turn: Turn, escalation: Escalation, text: str) -> Outcome:
    """The buyer's words go to the person on the case; while it is claimed the bot is quiet."""
    await turn.repos.cases.add_message(escalation, "buyer", text, turn.now, None)
    staff = await turn.repos.people.staff(escalation.claimed_by_id or escalation.staff_id)
    assert staff is not None
    wrote = Message(
        "escalation-buyer-wrote", {"id": escalation.id, "buyer": turn.buyer.name, "text": text}
    )
    out = Outcome(notices=await notify_staff(turn.repos, staff, escalation, [wrote]))
    if escalation.status == "claimed":
        return out  # a person is answering: the bot stays quiet
    return out.say("escalation-forwarded", contact=staff.name, id=escalation.id)
