"""Argument types for commands: each rejects a value with one sentence for the user.

argparse shows the sentence after the option's name, e.g.
``supervision-journal: --date: '2026-13-01' is not a date in the form YYYY-MM-DD.``
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

# The entry model (and dataclasses) is imported by the argument types that need it: the
# desktop app's start parses only ``--vault``, before its unlock dialog shows.


def _refused(message: str) -> Exception:
    """argparse's error for a bad value (imported here: a plain search parses without it)."""
    import argparse

    return argparse.ArgumentTypeError(message)


def date_arg(text: str) -> dt.date:
    """``YYYY-MM-DD``, ``today`` or ``yesterday``."""
    from supervision_app.core.entries import parse_date
    from supervision_app.core.errors import InvalidEntry

    word = text.strip().lower()
    if word == "today":
        return dt.date.today()
    if word == "yesterday":
        return dt.date.today() - dt.timedelta(days=1)
    try:
        return parse_date(text)
    except InvalidEntry as error:
        raise _refused(str(error)) from None


def kind_arg(text: str) -> str:
    """A built-in kind's slug; ``CPD-activity`` and ``cpd activity`` work too."""
    from supervision_app.core.entries import KINDS

    kind = text.strip().lower().replace("-", "_").replace(" ", "_")
    if kind in KINDS:
        return kind
    raise _refused(f"'{text}' is not a kind of entry; choose from {', '.join(KINDS)}.")


def minutes_arg(text: str) -> int:
    from supervision_app.core.entries import MAX_MINUTES

    try:
        minutes = int(text)
    except ValueError:
        minutes = -1
    if not 0 <= minutes <= MAX_MINUTES:
        raise _refused(f"'{text}' is not a number of minutes between 0 and {MAX_MINUTES}.")
    return minutes


def _positive(text: str, message: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise _refused(message)
    return number


def positive_arg(text: str) -> int:
    return _positive(text, f"'{text}' is not a whole number of 1 or more.")


def id_arg(text: str) -> int:
    """The id of a record other than an entry (a partner, a supervision record)."""
    return _positive(text, f"'{text}' is not an id (a whole number).")


def path_arg(text: str) -> Path:
    return Path(text).expanduser()


def entry_id_arg(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise _refused(f"'{text}' is not an entry id (a number).") from None
