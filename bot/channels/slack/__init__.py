"""Slack: direct messages, mentions in shared channels, buttons, /support, files."""

from __future__ import annotations

from bot.channels.base import ChannelKind, Option
from bot.channels.slack.adapter import SlackChannel, configured
from bot.channels.slack.translate import CHANNEL, account_id

KIND = ChannelKind(
    name=CHANNEL,
    account_id=account_id,
    serve=SlackChannel.from_settings,
    options=(Option("--socket-mode", "cli-serve-socket-mode"),),
    credentials="SLACK_BOT_TOKEN",
    configured=configured,
)
