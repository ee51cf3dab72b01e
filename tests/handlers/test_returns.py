"""Return eligibility: received + 30 days inclusive, in the customer's time zone."""

from __future__ import annotations

from datetime import date

import pytest

from tests.chat import Chat, args_of, ids
from tests.phrases import ASK, LANGUAGES

# launch is customer 1: its orders were received 10, 30 and 45 days before 23 Nov 2026.
RECENT, LAST_DAY, PASSED = "ORD-1001", "ORD-1002", "ORD-1003"


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_recent_order_can_be_returned(chat: Chat, language: str) -> None:
    """Received 10 days ago: the deadline and 20 days left, and the escalation offered."""
    reply = await chat("launch").say(ASK["return_check"][language].format(ref=RECENT))
    assert ids(reply) == ["returns-eligible"] and reply.language == language
    found = args_of(reply, "returns-eligible")
    assert (found["deadline"], found["days"]) == (date(2026, 12, 13), 20)
    assert [c.value for c in reply.choices] == ["menu:escalate"]


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_passed_deadline_says_how_long_ago(chat: Chat, language: str) -> None:
    """Received 45 days ago: the period ended 15 days ago."""
    reply = await chat("launch").say(ASK["return_check"][language].format(ref=PASSED))
    assert ids(reply) == ["returns-expired"]
    assert args_of(reply, "returns-expired")["days"] == 15


async def test_day_thirty_is_the_last_day(chat: Chat) -> None:
    """The 30 days are inclusive: received 30 days ago, today is the last day."""
    reply = await chat("english").say("Can I still return order 6002?")
    assert args_of(reply, "returns-eligible")["days"] == 0


@pytest.mark.parametrize("language", LANGUAGES)
async def test_without_an_order_the_buyer_picks_one(chat: Chat, language: str) -> None:
    """No order named: the customer's orders are offered, newest first."""
    buyer = chat("launch")
    reply = await buyer.say(ASK["return_any"][language])
    assert ids(reply) == ["returns-choose-order"] and reply.language == language
    assert [c.value for c in reply.choices] == ["order:1", "order:2", "order:3"]
    verdict = await buyer.choose("order:2")
    assert ids(verdict) == ["returns-eligible"]


async def test_an_unknown_order_is_named_and_the_real_ones_offered(chat: Chat) -> None:
    """A reference that does not exist is said back, with the orders to choose from."""
    reply = await chat("launch").say("Kann ich die Bestellung ORD-9999 zurückgeben?")
    assert ids(reply) == ["returns-order-unknown", "returns-choose-order"]


async def test_cloudcare_has_no_returns(chat: Chat) -> None:
    """A service agreement has nothing to return: the bot says so and offers the contact."""
    reply = await chat("cloudcare").say("Kan vi returnere noe?")
    assert ids(reply) == ["returns-not-offered"]
