"""What the booking modules share: meeting names, the contract a meeting is booked under, the
calendar invitation, the kinds of option booking offers, and reading a yes or no."""

from __future__ import annotations

from datetime import UTC
from decimal import Decimal

from handlers.base import ChoiceKind, Invitation, Message, Turn
from storage.catalog import Package
from storage.models import Booking, Contract, LedgerEntry

TYPE = ChoiceKind("type")  # the meeting type picked: type:<key>
SLOT = ChoiceKind("slot")  # slot:<start, UTC, 20261125T0900>
LATER = ChoiceKind("later")  # later:<the last start shown>: more times after it
CONFIRM = ChoiceKind("confirm")  # confirm:yes | confirm:no
CANCEL = ChoiceKind("cancel")  # cancel:<booking id>


def meeting(key: str) -> Message:
    return Message(f"meeting-{key}")


def yes_or_no(turn: Turn) -> bool | None:
    """A pressed yes/no button, else a typed yes or no; None for anything else."""
    answer = CONFIRM.parse(turn.choice)
    return {"yes": True, "no": False}.get(answer or "", turn.entities.affirm)


async def contract_for(turn: Turn, key: str) -> tuple[Contract, Package]:
    """The running contract that offers the meeting type (else the newest that did)."""
    contracts = await turn.repos.contracts.of_customer(turn.customer.id)
    for contract in contracts:
        package = turn.catalog.package(contract.package_key)
        if key in package.meeting_types and contract.ends_on >= turn.today:
            return contract, package
    for contract in contracts:
        package = turn.catalog.package(contract.package_key)
        if key in package.meeting_types:
            return contract, package
    raise LookupError(key)


def invitation(turn: Turn, booking: Booking, cancelled: bool = False) -> Invitation:
    return Invitation(
        uid=f"booking-{booking.id}@supportbot",
        start=booking.starts_at.astimezone(UTC),
        end=booking.ends_at.astimezone(UTC),
        summary=Message("invite-summary", {"meeting": meeting(booking.meeting_type)}),
        description=Message(
            "invite-description",
            {"contact": turn.customer.contact.name, "customer": turn.customer.name},
        ),
        organizer=turn.customer.contact.name,
        cancelled=cancelled,
    )


def entry(
    turn: Turn,
    kind: str,
    booking: Booking,
    allowance: str,
    quantity: Decimal,
    period: int | None,
) -> None:
    """A ledger entry (debit, refund) of a booking's contract. The ledger is append-only:
    balances are its sums."""
    turn.repos.add(
        LedgerEntry(
            contract_id=booking.contract_id,
            allowance=allowance,
            kind=kind,
            quantity=quantity,
            period=period,
            booking_id=booking.id,
            created_at=turn.now,
        )
    )
