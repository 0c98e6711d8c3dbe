"""Start command-line runs as forks of one warm process: ``python -m tests.cli.launcher``.

Each run is a process of its own, forked from this one once it has imported the package (it
opens no vault and starts no thread): from there the child does what a fresh
``python -m supervision_app.cli`` does after the interpreter's start-up. Its standard
streams are made as Python makes them (same encoding, error handlers, newline handling and
buffering, taken from this process's own, which was started as :func:`subprocess.run` starts
the command), ``sys.argv`` is set, the package's ``__main__`` runs as ``-m`` runs it, and the
child exits through the interpreter's own shutdown (flushing, ``atexit``, waiting for
threads) with the command's exit code. A test can SIGKILL a run by its pid.

Used by :func:`tests.cli.helpers.run` (most command-line runs: the interpreter's start-up and
imports are most of a short run's cost, and prove nothing new after the first run of each
command, which stays a fresh ``python -m supervision_app.cli``) and by
tests/cli/test_cli_kill.py (hundreds of runs started only to be killed).

Requests, one JSON object a line on standard input, each answered by one line on standard
output:

- ``{"argv": [...], "stdin": PATH, "stdout": PATH, "stderr": PATH}``: start a run, with its
  standard streams on those files; the answer is the child's pid.
- ``{"wait": PID}``: wait for that run to end; the answer is its wait status
  (see :func:`os.waitstatus_to_exitcode`: -9 for a SIGKILL).
"""

from __future__ import annotations

import gc
import importlib
import io
import json
import os
import runpy
import sys
from typing import IO, Any

#: What the commands import on their way to the vault (and to the day's first backup, and to
#: signing), so each child starts warm: every command module (they only define handlers
#: and ``register``) and storage modules that register nothing on import. Never the
#: exporters (their registry fills on first use, see export/registry.py), never Qt. A
#: command that forgot an import still fails here: a name is bound only by the module's own
#: ``import``, and each test process's first run of a command is a fresh process anyway.
WARM = (
    "argparse",
    "json",
    "supervision_app.cli",
    "supervision_app.cli.common",
    "supervision_app.cli.parser",
    "supervision_app.storage.vault",
    "supervision_app.storage.entries",
    "supervision_app.storage.backup",
    "supervision_app.core.supervision.signing",
    "supervision_app.storage.supervision.exchange",
)

#: This process's own standard streams, as the interpreter made them: the model for a run's.
_MODEL = (sys.stdin, sys.stdout, sys.stderr)


def _stream(fd: int, model: Any) -> IO[str]:
    """A text stream on ``fd`` made as the interpreter made ``model`` (see ``create_stdio``
    in CPython's pylifecycle.c): unbuffered bytes under ``-u``/``PYTHONUNBUFFERED`` for
    output, lines split at ``\\n`` only, never closing the descriptor."""
    writing = fd != 0
    unbuffered = writing and isinstance(model.buffer, io.RawIOBase)
    binary = open(fd, "wb" if writing else "rb", buffering=0 if unbuffered else -1, closefd=False)  # noqa: SIM115
    return io.TextIOWrapper(
        binary,  # type: ignore[arg-type]
        encoding=model.encoding,
        errors=model.errors,
        newline="\n",
        line_buffering=model.line_buffering,
        write_through=model.write_through,
    )


def _child(request: dict[str, Any]) -> None:
    """In the fork: the standard streams on the given files, then the command line's
    ``__main__`` as ``python -m`` runs it; ends the process (never returns)."""
    for fd, key, flags in (
        (0, "stdin", os.O_RDONLY),
        (1, "stdout", os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
        (2, "stderr", os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
    ):
        opened = os.open(str(request[key]), flags, 0o600)
        os.dup2(opened, fd)
        os.close(opened)
    # New stream objects: this process's hold its request pipe and buffered answers.
    for fd, name in enumerate(("stdin", "stdout", "stderr")):
        stream = _stream(fd, _MODEL[fd])
        setattr(sys, name, stream)
        setattr(sys, f"__{name}__", stream)  # as at start-up: the same objects
    sys.argv = ["-m", *map(str, request["argv"])]  # run_module sets argv[0] as -m does
    # Raises SystemExit(main()), which ends the process as a fresh one ends: out of serve().
    runpy.run_module("supervision_app.cli", run_name="__main__", alter_sys=True)
    raise SystemExit(0)


def serve() -> None:
    from supervision_app.cli import COMMAND_MODULES

    for name in (*WARM, *COMMAND_MODULES):
        importlib.import_module(name)
    # What is imported now stays out of the collector's way: each child would otherwise walk
    # (and so copy, page by page) the whole warm heap at its first collection and at exit.
    gc.collect()
    gc.freeze()
    for line in sys.stdin:
        request = json.loads(line)
        if "wait" in request:
            _, status = os.waitpid(int(request["wait"]), 0)
            answer = os.waitstatus_to_exitcode(status)
        else:
            # The output files exist before the fork: a run killed before it opened them
            # printed nothing, which the test must read as an empty output, not a missing file.
            for key in ("stdout", "stderr"):
                os.close(os.open(str(request[key]), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
            pid = os.fork()
            if pid == 0:
                _child(request)
            answer = pid
        sys.stdout.write(f"{answer}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    serve()
