"""CSV imports: good files create and update, a partly bad or malformed file writes nothing,
and a dry run (the default) only reports."""

from __future__ import annotations

import os
from pathlib import Path

from bot.admin.importer import import_rows, read_rows
from bot.app import App
from tests.command import Done
from tests.command import run as supportbot

LANGUAGES = ["en", "de", "fi", "es", "nb"]


async def _import(app: App, kind: str, text: str) -> tuple[list[str], list[str], bool]:
    """As the command does it: check, then commit only when no row has a problem."""
    rows, problems = read_rows(text, kind)
    if problems:
        return [], [p.message.id for p in problems], False
    async with app.unit() as uow:
        report = await import_rows(
            uow.repos, app.catalog, LANGUAGES, kind, rows, app.core.clock.now()
        )
        if not report.problems:
            await uow.commit()
    changes = [f"{c.row}:{c.action}:{c.key}" for c in report.changes]
    return changes, [f"{p.row}:{p.message.id}" for p in report.problems], not report.problems


async def test_a_good_file_creates_and_updates(app: App) -> None:
    """New customers are created, a known one updated, an unchanged row reported as such."""
    text = (
        "key,name,provider,default_language,time_zone,contact\n"
        "aurora,Aurora Health Oy,oura,fi,Europe/Helsinki,mikko\n"
        "launch,Nordlicht Gesundheit AG,oura,de,Europe/Berlin,anna\n"
        "english,Northwind Wellness Ltd,oura,en,Europe/London,emma\n"
    )
    changes, problems, written = await _import(app, "customers", text)
    assert (problems, written) == ([], True)
    assert changes == ["2:create:aurora", "3:update:launch", "4:unchanged:english"]
    async with app.unit() as uow:
        renamed = await uow.repos.people.customer_by_key("launch")
        assert renamed is not None and renamed.name == "Nordlicht Gesundheit AG"
        assert await uow.repos.people.customer_by_key("aurora") is not None


async def test_a_partly_bad_file_writes_nothing(app: App) -> None:
    """One good row and three bad ones: every problem is named by row, and nothing is written."""
    text = (
        "handle,name,customer,preferred_language\n"
        "aino2,Aino Virtanen,prolite,fi\n"
        "ghost,Nobody,no-such-customer,en\n"
        "lars,Lars Berg,cloudcare,sv\n"
        "aino2,Aino Again,prolite,fi\n"
    )
    _changes, problems, written = await _import(app, "buyers", text)
    assert not written
    assert problems == ["3:import-unknown", "4:import-bad-language", "5:import-duplicate"]
    async with app.unit() as uow:
        assert await uow.repos.people.buyer_by_handle("aino2") is None


async def test_contracts_and_orders(app: App) -> None:
    """A contract gets its grants in the ledger; orders are matched on their reference."""
    contracts = (
        "customer,package,starts_on,quantities\n"
        "carefree,versatel-training-client,2026-11-01,training_client=3\n"
    )
    changes, problems, written = await _import(app, "contracts", contracts)
    assert written and changes == ["2:create:carefree/versatel-training-client/2026-11-01"]
    again, _problems, _written = await _import(app, "contracts", contracts)
    assert again == ["2:unchanged:carefree/versatel-training-client/2026-11-01"]
    orders = (
        "customer,reference,received_on\nlaunch,ORD-9001,2026-11-20\nlaunch,ORD-1001,2026-11-14\n"
    )
    changes, problems, written = await _import(app, "orders", orders)
    assert (written, problems) == (True, [])
    assert changes == ["2:create:ORD-9001", "3:update:ORD-1001"]


async def test_malformed_files_are_refused_before_any_row(app: App) -> None:
    """A missing column, an unknown one, or a row with too many cells: refused as a whole."""
    assert (await _import(app, "orders", "customer,reference\nlaunch,X\n"))[1] == [
        "import-missing-column"
    ]
    assert (await _import(app, "orders", "customer,reference,received_on,colour\n"))[1] == [
        "import-unknown-column"
    ]
    broken = "customer,reference,received_on\nlaunch,ORD-1,2026-01-01,extra\n"
    assert (await _import(app, "orders", broken))[1] == ["import-row-shape"]
    bad_date = "customer,reference,received_on\nlaunch,ORD-1,yesterday\n"
    assert (await _import(app, "orders", bad_date))[1] == ["2:import-bad-date"]


def test_the_command_is_a_dry_run_until_apply(tmp_path: Path) -> None:
    """`supportbot import` reports and writes nothing; --apply writes; a bad file exits 1."""
    env = dict(os.environ, SUPPORTBOT_DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}")

    def run(*args: str) -> Done:
        return supportbot(env, *args)

    assert run("db", "upgrade").returncode == 0 and run("demo").returncode == 0
    contacts = tmp_path / "contacts.csv"
    header = "handle,name,provider,languages,time_zone\n"
    contacts.write_text(header + "sanna,Sanna Lind,oura,fi en,Europe/Helsinki\n", encoding="utf-8")
    dry = run("import", "contacts", str(contacts))
    assert dry.returncode == 0 and "row 2: new sanna" in dry.stdout and "dry run" in dry.stdout
    assert "1 new, 0 changed" in run("import", "contacts", str(contacts)).stdout  # still new
    applied = run("import", "contacts", str(contacts), "--apply")
    assert applied.returncode == 0 and "Written." in applied.stdout
    again = run("import", "contacts", str(contacts))
    assert "0 new, 0 changed, 1 unchanged." in again.stdout
    contacts.write_text(header + "x,X,oura,fi,Mars/Olympus\n", encoding="utf-8")
    bad = run("import", "contacts", str(contacts), "--apply")
    assert bad.returncode == 1 and f"{contacts}:2: Mars/Olympus is not a time zone" in bad.stderr
