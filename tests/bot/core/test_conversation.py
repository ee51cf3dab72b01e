"""The conversation core: language choice, bad input, unlinked users, restarts."""

from __future__ import annotations

import asyncio
import re
import shutil
import threading
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import App, build_app
from bot.clock import FixedClock
from bot.core.messages import Inbound
from bot.i18n.knowledge import Knowledge
from bot.settings import REPO_ROOT, Settings
from tests.chat import Chat, ids
from tests.phrases import ASK, LANGUAGES, SWITCH_TO, WEATHER


@pytest.mark.parametrize("language", LANGUAGES)
async def test_the_bot_answers_in_the_language_of_the_message(chat: Chat, language: str) -> None:
    """A clear message in any of the five languages gets its answer in that language."""
    reply = await chat("english").say(ASK["package_info"][language])
    assert reply.language == language


@pytest.mark.parametrize("language", LANGUAGES)
async def test_an_explicit_choice_sticks(chat: Chat, language: str) -> None:
    """ "Answer in X" wins and stays, even when the buyer then writes another language."""
    buyer = chat("launch")
    switched = await buyer.say(SWITCH_TO[language])
    assert switched.language == language and ids(switched) == ["language-set"]
    other = "fi" if language != "fi" else "es"
    reply = await buyer.say(ASK["hours_balance"][other])
    assert reply.language == language


async def test_the_language_menu_switches_by_choice(chat: Chat) -> None:
    """The menu's "change language" offers each language by its own name."""
    buyer = chat("english")
    offer = await buyer.choose("menu:set_language")
    assert [c.label for c in offer.choices] == [
        "English",
        "Deutsch",
        "suomi",
        "español",
        "norsk (bokmål)",
    ]
    assert (await buyer.choose("lang:fi")).language == "fi"


async def test_hei_after_finnish_stays_finnish(chat: Chat) -> None:
    """ "Hei" is Finnish and Norwegian: after Finnish, it is answered in Finnish."""
    buyer = chat("prolite")
    await buyer.say("Kuinka monta tuntia meillä on jäljellä?")
    assert (await buyer.say("Hei")).language == "fi"
    assert (await buyer.say("Hei hei")).language == "fi"
    assert (await buyer.say("Kiitos paljon")).language == "fi"


async def test_a_first_unsure_message_uses_the_platform_hint(chat: Chat) -> None:
    """A greeting tells nothing: the platform's locale decides, then the customer's default."""
    assert (await chat("english", hint="nb-NO").say("Hei")).language == "nb"
    assert (await chat("prolite").say("Hallo")).language == "fi"  # Revontuli Oy's default


async def test_an_unlinked_identity_gets_no_customer_data(chat: Chat) -> None:
    """An unknown user is told how to get linked, in their language, and nothing else."""
    stranger = chat("U999", channel="slack")
    reply = await stranger.say("Wie viele Stunden bleiben uns noch?")
    assert ids(reply) == ["identity-not-linked"] and reply.language == "de"
    assert reply.choices == () and "U999" in reply.text
    reply = await chat("nobody").say("What does our package include?")
    assert ids(reply) == ["identity-not-linked"] and reply.language == "en"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "turn-empty"),
        ("   \n ", "turn-empty"),
        ("\x00\x01\x02\x7f", "turn-unreadable"),
        ("x" * 5000, "turn-too-long"),
    ],
)
async def test_bad_input_gets_a_clear_answer(chat: Chat, text: str, problem: str) -> None:
    """Empty, binary and very long messages are answered, never crash the turn."""
    reply = await chat("launch").say(text)
    assert ids(reply)[0] == problem and reply.language == "de"


async def test_binary_noise_around_words_is_cleaned(chat: Chat) -> None:
    """Control characters inside a message are dropped, the words still understood."""
    reply = await chat("english").say("What does our\x00 package\x1b include?")
    assert ids(reply)[0] == "package-heading"


async def test_bad_input_in_the_middle_of_a_flow_keeps_the_step(chat: Chat) -> None:
    """An empty message while picking a slot re-offers the same slots."""
    buyer = chat("launch")
    offer = await buyer.say("Kick-off-Meeting buchen")
    again = await buyer.say("")
    assert ids(again)[0] == "turn-empty"
    assert [c.value for c in again.choices] == [c.value for c in offer.choices]
    assert "booking-confirmed" in ids(await buyer.pick("slot:"))


@pytest.mark.parametrize("choice", ["slot:garbage", "type:", "💥", "x" * 70, "menu:drop_tables"])
async def test_garbage_choices_are_refused(chat: Chat, choice: str) -> None:
    """A choice the bot never offered books nothing and says so."""
    buyer = chat("launch")
    await buyer.say("Kick-off-Meeting buchen")
    reply = await buyer.choose(choice)
    assert ids(reply)[0] in ("choice-stale", "choice-unknown")


async def test_nonsense_shows_the_menu_instead_of_guessing(chat: Chat) -> None:
    """Below the confidence threshold the bot does not guess: it shows what it can do."""
    reply = await chat("english").say("purple elephants dance quietly")
    assert ids(reply) == ["help-unsure"] and len(reply.choices) == 8


@pytest.mark.parametrize(
    ("handle", "language"),
    [
        ("launch", "de"),
        ("prolite", "fi"),
        ("premium", "es"),
        ("cloudcare", "nb"),
        ("english", "en"),
    ],
)
@pytest.mark.parametrize("text", ["ok", "ok thanks", "hei hei", "vale"])
async def test_a_word_or_two_is_answered_in_the_buyers_language(
    chat: Chat, handle: str, language: str, text: str
) -> None:
    """ "ok" looks Finnish to a detector and "hei hei" Norwegian: one or two words that no
    single language's phrases claim are answered in the buyer's own language."""
    assert (await chat(handle).say(text)).language == language


@pytest.mark.parametrize("language", LANGUAGES)
async def test_out_of_scope_is_declined_politely(chat: Chat, language: str) -> None:
    """The weather is no capability's business: a polite no, then what the bot can do."""
    reply = await chat("english").say(WEATHER[language])
    assert ids(reply) == ["help-out-of-scope"] and reply.language == language
    assert len(reply.choices) == 8


BUYERS = {"de": "launch", "fi": "prolite", "es": "premium", "nb": "cloudcare", "en": "english"}
# Two requests that share exactly one word, "zebra", and nothing else: a message of that word
# alone is as near to one as to the other, and near neither enough to act on.
TIE = {"book_meeting": "zebra quartz violet amber", "list_bookings": "zebra maple cedar onyx"}


@pytest.fixture
async def tie_app(db_url: str, clock: FixedClock, tmp_path: Path) -> AsyncIterator[App]:
    locales = tmp_path / "locales"
    shutil.copytree(REPO_ROOT / "locales", locales)
    for language in LANGUAGES:
        path = locales / language / "understanding.toml"
        source = path.read_text(encoding="utf-8")
        for intent, phrase in TIE.items():
            source = re.sub(rf"^{intent} = \[", f'{intent} = ["{phrase}",', source, flags=re.M)
        path.write_text(source, encoding="utf-8")
    built = build_app(Settings(database_url=db_url, locales_dir=locales), clock)
    yield built
    await built.close()


@pytest.mark.parametrize("language", LANGUAGES)
async def test_between_two_requests_the_bot_asks_which(tie_app: App, language: str) -> None:
    """Unsure between two requests, the bot offers those two (and "something else"), does
    nothing, and a pick runs the one picked."""
    buyer = Chat(tie_app)(BUYERS[language])
    reply = await buyer.say("zebra")
    assert ids(reply) == ["help-which"] and reply.language == language
    assert sorted(c.value for c in reply.choices[:2]) == ["menu:book_meeting", "menu:list_bookings"]
    assert [c.value for c in reply.choices[2:]] == ["menu:help"]
    picked = await buyer.choose(reply.choices[0].value)
    assert picked.intent == reply.choices[0].value.removeprefix("menu:")


@pytest.mark.parametrize("language", LANGUAGES)
async def test_help_shows_the_menu(chat: Chat, language: str) -> None:
    """Help offers every capability as a choice, in the buyer's language."""
    reply = await chat("english").say(ASK["help"][language])
    assert ids(reply) == ["help-menu"] and reply.language == language
    assert reply.choices[0].value == "menu:package_info"


async def test_a_restart_in_the_middle_of_a_booking_loses_nothing(
    db_url: str, clock: FixedClock, knowledge: Knowledge
) -> None:
    """The slots offered before a restart can be picked after it, from a new process state."""
    first = build_app(Settings(database_url=db_url), clock, knowledge)
    offer = await Chat(first)("launch").say("Kick-off-Meeting buchen")
    await first.close()
    second = build_app(Settings(database_url=db_url), clock, knowledge)
    try:
        done = await Chat(second)("launch").choose(offer.choices[1].value)
        assert ids(done)[0] == "booking-confirmed"
    finally:
        await second.close()


async def test_a_broken_database_is_answered_with_an_apology(
    tmp_path: object, clock: FixedClock, knowledge: Knowledge, caplog: pytest.LogCaptureFixture
) -> None:
    """With no usable database the bot still answers, in the buyer's language, and logs why."""
    broken = build_app(
        Settings(database_url="sqlite:////proc/no/such/dir/x.sqlite3"), clock, knowledge
    )
    try:
        (reply,) = await broken.core.handle_turn(
            Inbound("console", "launch", text="Wie viele Stunden bleiben uns noch?")
        )
    finally:
        await broken.close()
        await _aiosqlite_settled()
    assert ids(reply) == ["turn-error"] and reply.language == "de"
    assert "failed" in caplog.text


async def _aiosqlite_settled() -> None:
    """aiosqlite stops a connection that failed to open without awaiting the stop: its worker
    thread answers on this event loop later. Wait for it here, or it would answer a closed
    loop during another test (a warning that lands on whichever test runs then)."""
    for _ in range(200):
        workers = [t for t in threading.enumerate() if "_connection_worker_thread" in t.name]
        if not workers:
            return
        await asyncio.sleep(0.01)


async def test_every_reply_is_recorded_in_the_transcript(chat: Chat, app: App) -> None:
    """What the buyer wrote and what the bot answered are kept for the escalation brief."""
    buyer = chat("english")
    await buyer.say("help")
    async with app.unit() as uow:
        identity = await uow.repos.accounts.identity("console", "english")
        assert identity is not None
        lines = await uow.repos.chats.transcript(identity.id, 10)
    assert [line.direction for line in lines] == ["in", "out"]
    assert lines[0].text == "help"


async def test_a_picked_option_is_recorded_in_words(chat: Chat, app: App) -> None:
    """The contact reads what the buyer chose ("[Book a meeting]"), not an internal id."""
    buyer = chat("english")
    await buyer.say("help")
    await buyer.choose("menu:book_meeting")
    async with app.unit() as uow:
        identity = await uow.repos.accounts.identity("console", "english")
        assert identity is not None
        lines = await uow.repos.chats.transcript(identity.id, 10)
    assert lines[2].text == "[Book a meeting]"
