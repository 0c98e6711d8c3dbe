"""In-process measurements of the storage layer: unlock and full-text search."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2

from benchmarks.generate import GeneratedVault
from benchmarks.stats import median, percentile, summary
from supervision_app.storage.entries import plain_words_query
from supervision_app.storage.vault import Vault

#: The query the target compares with (the floor for a ranked search with snippets).
BARE_FTS5 = (
    "SELECT rowid, snippet(entries_fts, -1, '[', ']', '…', 12) FROM entries_fts"
    " WHERE entries_fts MATCH ? ORDER BY rank LIMIT 50"
)
#: The call the GUI makes as the user types (gui/models/entry_list.py) and the CLI's.
#: The call the list makes while the user types (EntryListModel: first page, quick ranking).
GUI_SEARCH_KWARGS: dict[str, Any] = {"limit": 50, "plain": True, "prefix_last": True, "quick": True}
CLI_SEARCH_KWARGS: dict[str, Any] = {"limit": 20}
#: Target fractions of entries a query word appears in (two words are picked for each).
DF_BANDS = (1.0, 0.78, 0.5, 0.3, 0.15, 0.08, 0.04, 0.02, 0.01, 0.005)


def _open_and_read(path: str, passphrase: str, kdf_iter: int | None) -> float:
    start = time.perf_counter()
    conn = dbapi2.connect(path)
    try:
        conn.execute(f"PRAGMA key = '{passphrase}'")
        if kdf_iter is not None:
            conn.execute(f"PRAGMA kdf_iter = {kdf_iter}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()
    return time.perf_counter() - start


def measure_kdf(runs: int = 5) -> dict[str, Any]:
    """SQLCipher's own key derivation: opening a tiny database with the default settings
    (PBKDF2-HMAC-SHA512, 256,000 iterations) minus opening one made with a single iteration.
    """
    with tempfile.TemporaryDirectory(prefix="sj-kdf-") as folder:
        paths = {}
        for label, kdf_iter in (("default", None), ("one", 1)):
            paths[label] = str(Path(folder) / f"{label}.db")
            conn = dbapi2.connect(paths[label])
            conn.execute("PRAGMA key = 'kdf probe passphrase'")
            if kdf_iter is not None:
                conn.execute(f"PRAGMA kdf_iter = {kdf_iter}")
            conn.execute("CREATE TABLE t (x)")
            conn.commit()
            conn.close()
        times = []
        _open_and_read(paths["default"], "kdf probe passphrase", None)  # warm-up
        for _ in range(runs):
            full = _open_and_read(paths["default"], "kdf probe passphrase", None)
            floor = _open_and_read(paths["one"], "kdf probe passphrase", 1)
            times.append(max(0.0, full - floor))
    return summary(times)


def measure_unlock(vault: GeneratedVault, runs: int) -> dict[str, Any]:
    """``Vault.open`` (key derivation, key check, pragmas, migrations check)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        opened = Vault.open(vault.path, vault.passphrase)
        times.append(time.perf_counter() - start)
        opened.close()
    return summary(times)


def _fts_doc_fraction(conn: Any, word: str, n: int) -> float:
    expr = plain_words_query(word)
    count = conn.execute(
        "SELECT count(*) FROM entries_fts WHERE entries_fts MATCH ?", (expr,)
    ).fetchone()[0]
    return count / n


def pick_queries(meta: dict[str, Any], conn: Any = None) -> list[dict[str, Any]]:
    """A fixed mix of common and rare words, word pairs and half-typed words.

    Two words per band of :data:`DF_BANDS`; with ``conn`` the choice uses the index's own
    counts (stemming folds "visit" and "visits" together), else the generator's word counts.
    """
    counts: dict[str, int] = meta["word_doc_counts"]
    n = max(1, meta["entries"])
    df = {w: c / n for w, c in counts.items() if w.isalpha()}
    chosen: list[str] = []
    for band in DF_BANDS:
        min_len = 1 if band >= 0.99 else 4
        ranked = sorted(
            (abs(d - band), w) for w, d in df.items() if len(w) >= min_len and w not in chosen
        )
        candidates = [w for _, w in ranked[:8]]
        if conn is not None:
            candidates.sort(key=lambda w: abs(_fts_doc_fraction(conn, w, n) - band))
        chosen.extend(candidates[:2])
    queries = [
        {"q": w, "kind": "word", "band": b}
        for w, b in zip(chosen, [b for b in DF_BANDS for _ in (0, 1)], strict=True)
    ]
    by_band = dict(zip(DF_BANDS, zip(chosen[::2], chosen[1::2], strict=True), strict=True))
    pairs = [
        (by_band[0.78][0], by_band[0.01][0]),
        (by_band[0.3][0], by_band[0.15][0]),
        (by_band[0.5][0], by_band[0.78][1]),
    ]
    queries += [{"q": f"{a} {b}", "kind": "two words"} for a, b in pairs]
    prefixes = [
        w[: max(3, len(w) - 3)] for w in (by_band[0.5][1], by_band[0.08][0], by_band[0.02][1])
    ]
    queries += [{"q": p, "kind": "half-typed"} for p in prefixes]
    return queries


def short_prefixes(queries: list[dict[str, Any]]) -> list[str]:
    """The first one and two letters of a common word, as searched while typing them."""
    word = next(q["q"] for q in queries if q.get("band") == 0.3)
    return [word[:1], word[:2]]


def _time_calls(
    fn: Callable[[str], Any], queries: list[dict[str, Any]], repeats: int
) -> tuple[list[float], dict[str, float]]:
    all_ms: list[float] = []
    per_query: dict[str, float] = {}
    for item in queries:
        fn(item["q"])  # warm-up: pages into the cache, statements prepared
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            fn(item["q"])
            times.append((time.perf_counter() - start) * 1000)
        all_ms.extend(times)
        per_query[item["q"]] = round(median(times), 3)
    return all_ms, per_query


def _latency(all_ms: list[float], per_query: dict[str, float]) -> dict[str, Any]:
    return {
        "p50_ms": round(percentile(all_ms, 50), 3),
        "p95_ms": round(percentile(all_ms, 95), 3),
        "max_ms": round(max(all_ms), 3),
        "per_query_median_ms": per_query,
    }


def measure_search(vault: GeneratedVault, repeats: int) -> dict[str, Any]:
    """GUI call, CLI call and the bare FTS5 query over the same query mix."""
    opened = Vault.open(vault.path, vault.passphrase)
    try:
        repo, conn = opened.entries, opened.conn
        queries = pick_queries(vault.meta, conn)
        for item in queries:
            expr = plain_words_query(item["q"], prefix_last=True)
            item["matches"] = conn.execute(
                "SELECT count(*) FROM entries_fts WHERE entries_fts MATCH ?", (expr,)
            ).fetchone()[0]
            item["df_matches"] = round(item["matches"] / max(1, vault.entries), 4)

        def gui(q: str) -> Any:
            return repo.search(q, **GUI_SEARCH_KWARGS)

        def cli(q: str) -> Any:
            return repo.search(q, **CLI_SEARCH_KWARGS)

        def bare_gui_expr(q: str) -> Any:
            return conn.execute(BARE_FTS5, (plain_words_query(q, prefix_last=True),)).fetchall()

        def bare_cli_expr(q: str) -> Any:
            return conn.execute(BARE_FTS5, (q,)).fetchall()

        gui_ms = _time_calls(gui, queries, repeats)
        cli_ms = _time_calls(cli, queries, repeats)
        bare_gui = _time_calls(bare_gui_expr, queries, repeats)
        bare_cli = _time_calls(bare_cli_expr, queries, repeats)
        short = [{"q": p} for p in short_prefixes(queries)]
        short_gui = _time_calls(gui, short, repeats)
    finally:
        opened.close()
    result = {
        "queries": queries,
        "repeats": repeats,
        "gui": _latency(*gui_ms),
        "cli": _latency(*cli_ms),
        "fts5_bare_gui_expr": _latency(*bare_gui),
        "fts5_bare_cli_expr": _latency(*bare_cli),
        # Not in the headline mix: one or two letters typed, each a prefix of many words.
        "gui_short_prefixes": _latency(*short_gui),
    }
    bare_p95 = result["fts5_bare_gui_expr"]["p95_ms"]
    result["ratio_to_fts5"] = round(result["gui"]["p95_ms"] / bare_p95, 3) if bare_p95 else None
    cli_bare = result["fts5_bare_cli_expr"]["p95_ms"]
    result["cli_ratio_to_fts5"] = round(result["cli"]["p95_ms"] / cli_bare, 3) if cli_bare else None
    return result


def vault_mb(vault: GeneratedVault) -> float:
    return round(vault.path.stat().st_size / (1024 * 1024), 2)
