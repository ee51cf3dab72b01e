"""The buyer's side of a case: asking for a person, meetings that need planning, what the buyer
writes while a case is open (free text goes to the person; what the bot can answer, it
answers), and leaving the case."""

from __future__ import annotations

from datetime import timedelta

from handlers.base import Arg, Message, Notice, Outcome, Turn
from handlers.escalation.desk import (
    PRIORITY_ORDER,
    assignee,
    notify_staff,
    priority_of,
    staff_actions,
    staff_brief,
)
from storage.models import Escalation, Staff

# What a case takes while it is open: words the bot does not understand and thanks (meant for
# the person), greetings, another request for a person, and "stop" (leave the case).
HELD = frozenset({"unknown", "out_of_scope", "greeting", "thanks", "escalate", "stop"})


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
        priority=priority_of(turn.entities.no_access, turn.entities.urgent),
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
    """escalate: a case for the contact (or the team while the contact is away); a buyer with
    a case open adds to it instead of opening another."""
    open_case = await turn.repos.cases.active_of_buyer(turn.buyer.id)
    if open_case is not None:
        return await forward(turn, open_case, turn.text)
    escalation, staff, notices = await _open(turn, None)
    out = Outcome(notices=notices)
    if staff.id == turn.customer.contact_id:
        out.say("escalation-created", contact=staff.name, id=escalation.id)
    else:
        out.say(
            "escalation-created-team",
            team=staff.name,
            contact=turn.customer.contact.name,
            id=escalation.id,
        )
    return _urgency_said(out, escalation)


def _urgency_said(out: Outcome, escalation: Escalation) -> Outcome:
    if escalation.priority != "normal":
        out.say("escalation-marked-urgent", id=escalation.id)
    return out


async def request_meeting(turn: Turn, meeting_type: str, lead_days: int | None) -> Outcome:
    """Meetings that need planning (onsite days) go to the contact as a request (added to the
    buyer's open case, if there is one)."""
    request = Message("escalation-meeting-request", {"meeting": Message(f"meeting-{meeting_type}")})
    open_case = await turn.repos.cases.active_of_buyer(turn.buyer.id)
    if open_case is not None:
        escalation, staff = open_case, await _holder(turn, open_case)
        notices = await notify_staff(turn.repos, staff, escalation, [request])
    else:
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
    """While the buyer has an open case, what the bot does not understand goes to the person,
    another request for a person is added to the case, and "stop" leaves it. A clear request
    of the bot's own ("how many hours are left?", "menu") is answered by the bot."""
    if not turn.text or (turn.clear and turn.intent not in HELD):
        return None
    escalation = await turn.repos.cases.active_of_buyer(turn.buyer.id)
    if escalation is None:
        return None
    if turn.intent == "stop" and turn.clear:
        return await _leave(turn, escalation)
    return await forward(turn, escalation, turn.text)


async def leave(turn: Turn) -> Outcome:
    """leave_case: "back to the bot", "close my case"."""
    escalation = await turn.repos.cases.active_of_buyer(turn.buyer.id)
    if escalation is None:
        return Outcome().say("escalation-none-open").with_menu()
    return await _leave(turn, escalation)


async def _leave(turn: Turn, escalation: Escalation) -> Outcome:
    """The buyer closes the case; the person on it is told, and the bot is back."""
    staff = await _holder(turn, escalation)
    escalation.status, escalation.resolved_at = "resolved", turn.now
    await turn.repos.cases.add_message(escalation, "buyer", turn.text or "", turn.now, None)
    left = Message("escalation-buyer-left", {"id": escalation.id, "buyer": turn.buyer.name})
    out = Outcome(notices=await notify_staff(turn.repos, staff, escalation, [left]))
    return out.say("escalation-left", id=escalation.id, contact=staff.name).with_menu()


async def forward(turn: Turn, escalation: Escalation, text: str | None) -> Outcome:
    """The buyer's words go to the person on the case. The buyer is told where they went,
    unless the person answered moments ago (a conversation is going on)."""
    staff = await _holder(turn, escalation)
    if not text:  # "talk to a person" pressed again
        return Outcome().say("escalation-already-open", id=escalation.id, contact=staff.name)
    await turn.repos.cases.add_message(escalation, "buyer", text, turn.now, None)
    wrote = [
        Message(
            "escalation-buyer-wrote", {"id": escalation.id, "buyer": turn.buyer.name, "text": text}
        )
    ]
    raised = priority_of(turn.entities.no_access, turn.entities.urgent)
    urgent_now = PRIORITY_ORDER[raised] < PRIORITY_ORDER.get(escalation.priority, 9)
    if urgent_now:
        escalation.priority = raised
        marked: dict[str, Arg] = {"id": escalation.id, "priority": Message(f"priority-{raised}")}
        wrote.append(Message("escalation-priority-raised", marked))
    out = Outcome(notices=await notify_staff(turn.repos, staff, escalation, wrote))
    if escalation.status == "claimed":
        answered = await turn.repos.cases.last_said(escalation.id, "staff")
        quiet = timedelta(seconds=turn.limits.case_quiet_seconds)
        if answered is None or turn.now - answered > quiet or urgent_now:
            out.say("escalation-sent-to", name=staff.name)
    else:
        out.say("escalation-forwarded", contact=staff.name, id=escalation.id)
    return _urgency_said(out, escalation) if urgent_now else out


async def _holder(turn: Turn, escalation: Escalation) -> Staff:
    """Who has the case now: whoever took it, else whom it went to."""
    staff = await turn.repos.people.staff(escalation.claimed_by_id or escalation.staff_id)
    assert staff is not None
    return staff
