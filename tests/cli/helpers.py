"""Run ``supervision-journal`` in a real subprocess and check how it ended.

Shared by the command-line tests: each command runs as ``python -m supervision_app.cli``,
as a user runs it; nothing is mocked.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE

__all__ = ["CLI_ENV", "PASSPHRASE", "PROG", "fails", "ok", "ok_quiet", "run"]

PROG = "supervision-journal"

#: The environment of every run: without the debug switch, so errors are one line.
CLI_ENV = {k: v for k, v in os.environ.items() if k != "SUPERVISION_JOURNAL_DEBUG"}


def run(
    *args: str | Path,
    stdin: str = "",
    passphrase: str | None = PASSPHRASE,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run the command; the passphrase (if any) is the first line of standard input."""
    text = (f"{passphrase}\n" if passphrase is not None else "") + stdin
    return subprocess.run(
        [sys.executable, "-m", "supervision_app.cli", *map(str, args)],
        input=text,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env if env is not None else CLI_ENV,
        timeout=120,
        check=False,
    )


def ok(result: subprocess.CompletedProcess[str]) -> str:
    """Exit 0 without a traceback; returns standard output."""
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def ok_quiet(result: subprocess.CompletedProcess[str]) -> str:
    """As :func:`ok`, and nothing at all on standard error."""
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def fails(result: subprocess.CompletedProcess[str], code: int, *words: str) -> str:
    """Exit ``code``, nothing on stdout, and one prefixed line (naming ``words``) on stderr."""
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"{PROG}: "), lines[0]
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]
