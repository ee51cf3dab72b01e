"""The README's first command: `make run` chats as the demo buyer launch (or AS=…)."""

from __future__ import annotations

import subprocess

from bot.settings import REPO_ROOT


def _chat_line(*args: str) -> str:
    done = subprocess.run(
        ["make", "-n", "run", *args], cwd=REPO_ROOT, capture_output=True, text=True, check=True
    )
    return next(line for line in done.stdout.splitlines() if " chat --as " in line)


def test_make_run_chats_as_launch_by_default_and_as_asked() -> None:
    """make's built-in AS ("as", the assembler) must not become the buyer's handle."""
    assert _chat_line().endswith("chat --as launch")
    assert _chat_line("AS=prolite").endswith("chat --as prolite")
