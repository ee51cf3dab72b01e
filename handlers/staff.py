"""Support staff in a chat channel: buttons to claim and resolve a case, replies that answer it."""

from __future__ import annotations

from datetime import datetime

from handlers import escalation as desk
from handlers.base import Outcome, UserFacingError
from storage.models import Escalation, Staff
from storage.repositories import Repositories

ACTIONS = ("claim", "resolve")


async def act(
    repos: Repositories,
    staff: Staff,
    now: datetime,
    choice: str | None,
    text: str | None,
    answering: Escalation | None,
) -> Outcome:
    """A button press, a reply to a case's message, or anything else (a short how-to)."""
    if choice is not None:
        return await _press(repos, staff, now, choice)
    if text and answering is not None:
        await _check_provider(repos, staff, answering)
        notices = await desk.answer(repos, answering, staff, text, now)
        _audit(repos, staff, now, "reply", answering)
        out = Outcome(notices=notices).say("staff-done-reply", id=answering.id)
        return _with_actions(out, answering)
    active = await repos.cases.with_status(("open", "claimed"), staff.id)
    return Outcome().say("staff-chat-help", open=len(active))


async def _press(repos: Repositories, staff: Staff, now: datetime, choice: str) -> Outcome:
    action, _, raw_id = choice.partition(":")
    escalation = await repos.cases.get(int(raw_id)) if raw_id.isdigit() else None
    if action not in ACTIONS or escalation is None:
        return Outcome().say("choice-unknown")
    await _check_provider(repos, staff, escalation)
    if action == "claim":
        notices = await desk.claim(repos, escalation, staff, now)
    else:
        notices = await desk.resolve(repos, escalation, staff, now)
    _audit(repos, staff, now, action, escalation)
    out = Outcome(notices=notices).say(f"staff-done-{action}", id=escalation.id)
    return _with_actions(out, escalation)


def _audit(
    repos: Repositories, staff: Staff, now: datetime, action: str, escalation: Escalation
) -> None:
    repos.audit.record(
        now, f"staff:{staff.handle}", f"escalation.{action}", f"escalation:{escalation.id}"
    )


async def _check_provider(repos: Repositories, staff: Staff, escalation: Escalation) -> None:
    """A contact acts only on cases of their own provider's customers."""
    customer = await repos.people.customer(escalation.customer_id)
    if customer is None or customer.provider_id != staff.provider_id:
        raise UserFacingError("staff-escalation-not-yours", id=escalation.id)


def _with_actions(out: Outcome, escalation: Escalation) -> Outcome:
    out.choices.extend(desk.staff_actions(escalation))
    return out
