"""Demo data: the catalog's providers, staff, six demo customers with their buyers, contracts,
orders and terminal identities. Dates are relative to the clock at load time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta
from sqlalchemy import delete, func, select

from storage.catalog import Catalog, HoursAllowance, PurchasedAllowance, SessionsAllowance
from storage.models import (
    Base,
    Buyer,
    ChatIdentity,
    Contract,
    Customer,
    LedgerEntry,
    Order,
    Package,
    Provider,
    Staff,
)
from storage.repositories import Repositories

OFFICE = {day: ["09:00", "17:00"] for day in ("mon", "tue", "wed", "thu", "fri")}

STAFF = [
    # handle, name, provider, languages, time zone, team
    ("anna", "Anna Schmidt", "oura", ["de", "en"], "Europe/Berlin", False),
    ("mikko", "Mikko Virtanen", "oura", ["fi", "en"], "Europe/Helsinki", False),
    ("lucia", "Lucía García", "oura", ["es", "en"], "Europe/Madrid", False),
    ("emma", "Emma Brown", "oura", ["en"], "Europe/London", False),
    ("oura-team", "Oura Customer Success", "oura", ["en"], "Europe/Helsinki", True),
    ("fredrik", "Fredrik Moen", "cloudcare", ["nb", "en"], "Europe/Oslo", False),
    ("cloudcare-team", "CloudCare Kundesenter", "cloudcare", ["nb"], "Europe/Oslo", True),
    ("jonas", "Jonas Weber", "versatel", ["de", "en"], "Europe/Berlin", False),
    (
        "versatel-team",
        "1&1 Versatel Professional Services",
        "versatel",
        ["de"],
        "Europe/Berlin",
        True,
    ),
]


@dataclass(frozen=True)
class DemoCustomer:
    handle: str
    buyer: str
    company: str
    provider: str
    language: str
    zone: str
    contact: str
    contracts: tuple[tuple[str, int, dict[str, int]], ...]  # package, started days ago, quantities
    orders: tuple[int, ...] = ()


CUSTOMERS = [
    DemoCustomer(
        "launch",
        "Lena Krüger",
        "Nordlicht Gesundheit GmbH",
        "oura",
        "de",
        "Europe/Berlin",
        "anna",
        (("oura-launch-kit", 20, {}),),
        (10, 30, 45),
    ),
    DemoCustomer(
        "prolite",
        "Aino Korhonen",
        "Revontuli Oy",
        "oura",
        "fi",
        "Europe/Helsinki",
        "mikko",
        (("oura-pro-lite", 40, {}),),
        (10, 30, 45),
    ),
    DemoCustomer(
        "premium",
        "Javier Ruiz",
        "Sierra Salud S.L.",
        "oura",
        "es",
        "Europe/Madrid",
        "lucia",
        (("oura-premium", 50, {}),),
        (10, 30, 45),
    ),
    DemoCustomer(
        "cloudcare",
        "Ingrid Hansen",
        "Fjordlys Regnskap AS",
        "cloudcare",
        "nb",
        "Europe/Oslo",
        "fredrik",
        (("cloudcare-support", 200, {}),),
    ),
    DemoCustomer(
        "carefree",
        "Markus Brandt",
        "Brandt Logistik GmbH",
        "versatel",
        "de",
        "Europe/Berlin",
        "jonas",
        (
            ("versatel-care-free", 10, {}),
            ("versatel-remote-setup", 10, {}),
            ("versatel-training-client", 10, {"training_client": 2}),
            ("versatel-training-admin", 10, {"training_admin": 1}),
            ("versatel-onsite-working-hours", 10, {"onsite_working_hours": 1}),
        ),
    ),
    DemoCustomer(
        "english",
        "Olivia Bennett",
        "Northwind Wellness Ltd",
        "oura",
        "en",
        "Europe/London",
        "emma",
        (("oura-premium", 30, {}),),
        (10, 30, 45),
    ),
]


async def sync_catalog(repos: Repositories, catalog: Catalog) -> None:
    """Make the providers and packages tables match the catalog files (insert what is new)."""
    for key, provider in catalog.providers.items():
        if await repos.people.provider_by_key(key) is None:
            repos.add(Provider(key=key, name=provider.name))
    await repos.flush()
    for key, package in catalog.packages.items():
        if await repos.people.package_by_key(key) is None:
            owner = await repos.people.provider_by_key(package.provider.key)
            assert owner is not None
            repos.add(Package(key=key, provider_id=owner.id))
    await repos.flush()


async def has_demo(repos: Repositories) -> bool:
    count = await repos.session.scalar(select(func.count(Buyer.id)))
    return bool(count)


async def clear(repos: Repositories) -> None:
    for table in reversed(Base.metadata.sorted_tables):
        await repos.session.execute(delete(table))


async def load(repos: Repositories, catalog: Catalog, now: datetime) -> None:
    """Replace everything in the database with the demo data."""
    await clear(repos)
    await sync_catalog(repos, catalog)
    staff = {}
    for handle, name, provider_key, languages, zone, team in STAFF:
        provider = await repos.people.provider_by_key(provider_key)
        assert provider is not None
        staff[handle] = Staff(
            handle=handle,
            name=name,
            provider_id=provider.id,
            languages=languages,
            time_zone=zone,
            working_hours=OFFICE,
            is_team=team,
        )
        repos.add(staff[handle])
    await repos.flush()
    for demo in CUSTOMERS:
        await _customer(repos, catalog, demo, staff[demo.contact], now)


async def _customer(
    repos: Repositories, catalog: Catalog, demo: DemoCustomer, contact: Staff, now: datetime
) -> None:
    provider = await repos.people.provider_by_key(demo.provider)
    assert provider is not None
    today = now.astimezone(ZoneInfo(demo.zone)).date()
    customer = Customer(
        key=demo.handle,
        name=demo.company,
        provider_id=provider.id,
        default_language=demo.language,
        time_zone=demo.zone,
        contact_id=contact.id,
    )
    repos.add(customer)
    await repos.flush()
    buyer = Buyer(
        handle=demo.handle, name=demo.buyer, customer_id=customer.id, preferred_language=None
    )
    repos.add(buyer)
    await repos.flush()
    repos.add(
        ChatIdentity(channel="console", external_id=demo.handle, buyer_id=buyer.id, created_at=now)
    )
    for number, days in enumerate(demo.orders, start=1):
        reference = f"ORD-{customer.id}{number:03d}"
        repos.add(
            Order(
                customer_id=customer.id,
                reference=reference,
                received_on=today - timedelta(days=days),
            )
        )
    for package_key, days_ago, quantities in demo.contracts:
        await add_contract(
            repos,
            catalog,
            customer.id,
            package_key,
            today - timedelta(days=days_ago),
            quantities,
            now,
        )


async def add_contract(
    repos: Repositories,
    catalog: Catalog,
    customer_id: int,
    package_key: str,
    start: date,
    quantities: dict[str, Any],
    now: datetime,
) -> Contract:
    """A new contract with its initial grants in the ledger."""
    package = catalog.package(package_key)
    contract = Contract(
        customer_id=customer_id,
        package_key=package_key,
        starts_on=start,
        ends_on=start + relativedelta(months=package.spec.term_months, days=-1),
        handover_on=start,
        quantities=quantities,
    )
    repos.add(contract)
    await repos.flush()
    for key, spec in package.spec.allowances.items():
        amount = _grant(spec, quantities.get(key, 0))
        if amount:
            repos.add(
                LedgerEntry(
                    contract_id=contract.id,
                    allowance=key,
                    kind="grant",
                    quantity=amount,
                    created_at=now,
                )
            )
    await repos.flush()
    return contract


def _grant(spec: object, bought: int) -> Decimal | None:
    if isinstance(spec, HoursAllowance):
        return spec.hours
    if isinstance(spec, SessionsAllowance):
        return Decimal(spec.count)
    if isinstance(spec, PurchasedAllowance):
        return Decimal(bought)
    return None
