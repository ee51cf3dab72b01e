"""The catalog files: what they state, and how a broken catalog is rejected."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from bot.admin.cli import main
from storage.catalog import (
    CATALOG_DIR,
    CatalogError,
    HoursAllowance,
    PeriodAllowance,
    WindowAllowance,
    load_catalog,
)


def test_every_package_of_the_three_providers_is_in_the_catalog() -> None:
    """The shipped catalog holds the Oura, CloudCare and 1&1 packages named in DOMAIN.md."""
    catalog = load_catalog()
    assert set(catalog.providers) == {"oura", "cloudcare", "versatel"}
    assert set(catalog.packages) == {
        "oura-launch-kit",
        "oura-pro-lite",
        "oura-premium",
        "cloudcare-support",
        "versatel-care-free",
        "versatel-remote-setup",
        "versatel-training-hardware",
        "versatel-training-client",
        "versatel-training-hybrid",
        "versatel-training-admin",
        "versatel-onsite-working-hours",
        "versatel-onsite-outside-hours",
    }


def test_oura_entitlements_match_the_service_description() -> None:
    """Launch Kit: 4 h in 90 days; Pro Lite: 2 h + quarterly reviews; Premium: 2 h + monthly."""
    catalog = load_catalog()
    launch = catalog.package("oura-launch-kit").spec.allowances["pool"]
    assert isinstance(launch, HoursAllowance)
    assert (launch.hours, launch.valid_days) == (Decimal(4), 90)
    for key, period in (("oura-pro-lite", "quarter"), ("oura-premium", "month")):
        package = catalog.package(key)
        pool = package.spec.allowances["pool"]
        reviews = package.spec.allowances["status_reviews"]
        assert isinstance(pool, HoursAllowance) and pool.hours == Decimal(2)
        assert isinstance(reviews, PeriodAllowance) and reviews.period == period
    training = catalog.package("oura-premium").meeting_types["software_training"]
    assert training.once and training.allowance == "pool" and training.minutes == 60
    assert catalog.providers["oura"].return_window_days == 30


def test_cloudcare_and_versatel_rules_are_data() -> None:
    """Notice period, billing rules, per-20-users trainings and 30-day windows come from files."""
    catalog = load_catalog()
    cloudcare = catalog.package("cloudcare-support")
    assert cloudcare.spec.notice_months == 1 and cloudcare.spec.auto_renew
    assert cloudcare.meeting_types["consulting"].billing == "reduced_rate"
    assert catalog.package("versatel-remote-setup").spec.overage == "per_started_hour"
    client = catalog.package("versatel-training-client").meeting_types["training_client"]
    assert (client.per_users, client.minutes) == (20, 120)
    admin = catalog.package("versatel-training-admin").meeting_types["training_admin"]
    assert (admin.max_participants, admin.minutes) == (2, 300)
    window = catalog.package("versatel-care-free").spec.allowances["change_requests"]
    assert isinstance(window, WindowAllowance) and window.days == 30


@pytest.fixture
def catalog_copy(tmp_path: Path) -> Path:
    target = tmp_path / "catalog"
    shutil.copytree(CATALOG_DIR, target)
    return target


def _problems(directory: Path) -> list[str]:
    with pytest.raises(CatalogError) as caught:
        load_catalog(directory)
    return [str(p) for p in caught.value.problems]


def test_a_syntax_error_names_the_file(catalog_copy: Path) -> None:
    """A TOML syntax error is reported with the file and the parser's line."""
    path = catalog_copy / "oura.toml"
    path.write_text(path.read_text() + "\n[packages.broken\n")
    (problem,) = _problems(catalog_copy)
    assert problem.startswith("oura.toml: (syntax):") and "line" in problem


def test_a_bad_value_names_file_entry_and_reason(catalog_copy: Path) -> None:
    """Negative hours are rejected with the entry's path."""
    path = catalog_copy / "oura.toml"
    path.write_text(path.read_text().replace("hours = 4", "hours = -4"))
    (problem,) = _problems(catalog_copy)
    assert problem.startswith("oura.toml: packages.oura-launch-kit.allowances.pool.hours:")
    assert "greater than 0" in problem


def test_an_unknown_meeting_type_reference_is_rejected(catalog_copy: Path) -> None:
    """A package offering a meeting type that is not defined is an error."""
    path = catalog_copy / "cloudcare.toml"
    text = path.read_text().replace(
        '["status_meeting", "consulting"]', '["status_meeting", "golf"]'
    )
    path.write_text(text)
    (problem,) = _problems(catalog_copy)
    assert "cloudcare.toml" in problem and "golf" in problem


def test_a_misspelt_field_is_rejected(catalog_copy: Path) -> None:
    """Unknown fields are not silently ignored (a typo would otherwise lose a rule)."""
    path = catalog_copy / "versatel.toml"
    path.write_text(path.read_text().replace("per_users = 20", "per_user = 20", 1))
    problems = _problems(catalog_copy)
    assert any("meeting_types.training_hardware.per_user" in p for p in problems)


def test_catalog_check_command_reports_and_fails(
    catalog_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`supportbot catalog check DIR` exits 1 and prints file, entry and reason."""
    path = catalog_copy / "oura.toml"
    path.write_text(path.read_text().replace("minutes = 60", "minutes = 0", 1))
    assert main(["catalog", "check", str(catalog_copy)]) == 1
    assert "oura.toml: meeting_types.kickoff.minutes:" in capsys.readouterr().err
    assert main(["catalog", "check"]) == 0
    assert "12" in capsys.readouterr().out
