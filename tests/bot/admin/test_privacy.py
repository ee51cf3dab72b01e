"""Privacy: a buyer's data exported completely, erased without breaking the hours ledger,
old chat messages purged after the retention period, and an audit trail of who did what."""

from __future__ import annotations

import json
from datetime import timedelta
from decimal import Decimal

from sqlalchemy import select

from bot.admin.privacy import erase_buyer, export_buyer
from bot.app import App
from bot.clock import FixedClock
from bot.runtime.jobs import tidy
from storage.models.base import Base
from tests.chat import Chat, ids, link_staff


async def _story(chat: Chat, app: App) -> None:
    """Lena asks, books a kick-off, escalates and adds a word; she also has an invitation."""
    lena = chat("launch")
    await lena.say("Wie viele Stunden bleiben uns noch?")
    await lena.say("Ich möchte ein Kick-off-Meeting buchen")
    assert "booking-confirmed" in ids(await lena.pick("slot:"))
    await lena.say("Ich möchte bitte mit einem echten Menschen reden")
    await lena.say("Mein Passwort ist übrigens geheim123")
    from bot.admin.linking import invite

    async with app.unit() as uow:
        await invite(uow.repos, app.core.clock.now(), timedelta(days=7), buyer="launch")
        await uow.commit()


async def _ledger(app: App) -> list[tuple[str, str, Decimal]]:
    async with app.unit() as uow:
        rows = await uow.repos.contracts.ledger(1)
        return sorted((r.allowance, r.kind, r.quantity) for r in rows)


async def test_the_export_holds_everything_about_the_buyer(chat: Chat, app: App) -> None:
    """Accounts, every message both ways, bookings, escalations with their messages, invitations."""
    await _story(chat, app)
    async with app.unit() as uow:
        buyer = await uow.repos.people.buyer_by_handle("launch")
        assert buyer is not None
        data = await export_buyer(uow.repos, buyer)
    assert (
        data["buyer"]["name"] == "Lena Krüger"
        and data["buyer"]["customer"] == "Nordlicht Gesundheit GmbH"
    )
    assert [(a["channel"], a["account"]) for a in data["accounts"]] == [("console", "launch")]
    said = [m["text"] for m in data["messages"] if m["direction"] == "in"]
    assert (
        "Wie viele Stunden bleiben uns noch?" in said
        and "Mein Passwort ist übrigens geheim123" in said
    )
    assert len([m for m in data["messages"] if m["direction"] == "out"]) >= 4
    (booking,) = data["bookings"]
    assert booking["meeting_type"] == "kickoff" and booking["status"] == "confirmed"
    (case,) = data["escalations"]
    assert any(m["text"] == "Mein Passwort ist übrigens geheim123" for m in case["messages"])
    assert len(data["invitations"]) == 1


async def test_erasing_keeps_the_ledger_and_removes_the_person(chat: Chat, app: App) -> None:
    """After erasure the hours ledger is the same, the booking still counts, and nothing the
    buyer said or who they were remains; the account is no longer linked."""
    await _story(chat, app)
    before = await _ledger(app)
    async with app.unit() as uow:
        buyer = await uow.repos.people.buyer_by_handle("launch")
        assert buyer is not None
        counts = await erase_buyer(uow.repos, buyer)
        await uow.commit()
    assert counts["accounts"] == 1 and counts["messages"] >= 8 and counts["invitations"] == 1
    assert await _ledger(app) == before
    async with app.unit() as uow:
        assert await uow.repos.people.buyer_by_handle("launch") is None
        erased = await uow.repos.people.buyer(1)
        assert erased is not None and (erased.name, erased.handle) == ("", "erased-1")
        data = await export_buyer(uow.repos, erased)
        assert data["accounts"] == [] and data["messages"] == []
        assert len(data["bookings"]) == 1  # the contract's usage stays
        (case,) = data["escalations"]
        assert all(m["author"] == "staff" for m in case["messages"])
    again = await chat("launch").say("Wie viele Stunden bleiben uns noch?")
    assert ids(again) == ["identity-not-linked"]


async def test_old_chat_messages_are_purged_by_housekeeping(
    chat: Chat, app: App, clock: FixedClock
) -> None:
    """Messages older than the retention period go; newer ones stay; the purge is audited."""
    await chat("launch").say("Wie viele Stunden bleiben uns noch?")
    clock.advance(timedelta(days=app.settings.transcript_retention_days + 1))
    await chat("english").say("How many hours are still left for us?")
    assert await tidy(app) == 2  # Lena's question and its answer
    async with app.unit() as uow:
        identity = await uow.repos.accounts.identity("console", "english")
        assert identity is not None and len(await uow.repos.chats.transcript_of(identity.id)) == 2
        (entry,) = await uow.repos.audit.latest(10)
        assert (entry.actor, entry.action, entry.details) == (
            "system",
            "transcript.purge",
            {"lines": 2},
        )


async def _traces(app: App, *needles: str) -> dict[str, list[str]]:
    """Every row of every table, read with SQL, that still holds one of the needles."""
    found: dict[str, list[str]] = {}
    async with app.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            for row in (await connection.execute(select(table))).all():
                text = json.dumps([str(value) for value in row], ensure_ascii=False)
                hits = [n for n in needles if n.lower() in text.lower()]
                if hits:
                    found.setdefault(table.name, []).append(text[:200])
    return found


async def test_erasure_leaves_no_trace_in_any_table(chat: Chat, app: App) -> None:
    """Lena's name and what she said (the escalation's brief and her words queued for Anna in
    the outbox, her menu greeting in the stored dialogue) are gone from every table."""
    await link_staff(app, "anna", "console", "anna")
    await _story(chat, app)
    await chat("launch").say("Hilfe")  # the menu greets her by name; the dialogue keeps it
    needles = ("Lena", "Krüger", "geheim123", "Kick-off-Meeting buchen")
    assert set(await _traces(app, *needles)) >= {"buyers", "transcript", "outbox"}
    async with app.unit() as uow:
        buyer = await uow.repos.people.buyer_by_handle("launch")
        assert buyer is not None
        await erase_buyer(uow.repos, buyer)
        await uow.commit()
    assert await _traces(app, *needles) == {}
