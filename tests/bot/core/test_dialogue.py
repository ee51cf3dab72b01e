"""The stored dialogue: a pending step is typed data with a version; what cannot be read is
set aside with a word to the buyer, never misread."""

from __future__ import annotations

import pytest

from bot.app import App
from storage.models import Conversation
from tests.chat import Chat, ids
from tests.phrases import ASK, LANGUAGES

BUYER_OF = {"en": "english", "de": "launch", "fi": "prolite", "es": "premium", "nb": "cloudcare"}


async def _stored(app: App, user: str) -> Conversation:
    async with app.unit() as uow:
        identity = await uow.repos.accounts.identity("console", user)
        assert identity is not None
        found = await uow.repos.chats.conversation_of(identity.id)
        assert found is not None
        return found


async def _rewrite(app: App, user: str, state: str, data: dict[str, object]) -> None:
    async with app.unit() as uow:
        identity = await uow.repos.accounts.identity("console", user)
        assert identity is not None
        conversation = await uow.repos.chats.conversation(identity.id, app.core.clock.now())
        conversation.state, conversation.data = state, data
        await uow.commit()


async def test_a_pending_step_is_stored_with_its_version(app: App) -> None:
    """Picking a time waits in the database as the step's fields, its version and the offer."""
    await Chat(app)("launch").say(ASK["book_kickoff"]["de"])
    stored = await _stored(app, "launch")
    assert stored.state == "booking:slot" and stored.data["version"] == 1
    assert stored.data["step"]["type"] == "kickoff" and stored.data["step"]["sessions"] == 1
    assert stored.data["offered"][0][0].startswith("slot:")


async def test_a_conversation_stored_before_steps_were_typed_goes_on(app: App) -> None:
    """A step saved in the old flat form (its fields beside the offer) still loads: the buyer
    picks the time offered before the update and the meeting is booked."""
    buyer = Chat(app)("launch")
    offer = await buyer.say(ASK["book_kickoff"]["de"])
    stored = await _stored(app, "launch")
    flat = {**stored.data["step"], "offered": stored.data["offered"], "prompt": []}
    flat["day"] = flat["time"] = flat["part"] = None
    await _rewrite(app, "launch", "booking:slot", flat)
    done = await buyer.choose(offer.choices[0].value)
    assert ids(done)[0] == "booking-confirmed"


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_step_from_another_version_is_set_aside_with_a_word(
    app: App, language: str
) -> None:
    """A step saved by another version is not misread: the buyer hears, in their language,
    that the question was set aside, and their message is answered as a new one."""
    user = BUYER_OF[language]
    buyer = Chat(app)(user)
    offer = await buyer.say(ASK["book_kickoff"][language])
    stored = await _stored(app, user)
    await _rewrite(app, user, "booking:slot", {**stored.data, "version": 99})
    reply = await buyer.say(ASK["hours_balance"][language])
    assert ids(reply)[0] == "dialogue-reset" and reply.language == language
    assert "allowance-heading" in ids(reply)
    assert (await _stored(app, user)).state == "idle"
    stale = await buyer.choose(offer.choices[0].value)
    assert ids(stale)[0] == "choice-stale"  # the old offer is gone with its step


async def test_a_step_nobody_answers_any_more_is_set_aside(app: App) -> None:
    """A step whose capability was removed (or renamed) is set aside the same way."""
    await _rewrite(app, "english", "survey:question", {"version": 1, "step": {}})
    reply = await Chat(app)("english").say("help")
    assert ids(reply) == ["dialogue-reset", "help-menu"]
