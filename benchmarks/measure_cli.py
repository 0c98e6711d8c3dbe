"""Whole ``supervision-journal`` processes, timed from the outside (wall clock)."""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.generate import GeneratedVault
from benchmarks.stats import median, summary

CLI_TIMEOUT_S = 120
REPO_ROOT = Path(__file__).resolve().parent.parent


class CliFailed(RuntimeError):
    pass


def cli_command() -> list[str]:
    """The console script beside this interpreter, else the module."""
    script = Path(sys.executable).with_name("supervision-journal")
    if script.is_file():
        return [str(script)]
    found = shutil.which("supervision-journal")
    return [found] if found else [sys.executable, "-m", "supervision_app.cli"]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


#: CPU seconds (user + system) of each process timed by :func:`_timed`, in order: what the
#: process itself cost, whatever else the machine was running (wall times are not).
CPU_TIMES: list[float] = []


def _timed(
    command: list[str], passphrase: str, env: dict[str, str], what: str, cwd: Path | None = None
) -> float:
    """Wall time of one process given the passphrase on standard input (its CPU time is
    appended to :data:`CPU_TIMES`); ``what`` names it in the error when it fails."""
    cpu = _children_cpu()
    start = time.perf_counter()
    proc = subprocess.run(
        command,
        input=passphrase + "\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=CLI_TIMEOUT_S,
    )
    elapsed = time.perf_counter() - start
    CPU_TIMES.append(_children_cpu() - cpu)
    if proc.returncode != 0:
        tail = "\n".join(proc.stderr.strip().splitlines()[-5:])
        raise CliFailed(f"{what} exited with {proc.returncode}: {tail}")
    return elapsed


def _run(args: list[str], passphrase: str, env: dict[str, str]) -> float:
    return _timed([*cli_command(), *args], passphrase, env, f"supervision-journal {args[0]}")


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("SUPERVISION_JOURNAL_DEBUG", None)
    # An installed app runs from compiled bytecode (pip compiles it at install). With
    # PYTHONDONTWRITEBYTECODE set (as in some shells and CI), every run would compile each of
    # the app's ~50 modules again, ~0.1 s that no user pays: the warm-up run writes the cache.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # This checkout's package, not the one the console script was installed from (the
    # shared virtual environment's editable install points at one checkout only; a run
    # from another worktree timed that checkout's code).
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH")) if p)
    return env


def _with_cpu(times: list[float], cpu: list[float]) -> dict[str, Any]:
    result: dict[str, Any] = summary(times)
    result["cpu"] = summary(cpu)
    return result


#: Rounds of the search beside its floor, whatever ``runs`` asks for: one process of each
#: varies by 10-20 % on a shared machine, and five rounds gave ratios from 1.01 to 1.15
#: for the same code (2026-12-03).
MIN_SEARCH_ROUNDS = 15

#: The app's command line started exactly as the floor is (``python -c``, the same
#: ``sys.path``), from this checkout: what differs is the app's own code.
_SEARCH_SCRIPT = "import sys\nfrom supervision_app.cli import main\nsys.exit(main())\n"


def measure_cli_search(vault: GeneratedVault, query: str, runs: int) -> dict[str, Any]:
    """``search`` and the bare process (the floor) side by side: one of each per round,
    in alternating order, so that both see the same load (issue 10 compares the two).
    The floor's figures are under ``floor``; each has its CPU seconds under ``cpu``;
    ``ratio`` and ``cpu_ratio`` are the medians of each round's search / floor (the two
    processes of a round ran seconds apart, under the same load)."""
    env = _env()
    env.pop("PYTHONPATH", None)  # both run in this checkout (cwd): the same sys.path
    args = ["search", "--vault", str(vault.path), "--passphrase-stdin", query]
    search = [sys.executable, "-c", _SEARCH_SCRIPT, *args]
    floor = [sys.executable, "-c", _FLOOR_SCRIPT, str(vault.path), query]

    def search_once() -> tuple[float, float]:
        wall = _timed(search, vault.passphrase, env, "supervision-journal search", REPO_ROOT)
        return wall, CPU_TIMES[-1]

    def floor_once() -> tuple[float, float]:
        wall = _timed(floor, vault.passphrase, env, "the bare FTS5 process", REPO_ROOT)
        return wall, CPU_TIMES[-1]

    search_once(), floor_once()  # warm-up: the interpreter's files into the page cache
    pairs = []
    for i in range(max(runs, MIN_SEARCH_ROUNDS)):
        if i % 2:
            f, s = floor_once(), search_once()
        else:
            s, f = search_once(), floor_once()
        pairs.append((s, f))
    result = _with_cpu([s[0] for s, _ in pairs], [s[1] for s, _ in pairs])
    result["floor"] = _with_cpu([f[0] for _, f in pairs], [f[1] for _, f in pairs])
    result["floor"]["query"] = result["query"] = query
    result["ratio"] = round(median([s[0] / f[0] for s, f in pairs]), 3)
    result["cpu_ratio"] = round(median([s[1] / f[1] for s, f in pairs if f[1] > 0]), 3)
    result["load_average"] = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    return result


def measure_cli_add(vault: GeneratedVault, runs: int) -> dict[str, Any]:
    """``add`` writes, so ``vault`` should be a scratch copy."""
    env = _env()
    times, cpu = [], []
    for i in range(runs + 1):
        args = [
            "add",
            "--vault",
            str(vault.path),
            "--passphrase-stdin",
            "--title",
            f"Benchmark note {i}",
            "--body",
            "A short reflection added from the command line after a duty shift.",
        ]
        elapsed = _run(args, vault.passphrase, env)
        if i:  # the first run is a warm-up
            times.append(elapsed)
            cpu.append(CPU_TIMES[-1])
    return _with_cpu(times, cpu)


#: The floor under ``search``: a bare Python process that opens the vault with SQLCipher and
#: runs the same ranked FTS5 query with snippets, printing the rows. The app's command must
#: cost little more than this (issue 10: at most 1.10x).
_FLOOR_SCRIPT = """
import sys, sqlcipher3
path, query = sys.argv[1], sys.argv[2]
key = sys.stdin.readline().rstrip("\\n")
conn = sqlcipher3.connect(path)
conn.execute("PRAGMA cipher_log_level = NONE")
conn.execute("PRAGMA key = '" + key.replace("'", "''") + "'")
rows = conn.execute(
    "WITH hits AS (SELECT rowid AS id, rank, snippet(entries_fts, -1, '[', ']', '...', 12) AS s"
    " FROM entries_fts WHERE entries_fts MATCH ? ORDER BY rank LIMIT 20)"
    " SELECT e.id, e.title, e.kind, e.practice_date, e.tags, hits.s"
    " FROM hits JOIN entries e ON e.id = hits.id ORDER BY hits.rank", (query,)).fetchall()
for row in rows:
    print(*row, sep="  ")
"""


def measure_cli_search_floor(vault: GeneratedVault, query: str, runs: int) -> dict[str, Any]:
    """The bare SQLCipher + FTS5 process alone (``measure_cli_search`` measures it beside
    ``search``, which is what the benchmark reports)."""
    env = _env()
    command = [sys.executable, "-c", _FLOOR_SCRIPT, str(vault.path), query]
    _timed(command, vault.passphrase, env, "the bare FTS5 process")  # warm-up
    result = summary(
        [_timed(command, vault.passphrase, env, "the bare FTS5 process") for _ in range(runs)]
    )
    result["query"] = query
    return result


def measure_python_start(runs: int = 5) -> dict[str, Any]:
    """The floor under any command: this interpreter starting and exiting."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        times.append(time.perf_counter() - start)
    return summary(times)
