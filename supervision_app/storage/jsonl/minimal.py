"""Minimal entry lines: entries from scripts and other tools, with the rest defaulted.

A line without ``type`` (or with ``"type": "entry"``) carries any of ``title``, ``body``,
``date`` (``practice_date`` is accepted too), ``tags``, ``minutes``, ``kind`` and ``uid``
(a unique id of the writer's choosing: a line whose uid the vault already has is skipped,
so a script can import the same file again safely)::

    {"title": "Reflection on a home visit", "date": "2026-03-01", "tags": ["home visit"]}
    {"body": "Only a body: no title, dated today, a reflection."}

The date defaults to today (by the vault's clock), the kind to ``reflection``, minutes to 0.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from supervision_app.core.entries import DEFAULT_KIND, MAX_MINUTES, Entry
from supervision_app.core.i18n import Text, reason
from supervision_app.core.imports import checked_entry, parse_day, parse_minutes
from supervision_app.storage.jsonl.schema import TYPE_KEY, describe

FIELDS = ("title", "body", "date", "tags", "minutes", "kind", "uid")
_ALIASES = {"practice_date": "date"}


class FieldProblem(ValueError):
    """A minimal line's field is wrong: ``field`` names it, ``str()`` says why (the reason
    is a :class:`~.i18n.Text`)."""

    def __init__(self, field: str | None, reason: str) -> None:
        super().__init__(reason)
        self.field = field


def _text(name: str, value: Any) -> str:
    if not isinstance(value, str):
        raise FieldProblem(
            name, Text("Imports", "expected text, found {found}", found=describe(value))
        )
    return value


def _tags(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(value.split(","))
    if isinstance(value, list) and all(isinstance(t, str) for t in value):
        return tuple(value)
    raise FieldProblem("tags", Text("Imports", "expected a list of text or comma-separated text"))


def _kind(value: Any) -> str:
    text = _text("kind", value).strip().lower().replace("-", "_").replace(" ", "_")
    return text or DEFAULT_KIND


def minimal_entry(line: dict[str, Any], today: dt.date) -> Entry:
    """The entry a minimal line stands for, or :class:`FieldProblem`."""
    values: dict[str, Any] = {}
    for key, value in line.items():
        if key == TYPE_KEY:
            continue
        name = _ALIASES.get(key, key)
        if name not in FIELDS:
            raise FieldProblem(
                key,
                Text(
                    "Imports",
                    "an entry line has no field '{key}' (it may have {fields})",
                    key=key,
                    fields=", ".join(FIELDS),
                ),
            )
        if value is not None:
            values[name] = value
    if not values.get("title") and not values.get("body"):
        raise FieldProblem(None, Text("Imports", "an entry line needs a title or a body"))
    try:
        date = parse_day(_text("date", values["date"])) if "date" in values else today
    except ValueError as error:
        raise FieldProblem("date", reason(error)) from None
    try:
        minutes = parse_minutes(values.get("minutes", 0))
    except ValueError as error:
        raise FieldProblem("minutes", reason(error)) from None
    if not 0 <= minutes <= MAX_MINUTES:
        raise FieldProblem(
            "minutes",
            Text(
                "Imports",
                "{minutes} is not a number of minutes from 0 to {limit}",
                minutes=minutes,
                limit=MAX_MINUTES,
            ),
        )
    entry = Entry(
        title=_text("title", values.get("title", "")),
        body=_text("body", values.get("body", "")),
        kind=_kind(values.get("kind", DEFAULT_KIND)),
        practice_date=date,
        tags=_tags(values.get("tags", [])),
        minutes=minutes,
        uid=_text("uid", values["uid"]) if "uid" in values else None,
    )
    try:
        return checked_entry(entry)
    except ValueError as error:
        raise FieldProblem(None, reason(error)) from None
