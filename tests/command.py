"""`supportbot ARGS` run in this process, as a shell would run it: its own environment and
standard input, its output and exit status captured. (Tests of the process boundary itself,
`serve` answering on a port and stopping on a signal, start a real process instead.)"""

from __future__ import annotations

import io
import os
import sys
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass

from bot.admin.cli import main


@dataclass(frozen=True)
class Done:
    returncode: int
    stdout: str
    stderr: str


def run(env: dict[str, str], *args: str, stdin: str = "") -> Done:
    out, err = io.StringIO(), io.StringIO()
    saved_env, saved_stdin = dict(os.environ), sys.stdin
    os.environ.clear()
    os.environ.update(env)
    sys.stdin = io.StringIO(stdin)
    try:
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as stop:  # argparse refuses bad arguments this way
                code = stop.code if isinstance(stop.code, int) else 1
    finally:
        os.environ.clear()
        os.environ.update(saved_env)
        sys.stdin = saved_stdin
    return Done(code, out.getvalue(), err.getvalue())
