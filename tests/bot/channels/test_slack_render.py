"""Replies to Block Kit: escaped, split within Slack's limits, buttons with the last message."""

from __future__ import annotations

from bot.channels.slack.translate import (
    action_inbound,
    escape,
    event_inbound,
    render,
    unescape,
)
from bot.core.messages import RenderedChoice, Reply
from tests.servers.slack import validate_blocks


def _reply(text: str, choices: int = 0) -> Reply:
    offered = tuple(RenderedChoice(f"slot:{n}", f"Option {n} " + "x" * 90) for n in range(choices))
    return Reply("en", "test", text, (), offered)


def test_a_long_reply_is_split_into_messages_slack_accepts() -> None:
    """12,000 characters in 400 lines and 30 long-labelled options: every message passes
    Slack's Block Kit limits, no text is lost, and all buttons come last."""
    text = "\n".join(f"line {n}: " + "a" * 20 for n in range(400)) + "\n" + "b" * 7000
    messages = render(_reply(text, choices=30))
    for message in messages:
        validate_blocks(message.blocks)
        assert 0 < len(message.text) <= 3000
    sections = [b["text"]["text"] for m in messages for b in m.blocks if b["type"] == "section"]
    assert "".join(sections).replace("\n", "") == text.replace("\n", "")
    values = [
        e["value"]
        for m in messages
        for b in m.blocks
        if b["type"] == "actions"
        for e in b["elements"]
    ]
    assert values == [f"slot:{n}" for n in range(30)]
    assert all(b["type"] != "actions" for m in messages[:-1] for b in m.blocks)


def test_sixty_sections_need_two_messages() -> None:
    """More than 50 blocks never go into one message."""
    text = "\n".join("c" * 2999 for _ in range(60))
    messages = render(_reply(text))
    assert [len(m.blocks) for m in messages] == [50, 10]


def test_escaping_is_slacks_three_characters_in_order() -> None:
    """& first, then < and >; nothing else is touched, and unescape undoes it."""
    assert escape("a & <b> *c*") == "a &amp; &lt;b&gt; *c*"
    assert unescape(escape("<!channel> &amp;")) == "<!channel> &amp;"


def test_bot_messages_edits_and_joins_are_not_turns() -> None:
    """Only what a person wrote to the bot reaches the core."""
    base = {"team_id": "T1", "event_id": "Ev1"}
    edited = {**base, "event": {"type": "message", "subtype": "message_changed", "channel": "D1"}}
    from_bot = {**base, "event": {"type": "message", "bot_id": "B1", "user": "U1", "channel": "D1"}}
    in_channel = {
        **base,
        "event": {"type": "message", "user": "U1", "channel": "C1", "channel_type": "channel"},
    }
    assert [event_inbound(b, "U0BOT", None) for b in (edited, from_bot, in_channel)] == [None] * 3


def test_a_mention_becomes_an_inbound_without_the_bot_mention() -> None:
    """The bot's own mention is removed; the reply goes to the thread of the mention."""
    body = {
        "team_id": "T1",
        "event_id": "Ev9",
        "event": {
            "type": "app_mention",
            "user": "U1",
            "channel": "C1",
            "ts": "1.5",
            "text": "<@U0BOT> hours &lt;3",
        },
    }
    inbound = event_inbound(body, "U0BOT", "de-DE")
    assert inbound is not None
    assert (inbound.user_id, inbound.text, inbound.address) == ("T1:U1", "hours <3", "C1|1.5")
    assert (inbound.delivery_key, inbound.space, inbound.language_hint) == ("Ev9", "T1:C1", "de-DE")


def test_only_our_buttons_are_choices() -> None:
    """A click on something that is not one of our choice buttons is not a turn."""
    body = {"actions": [{"action_id": "other", "value": "x"}], "user": {"id": "U1"}}
    assert action_inbound(body, None) is None
