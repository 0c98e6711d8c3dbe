"""The targets and the printed table (each figure beside its target, PASS or MISS)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

TARGET_ENTRIES = 50_000


@dataclass(frozen=True)
class Target:
    key: str  # top-level key of the JSON result
    limit: float
    text: str


TARGETS: tuple[Target, ...] = (
    Target("startup_beyond_kdf_s", 1.0, "<= 1.0 s"),
    Target("launch_to_dialog_s", 0.35, "<= 0.35 s"),
    Target("unlock_to_home_beyond_kdf_s", 0.5, "<= 0.5 s"),
    Target("search_p95_ms", 20.0, "<= 20 ms"),
    Target("search_ratio_to_fts5", 1.5, "<= 1.5"),
    Target("max_ui_stall_ms", 16.0, "<= 16 ms"),
    # Issue 9 item 9: the window never stalls for more than 100 ms, the unlock dialog
    # included while the window is built behind it.
    Target("dialog_stall_ms", 100.0, "<= 100 ms"),
    Target("pdf_export_200_s", 3.0, "<= 3 s"),
    Target("jsonl_import_s", 8.0, "<= 8 s"),
    Target("jsonl_import_gil_hold_ms", 100.0, "<= 100 ms"),
    Target("pdf_1mb_entry_s", 5.0, "<= 5 s"),
    Target("pdf_1mb_gil_hold_ms", 100.0, "<= 100 ms"),
    Target("backup_verify_s", 3.0, "<= 3 s"),
    Target("restore_s", 5.0, "<= 5 s"),
    Target("peak_rss_mb", 250.0, "<= 250 MB"),
    Target("cli_search_s", 0.25, "<= 0.25 s"),
    Target("cli_search_ratio_to_floor", 1.10, "<= 1.10x bare SQLCipher + FTS5"),
    Target("cli_add_s", 0.25, "<= 0.25 s"),
    Target("dashboard_ms", 50.0, "<= 50 ms"),
    Target("filtered_search_p95_ms", 20.0, "<= 20 ms"),
    Target("timeline_year_ms", 30.0, "<= 30 ms"),
)


def verdicts(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for t in TARGETS:
        value = result.get(t.key)
        if value is None:
            status = "ERROR" if t.key in result.get("failed_keys", ()) else "n/a"
        else:
            status = "PASS" if value <= t.limit else "MISS"
        out[t.key] = {"value": value, "target": t.limit, "status": status}
    return out


def _fmt(value: Any, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "s":
        return f"{value:.3f} s"
    if unit == "ms":
        return f"{value:.1f} ms"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:.2f}"


Row = tuple[str, str, str, str, str]


def rows(result: dict[str, Any]) -> list[Row]:
    """(figure, median, p95, target, result) for every line of the table."""
    d = result.get("details", {})
    v = result.get("targets") or verdicts(result)

    def dist(section: str, field: str | None = None) -> dict[str, Any]:
        found = d.get(section) or {}
        return (found.get(field) or {}) if field else found

    def judged(key: str, suffix: str = "") -> tuple[str, str]:
        """The target's text and the result, for a row that has a target (key)."""
        if not key:
            return "", ""
        s = v.get(key, {}).get("status", "")
        text = next((t.text for t in TARGETS if t.key == key), "")
        return text + suffix, "not built yet" if s == "n/a" else s

    def one(label: str, value: Any, unit: str, key: str = "") -> Row:
        """A single figure (no spread)."""
        return (label, _fmt(value, unit), "", *judged(key))

    def spread(
        label: str, median: Any, p95: Any, unit: str, key: str = "", suffix: str = ""
    ) -> Row:
        return (label, _fmt(median, unit), _fmt(p95, unit), *judged(key, suffix))

    def runs(label: str, found: dict[str, Any], unit: str, key: str = "") -> Row:
        """Median and p95 of repeated runs."""
        return spread(label, found.get("median"), found.get("p95"), unit, key)

    search = d.get("search") or {}
    gui, cli, bare = (search.get(k) or {} for k in ("gui", "cli", "fts5_bare_gui_expr"))
    filtered = dist("filtered_search_p95_ms")
    return [
        one("key derivation alone (PBKDF2 256k)", result.get("kdf_s"), "s"),
        runs("unlock (Vault.open)", dist("unlock", "unlock_s"), "s"),
        runs("first paint (process start, unlocked)", dist("gui_startup", "first_paint_s"), "s"),
        runs("launch to unlock dialog painted", dist("gui_startup", "dialog_on_screen_s"), "s",
             "launch_to_dialog_s"),
        runs("  the same, CPU of the process", dist("gui_startup", "dialog_on_screen_cpu_s"), "s"),
        one("Unlock pressed to home painted, beyond KDF",
            result.get("unlock_to_home_beyond_kdf_s"), "s", "unlock_to_home_beyond_kdf_s"),
        runs("  the same, UI thread CPU (KDF included)",
             dist("gui_startup", "unlock_to_home_ui_cpu_s"), "s"),
        one("launch + Unlock to home beyond KDF (typing aside)",
            result.get("startup_beyond_kdf_s"), "s", "startup_beyond_kdf_s"),
        runs("window built behind the dialog (while typing)",
             dist("gui_startup", "window_build_s"), "s"),
        runs("  the dialog's longest stall meanwhile",
             dist("gui_startup", "dialog_stall_while_building_ms"), "ms", "dialog_stall_ms"),
        spread("search, GUI call (as typed)", gui.get("p50_ms"), gui.get("p95_ms"), "ms",
               "search_p95_ms", " p95"),
        one("search, GUI p95 / bare FTS5 p95", result.get("search_ratio_to_fts5"), "x",
            "search_ratio_to_fts5"),
        spread("search, CLI call (limit 20)", cli.get("p50_ms"), cli.get("p95_ms"), "ms"),
        spread("bare ranked FTS5 query (limit 50)", bare.get("p50_ms"), bare.get("p95_ms"), "ms"),
        runs("scroll whole list (fetch + layout)", dist("gui_startup", "scroll_all_s"), "s"),
        runs("max UI stall, typing 10,000 words", dist("typing", "max_ui_stall_ms"), "ms",
             "max_ui_stall_ms"),
        one("PDF export, 200 entries", result.get("pdf_export_200_s"), "s", "pdf_export_200_s"),
        one("PDF export, one entry of 1 MB", result.get("pdf_1mb_entry_s"), "s",
            "pdf_1mb_entry_s"),
        one("longest GIL hold, that PDF on a worker", result.get("pdf_1mb_gil_hold_ms"), "ms",
            "pdf_1mb_gil_hold_ms"),
        one("JSONL import", result.get("jsonl_import_s"), "s", "jsonl_import_s"),
        one("longest GIL hold, that import on a worker", result.get("jsonl_import_gil_hold_ms"),
            "ms", "jsonl_import_gil_hold_ms"),
        one("backup + verify", result.get("backup_verify_s"), "s", "backup_verify_s"),
        one("restore from backup", result.get("restore_s"), "s", "restore_s"),
        one("peak RSS, GUI process", result.get("peak_rss_mb"), "MB", "peak_rss_mb"),
        one("peak RSS, benchmark process", result.get("benchmark_peak_rss_mb"), "MB"),
        one("vault file size", result.get("vault_mb"), "MB"),
        runs("CLI search process", dist("cli_search"), "s", "cli_search_s"),
        runs("bare SQLCipher + FTS5 process (floor)", dist("cli_search_floor"), "s"),
        one("CLI search / floor", result.get("cli_search_ratio_to_floor"), "x",
            "cli_search_ratio_to_floor"),
        one("CLI search / floor, CPU seconds", result.get("cli_search_cpu_ratio_to_floor"), "x"),
        runs("CLI add process", dist("cli_add"), "s", "cli_add_s"),
        runs("dashboard figures, a year", dist("dashboard_ms", "year_ms"), "ms", "dashboard_ms"),
        spread("filtered search, GUI call (as typed)", filtered.get("p50_ms"),
               result.get("filtered_search_p95_ms"), "ms", "filtered_search_p95_ms", " p95"),
        runs("timeline, a year of days", dist("timeline_year_ms", "year_ms"), "ms",
             "timeline_year_ms"),
    ]  # fmt: skip


def table(result: dict[str, Any]) -> str:
    header = ("figure", "median", "p95", "target", "result")
    body = rows(result)
    widths = [max(len(r[i]) for r in (header, *body)) for i in range(len(header))]
    line = "  ".join("-" * w for w in widths)
    out = [
        f"Supervision Journal benchmark: {result.get('entries'):,} entries"
        f" ({(result.get('machine') or {}).get('cpu_count')} CPUs,"
        f" {(result.get('machine') or {}).get('cpu_model')})",
        "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)),
        line,
    ]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in body]
    if result.get("entries") != TARGET_ENTRIES:
        out.append(f"(The targets are set for {TARGET_ENTRIES:,} entries on a 2-core machine.)")
    for key, message in (result.get("errors") or {}).items():
        out.append(f"ERROR in {key}: {message.splitlines()[0] if message else ''}")
    return "\n".join(out)
