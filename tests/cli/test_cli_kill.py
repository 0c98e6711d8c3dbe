"""SIGKILL during ``add``: every entry whose id was printed is in the vault, intact.

The command prints the id only after the commit, so a printed id is an acknowledgement.
Processes run a few at a time, each on its own vault (the vault lock would otherwise turn
most of them away), and are killed at random moments of their run.

Each kill hits a process of its own running the command line's ``main(["add", ...])`` from
its start (arguments, the passphrase on standard input, opening the vault, the insert, the
commit, printing the id) to its exit: a fork of one warm launcher (tests/cli/launcher.py) that
has only imported the package. Forking skips the interpreter's start-up and imports, most of a
fresh ``python -m supervision_app.cli``'s time but a moment when a kill cannot touch the
vault; so the kills land where they matter, at about a third of the cost. The first add on
the first vault runs as ``python -m supervision_app.cli add``, as a user runs it.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from supervision_app.storage.vault import Vault
from tests.cli.helpers import CLI_ENV, PASSPHRASE, ok, run

KILLS = 200
PARALLEL = 6
ROOT = Path(__file__).resolve().parents[2]


class Launcher:
    """The launcher process: starts ``add`` runs as forks, waits for them by pid."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.stdin = folder / "passphrase.txt"
        self.stdin.write_text(PASSPHRASE + "\n", encoding="utf-8")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.cli.launcher"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8",
            cwd=ROOT, env=CLI_ENV, bufsize=1,
        )  # fmt: skip

    def _ask(self, request: dict[str, object]) -> int:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        return int(self.process.stdout.readline())

    def start(self, path: Path, title: str) -> int:
        """The pid of a new run of ``add`` on ``path`` (the passphrase on its standard input)."""
        return self._ask(
            {
                "argv": ["add", "--vault", str(path), "--title", title,
                         "--body", f"body of {title}", "--uid", title],
                "stdin": str(self.stdin),
                "stdout": str(self.folder / f"{title}.out"),
                "stderr": str(self.folder / f"{title}.err"),
            }
        )  # fmt: skip

    def finish(self, title: str, pid: int) -> tuple[int, str]:
        """The run's exit code (-9 when killed) and standard output, once it has ended."""
        code = self._ask({"wait": pid})
        return code, (self.folder / f"{title}.out").read_text(encoding="utf-8")

    def close(self) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.close()
        self.process.wait(timeout=60)
        self.process.stdout.close()


@pytest.fixture
def launcher(tmp_path: Path) -> Iterator[Launcher]:
    folder = tmp_path / "runs"
    folder.mkdir()
    started = Launcher(folder)
    yield started
    started.close()


@pytest.mark.slow
def test_killed_adds_never_lose_an_acknowledged_entry(tmp_path: Path, launcher: Launcher) -> None:
    rng = random.Random(2026)
    vaults = [tmp_path / f"v{i}.sjvault" for i in range(PARALLEL)]
    acknowledged: dict[Path, dict[int, str]] = {p: {} for p in vaults}
    for path in vaults:
        Vault.create(path, PASSPHRASE).close()
        # The real command first (it also takes the day's automatic backup of the vault).
        title = f"first-{path.stem}"
        out = ok(run("add", "--vault", path, "--title", title, "--body", f"body of {title}",
                     "--uid", title, fresh=path == vaults[0]))  # fmt: skip
        acknowledged[path][int(out)] = title
    # Calibrate: how long a batch of adds takes here, so kills land anywhere in one.
    started = time.monotonic()
    batch = [(p, f"calibration-{p.stem}") for p in vaults]
    for path, title, pid in [(p, t, launcher.start(p, t)) for p, t in batch]:
        code, out = launcher.finish(title, pid)
        assert code == 0, (launcher.folder / f"{title}.err").read_text(encoding="utf-8")
        acknowledged[path][int(out)] = title
    span = max(time.monotonic() - started, 0.05)
    kills = 0
    number = 0
    deadline = time.monotonic() + 240
    while kills < KILLS and time.monotonic() < deadline:
        runs = []
        for path in vaults:
            number += 1
            runs.append((path, f"entry-{number}", launcher.start(path, f"entry-{number}")))
        time.sleep(rng.uniform(0.2, 1.0) * span)
        for _, _, pid in runs:
            os.kill(pid, signal.SIGKILL)  # the launcher reaps only when asked: pid still ours
        killed_now = 0
        for path, title, pid in runs:
            code, out = launcher.finish(title, pid)
            if code == -signal.SIGKILL:
                killed_now += 1
            else:
                err = (launcher.folder / f"{title}.err").read_text(encoding="utf-8")
                assert code == 0 and "Traceback" not in err, (code, err)
            if out.strip().isdigit():  # printed after the commit
                acknowledged[path][int(out)] = title
        kills += killed_now
        # Keep the kills spread over the whole run of an add as the machine's load changes.
        span *= 1.1 if killed_now == len(runs) else 0.9 if killed_now < len(runs) / 2 else 1
    assert kills >= KILLS, f"only {kills} kills landed"
    for path, entries in acknowledged.items():
        with Vault.open(path, PASSPHRASE) as vault:
            assert vault.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            for entry_id, title in entries.items():
                entry = vault.entries.get(entry_id)
                assert (entry.title, entry.body) == (title, f"body of {title}")
    finished = sum(map(len, acknowledged.values())) - 2 * len(vaults)
    assert finished > 0, "some killed batches' adds must also finish"
    print(json.dumps({"kills": kills, "acknowledged": finished + 2 * len(vaults)}))
