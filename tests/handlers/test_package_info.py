"""What a package includes and what is used and left, in every language."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from handlers.base import Message
from tests.chat import Chat, args_of, ids
from tests.phrases import ASK, LANGUAGES


@pytest.mark.parametrize("language", LANGUAGES)
async def test_package_info_lists_contract_description_and_balances(
    chat: Chat, language: str
) -> None:
    """The Launch Kit buyer sees the package, its description, contact and the hours left (no
    support channels: Oura's service description names none)."""
    reply = await chat("launch").say(ASK["package_info"][language])
    assert reply.language == language
    assert ids(reply) == [
        "package-heading",
        "package-oura-launch-kit-description",
        "package-contact",
        "package-returns",
        "allowance-hours-valid",
    ]
    hours = args_of(reply, "allowance-hours-valid")
    assert (hours["left"], hours["granted"]) == (Decimal(4), Decimal(4))
    assert hours["until"] == date(2027, 1, 31)  # day 90 of a contract whose day 1 was 3 Nov 2026
    contact = args_of(reply, "package-contact")
    assert (contact["contact"], contact["until"]) == ("Anna Schmidt", date(2027, 1, 31))


@pytest.mark.parametrize("language", LANGUAGES)
async def test_hours_balance_shows_used_and_left(chat: Chat, language: str) -> None:
    """Pro Lite: 2 hours and one status review in the current quarter."""
    reply = await chat("prolite").say(ASK["hours_balance"][language])
    assert ids(reply) == ["allowance-heading", "allowance-hours", "allowance-period-quarter"]
    assert args_of(reply, "allowance-hours")["left"] == Decimal(2)
    assert reply.language == language


async def test_cloudcare_shows_renewal_and_notice_deadline(chat: Chat) -> None:
    """The CloudCare agreement renews yearly; notice is due a month before the end."""
    reply = await chat("cloudcare").say("Hva inneholder avtalen vår?")
    renewal = args_of(reply, "package-renewal")
    assert renewal["renews"] == date(2027, 5, 6)
    assert renewal["deadline"] == date(2027, 4, 6)
    assert "allowance-period-year" in ids(reply)
    assert reply.language == "nb"


async def test_care_free_shows_the_thirty_day_windows(chat: Chat) -> None:
    """Change requests and support questions run 30 days from handover (10 days ago)."""
    reply = await chat("carefree").say("Was ist in unserem Paket enthalten?")
    windows = [m for m in reply.messages if m.id == "allowance-window-open"]
    assert [m.args["days"] for m in windows] == [20, 20]
    assert "package-versatel-training-client-description" in ids(reply)


async def test_support_channels_are_said_where_the_provider_states_them(chat: Chat) -> None:
    """CloudCare's agreement names phone, e-mail and chat: they are said."""
    reply = await chat("cloudcare").say(ASK["package_info"]["nb"])
    assert "package-channels" in ids(reply)


@pytest.mark.parametrize("language", LANGUAGES)
async def test_time_billed_package_says_how_it_is_billed(chat: Chat, language: str) -> None:
    """Remote setup has no hours or sessions of its own: its balance says it is billed per
    started hour instead of a heading with nothing under it."""
    reply = await chat("carefree").say(ASK["hours_balance"][language])
    setup = Message("package-versatel-remote-setup")
    headings = [
        n
        for n, m in enumerate(reply.messages)
        if m.id == "allowance-heading" and m.args["package"] == setup
    ]
    assert len(headings) == 1
    assert reply.messages[headings[0] + 1].id == "allowance-none-per_started_hour"
    assert reply.language == language


AND_KICKOFF = {
    "en": "and the kick-off?",
    "de": "und das Kick-off?",
    "fi": "entä aloituspalaveri?",
    "es": "¿y la reunión inicial?",
    "nb": "hva med oppstartsmøtet?",
}
ADMIN_TRAINING_LEFT = {
    "en": "how many admin training sessions do we have left?",
    "de": "wie viele Admin-Schulungen haben wir noch?",
    "fi": "montako admin koulutusta meillä on jäljellä?",
    "es": "¿cuántas formaciones de administradores nos quedan?",
    "nb": "hvor mange adminkurs har vi igjen?",
}


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_named_meeting_type_narrows_the_balance(chat: Chat, language: str) -> None:
    """Asked about the admin training, the Care Free buyer hears that allowance alone, and a
    follow-up naming a meeting the packages lack says so before the whole balance."""
    buyer = chat("carefree")
    reply = await buyer.say(ADMIN_TRAINING_LEFT[language])
    assert ids(reply) == ["allowance-heading", "allowance-sessions"]
    assert args_of(reply, "allowance-sessions")["name"] == Message("allowance-training_admin")
    reply = await buyer.say(AND_KICKOFF[language])
    assert ids(reply)[0] == "booking-type-not-included"
    assert ids(reply).count("allowance-heading") == 5
