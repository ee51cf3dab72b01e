"""Replies to Telegram HTML: escaped, split below 4,096 characters, keyboards within limits."""

from __future__ import annotations

import asyncio
import time

from bot.channels.telegram.guards import Pacer
from bot.channels.telegram.translate import render
from bot.core.messages import RenderedChoice, Reply
from tests.servers.telegram import check_keyboard, parse_html


def test_a_long_reply_is_split_and_every_piece_is_valid_html() -> None:
    """9,000 characters with markup-like text: every message parses as Telegram's HTML, stays
    under 4,096 characters, and together they say everything; the keyboard comes last."""
    line = "Order <ORD-1> & more > less "
    text = "\n".join(line * 3 for _ in range(110))
    choices = tuple(RenderedChoice(f"slot:{n}", f"Option {n}") for n in range(3))
    messages = render(Reply("en", "test", text, (), choices))
    shown = [parse_html(m.html) for m in messages]
    assert all(len(piece) <= 4096 for piece in shown) and len(messages) >= 3
    assert "".join(shown).replace("\n", "") == text.replace("\n", "")
    assert [m.keyboard is not None for m in messages] == [False] * (len(messages) - 1) + [True]
    keyboard = messages[-1].keyboard
    assert keyboard is not None
    check_keyboard(keyboard.to_dict())


def test_pacing_allows_a_short_burst_then_about_one_a_period() -> None:
    """Per chat: three at once, the fourth waits a period; another chat does not wait."""

    async def run() -> list[float]:
        pacer, start, times = Pacer(burst=3, period=0.2), time.monotonic(), []
        for _ in range(4):
            await pacer.wait("chat-1")
            times.append(time.monotonic() - start)
        await pacer.wait("chat-2")
        times.append(time.monotonic() - start)
        return times

    times = asyncio.run(run())
    assert max(times[:3]) < 0.1 and times[3] >= 0.55 and times[4] - times[3] < 0.1
