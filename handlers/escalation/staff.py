"""Support staff in a chat channel: buttons to claim and resolve a case, replies that answer it."""

from __future__ import annotations

from handlers.base import Outcome, StaffTurn, UserFacingError
from handlers.escalation import desk
from handlers.escalation.desk import CLAIM, RESOLVE
from storage.models import Escalation

ACTIONS = {"claim": CLAIM, "resolve": RESOLVE}


async def act(turn: StaffTurn) -> Outcome:
    """A button press, a reply to a case's message, or anything else (a short how-to)."""
    if turn.choice is not None:
        return await _press(turn, turn.choice)
    answering = await turn.repos.cases.get(turn.case_id) if turn.case_id else None
    if turn.text and answering is not None:
        await _require_own(turn, answering, "reply")
        notices = await desk.answer(turn.repos, answering, turn.staff, turn.text, turn.now)
        _audit(turn, "reply", answering)
        out = Outcome(notices=notices).say("staff-done-reply", id=answering.id)
        return _with_actions(out, answering)
    active = await turn.repos.cases.with_status(("open", "claimed"), turn.staff.id)
    return Outcome().say("staff-chat-help", open=len(active))


async def _press(turn: StaffTurn, choice: str) -> Outcome:
    action = next((name for name, kind in ACTIONS.items() if kind.parse(choice)), None)
    raw_id = ACTIONS[action].parse(choice) if action else None
    escalation = await turn.repos.cases.get(int(raw_id)) if raw_id and raw_id.isdigit() else None
    if action is None or escalation is None:
        return Outcome().say("choice-unknown")
    await _require_own(turn, escalation, action)
    if action == "claim":
        notices = await desk.claim(turn.repos, escalation, turn.staff, turn.now)
    else:
        notices = await desk.resolve(turn.repos, escalation, turn.staff, turn.now)
    _audit(turn, action, escalation)
    out = Outcome(notices=notices).say(f"staff-done-{action}", id=escalation.id)
    return _with_actions(out, escalation)


def _audit(turn: StaffTurn, action: str, escalation: Escalation) -> None:
    subject = f"escalation:{escalation.id}"
    turn.repos.audit.record(turn.now, f"staff:{turn.staff.handle}", f"escalation.{action}", subject)


async def _require_own(turn: StaffTurn, escalation: Escalation, action: str) -> None:
    """Another provider's case is refused, and the attempt is kept in the audit trail."""
    try:
        await desk.require_own(turn.repos, turn.staff, escalation)
    except UserFacingError:
        _audit(turn, f"{action}-refused", escalation)
        raise


def _with_actions(out: Outcome, escalation: Escalation) -> Outcome:
    out.choices.extend(desk.staff_actions(escalation))
    return out
