"""Cases in the chat channels: a case opened by the buyer's very first press works in Slack and
Telegram (no lazy load of the case's lines in async code)."""

from __future__ import annotations

from pathlib import Path

from bot.app import App
from tests.bot.channels.slack_world import SlackWorld, buttons, event_body, said, text_of
from tests.bot.channels.telegram_world import TelegramWorld, shown
from tests.bot.channels.telegram_world import buttons as keys

LENA = 5001
# "Gebucht:", whatever the booking: the start of the message with empty arguments
_NO_ARGS = {"meeting": "", "start": "", "end": "", "contact": ""}


async def test_a_case_as_the_first_press_in_slack(slack: SlackWorld, app: App) -> None:
    """A menu posted by /support, pressed by a buyer who never wrote: the case is opened."""
    await slack.link("U1LENA", buyer="launch")
    await slack.command("U1LENA")
    (menu,) = await slack.inbox("DU1LENA", 1)
    assert "menu:escalate" in buttons(menu)
    done = await slack.click("U1LENA", menu, "menu:escalate")
    assert text_of(done[-1]) == said(app, "de", "escalation-created", contact="Anna Schmidt", id=1)


async def test_a_case_as_the_first_press_in_telegram(
    telegram_hook: TelegramWorld, app: App
) -> None:
    """Every new Telegram buyer gets the menu with the invitation; "talk to a person" is
    their first press."""
    code = await telegram_hook.invitation(buyer="launch")
    (welcome,) = await telegram_hook.say(LENA, f"/start {code}")
    assert "menu:escalate" in keys(welcome)
    (done,) = await telegram_hook.press(LENA, welcome, "menu:escalate")
    assert shown(done) == said(app, "de", "escalation-created", contact="Anna Schmidt", id=1)


class _Outage:
    """The database goes away under a running bot (its file moved aside), and comes back."""

    def __init__(self, app: App, db_url: str) -> None:
        self.app, self.path = app, Path(db_url.removeprefix("sqlite:///"))
        self.aside = self.path.with_suffix(".away")

    async def __aenter__(self) -> None:
        await self.app.engine.dispose()
        self.path.rename(self.aside)

    async def __aexit__(self, *_exc: object) -> None:
        await self.app.engine.dispose()
        self.path.unlink(missing_ok=True)
        self.aside.rename(self.path)


async def test_slack_buttons_go_only_after_their_turn_is_done(
    slack: SlackWorld, app: App, db_url: str
) -> None:
    """A press whose turn fails gets the apology in the buyer's language and keeps its
    buttons; a stranger's press in a shared channel keeps them too; the buyer's own press,
    once booked, retires them."""
    await slack.share("C0SHARED", "launch")
    body = event_body(
        "U1LENA", "<@U0BOT> Kick-off-Meeting buchen", channel="C0SHARED", kind="app_mention"
    )
    (offer,) = await slack.expect(slack.send_event(body))
    slot = next(value for value in buttons(offer) if value.startswith("slot:"))
    async with _Outage(app, db_url):
        (sorry,) = await slack.click("U1LENA", offer, slot)
    assert text_of(sorry).startswith(said(app, "de", "turn-error", turn="x")[:25])
    (stranger,) = await slack.click("U7OTHER", offer, slot)  # an unlinked member of the channel
    assert "T0TEAM:U7OTHER" in text_of(stranger)
    assert slack.fake.calls_to("chat.update") == []
    (done,) = await slack.click("U1LENA", offer, slot)
    assert text_of(done).startswith(said(app, "de", "booking-confirmed", **_NO_ARGS)[:8])
    (update,) = slack.fake.calls_to("chat.update")
    assert buttons(update) == []


async def test_a_refused_update_loses_nothing(slack: SlackWorld, app: App) -> None:
    """Slack refuses to update the pressed message (it is gone): the booking stands and is
    confirmed all the same."""
    await slack.link("U1LENA", buyer="launch")
    (offer,) = await slack.dm("U1LENA", "Kick-off-Meeting buchen")
    del slack.fake.messages[(offer["channel"], offer["ts"])]
    slot = next(value for value in buttons(offer) if value.startswith("slot:"))
    (done,) = await slack.click("U1LENA", offer, slot)
    assert text_of(done).startswith(said(app, "de", "booking-confirmed", **_NO_ARGS)[:8])


async def test_telegram_keyboards_go_only_after_their_turn_is_done(
    telegram_hook: TelegramWorld, app: App, db_url: str
) -> None:
    """A press whose turn fails gets the apology in German (the language of the message
    pressed, not the English Telegram client) and keeps its keyboard; pressed again it books."""
    await telegram_hook.linked(LENA, buyer="launch")
    (offer,) = await telegram_hook.say(LENA, "Kick-off-Meeting buchen", language="en")
    slot = next(value for value in keys(offer) if value.startswith("slot:"))
    async with _Outage(app, db_url):
        (sorry,) = await telegram_hook.press(LENA, offer, slot)
    assert shown(sorry).startswith(said(app, "de", "turn-error", turn="x")[:25])
    assert telegram_hook.fake.calls_to("editMessageReplyMarkup") == []
    (done,) = await telegram_hook.press(LENA, offer, slot)
    assert shown(done).startswith(said(app, "de", "booking-confirmed", **_NO_ARGS)[:8])
    assert len(telegram_hook.fake.calls_to("editMessageReplyMarkup")) == 1
