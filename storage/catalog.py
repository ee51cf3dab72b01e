"""The providers' packages as data files: loading, validation and the rules they state."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import time
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

CATALOG_DIR = Path(__file__).resolve().parent / "catalog"

Key = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_-]*$", max_length=40)]
BillingRule = Literal["hourly_rate", "per_started_hour", "reduced_rate", "none"]
Period = Literal["month", "quarter", "year"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ProviderSpec(_Strict):
    key: Key
    name: str
    terms_url: str | None = None
    # Facts a provider states, said only when set (the seeds state them for some only).
    support_channels: list[Literal["chat", "email", "phone"]] = []
    return_window_days: int | None = Field(default=None, ge=1)
    cancellation_notice_hours: int = Field(default=24, ge=0)


# Working hours, for a meeting type with an `after_hours` twin: Monday to Friday, 08 to 18.
WORKING_DAYS = frozenset(range(5))
WORKING_HOURS = (time(8), time(18))


class MeetingTypeSpec(_Strict):
    minutes: int = Field(gt=0, le=24 * 60)
    allowance: Key | None = None
    once: bool = False
    per_users: int | None = Field(default=None, gt=0)
    max_participants: int | None = Field(default=None, gt=0)
    billing: BillingRule | None = None
    booking: Literal["slot", "via_contact"] = "slot"
    lead_days: int | None = Field(default=None, ge=0)  # days ahead it must be planned
    # The same meeting in the evening, at a weekend or before the working day starts is this
    # other type (a technician on site "Mo–Fr 08–18 Uhr", or outside those hours).
    after_hours: Key | None = None


class HoursAllowance(_Strict):
    kind: Literal["hours"]
    hours: Decimal = Field(gt=0)
    valid_days: int | None = Field(default=None, gt=0)


class PeriodAllowance(_Strict):
    kind: Literal["per_period"]
    period: Period
    per_period: int = Field(gt=0)
    carry_over: bool = False


class SessionsAllowance(_Strict):
    kind: Literal["sessions"]
    count: int = Field(gt=0)


class PurchasedAllowance(_Strict):
    """Sessions the customer bought; the quantity is on the contract."""

    kind: Literal["purchased"]


class WindowAllowance(_Strict):
    """A service available for some days from handover (change requests, support questions)."""

    kind: Literal["window"]
    days: int = Field(gt=0)


Allowance = Annotated[
    HoursAllowance | PeriodAllowance | SessionsAllowance | PurchasedAllowance | WindowAllowance,
    Field(discriminator="kind"),
]


class PackageSpec(_Strict):
    contact_role: Literal[
        "account_manager", "customer_success_manager", "support_team", "consultant"
    ]
    contact_days: int | None = Field(default=None, gt=0)
    term_months: int = Field(default=12, gt=0)
    auto_renew: bool = False
    notice_months: int | None = Field(default=None, gt=0)
    price_change_notice_days: int | None = Field(default=None, gt=0)
    meeting_types: list[Key] = []
    overage: BillingRule = "none"
    priority_no_access: bool = True
    allowances: dict[Key, Allowance] = {}


class ProviderFile(_Strict):
    provider: ProviderSpec
    meeting_types: dict[Key, MeetingTypeSpec] = {}
    packages: dict[Key, PackageSpec]

    @model_validator(mode="after")
    def _references_resolve(self) -> ProviderFile:
        for pkey, package in self.packages.items():
            for mkey in package.meeting_types:
                meeting = self.meeting_types.get(mkey)
                if meeting is None:
                    raise ValueError(f"packages.{pkey}: meeting type '{mkey}' is not defined")
                if meeting.after_hours and meeting.after_hours not in self.meeting_types:
                    raise ValueError(
                        f"meeting_types.{mkey}: after_hours '{meeting.after_hours}' is not defined"
                    )
                if meeting.allowance and meeting.allowance not in package.allowances:
                    raise ValueError(
                        f"packages.{pkey}: meeting type '{mkey}' draws on allowance "
                        f"'{meeting.allowance}', which the package does not define"
                    )
        return self


@dataclass(frozen=True)
class CatalogProblem:
    file: str
    entry: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.entry}: {self.reason}"


class CatalogError(Exception):
    def __init__(self, problems: list[CatalogProblem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class Package:
    key: str
    provider: ProviderSpec
    spec: PackageSpec
    meeting_types: dict[str, MeetingTypeSpec]


@dataclass(frozen=True)
class Catalog:
    providers: dict[str, ProviderSpec]
    packages: dict[str, Package]

    def package(self, key: str) -> Package:
        return self.packages[key]

    def meeting_type_keys(self) -> list[str]:
        return sorted({m for p in self.packages.values() for m in p.meeting_types})

    def after_hours(self) -> dict[str, str]:
        """Each meeting type that becomes another outside working hours, and that other one."""
        return {
            key: spec.after_hours
            for package in self.packages.values()
            for key, spec in package.meeting_types.items()
            if spec.after_hours
        }


ALLOWANCE_KINDS = {"hours", "per_period", "sessions", "purchased", "window"}


def _entry(loc: tuple[int | str, ...]) -> str:
    """The entry's path as an admin reads it (pydantic adds the union's tag after the key)."""
    parts = [str(p) for p in loc]
    kept = [
        p
        for i, p in enumerate(parts)
        if not (i >= 2 and parts[i - 2] == "allowances" and p in ALLOWANCE_KINDS)
    ]
    return ".".join(kept) or "(file)"


def _problems_from(file: str, error: ValidationError) -> list[CatalogProblem]:
    return [CatalogProblem(file, _entry(item["loc"]), item["msg"]) for item in error.errors()]


def _read(path: Path) -> ProviderFile | list[CatalogProblem]:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        return [CatalogProblem(path.name, "(syntax)", str(error))]
    try:
        return ProviderFile.model_validate(raw)
    except ValidationError as error:
        return _problems_from(path.name, error)


def load_catalog(directory: Path = CATALOG_DIR) -> Catalog:
    """Read every *.toml in the folder; raise CatalogError naming file, entry and reason."""
    problems: list[CatalogProblem] = []
    providers: dict[str, ProviderSpec] = {}
    packages: dict[str, Package] = {}
    files = sorted(directory.glob("*.toml"))
    if not files:
        raise CatalogError([CatalogProblem(str(directory), "(folder)", "no catalog files")])
    for path in files:
        result = _read(path)
        if isinstance(result, list):
            problems.extend(result)
            continue
        _collect(path.name, result, providers, packages, problems)
    if problems:
        raise CatalogError(problems)
    return Catalog(providers, packages)


def _collect(
    file: str,
    data: ProviderFile,
    providers: dict[str, ProviderSpec],
    packages: dict[str, Package],
    problems: list[CatalogProblem],
) -> None:
    if data.provider.key in providers:
        problems.append(CatalogProblem(file, "provider.key", "defined in two files"))
    providers[data.provider.key] = data.provider
    for key, spec in data.packages.items():
        if key in packages:
            problems.append(CatalogProblem(file, f"packages.{key}", "defined in two files"))
        offered = {m: data.meeting_types[m] for m in spec.meeting_types}
        packages[key] = Package(key, data.provider, spec, offered)
