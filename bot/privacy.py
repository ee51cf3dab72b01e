"""Everything stored about one buyer, exported or erased; the hours ledger stays whole.

Bookings and ledger entries belong to the customer's contract: erasing a buyer keeps them
(so every total stays right) and removes or anonymises everything that is about the person.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from storage.models import Buyer
from storage.repositories import Repositories


def _when(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


async def export_buyer(repos: Repositories, buyer: Buyer) -> dict[str, Any]:
    identities = await repos.accounts.of_buyer(buyer.id)
    accounts, transcript = [], []
    for identity in identities:
        conversation = await repos.chats.conversation_of(identity.id)
        accounts.append(
            {
                "channel": identity.channel,
                "account": identity.external_id,
                "linked_at": _when(identity.created_at),
                "language": conversation.language if conversation else None,
                "language_chosen": conversation.language_explicit if conversation else False,
            }
        )
        transcript += [
            {
                "channel": identity.channel,
                "direction": line.direction,
                "text": line.text,
                "at": _when(line.created_at),
            }
            for line in await repos.chats.transcript_of(identity.id)
        ]
    return {
        "buyer": {
            "id": buyer.id,
            "handle": buyer.handle,
            "name": buyer.name,
            "customer": buyer.customer.name,
            "preferred_language": buyer.preferred_language,
        },
        "accounts": accounts,
        "messages": transcript,
        "bookings": [
            {
                "meeting_type": b.meeting_type,
                "starts_at": _when(b.starts_at),
                "ends_at": _when(b.ends_at),
                "participants": b.participants,
                "status": b.status,
                "booked_at": _when(b.created_at),
            }
            for b in await repos.bookings.of_buyer(buyer.id)
        ],
        "escalations": [
            {
                "id": e.id,
                "status": e.status,
                "priority": e.priority,
                "opened_at": _when(e.created_at),
                "messages": [
                    {"author": m.author, "text": m.text, "at": _when(m.created_at)}
                    for m in e.messages
                ],
            }
            for e in await repos.cases.of_buyer(buyer.id)
        ],
        "invitations": [
            {
                "created_at": _when(i.created_at),
                "expires_at": _when(i.expires_at),
                "used_at": _when(i.used_at),
            }
            for i in await repos.accounts.invites_of_buyer(buyer.id)
        ],
    }


async def erase_buyer(repos: Repositories, buyer: Buyer) -> dict[str, int]:
    """Remove what the person said and who they are; keep bookings and ledger for the totals."""
    counts = {"accounts": 0, "messages": 0, "escalation_messages": 0, "invitations": 0}
    for identity in await repos.accounts.of_buyer(buyer.id):
        counts["messages"] += await repos.chats.forget_identity(identity.id)
        identity.external_id = f"erased-{identity.id}"
        identity.address, identity.buyer_id = None, None
        counts["accounts"] += 1
    for escalation in await repos.cases.of_buyer(buyer.id):
        for message in list(escalation.messages):
            if message.author in ("buyer", "bot"):
                await repos.delete(message)
                counts["escalation_messages"] += 1
    for invite in await repos.accounts.invites_of_buyer(buyer.id):
        await repos.delete(invite)
        counts["invitations"] += 1
    buyer.handle, buyer.name, buyer.preferred_language = f"erased-{buyer.id}", "", None
    await repos.flush()
    return counts
