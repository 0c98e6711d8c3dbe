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
    Target("pdf_export_200_s", 3.0, "<= 3 s"),
    Target("jsonl_import_s", 8.0, "<= 8 s"),
    Target("pdf_1mb_entry_s", 5.0, "<= 5 s"),
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


def rows(result: dict[str, Any]) -> list[tuple[str, str, str, str, str]]:
    """(figure, median, p95, target, result) for every line of the table."""
    d = result.get("details", {})
    v = result.get("targets") or verdicts(result)

    def dist(section: str, field: str) -> dict[str, Any]:
        return (d.get(section) or {}).get(field) or {}

    def status(key: str) -> str:
        s = v.get(key, {}).get("status", "")
        return "not built yet" if s == "n/a" else s

    def target(key: str) -> str:
        return next((t.text for t in TARGETS if t.key == key), "")

    unlock = dist("unlock", "unlock_s")
    paint = dist("gui_startup", "first_paint_s")
    scroll = dist("gui_startup", "scroll_all_s")
    stall = dist("typing", "max_ui_stall_ms")
    search = d.get("search") or {}
    gui, cli, bare = (search.get(k) or {} for k in ("gui", "cli", "fts5_bare_gui_expr"))
    cli_s, cli_a = d.get("cli_search") or {}, d.get("cli_add") or {}
    return [
        ("key derivation alone (PBKDF2 256k)", _fmt(result.get("kdf_s"), "s"), "", "", ""),
        (
            "unlock (Vault.open)",
            _fmt(unlock.get("median"), "s"),
            _fmt(unlock.get("p95"), "s"),
            "",
            "",
        ),
        (
            "first paint (process start, unlocked)",
            _fmt(paint.get("median"), "s"),
            _fmt(paint.get("p95"), "s"),
            "",
            "",
        ),
        (
            "unlock + first paint beyond KDF",
            _fmt(result.get("startup_beyond_kdf_s"), "s"),
            "",
            target("startup_beyond_kdf_s"),
            status("startup_beyond_kdf_s"),
        ),
        (
            "launch to unlock dialog painted",
            _fmt(dist("gui_startup", "dialog_on_screen_s").get("median"), "s"),
            _fmt(dist("gui_startup", "dialog_on_screen_s").get("p95"), "s"),
            target("launch_to_dialog_s"),
            status("launch_to_dialog_s"),
        ),
        (
            "unlock to home view painted, beyond KDF",
            _fmt(result.get("unlock_to_home_beyond_kdf_s"), "s"),
            "",
            target("unlock_to_home_beyond_kdf_s"),
            status("unlock_to_home_beyond_kdf_s"),
        ),
        (
            "search, GUI call (as typed)",
            _fmt(gui.get("p50_ms"), "ms"),
            _fmt(gui.get("p95_ms"), "ms"),
            target("search_p95_ms") + " p95",
            status("search_p95_ms"),
        ),
        (
            "search, GUI p95 / bare FTS5 p95",
            _fmt(result.get("search_ratio_to_fts5"), "x"),
            "",
            target("search_ratio_to_fts5"),
            status("search_ratio_to_fts5"),
        ),
        (
            "search, CLI call (limit 20)",
            _fmt(cli.get("p50_ms"), "ms"),
            _fmt(cli.get("p95_ms"), "ms"),
            "",
            "",
        ),
        (
            "bare ranked FTS5 query (limit 50)",
            _fmt(bare.get("p50_ms"), "ms"),
            _fmt(bare.get("p95_ms"), "ms"),
            "",
            "",
        ),
        (
            "scroll whole list (fetch + layout)",
            _fmt(scroll.get("median"), "s"),
            _fmt(scroll.get("p95"), "s"),
            "",
            "",
        ),
        (
            "max UI stall, typing 10,000 words",
            _fmt(stall.get("median"), "ms"),
            _fmt(stall.get("p95"), "ms"),
            target("max_ui_stall_ms"),
            status("max_ui_stall_ms"),
        ),
        (
            "PDF export, 200 entries",
            _fmt(result.get("pdf_export_200_s"), "s"),
            "",
            target("pdf_export_200_s"),
            status("pdf_export_200_s"),
        ),
        (
            "PDF export, one entry of 1 MB",
            _fmt(result.get("pdf_1mb_entry_s"), "s"),
            "",
            target("pdf_1mb_entry_s"),
            status("pdf_1mb_entry_s"),
        ),
        (
            "JSONL import",
            _fmt(result.get("jsonl_import_s"), "s"),
            "",
            target("jsonl_import_s"),
            status("jsonl_import_s"),
        ),
        (
            "backup + verify",
            _fmt(result.get("backup_verify_s"), "s"),
            "",
            target("backup_verify_s"),
            status("backup_verify_s"),
        ),
        (
            "restore from backup",
            _fmt(result.get("restore_s"), "s"),
            "",
            target("restore_s"),
            status("restore_s"),
        ),
        (
            "peak RSS, GUI process",
            _fmt(result.get("peak_rss_mb"), "MB"),
            "",
            target("peak_rss_mb"),
            status("peak_rss_mb"),
        ),
        (
            "peak RSS, benchmark process",
            _fmt(result.get("benchmark_peak_rss_mb"), "MB"),
            "",
            "",
            "",
        ),
        ("vault file size", _fmt(result.get("vault_mb"), "MB"), "", "", ""),
        (
            "CLI search process",
            _fmt(cli_s.get("median"), "s"),
            _fmt(cli_s.get("p95"), "s"),
            target("cli_search_s"),
            status("cli_search_s"),
        ),
        (
            "bare SQLCipher + FTS5 process (floor)",
            _fmt((d.get("cli_search_floor") or {}).get("median"), "s"),
            _fmt((d.get("cli_search_floor") or {}).get("p95"), "s"),
            "",
            "",
        ),
        (
            "CLI search / floor",
            _fmt(result.get("cli_search_ratio_to_floor"), "x"),
            "",
            target("cli_search_ratio_to_floor"),
            status("cli_search_ratio_to_floor"),
        ),
        (
            "CLI add process",
            _fmt(cli_a.get("median"), "s"),
            _fmt(cli_a.get("p95"), "s"),
            target("cli_add_s"),
            status("cli_add_s"),
        ),
        (
            "dashboard figures, a year",
            _fmt(dist("dashboard_ms", "year_ms").get("median"), "ms"),
            _fmt(dist("dashboard_ms", "year_ms").get("p95"), "ms"),
            target("dashboard_ms"),
            status("dashboard_ms"),
        ),
        (
            "filtered search, GUI call (as typed)",
            _fmt((d.get("filtered_search_p95_ms") or {}).get("p50_ms"), "ms"),
            _fmt(result.get("filtered_search_p95_ms"), "ms"),
            target("filtered_search_p95_ms") + " p95",
            status("filtered_search_p95_ms"),
        ),
        (
            "timeline, a year of days",
            _fmt(dist("timeline_year_ms", "year_ms").get("median"), "ms"),
            _fmt(dist("timeline_year_ms", "year_ms").get("p95"), "ms"),
            target("timeline_year_ms"),
            status("timeline_year_ms"),
        ),
    ]


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
