"""Counts in words: "1 entry", "2 entries", "1 hour" (never "1 entries" or "1 hours")."""

from __future__ import annotations

__all__ = ["count", "plural"]


def plural(n: int, one: str, many: str | None = None) -> str:
    """The noun for ``n`` things: ``plural(1, "entry", "entries")`` -> "entry"."""
    return one if n == 1 else (many or one + "s")


def count(n: int | float, one: str, many: str | None = None) -> str:
    """``count(1, "record")`` -> "1 record"; ``count(2_000, "record")`` -> "2,000 records".

    A fraction is never singular: "1.5 hours", and "1 hour" only for exactly one.
    """
    shown = f"{n:,}" if isinstance(n, int) else f"{n:,.2f}".rstrip("0").rstrip(".")
    return f"{shown} {one if n == 1 else (many or one + 's')}"
