"""What a proposal says to the person it waits for, in the language they read it in.

A proposal (storage/supervision/proposals.py) keeps the facts its sentences are made of
(the record's date, the addendum's number, a typed name) in its payload's ``"about"``, and
these functions make the sentences as :class:`~supervision_app.core.i18n.Text`: ``str()`` is
the English (the command line, the stored summary), and the window renders them in its own
language. A proposal stored before the facts were kept shows its stored English summary.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from supervision_app.core.i18n import DateText, Text, Translate, english, rendered


def about(
    kind: str, day: dt.date, n: int | None = None, name: str | None = None
) -> dict[str, object]:
    """The facts a proposal's summary is made of, as its payload keeps them."""
    facts: dict[str, object] = {"kind": kind, "date": day.isoformat()}
    if n is not None:
        facts["n"] = n
    if name is not None:
        facts["name"] = name
    return facts


def summary(facts: Mapping[str, object], stored: str = "") -> str:
    """The proposal's one-line summary from its ``facts`` (see :func:`about`); ``stored``
    (the English saved with it) where the facts are missing or not understood."""
    try:
        kind = facts["kind"]
        day = DateText(dt.date.fromisoformat(str(facts["date"])))
        if kind == "record":
            return Text("Sessions", "The record of {date}, awaiting your sign-off", date=day)
        n, name = int(str(facts["n"])), str(facts["name"])
    except (KeyError, TypeError, ValueError):
        return stored
    if kind == "addendum":
        return Text(
            "Sessions",
            "Addendum {number} to the record of {date}, in your name (“{name}”)",
            number=n,
            date=day,
            name=name,
        )
    if kind == "addendum_signature":
        return Text(
            "Sessions",
            "Your sign-off on addendum {number} to the record of {date} (typed as “{name}”)",
            number=n,
            date=day,
            name=name,
        )
    return stored


def record_details(agenda: list[str], learning: str) -> tuple[str, ...]:
    """A proposed record's agenda and learning, a line each, to read before accepting."""
    lines: list[str] = []
    if agenda:
        lines.append(Text("Sessions", "Agenda: {items}", items="; ".join(agenda)))
    if learning:
        lines.append(Text("Sessions", "Learning: {text}", text=learning))
    return tuple(lines)


def action_update(action: str, status: str) -> str:
    """What accepting a record does to one of the owner's open actions."""
    if status == "done":
        return Text("Sessions", "Marks your action “{action}” as done", action=action)
    if status == "carried":
        return Text("Sessions", "Marks your action “{action}” as carried forward", action=action)
    if status == "dropped":
        return Text("Sessions", "Marks your action “{action}” as dropped", action=action)
    return Text(
        "Sessions", "Marks your action “{action}” as {status}", action=action, status=status
    )


def lines_text(lines: tuple[str, ...], translate: Translate = english) -> str:
    """``lines`` (texts or plain strings) in the language of ``translate``, a line each."""
    return "\n".join(str(rendered(line, translate)) for line in lines)
