"""SIGKILL during ``add``: every entry whose id was printed is in the vault, intact.

The command prints the id only after the commit, so a printed id is an acknowledgement.
Processes run a few at a time, each on its own vault (the vault lock would otherwise turn
most of them away), and are killed at random moments from start-up to the commit.
"""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from supervision_app.storage.vault import Vault
from tests.cli.helpers import CLI_ENV, PASSPHRASE

KILLS = 200
PARALLEL = 6


def _start(path: Path, title: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "supervision_app.cli", "add", "--vault", str(path),
         "--title", title, "--body", f"body of {title}", "--uid", title],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, env=CLI_ENV,
    )  # fmt: skip
    assert proc.stdin is not None
    proc.stdin.write(PASSPHRASE + "\n")
    proc.stdin.close()
    return proc


def _finish(proc: subprocess.Popen[str]) -> str:
    """Standard output, once the process has ended."""
    assert proc.stdout is not None and proc.stderr is not None
    out = proc.stdout.read()
    proc.stderr.read()
    proc.wait(timeout=60)
    proc.stdout.close()
    proc.stderr.close()
    return out


@pytest.mark.slow
def test_killed_adds_never_lose_an_acknowledged_entry(tmp_path: Path) -> None:
    rng = random.Random(2026)
    vaults = [tmp_path / f"v{i}.sjvault" for i in range(PARALLEL)]
    for path in vaults:
        Vault.create(path, PASSPHRASE).close()
    # Calibrate: how long a batch of adds takes here, so kills land anywhere in one.
    started = time.monotonic()
    for proc in [_start(path, f"calibration-{path.stem}") for path in vaults]:
        _finish(proc)
    span = max(time.monotonic() - started, 0.1)
    acknowledged: dict[Path, dict[int, str]] = {p: {} for p in vaults}
    kills = 0
    number = 0
    deadline = time.monotonic() + 240
    while kills < KILLS and time.monotonic() < deadline:
        batch = []
        for path in vaults:
            number += 1
            batch.append((path, f"entry-{number}", _start(path, f"entry-{number}")))
        time.sleep(rng.uniform(0.2, 1.0) * span)
        killed_now = 0
        for path, title, proc in batch:
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                killed_now += 1
            out = _finish(proc)
            if out.strip().isdigit():  # printed after the commit
                acknowledged[path][int(out)] = title
        kills += killed_now
        # Keep the kills spread over the whole run of an add as the machine's load changes.
        span *= 1.1 if killed_now == len(batch) else 0.9 if killed_now < len(batch) / 2 else 1
    assert kills >= KILLS, f"only {kills} kills landed"
    for path, entries in acknowledged.items():
        with Vault.open(path, PASSPHRASE) as vault:
            assert vault.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            for entry_id, title in entries.items():
                entry = vault.entries.get(entry_id)
                assert (entry.title, entry.body) == (title, f"body of {title}")
    assert sum(map(len, acknowledged.values())) > 0, "some adds must also finish"
    print(json.dumps({"kills": kills, "acknowledged": sum(map(len, acknowledged.values()))}))
