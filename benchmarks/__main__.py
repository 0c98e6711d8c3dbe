"""``python -m benchmarks --entries N --json OUT``: every measurement, a table and a JSON file.

It reports; it does not judge. The exit status is 0 whether targets are met or missed, and
1 only when a measurement could not be made (it crashed); the JSON and the table are
written either way. See docs/performance.md.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import inspect
import json
import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks import measure_cli, measure_gui, measure_storage
from benchmarks.generate import OUT_DIR, GeneratedVault, ensure_vault, remove_scratch, scratch_copy
from benchmarks.report import table, verdicts
from benchmarks.stats import machine_info, peak_rss_mb

#: Figures measured by optional modules that the features' own developers write:
#: key -> (module, function). The function is given whichever of ``runs`` and ``vault`` (the
#: generated :class:`GeneratedVault`) it accepts, and returns a dict holding the key.
#: While a module is missing (the feature is not built yet) the key stays null.
OPTIONAL_MEASUREMENTS: dict[str, tuple[str, str]] = {
    "pdf_export_200_s": ("benchmarks.measure_export", "measure_pdf_export"),
    "jsonl_import_s": ("benchmarks.measure_import", "measure_jsonl_import"),
    "pdf_1mb_entry_s": ("benchmarks.measure_export", "measure_pdf_long_entry"),
    "pdf_1mb_gil_hold_ms": ("benchmarks.measure_export", "measure_pdf_gil_hold"),
    "dashboard_ms": ("benchmarks.measure_find", "measure_dashboard"),
    "filtered_search_p95_ms": ("benchmarks.measure_find", "measure_filtered_search"),
    "timeline_year_ms": ("benchmarks.measure_find", "measure_timeline"),
    "backup_verify_s": ("benchmarks.measure_backup", "measure_backup"),
    "restore_s": ("benchmarks.measure_backup", "measure_restore"),
}


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--entries", type=int, default=500, help="entries in the vault")
    parser.add_argument("--json", type=Path, metavar="OUT", help="write the results here")
    parser.add_argument(
        "--runs",
        type=int,
        default=None,
        help="repetitions of each process-level measurement (default 3, or 5 from 5,000 entries)",
    )
    parser.add_argument(
        "--out-dir", type=Path, default=OUT_DIR, help="where generated vaults are cached"
    )
    args = parser.parse_args(argv)
    if args.entries < 1:
        parser.error("--entries must be at least 1")
    if args.runs is None:
        args.runs = 5 if args.entries >= 5000 else 3
    return args


class Runner:
    """Runs measurements one by one; a crash is recorded and the others still run."""

    def __init__(self, result: dict[str, Any]) -> None:
        self.result = result
        self.details: dict[str, Any] = result.setdefault("details", {})
        self.errors: dict[str, str] = result.setdefault("errors", {})
        self.failed_keys: list[str] = result.setdefault("failed_keys", [])

    def step(self, name: str, keys: tuple[str, ...], fn: Callable[[], Any]) -> Any:
        print(f"- {name}...", file=sys.stderr, flush=True)
        start = time.perf_counter()
        try:
            value = fn()
        except Exception as exc:  # a crash must not hide the other figures
            self.errors[name] = f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}"
            self.failed_keys.extend(keys)
            print(f"  FAILED: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
            return None
        self.details[name] = value
        self.details.setdefault("step_seconds", {})[name] = round(time.perf_counter() - start, 2)
        return value


def _call(module: str, function: str, **kwargs: Any) -> Any:
    fn = getattr(importlib.import_module(module), function)
    accepted = inspect.signature(fn).parameters
    return fn(**{k: v for k, v in kwargs.items() if k in accepted})


def _get(section: Any, *path: str) -> Any:
    for part in path:
        if not isinstance(section, dict):
            return None
        section = section.get(part)
    return section


def run(args: argparse.Namespace) -> dict[str, Any]:
    result: dict[str, Any] = {"entries": args.entries}
    runner = Runner(result)
    vault: GeneratedVault = ensure_vault(args.entries, out_dir=args.out_dir)
    result["generator_version"] = vault.meta.get("generator_version")
    result["machine"] = machine_info()
    r, search_repeats = args.runs, (5 if args.entries >= 5000 else 3)
    runner.step("kdf", ("startup_beyond_kdf_s",), lambda: {"kdf_s": measure_storage.measure_kdf()})
    runner.step(
        "unlock",
        ("unlock_s", "startup_beyond_kdf_s"),
        lambda: {"unlock_s": measure_storage.measure_unlock(vault, r)},
    )
    runner.step(
        "search",
        ("search_p50_ms", "search_p95_ms", "search_ratio_to_fts5"),
        lambda: measure_storage.measure_search(vault, search_repeats),
    )
    runner.step(
        "gui_startup",
        (
            "first_paint_s",
            "scroll_all_s",
            "peak_rss_mb",
            "startup_beyond_kdf_s",
            "launch_to_dialog_s",
            "unlock_to_home_beyond_kdf_s",
            "window_build_s",
            "dialog_stall_ms",
        ),
        lambda: measure_gui.measure_startup(vault, r, min(r, 3)),
    )
    scratch = scratch_copy(vault)
    try:
        runner.step(
            "typing",
            ("max_ui_stall_ms",),
            lambda: measure_gui.measure_typing(scratch, max(1, min(3, r - 2))),
        )
        runner.step("cli_add", ("cli_add_s",), lambda: measure_cli.measure_cli_add(scratch, r))
    finally:
        remove_scratch(scratch)
    queries = _get(result["details"], "search", "queries") or measure_storage.pick_queries(
        vault.meta
    )
    query = next(q["q"] for q in queries if q.get("band") == 0.15)  # in ~15 % of entries
    runner.step(
        "cli_search", ("cli_search_s",), lambda: measure_cli.measure_cli_search(vault, query, r)
    )
    # Measured beside the search, in the same rounds (measure_cli_search).
    runner.step(
        "cli_search_floor", (), lambda: dict(_get(result["details"], "cli_search", "floor") or {})
    )
    runner.step("python_start", (), lambda: measure_cli.measure_python_start(r))
    for key, (module, function) in OPTIONAL_MEASUREMENTS.items():
        if importlib.util.find_spec(module) is not None:
            runner.step(key, (key,), lambda m=module, f=function: _call(m, f, runs=r, vault=vault))
    fill_headline(result, vault)
    result["targets"] = verdicts(result)
    return result


def fill_headline(result: dict[str, Any], vault: GeneratedVault) -> None:
    d = result["details"]
    kdf = _get(d, "kdf", "kdf_s", "median")
    unlock = _get(d, "unlock", "unlock_s", "median")
    paint = _get(d, "gui_startup", "first_paint_s", "median")
    dialog = _get(d, "gui_startup", "dialog_on_screen_s", "median")
    to_home = _get(d, "gui_startup", "unlock_to_home_s", "median")
    gui_peak = [
        x
        for x in (_get(d, "gui_startup", "peak_rss_mb"), _get(d, "typing", "peak_rss_mb"))
        if x is not None
    ]
    result.update(
        {
            "unlock_s": unlock,
            "first_paint_s": paint,
            "launch_to_dialog_s": dialog,
            "unlock_to_home_beyond_kdf_s": to_home - kdf if None not in (to_home, kdf) else None,
            "kdf_s": kdf,
            # What the user waits for, typing aside: launch to the unlock dialog, then Unlock
            # to home beyond key derivation. (Until 2026-12-03 this was (unlock_s - kdf) +
            # (first_paint_s - kdf), which counted the window built behind the dialog while
            # the user types; that build is now window_build_s.)
            "startup_beyond_kdf_s": dialog + (to_home - kdf)
            if None not in (kdf, dialog, to_home)
            else None,
            "window_build_s": _get(d, "gui_startup", "window_build_s", "median"),
            "dialog_stall_ms": _get(d, "gui_startup", "dialog_stall_while_building_ms", "median"),
            "search_p50_ms": _get(d, "search", "gui", "p50_ms"),
            "search_p95_ms": _get(d, "search", "gui", "p95_ms"),
            "search_ratio_to_fts5": _get(d, "search", "ratio_to_fts5"),
            "cli_call_search_p50_ms": _get(d, "search", "cli", "p50_ms"),
            "cli_call_search_p95_ms": _get(d, "search", "cli", "p95_ms"),
            "fts5_bare_p95_ms": _get(d, "search", "fts5_bare_gui_expr", "p95_ms"),
            "scroll_all_s": _get(d, "gui_startup", "scroll_all_s", "median"),
            "max_ui_stall_ms": _get(d, "typing", "max_ui_stall_ms", "median"),
            **{key: _get(d, key, key) for key in OPTIONAL_MEASUREMENTS},
            "jsonl_import_gil_hold_ms": _get(d, "jsonl_import_s", "jsonl_import_gil_hold_ms"),
            "peak_rss_mb": max(gui_peak) if gui_peak else None,
            "benchmark_peak_rss_mb": peak_rss_mb(),
            "vault_mb": measure_storage.vault_mb(vault),
            "cli_search_s": _get(d, "cli_search", "median"),
            "cli_search_floor_s": _get(d, "cli_search_floor", "median"),
            # The median of each round's ratio (the two processes of a round ran under the
            # same load), not the ratio of the two medians.
            "cli_search_ratio_to_floor": _get(d, "cli_search", "ratio"),
            "cli_search_cpu_ratio_to_floor": _get(d, "cli_search", "cpu_ratio"),
            "cli_add_s": _get(d, "cli_add", "median"),
            "cli_add_cpu_s": _get(d, "cli_add", "cpu", "median"),
        }
    )


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    result = run(args)
    result["benchmark_s"] = round(time.perf_counter() - started, 1)
    print(table(result))
    if args.json is not None:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
        print(f"Results written to {args.json}")
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
