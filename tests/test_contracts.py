"""The import rules of docs/architecture.md hold, and they bite: a stray import in a copy of
the source tree fails `lint-imports` (which `make test` runs before the suite)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from bot.settings import REPO_ROOT

LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def _copy(target: Path) -> Path:
    for package in ("bot", "handlers", "storage"):
        shutil.copytree(REPO_ROOT / package, target / package)
    shutil.copy(REPO_ROOT / "pyproject.toml", target / "pyproject.toml")
    return target


def _lint(tree: Path) -> subprocess.CompletedProcess[str]:
    """lint-imports on the copy (its packages first on the path, its own cache)."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def _append(path: Path, line: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + f"\n{line}  # noqa\n", encoding="utf-8")


def test_the_tree_keeps_every_contract(tmp_path: Path) -> None:
    """Unchanged, the copy keeps all eight contracts (so the next test's failure is news)."""
    done = _lint(_copy(tmp_path))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "8 kept, 0 broken" in done.stdout


def test_stray_imports_break_the_contracts(tmp_path: Path) -> None:
    """Vendor libraries imported in an admin module, the core reaching up to the runtime, a
    handler importing the bot, and a cycle in a capability: each breaks its contract."""
    tree = _copy(tmp_path)
    _append(tree / "bot" / "admin" / "people.py", "import fluent.runtime, slack_sdk, telegram")
    _append(tree / "bot" / "core" / "render.py", "import bot.runtime.serve")
    _append(tree / "handlers" / "help.py", "import bot.settings")
    _append(tree / "handlers" / "booking" / "offer.py", "import handlers.booking.book")
    done = _lint(tree)
    assert done.returncode != 0
    broken = {line.rsplit(" BROKEN", 1)[0] for line in done.stdout.splitlines() if "BROKEN" in line}
    assert broken == {
        "Layers: admin > runtime > channels > core > i18n > nlu > handlers > storage",
        "No import cycles",
        "Only bot.i18n.translator imports fluent",
        "Only bot.channels.slack imports Slack's libraries",
        "Only bot.channels.telegram imports python-telegram-bot",
        "Handlers import nothing from bot",
    }
    assert "bot.admin.people -> slack_sdk" in done.stdout
