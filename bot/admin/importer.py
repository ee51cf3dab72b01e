"""Importing contacts, customers, buyers, contracts and orders from CSV files.

Every row is checked before anything is written; rows are matched on their key (a handle, a
customer key, an order reference) and created or updated. The caller commits only when no row
has a problem, so a file is written whole or not at all, and a dry run is the same work rolled
back.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo, available_timezones

from handlers.base import Arg, Message
from storage.catalog import Catalog
from storage.demo import OFFICE, add_contract
from storage.models import Base, Buyer, Customer, Order, Staff
from storage.repositories import Repositories

COLUMNS = {
    "contacts": (("handle", "name", "provider", "languages", "time_zone"), ("team",)),
    "customers": (("key", "name", "provider", "default_language", "time_zone", "contact"), ()),
    "buyers": (("handle", "name", "customer"), ("preferred_language",)),
    "contracts": (("customer", "package", "starts_on"), ("quantities",)),
    "orders": (("customer", "reference", "received_on"), ()),
}
IMPORT_KINDS = KINDS = tuple(COLUMNS)
KEY_COLUMN = {"contacts": "handle", "customers": "key", "buyers": "handle", "orders": "reference"}


@dataclass(frozen=True)
class Problem:
    row: int  # 1 is the header line
    message: Message


@dataclass(frozen=True)
class Change:
    row: int
    action: str  # create | update | unchanged
    key: str
    fields: tuple[str, ...] = ()


@dataclass
class Report:
    changes: list[Change] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def count(self, action: str) -> int:
        return sum(change.action == action for change in self.changes)


class RowError(Exception):
    def __init__(self, message_id: str, **args: Arg) -> None:
        super().__init__(message_id)
        self.message = Message(message_id, args)


def read_rows(text: str, kind: str) -> tuple[list[dict[str, str]], list[Problem]]:
    """The rows of a CSV text, or the problems that make it unreadable (with line numbers)."""
    required, optional = COLUMNS[kind]
    try:
        reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")), strict=True)
        header = [name.strip() for name in reader.fieldnames or []]
        raw = list(reader)
    except csv.Error as error:
        return [], [Problem(0, Message("import-malformed", {"reason": str(error)}))]
    missing = [name for name in required if name not in header]
    unknown = [name for name in header if name not in (*required, *optional)]
    problems = [Problem(1, Message("import-missing-column", {"column": c})) for c in missing]
    problems += [Problem(1, Message("import-unknown-column", {"column": c})) for c in unknown]
    for number, row in enumerate(raw, start=2):
        if None in row or None in row.values():  # more or fewer cells than the header
            problems.append(Problem(number, Message("import-row-shape", {"columns": len(header)})))
    rows = [{str(k).strip(): str(v or "").strip() for k, v in row.items()} for row in raw]
    return rows, problems


async def import_rows(
    repos: Repositories,
    catalog: Catalog,
    languages: Sequence[str],
    kind: str,
    rows: Sequence[Mapping[str, str]],
    now: datetime,
) -> Report:
    """Check and apply every row to the session; the report says what changed and what is wrong."""
    report = Report()
    seen: dict[str, int] = {}
    context = Context(repos, catalog, languages, now)
    for number, row in enumerate(rows, start=2):
        try:
            column = KEY_COLUMN.get(kind)
            key = _required(row, column) if column else ""
            if column and key in seen:
                raise RowError("import-duplicate", key=key, first=seen[key])
            seen[key] = number
            report.changes.append(await _HANDLERS[kind](context, row, number))
        except RowError as error:
            report.problems.append(Problem(number, error.message))
    return report


@dataclass(frozen=True)
class Context:
    repos: Repositories
    catalog: Catalog
    languages: Sequence[str]
    now: datetime


# --- checking values ------------------------------------------------------------------


def _required(row: Mapping[str, str], column: str) -> str:
    value = row.get(column, "")
    if not value:
        raise RowError("import-required", column=column)
    return value


def _language(value: str, languages: Sequence[str], column: str) -> str:
    if value not in languages:
        raise RowError(
            "import-bad-language", column=column, value=value, languages=", ".join(languages)
        )
    return value


def _zone(value: str) -> str:
    if value not in available_timezones():
        raise RowError("import-bad-zone", value=value)
    ZoneInfo(value)
    return value


def _day(value: str, column: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise RowError("import-bad-date", column=column, value=value) from None


def _quantities(value: str) -> dict[str, int]:
    """`training_client=2; onsite_working_hours=1`."""
    found = {}
    for part in filter(None, (p.strip() for p in value.split(";"))):
        match = re.fullmatch(r"([a-z_]+)\s*=\s*(\d+)", part)
        if not match:
            raise RowError("import-bad-quantities", value=value)
        found[match.group(1)] = int(match.group(2))
    return found


def _changed(row_object: object, values: Mapping[str, object]) -> tuple[str, ...]:
    changed = tuple(k for k, v in values.items() if getattr(row_object, k) != v)
    for name in changed:
        setattr(row_object, name, values[name])
    return changed


def _upsert(
    found: Base | None,
    make: Callable[[], Base],
    values: Mapping[str, object],
    key: str,
    number: int,
    repos: Repositories,
) -> Change:
    if found is None:
        repos.add(make())
        return Change(number, "create", key, tuple(values))
    changed = _changed(found, values)
    return Change(number, "update" if changed else "unchanged", key, changed)


# --- one handler per kind ----------------------------------------------------------------


async def _contact(c: Context, row: Mapping[str, str], number: int) -> Change:
    provider = await c.repos.people.provider_by_key(_required(row, "provider"))
    if provider is None:
        raise RowError("import-unknown", column="provider", value=row["provider"])
    spoken = [
        _language(v, c.languages, "languages")
        for v in re.split(r"[\s;,]+", _required(row, "languages"))
        if v
    ]
    values = {
        "name": _required(row, "name"),
        "provider_id": provider.id,
        "languages": spoken,
        "time_zone": _zone(_required(row, "time_zone")),
        "is_team": row.get("team", "").lower() in ("yes", "true", "1"),
    }
    handle = row["handle"]
    found = await c.repos.people.staff_by_handle(handle)
    return _upsert(
        found,
        lambda: Staff(handle=handle, working_hours=OFFICE, **values),
        values,
        handle,
        number,
        c.repos,
    )


async def _customer(c: Context, row: Mapping[str, str], number: int) -> Change:
    provider = await c.repos.people.provider_by_key(_required(row, "provider"))
    if provider is None:
        raise RowError("import-unknown", column="provider", value=row["provider"])
    contact = await c.repos.people.staff_by_handle(_required(row, "contact"))
    if contact is None or contact.provider_id != provider.id:
        raise RowError("import-unknown", column="contact", value=row["contact"])
    values = {
        "name": _required(row, "name"),
        "provider_id": provider.id,
        "default_language": _language(
            _required(row, "default_language"), c.languages, "default_language"
        ),
        "time_zone": _zone(_required(row, "time_zone")),
        "contact_id": contact.id,
    }
    key = row["key"]
    found = await c.repos.people.customer_by_key(key)
    return _upsert(found, lambda: Customer(key=key, **values), values, key, number, c.repos)


async def _buyer(c: Context, row: Mapping[str, str], number: int) -> Change:
    customer = await c.repos.people.customer_by_key(_required(row, "customer"))
    if customer is None:
        raise RowError("import-unknown", column="customer", value=row["customer"])
    preferred = row.get("preferred_language") or None
    values = {
        "name": _required(row, "name"),
        "customer_id": customer.id,
        "preferred_language": _language(preferred, c.languages, "preferred_language")
        if preferred
        else None,
    }
    handle = row["handle"]
    found = await c.repos.people.buyer_by_handle(handle)
    return _upsert(found, lambda: Buyer(handle=handle, **values), values, handle, number, c.repos)


async def _contract(c: Context, row: Mapping[str, str], number: int) -> Change:
    customer = await c.repos.people.customer_by_key(_required(row, "customer"))
    if customer is None:
        raise RowError("import-unknown", column="customer", value=row["customer"])
    package = _required(row, "package")
    if package not in c.catalog.packages:
        raise RowError("import-unknown", column="package", value=package)
    start = _day(_required(row, "starts_on"), "starts_on")
    key = f"{customer.key}/{package}/{start.isoformat()}"
    for contract in await c.repos.contracts.of_customer(customer.id):
        if contract.package_key == package and contract.starts_on == start:
            return Change(number, "unchanged", key)
    quantities = _quantities(row.get("quantities", ""))
    await add_contract(c.repos, c.catalog, customer.id, package, start, quantities, c.now)
    return Change(number, "create", key, ("package", "starts_on"))


async def _order(c: Context, row: Mapping[str, str], number: int) -> Change:
    customer = await c.repos.people.customer_by_key(_required(row, "customer"))
    if customer is None:
        raise RowError("import-unknown", column="customer", value=row["customer"])
    reference = row["reference"]
    values = {
        "customer_id": customer.id,
        "received_on": _day(_required(row, "received_on"), "received_on"),
    }
    found = next(
        (o for o in await c.repos.orders.of_customer(customer.id) if o.reference == reference), None
    )
    return _upsert(
        found, lambda: Order(reference=reference, **values), values, reference, number, c.repos
    )


_HANDLERS = {
    "contacts": _contact,
    "customers": _customer,
    "buyers": _buyer,
    "contracts": _contract,
    "orders": _order,
}
