"""Small helpers: percentiles, timing, peak memory and a description of the machine."""

from __future__ import annotations

import os
import platform
import resource
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from importlib import metadata
from typing import Any


def percentile(values: Sequence[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100) of a non-empty sequence."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no values")
    rank = max(1, -(-len(ordered) * p // 100))  # ceil without floats drifting
    return ordered[int(rank) - 1]


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def summary(values: Sequence[float]) -> dict[str, float]:
    return {
        "median": median(values),
        "p95": percentile(values, 95),
        "min": min(values),
        "max": max(values),
        "runs": len(values),
    }


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set size in MB (ru_maxrss is in KiB on Linux, bytes on macOS)."""
    raw = resource.getrusage(who).ru_maxrss
    return raw / (1024 * 1024) if sys.platform == "darwin" else raw / 1024


def _cpu_model() -> str | None:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or None


def _version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def _sqlite_versions() -> dict[str, str | None]:
    try:
        from sqlcipher3 import dbapi2

        conn = dbapi2.connect(":memory:")
        try:
            sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
            cipher = conn.execute("PRAGMA cipher_version").fetchone()
        finally:
            conn.close()
        return {"sqlite": sqlite, "sqlcipher": cipher[0] if cipher else None}
    except Exception:  # machine info must never break a run
        return {"sqlite": None, "sqlcipher": None}


def _memory_mb() -> float | None:
    try:
        with open("/proc/meminfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("MemTotal:"):
                    return round(int(line.split()[1]) / 1024)
    except OSError:
        pass
    return None


def machine_info() -> dict[str, Any]:
    affinity = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    return {
        "cpu_count": os.cpu_count(),
        "cpus_usable": len(affinity) if affinity is not None else None,
        "cpu_model": _cpu_model(),
        "memory_mb": _memory_mb(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "python_implementation": platform.python_implementation(),
        "libraries": {
            "PySide6": _version("PySide6-Essentials") or _version("PySide6"),
            "sqlcipher3": _version("sqlcipher3"),
            "markdown": _version("markdown"),
            "nh3": _version("nh3"),
            "supervision-journal": _version("supervision-journal"),
            **_sqlite_versions(),
        },
    }
