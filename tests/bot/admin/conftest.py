"""Fixtures for the command's tests: an environment without any chat platform's credentials,
and a fresh database with the demo data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.command import run
from tests.conftest import NOW


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    environment = dict(os.environ)
    environment["SUPPORTBOT_DATABASE_URL"] = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    environment["XDG_DATA_HOME"] = str(tmp_path / "data")
    for name in list(environment):
        if name.startswith(("SLACK_", "SUPPORTBOT_SLACK_", "TELEGRAM_", "SUPPORTBOT_TELEGRAM_")):
            del environment[name]
    return environment


@pytest.fixture
def demo_db(env: dict[str, str]) -> dict[str, str]:
    assert run(env, "db", "upgrade").returncode == 0
    loaded = run(env, "demo", "--now", NOW.isoformat())
    assert loaded.returncode == 0, loaded.stderr
    assert "launch" in loaded.stdout
    return env
