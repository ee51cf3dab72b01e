"""Telegram: private chats, inline keyboards, documents, chat commands, invitation links."""

from __future__ import annotations

from bot.channels.base import ChannelKind, Option, plain_account
from bot.channels.telegram.adapter import TelegramChannel, configured, invite_link
from bot.channels.telegram.translate import CHANNEL

KIND = ChannelKind(
    name=CHANNEL,
    account_id=plain_account,
    serve=TelegramChannel.from_settings,
    options=(Option("--webhook-url", "cli-serve-webhook-url", takes_value=True),),
    credentials="TELEGRAM_BOT_TOKEN",
    configured=configured,
    invite_link=invite_link,
)
