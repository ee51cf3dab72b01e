"""What the customer's package includes, per contract, with what is used and left."""

from __future__ import annotations

from datetime import timedelta

from dateutil.relativedelta import relativedelta

from handlers.allowances import contract_lines
from handlers.base import Capability, Entry, Message, Outcome, Turn
from storage.models import Contract


async def show(turn: Turn) -> Outcome:
    contracts = list(await turn.repos.contracts.of_customer(turn.customer.id))
    out = Outcome()
    if not contracts:
        return out.say("package-none").suggest("escalate")
    for contract in contracts:
        await _describe(turn, contract, out)
    return out.suggest("book_meeting").suggest("hours_balance")


async def _describe(turn: Turn, contract: Contract, out: Outcome) -> None:
    package = turn.catalog.package(contract.package_key)
    spec = package.spec
    out.say(
        "package-heading",
        package=Message(f"package-{contract.package_key}"),
        start=contract.starts_on,
        end=contract.ends_on,
    )
    out.say(f"package-{contract.package_key}-description")
    contact_until = contract.starts_on + timedelta(days=(spec.contact_days or 1) - 1)  # day N
    out.say(
        "package-contact",
        contact=turn.customer.contact.name,
        role=Message(f"role-{spec.contact_role}"),
        limited="yes" if spec.contact_days else "no",
        until=contact_until,
    )
    channels = tuple(Message(f"channel-{c}") for c in package.provider.support_channels)
    if channels:
        out.say("package-channels", channels=channels)
    if package.provider.return_window_days:
        out.say("package-returns", days=package.provider.return_window_days)
    if spec.auto_renew and spec.notice_months:
        deadline = contract.ends_on - relativedelta(months=spec.notice_months)
        out.say(
            "package-renewal", renews=contract.ends_on, deadline=deadline, months=spec.notice_months
        )
    out.messages.extend((await contract_lines(turn, contract)).messages)


CAPABILITY = Capability(
    name="package_info",
    entries=(Entry("package_info", show, menu=True, follows_up=frozenset({"meeting_type"})),),
)
