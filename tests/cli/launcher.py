"""Start command-line runs as forks of one warm process: ``python -m tests.cli.launcher``.

For tests that start hundreds of short runs only to kill them (tests/cli/test_cli_kill.py).
This process imports the package once (it opens no vault and starts no thread), then for each
request forks a child that runs :func:`supervision_app.cli.main` with the given arguments,
exactly as ``python -m supervision_app.cli`` does after the interpreter's start-up, and exits
with its exit code. Each run is a process of its own, which a test can SIGKILL by pid.

Requests, one JSON object a line on standard input, each answered by one line on standard
output:

- ``{"argv": [...], "stdin": PATH, "stdout": PATH, "stderr": PATH}``: start a run, with its
  standard streams on those files; the answer is the child's pid.
- ``{"wait": PID}``: wait for that run to end; the answer is its wait status
  (see :func:`os.waitstatus_to_exitcode`: -9 for a SIGKILL).
"""

from __future__ import annotations

import json
import os
import sys
import traceback

from supervision_app.cli import main


def _child(request: dict[str, object]) -> None:
    """In the fork: the standard streams on the given files, then ``main``; never returns."""
    code = 1
    try:
        for fd, key, flags in (
            (0, "stdin", os.O_RDONLY),
            (1, "stdout", os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
            (2, "stderr", os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
        ):
            opened = os.open(str(request[key]), flags, 0o600)
            os.dup2(opened, fd)
            os.close(opened)
        # New stream objects: the parent's hold its request pipe and buffered answers.
        sys.stdin = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115
        sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
        sys.stderr = open(2, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
        argv = request["argv"]
        assert isinstance(argv, list)
        code = main([str(a) for a in argv])
        sys.stdout.flush()
        sys.stderr.flush()
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else 1
    except BaseException:
        traceback.print_exc()
        sys.stderr.flush()
    finally:
        os._exit(code)


def serve() -> None:
    # What ``add`` imports on its way to the vault, so each child starts warm.
    import supervision_app.cli.commands.entries  # noqa: F401
    import supervision_app.storage.entries  # noqa: F401
    import supervision_app.storage.vault  # noqa: F401

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
