"""Cases in the chat channels: a case opened by the buyer's very first press works in Slack and
Telegram (no lazy load of the case's lines in async code)."""

from __future__ import annotations

from bot.app import App
from tests.bot.channels.slack_world import SlackWorld, buttons, said, text_of
from tests.bot.channels.telegram_world import TelegramWorld, shown
from tests.bot.channels.telegram_world import buttons as keys

LENA = 5001


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
