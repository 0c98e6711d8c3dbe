"""GUI measurements, each in a fresh offscreen process (see :mod:`benchmarks.gui_probe`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.generate import GeneratedVault
from benchmarks.stats import summary

REPO_ROOT = Path(__file__).resolve().parent.parent
PROBE_TIMEOUT_S = 600


class ProbeFailed(RuntimeError):
    pass


def probe_env(config_dir: str) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    # Keep QSettings (window geometry) away from the user's own configuration.
    env["XDG_CONFIG_HOME"] = config_dir
    env["XDG_DATA_HOME"] = config_dir
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p)
    # An installed app runs from compiled bytecode (pip compiles it at install); with
    # PYTHONDONTWRITEBYTECODE set, each probe compiled every module it imported again
    # (~0.3 s of the window build). See compile_app().
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def compile_app() -> None:
    """Bytecode for the app and the probe, as an installed app has it, before any timing."""
    import compileall

    for package in ("supervision_app", "benchmarks"):
        compileall.compile_dir(REPO_ROOT / package, quiet=1)


def run_probe(mode: str, vault: GeneratedVault, *extra: str) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="sj-bench-") as config_dir:
        env = probe_env(config_dir)
        cmd = [sys.executable, "-m", "benchmarks.gui_probe", mode, "--vault", str(vault.path)]
        launched = time.monotonic()
        proc = subprocess.run(
            [*cmd, "--launched", repr(launched), *extra],
            input=vault.passphrase + "\n",
            capture_output=True,
            text=True,
            env=env,
            cwd=REPO_ROOT,
            timeout=PROBE_TIMEOUT_S,
        )
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not lines:
        tail = "\n".join(proc.stderr.strip().splitlines()[-15:])
        raise ProbeFailed(f"gui_probe {mode} exited with {proc.returncode}:\n{tail}")
    return json.loads(lines[-1])


def measure_startup(vault: GeneratedVault, runs: int, scroll_runs: int) -> dict[str, Any]:
    """First paint in ``runs`` fresh processes; the first ``scroll_runs`` also scroll it all."""
    compile_app()
    results = [
        run_probe("startup", vault, *(["--scroll"] if i < scroll_runs else [])) for i in range(runs)
    ]
    scrolls = [r["scroll_all_s"] for r in results if "scroll_all_s" in r]
    breakdown_keys = results[0]["breakdown_s"].keys()
    return {
        "first_paint_s": summary([r["first_paint_s"] for r in results]),
        "dialog_on_screen_s": summary([r["dialog_on_screen_s"] for r in results]),
        "unlock_to_home_s": summary([r["unlock_to_home_s"] for r in results]),
        # CPU seconds, for a machine too busy for wall-clock figures to mean much.
        "dialog_on_screen_cpu_s": summary([r["dialog_on_screen_cpu_s"] for r in results]),
        "unlock_to_home_cpu_s": summary([r["unlock_to_home_cpu_s"] for r in results]),
        "unlock_to_home_ui_cpu_s": summary([r["unlock_to_home_ui_cpu_s"] for r in results]),
        # Built behind the dialog while the user types; it delays Unlock only for a typist
        # faster than this (or a password manager).
        "window_build_s": summary([r["window_build_s"] for r in results]),
        "window_build_cpu_s": summary([r["window_build_cpu_s"] for r in results]),
        "dialog_stall_while_building_ms": summary(
            [r["dialog_stall_while_building_ms"] for r in results]
        ),
        "breakdown_median_s": {
            k: round(sorted(r["breakdown_s"][k] for r in results)[len(results) // 2], 4)
            for k in breakdown_keys
        },
        "first_page_rows": results[0]["first_page_rows"],
        "scroll_all_s": summary(scrolls) if scrolls else None,
        "scroll_detail": {k: results[0].get(k) for k in ("rows", "steps", "direct_fetches")},
        "peak_rss_mb": max(r["peak_rss_mb"] for r in results),
        "peak_rss_mb_without_scroll": max(
            (r["peak_rss_mb"] for r in results if "scroll_all_s" not in r), default=None
        ),
    }


def measure_typing(vault: GeneratedVault, runs: int, words: int = 10_000) -> dict[str, Any]:
    """Longest event-loop stall while typing into (and autosaving) a long entry, right after
    unlock while the daily backup runs (each probe has a fresh data folder, so it is due)."""
    compile_app()
    results = [run_probe("typing", vault, "--words", str(words)) for _ in range(runs)]
    stalls = [r["max_ui_stall_ms"] for r in results]
    return {
        "max_ui_stall_ms": summary(stalls),
        # Of the longest gap, the time the UI thread was not running (waiting, not working).
        "max_ui_wait_ms": summary([r["max_ui_wait_ms"] for r in results]),
        # The most UI-thread CPU in one gap (a busy host inflates wall time, not this).
        "max_ui_cpu_ms": summary([r["max_ui_cpu_ms"] for r in results]),
        # The entry added right after unlock is still there (a backup once rolled it back).
        "entry_kept": all(r.get("entry_kept", False) for r in results),
        "backup_running_at_first_key": [r.get("backup_running_at_first_key") for r in results],
        "backup": [r.get("backup") for r in results],
        "runs": results,
        "peak_rss_mb": max(r["peak_rss_mb"] for r in results),
    }
