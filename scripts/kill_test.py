"""Kill the real command line with SIGKILL, many times, and check nothing is lost or leaked.

Not part of the test run (``tests/cli/test_cli_kill.py`` is the small version). Run::

    .venv/bin/python scripts/kill_test.py [--adds 1000] [--trials 20] [--entries 2000]

1. ``add`` on several vaults at once, killed at random moments: every entry whose id was
   printed (printed only after the commit) must be in the vault, intact.
2. ``import``, ``passwd``, ``backup``, ``restore`` and ``export`` in each format, each
   killed ``--trials`` times at a random moment of its run (calibrated by one run that is
   not killed). After each kill, the next start of the command line runs, then:

   * the vault passes ``check`` (every page, structure, search index, links);
   * after ``passwd``, it opens with exactly one of the old and the new passphrase;
   * after ``import``, it holds all of the file's entries or none; after ``restore``,
     the old vault or the backup, whole;
   * no ``.part`` file and no registry marker survives, and no file outside the vault,
     its backups and finished exports holds the canary text (plaintext).

Uses the test suite's cheap key derivation (``SUPERVISION_JOURNAL_TEST_KDF_ITER``) so the
run spends its time on the operations, not on PBKDF2; a data folder of its own.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ["SUPERVISION_JOURNAL_TEST_KDF_ITER"] = "64"

OLD, NEW = "kill test passphrase one", "kill test passphrase two"
CANARY = "QXCANARYZQ"
FORMATS = ("pdf", "docx", "xlsx", "csv", "md", "html", "swe", "hcpc", "jsonl")


def cli(*args: object) -> list[str]:
    return [sys.executable, "-m", "supervision_app.cli", *map(str, args)]


def start(args: list[str], stdin: str, env: dict[str, str]) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(
        args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    assert proc.stdin is not None
    proc.stdin.write(stdin.encode())
    proc.stdin.close()
    return proc


def finish(proc: subprocess.Popen[bytes]) -> tuple[int, str]:
    assert proc.stdout is not None and proc.stderr is not None
    out = proc.stdout.read().decode(errors="replace")
    proc.stderr.read()
    code = proc.wait()
    proc.stdout.close()
    proc.stderr.close()
    return code, out


def run_killed(args: list[str], stdin: str, env: dict[str, str], after: float) -> bool:
    """Run, SIGKILL after ``after`` seconds if still running; True if it was killed."""
    proc = start(args, stdin, env)
    time.sleep(after)
    killed = proc.poll() is None
    if killed:
        proc.send_signal(signal.SIGKILL)
    finish(proc)
    return killed


def make_vault(path: Path, entries: int) -> None:
    import datetime as dt

    from supervision_app.core.entries import Entry
    from supervision_app.storage.bulk import EntryWriter
    from supervision_app.storage.vault import Vault

    with Vault.create(path, OLD) as vault, vault.transaction() as conn:
        writer = EntryWriter(conn, vault.clock())
        for i in range(entries):
            writer.add(
                Entry(
                    title=f"Reflection {i}",
                    body=f"A synthetic reflective note {i} {CANARY}. " * 20,
                    practice_date=dt.date(2025, 1, 1) + dt.timedelta(days=i % 365),
                ).validated()
            )
        writer.flush()


def opens_with(path: Path, passphrase: str) -> bool:
    from supervision_app.core.errors import JournalError
    from supervision_app.storage.vault import Vault

    try:
        Vault.open(path, passphrase).close()
    except JournalError:
        return False
    return True


def check(path: Path, passphrase: str) -> tuple[bool, int]:
    from supervision_app.storage.damage import check_vault
    from supervision_app.storage.vault import Vault

    with Vault.open(path, passphrase) as vault:
        return check_vault(vault).ok, vault.entries.count()


def leaks(folder: Path, allowed: set[Path]) -> list[str]:
    """Temporary files, registry markers, and files holding the canary in plaintext."""
    found = []
    for path in folder.rglob("*"):
        if not path.is_file() or path in allowed:
            continue
        if path.name.endswith(".part") or path.parent.name == "pending-writes":
            found.append(str(path))
        elif CANARY.encode() in path.read_bytes():
            found.append(str(path))
    return found


# -- phase 1: add ----------------------------------------------------------------------------


def kill_adds(work: Path, env: dict[str, str], wanted: int, rng: random.Random) -> dict:
    from supervision_app.storage.vault import Vault

    vaults = [work / f"add-{i}.sjvault" for i in range(6)]
    for path in vaults:
        Vault.create(path, OLD).close()
    began = time.monotonic()
    procs = [start(cli("add", "--vault", p, "--title", "c", "--body", "c"), OLD + "\n", env)
             for p in vaults]  # fmt: skip
    for proc in procs:
        finish(proc)
    span = time.monotonic() - began
    acknowledged: dict[Path, dict[int, str]] = {p: {} for p in vaults}
    kills = number = 0
    while kills < wanted:
        batch = []
        for path in vaults:
            number += 1
            title = f"entry-{number}"
            args = cli("add", "--vault", path, "--title", title, "--body", f"body {title}")
            batch.append((path, title, start(args, OLD + "\n", env)))
        time.sleep(rng.uniform(0.2, 1.0) * span)
        killed_now = 0
        for path, title, proc in batch:
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                killed_now += 1
            _code, out = finish(proc)
            if out.strip().isdigit():
                acknowledged[path][int(out)] = title
        kills += killed_now
        span *= 1.1 if killed_now == len(batch) else 0.9 if killed_now < len(batch) / 2 else 1
    lost = 0
    for path, entries in acknowledged.items():
        with Vault.open(path, OLD) as vault:
            assert vault.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            for entry_id, title in entries.items():
                entry = vault.entries.get(entry_id)
                lost += (entry.title, entry.body) != (title, f"body {title}")
    return {
        "kills": kills,
        "acknowledged": sum(map(len, acknowledged.values())),
        "lost_or_changed": lost,
    }


# -- phase 2: the other commands -----------------------------------------------------------------


def operations(work: Path, base: Path, env: dict[str, str]) -> dict[str, dict]:
    """Each operation: how to prepare a trial, its command and what must hold after."""
    from supervision_app.storage.backup import make_backup
    from supervision_app.storage.vault import Vault

    source = work / "import.jsonl"
    lines = [
        json.dumps({"title": f"imported {i}", "body": f"text {i} {CANARY} " * 30})
        for i in range(3000)
    ]
    source.write_text("\n".join(lines) + "\n")
    backup = work / "restore-from.sjbackup"
    with Vault.open(base, OLD) as vault:
        vault.entries.add(vault.entries.get(1).__class__(title="only in the backup", body="x"))
        make_backup(vault, reason="kill-test", out=backup)
    ops: dict[str, dict] = {
        "import": {"args": ["import", "--format", "jsonl", source], "stdin": OLD + "\n"},
        "passwd": {"args": ["passwd"], "stdin": f"{OLD}\n{NEW}\n{NEW}\n"},
        "backup": {"args": ["backup"], "stdin": OLD + "\n"},
        "restore": {"args": ["restore", backup, "--yes"], "stdin": OLD + "\n"},
    }
    for fmt in FORMATS:
        ops[f"export-{fmt}"] = {
            "args": ["export", "--format", fmt, "--allow-identifiers", "--out",
                     work / "exports" / f"out.{fmt}"],
            "stdin": OLD + "\n",
        }  # fmt: skip
    return ops


def trial(
    name: str, op: dict, work: Path, base: Path, env: dict[str, str], after: float | None
) -> tuple[bool, list[str], float]:
    """One run of ``op`` on a fresh copy of the base vault; (killed, problems, its seconds)."""
    vault = work / "trial" / "journal.sjvault"
    shutil.rmtree(vault.parent, ignore_errors=True)
    shutil.rmtree(work / "exports", ignore_errors=True)
    shutil.rmtree(Path(env["XDG_DATA_HOME"]), ignore_errors=True)
    vault.parent.mkdir(parents=True)
    (work / "exports").mkdir()
    shutil.copyfile(base, vault)
    before = check(vault, OLD)[1]
    args = cli(*op["args"], "--vault", vault)
    began = time.monotonic()
    if after is None:
        proc = start(args, op["stdin"], env)
        code, _ = finish(proc)
        killed = False
        if code != 0:
            return False, [f"{name}: the uninterrupted run failed with exit code {code}"], 0.0
    else:
        killed = run_killed(args, op["stdin"], env, after)
    elapsed = time.monotonic() - began
    # The next start of the command line (it removes what a killed write left).
    subprocess.run(cli("--version"), env=env, capture_output=True, check=True)
    problems = []
    old, new = opens_with(vault, OLD), opens_with(vault, NEW)
    if old == new:
        problems.append(f"{name}: opens with {'both' if old else 'neither'} passphrase")
        return killed, problems, elapsed
    passphrase = OLD if old else NEW
    ok, count = check(vault, passphrase)
    if not ok:
        problems.append(f"{name}: check found problems")
    if name == "import" and count not in (before, before + 3000):
        problems.append(f"{name}: {count - before} of 3000 entries imported")
    if name == "restore" and count not in (before, before + 1):
        problems.append(f"{name}: {count} entries, neither the old vault nor the backup")
    allowed = {vault, work / "import.jsonl", work / "restore-from.sjbackup"}
    allowed |= {p for p in (work / "exports").glob("out.*")}  # finished exports
    allowed |= set(Path(env["XDG_DATA_HOME"]).rglob("*.sjbackup"))
    allowed |= set(vault.parent.glob("journal.sjvault*"))  # -wal, .lock, replaced copies
    problems += [f"{name}: left behind {p}" for p in leaks(work, allowed)]
    return killed, problems, elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--adds", type=int, default=1000, help="kills during add")
    parser.add_argument("--trials", type=int, default=20, help="kills per other operation")
    parser.add_argument("--entries", type=int, default=2000, help="entries in the vault")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="sj-kill-") as tmp:
        work = Path(tmp)
        env = {k: v for k, v in os.environ.items() if k != "SUPERVISION_JOURNAL_DEBUG"}
        env["XDG_DATA_HOME"] = str(work / "data")
        os.environ["XDG_DATA_HOME"] = env["XDG_DATA_HOME"]
        report: dict = {"add": kill_adds(work, env, args.adds, rng)}
        print(json.dumps({"add": report["add"]}), flush=True)
        base = work / "base.sjvault"
        make_vault(base, args.entries)
        problems: list[str] = []
        kills: Counter[str] = Counter()
        for name, op in operations(work, base, env).items():
            _killed, found, span = trial(name, op, work, base, env, None)
            problems += found
            for _ in range(args.trials):
                after = rng.uniform(0.05, 1.0) * span
                killed, found, _elapsed = trial(name, op, work, base, env, after)
                kills[name] += killed
                problems += found
            print(json.dumps({name: {"kills": kills[name], "run_s": round(span, 2)}}), flush=True)
        report["others"] = dict(kills)
        report["problems"] = problems
        report["total_kills"] = report["add"]["kills"] + sum(kills.values())
        report["seconds"] = round(time.monotonic() - started)
    print(json.dumps(report, indent=2))
    return 1 if problems or report["add"]["lost_or_changed"] else 0


if __name__ == "__main__":
    sys.exit(main())
