"""Run ``supervision-journal`` in a real subprocess and check how it ended.

Shared by the command-line tests: each command runs in a process of its own, as a user runs
it; nothing is mocked. The first run of each command in each run of the tests (shared by the
xdist workers, see :func:`share_fresh_runs`; a run without workers, or of one file alone,
counts in its own process) is a fresh ``python -m supervision_app.cli`` (as are runs with an
environment of their own and runs that name no command); the others are forks of a warm
launcher (tests/cli/launcher.py) that then do exactly what that fresh process does after the
interpreter's start-up and imports, which are most of a short run's cost and prove nothing
new once the command has started cold: which worker gets to a command first varies, so
which test's run is the cold one varies, and a test that needs its own cold start says
``fresh``.
"""

from __future__ import annotations

import atexit
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import urllib.parse
from pathlib import Path

from tests.conftest import PASSPHRASE

__all__ = ["CLI_ENV", "PASSPHRASE", "PROG", "fails", "ok", "ok_quiet", "run"]

PROG = "supervision-journal"
ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 120

#: The environment of every run: without the debug switch, so errors are one line.
CLI_ENV = {k: v for k, v in os.environ.items() if k != "SUPERVISION_JOURNAL_DEBUG"}


def run(
    *args: str | Path,
    stdin: str = "",
    passphrase: str | None = PASSPHRASE,
    env: dict[str, str] | None = None,
    fresh: bool = False,
) -> subprocess.CompletedProcess[str]:
    """Run the command; the passphrase (if any) is the first line of standard input.

    ``fresh`` (or ``env``) always starts a new interpreter; otherwise see the module's
    docstring for which runs are forks of the launcher.
    """
    text = (f"{passphrase}\n" if passphrase is not None else "") + stdin
    argv = [*map(str, args)]
    if fresh or env is not None or _first_in_this_process(argv):
        return subprocess.run(
            [sys.executable, "-m", "supervision_app.cli", *argv],
            input=text,
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env if env is not None else CLI_ENV,
            timeout=TIMEOUT,
            check=False,
        )
    return _launcher().run(argv, text)


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


# -- which runs are fresh ------------------------------------------------------------------

#: The commands already run fresh in this process.
_FRESH: set[tuple[str, ...]] = set()
#: A folder shared by the test processes of one run: a name in it is a command one of them
#: has already run fresh (None: this process counts alone).
_FRESH_FOLDER: Path | None = None
_GROUPS: frozenset[str] | None = None


def share_fresh_runs(folder: Path) -> None:
    """Count the fresh runs in ``folder`` (made if need be), shared with the other processes
    that name it: the xdist workers of one run (tests/cli/conftest.py). Each worker started
    every command cold once, so a command used in both workers' files started cold twice,
    about 0.2 CPU s more each time than a fork (18 commands in both, in the whole suite)."""
    global _FRESH_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    _FRESH_FOLDER = folder


def _groups() -> frozenset[str]:
    """The commands that take a subcommand (``session export``, ``partner add``...)."""
    global _GROUPS
    if _GROUPS is None:
        import argparse

        from supervision_app.cli import build_parser

        def has_subcommands(parser: argparse.ArgumentParser) -> bool:
            return any(isinstance(a, argparse._SubParsersAction) for a in parser._actions)

        [commands] = [
            a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)
        ]
        _GROUPS = frozenset(n for n, p in commands.choices.items() if has_subcommands(p))
    return _GROUPS


def command_of(argv: list[str]) -> tuple[str, ...]:
    """The command (with its subcommand, for a group) ``argv`` names; () when it names none
    (an option first: ``--help``, ``--version``, ``--self-test``, or the desktop app)."""
    words: list[str] = []
    i = 0
    while i < len(argv):
        if argv[i] == "--vault":
            i += 2
            continue
        if argv[i].startswith("-"):
            if not words:
                return ()
        else:
            words.append(argv[i])
            if len(words) == 2 or words[0] not in _groups():
                break
        i += 1
    return tuple(words)


def _first_in_this_process(argv: list[str]) -> bool:
    """True when this process (or, with :func:`share_fresh_runs`, this run of the tests) has
    not yet run this command (fresh, then)."""
    command = command_of(argv)
    if not command:
        return True
    if command in _FRESH:
        return False
    _FRESH.add(command)
    if _FRESH_FOLDER is None:
        return True
    try:  # the first process to make the name runs it fresh: mkdir is atomic
        (_FRESH_FOLDER / urllib.parse.quote(" ".join(command), safe="")).mkdir()
    except FileExistsError:
        return False
    return True


# -- the launcher ----------------------------------------------------------------------------


class _Launcher:
    """One warm ``python -m tests.cli.launcher`` per test process, started on first use."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="sj-cli-runs-"))
        self.count = 0
        # Started as subprocess.run starts a fresh run (pipes, the same environment), so the
        # streams it makes for each run are the ones a fresh run gets.
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.cli.launcher"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            encoding="utf-8",
            cwd=ROOT,
            env=CLI_ENV,
            bufsize=1,
        )

    def _ask(self, request: dict[str, object], timeout: float | None = None) -> int | None:
        stdin, stdout = self.process.stdin, self.process.stdout
        assert stdin is not None and stdout is not None
        stdin.write(json.dumps(request) + "\n")
        stdin.flush()
        if timeout is not None and not select.select([stdout], [], [], timeout)[0]:
            return None
        answer = stdout.readline()
        assert answer, "the launcher ended"
        return int(answer)

    def run(self, argv: list[str], text: str) -> subprocess.CompletedProcess[str]:
        self.count += 1
        stem = self.folder / str(self.count)
        files = {key: stem.with_suffix(f".{key}") for key in ("stdin", "stdout", "stderr")}
        files["stdin"].write_bytes(text.encode("utf-8"))
        pid = self._ask({"argv": argv, **{k: str(p) for k, p in files.items()}})
        assert pid is not None
        code = self._ask({"wait": pid}, timeout=TIMEOUT)
        if code is None:  # as subprocess.run: kill it, then say so
            os.kill(pid, signal.SIGKILL)
            assert self.process.stdout is not None
            self.process.stdout.readline()  # the answer to the wait asked above
            raise subprocess.TimeoutExpired(argv, TIMEOUT)
        # Decoded as subprocess.run(text=True, encoding="utf-8") decodes: newlines made "\n".
        out, err = (_decoded(files[key].read_bytes()) for key in ("stdout", "stderr"))
        for path in files.values():
            path.unlink()
        args = [sys.executable, "-m", "supervision_app.cli", *argv]
        return subprocess.CompletedProcess(args, code, out, err)

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        self.process.wait(timeout=60)
        if self.process.stdout is not None:
            self.process.stdout.close()
        shutil.rmtree(self.folder, ignore_errors=True)


def _decoded(data: bytes) -> str:
    return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


_LAUNCHER: _Launcher | None = None


def _launcher() -> _Launcher:
    global _LAUNCHER
    if _LAUNCHER is None:
        _LAUNCHER = _Launcher()
        atexit.register(_LAUNCHER.close)
    return _LAUNCHER
