"""Text made below the GUI but shown in the window, translatable without Qt.

``core`` and ``export`` import no Qt, so they cannot call ``tr()``. A function here that
builds a sentence the window shows takes a ``translate`` argument with the signature of
``QCoreApplication.translate(context, source, disambiguation, n)`` and calls it on literal
texts under one of the :data:`CONTEXTS` below. ``pyside6-lupdate`` reads those calls by
name, so ``gui/i18n.py`` files them in the template; the GUI passes
``QCoreApplication.translate``, and the command line, the exports and the tests get
:func:`english` by default (the command line stays English). A counted text is written as Qt
writes it, ``translate(context, "%n day(s)", "", n)``.

Fixed texts kept as data (a label per kind) are marked with :func:`QT_TRANSLATE_NOOP`, a
no-op that lupdate reads by its name too, and the GUI looks them up with
``QCoreApplication.translate(context, text)``.
"""

from __future__ import annotations

import datetime as dt
import re

TYPE_CHECKING = False  # not typing's own: storage.vault imports this on a command-line search

__all__ = [
    "CONTEXTS",
    "QT_TRANSLATE_NOOP",
    "Phrase",
    "Text",
    "Translate",
    "date_text",
    "english",
    "english_forms",
    "month_name",
    "DateText",
    "DurationText",
    "reason",
    "rendered",
    "rendered_all",
]

#: The translation contexts of text made here: the GUI looks each text up under the context
#: it is marked with. gui/texts.py declares them with its own.
CONTEXTS = (
    "Activities",  # a CPD activity's type (core/cpd/model.py ACTIVITY_LABELS, record_cells)
    "Dates",  # date_text below, format_timestamp (core/supervision/markdown.py)
    "Durations",  # format_duration
    "Rules",  # a regulator's rule counted for the CPD year (core/cpd/rules.py)
    "Selection",  # what an export takes in (core/selection.py describe)
    "Exports",  # an export's warnings (export/*_export.py), shown after it is written
    "Errors",  # error messages (core/errors.py ``message``, parse_date, check_new_passphrase…)
    "Frameworks",  # a framework or template file's problems (core/frameworks_check.py)
    "Home",  # the home page's CPD line (core/home.py)
    "Identifiers",  # the identifier scanner's kinds (core/scan)
    "Imports",  # an import's summary and problems (core/imports.py, export/importers)
    "Locations",  # where in a record a finding is (supervision rules, export/anonymise.py)
    "Months",  # month names
    "Profile",  # the HCPC profile's checks (core/cpd/hcpc.py)
    "Prompts",  # a guided prompt's lead-in (core/guided.py prompts_for)
    "Reminders",  # supervision reminders (core/supervision/rules.py)
    "Sessions",  # supervision session titles (core/supervision/markdown.py)
    "Sizes",  # file sizes (core/cpd/model.py)
    "Strength",  # how long a passphrase might take to guess (core/strength.py)
)


if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Protocol

    class Translate(Protocol):
        """``QCoreApplication.translate``, or :func:`english`."""

        def __call__(
            self, context: str, source: str, disambiguation: str | None = None, n: int = -1, /
        ) -> str: ...

else:
    Translate = object  # annotations only: a search never imports typing for this


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (lupdate reads this name)
    """Mark ``source`` for translation under ``context``; returns it unchanged."""
    return source


#: "y(s)" after a consonant (compiled on first use: every command-line run imports this).
_Y = r"(?<=[^aeiou])y\(s\)"
#: Plurals that are not "s" or "ies".
_IRREGULAR = {"addendum(s)": "addenda", "(s) was ": "s were "}


def english_forms(source: str) -> tuple[str, str]:
    """The singular and plural of a counted text: "%n entry(s)" -> "%n entry", "%n entries".
    gui/i18n.py fills supervision_journal_en.ts with the same forms."""
    many = source
    for word, plural in _IRREGULAR.items():
        many = many.replace(word, plural)
    return source.replace("(s)", ""), re.sub(_Y, "ies", many).replace("(s)", "s")


def english(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The English text, as the app shows it with no other language: a counted text reads
    "1 day", "2 days", "3 entries" ("%n" is the number, "(s)" the plural ending)."""
    if n < 0:
        return source
    one, many = english_forms(source)
    return (one if n == 1 else many).replace("%n", str(n))


#: January to December, as the window shows them (``calendar.month_name`` follows the C
#: library's locale, not the app's language).
MONTH_NAMES = (
    QT_TRANSLATE_NOOP("Months", "January"),
    QT_TRANSLATE_NOOP("Months", "February"),
    QT_TRANSLATE_NOOP("Months", "March"),
    QT_TRANSLATE_NOOP("Months", "April"),
    QT_TRANSLATE_NOOP("Months", "May"),
    QT_TRANSLATE_NOOP("Months", "June"),
    QT_TRANSLATE_NOOP("Months", "July"),
    QT_TRANSLATE_NOOP("Months", "August"),
    QT_TRANSLATE_NOOP("Months", "September"),
    QT_TRANSLATE_NOOP("Months", "October"),
    QT_TRANSLATE_NOOP("Months", "November"),
    QT_TRANSLATE_NOOP("Months", "December"),
)
#: Their short forms ("3 Mar 2026"); "May" is the same text as the long form.
MONTH_ABBREVIATIONS = (
    QT_TRANSLATE_NOOP("Months", "Jan"),
    QT_TRANSLATE_NOOP("Months", "Feb"),
    QT_TRANSLATE_NOOP("Months", "Mar"),
    QT_TRANSLATE_NOOP("Months", "Apr"),
    QT_TRANSLATE_NOOP("Months", "May"),
    QT_TRANSLATE_NOOP("Months", "Jun"),
    QT_TRANSLATE_NOOP("Months", "Jul"),
    QT_TRANSLATE_NOOP("Months", "Aug"),
    QT_TRANSLATE_NOOP("Months", "Sep"),
    QT_TRANSLATE_NOOP("Months", "Oct"),
    QT_TRANSLATE_NOOP("Months", "Nov"),
    QT_TRANSLATE_NOOP("Months", "Dec"),
)


def month_name(month: int, translate: Translate = english, *, short: bool = False) -> str:
    """The name of ``month`` (1-12): "March", or with ``short`` "Mar"."""
    names = MONTH_ABBREVIATIONS if short else MONTH_NAMES
    return translate("Months", names[month - 1])


WEEKDAY_NAMES = (
    QT_TRANSLATE_NOOP("Months", "Monday"),
    QT_TRANSLATE_NOOP("Months", "Tuesday"),
    QT_TRANSLATE_NOOP("Months", "Wednesday"),
    QT_TRANSLATE_NOOP("Months", "Thursday"),
    QT_TRANSLATE_NOOP("Months", "Friday"),
    QT_TRANSLATE_NOOP("Months", "Saturday"),
    QT_TRANSLATE_NOOP("Months", "Sunday"),
)
WEEKDAY_ABBREVIATIONS = (
    QT_TRANSLATE_NOOP("Months", "Mon"),
    QT_TRANSLATE_NOOP("Months", "Tue"),
    QT_TRANSLATE_NOOP("Months", "Wed"),
    QT_TRANSLATE_NOOP("Months", "Thu"),
    QT_TRANSLATE_NOOP("Months", "Fri"),
    QT_TRANSLATE_NOOP("Months", "Sat"),
    QT_TRANSLATE_NOOP("Months", "Sun"),
)


def date_text(
    day: dt.date,
    translate: Translate = english,
    *,
    long: bool = False,
    weekday: bool = False,
    year: bool = True,
) -> str:
    """ "3 Mar 2026"; ``long``: "3 March 2026"; ``weekday``: "Tue 3 Mar 2026" (with ``long``
    "Tuesday 3 March 2026"); without ``year``: "3 Mar". Names through ``translate``, not
    ``strftime`` (which follows the C library's locale, not the app's language)."""
    month = month_name(day.month, translate, short=not long)
    if year:
        text = translate("Dates", "{day} {month} {year}")
    else:
        text = translate("Dates", "{day} {month}")
    text = text.format(day=day.day, month=month, year=day.year)
    if weekday:
        names = WEEKDAY_NAMES if long else WEEKDAY_ABBREVIATIONS
        text = f"{translate('Months', names[day.weekday()])} {text}"
    return text


def format_duration(minutes: int, translate: Translate = english) -> str:
    """``90`` -> ``"1 h 30 min"``; ``60`` -> ``"1 h"``; ``0`` -> ``"0 min"``.

    Every export and view shows time this way: "1.5" hours reads as one hour fifty.
    """
    hours, mins = divmod(max(0, int(minutes)), 60)
    if hours and mins:
        text = translate("Durations", "{hours} h {minutes} min")
    elif hours:
        text = translate("Durations", "{hours} h")
    else:
        text = translate("Durations", "{minutes} min")
    return text.format(hours=hours, minutes=mins)


class Text(str):
    """A sentence made below the GUI and shown later, perhaps in the window: ``str()`` is
    the English (the command line prints it, tests compare it), :meth:`render` is the
    sentence in the language of ``translate``.

    ``Text("Imports", "Row {row}: {reason}", row=3, reason=error)`` keeps the context, the
    literal source and its fields; ``n`` (``Text("Imports", "%n note(s) left out", n=2)``)
    makes it a counted text. A field that is another :class:`Text`, an exception raised
    with one (``ValueError(Text(…))``) or an error with a ``message(translate)`` is
    rendered in the same language, so a reason nested in a problem is translated too.
    gui/i18n.py files every ``Text("Context", "source", …)`` call in the template (the
    context and source must be literal: tests/unit/test_translatable_imports.py checks).
    Immutable, like the ``str`` it is.
    """

    context: str
    source: str
    n: int
    fields: dict[str, object]

    def __new__(cls, context: str, source: str, /, n: int = -1, **fields: object) -> Text:
        self = super().__new__(cls, _render(context, source, n, fields, english))
        for name, value in (("context", context), ("source", source), ("n", n)):
            object.__setattr__(self, name, value)
        object.__setattr__(self, "fields", dict(fields))
        return self

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Text is immutable ({name})")

    def render(self, translate: Translate = english) -> str:
        """The sentence in the language of ``translate``, its fields rendered alike."""
        return _render(self.context, self.source, self.n, self.fields, translate)

    def __reduce__(self) -> tuple[object, ...]:  # copy and pickle keep the source
        return (_remake, (self.context, self.source, self.n, self.fields))


def _remake(context: str, source: str, n: int, fields: dict[str, object]) -> Text:
    return Text(context, source, n=n, **fields)


def _render(
    context: str, source: str, n: int, fields: dict[str, object], translate: Translate
) -> str:
    text = translate(context, source, "", n) if n >= 0 else translate(context, source)
    if not fields:
        return text  # no format(): a source without fields may hold a brace
    return text.format(**{key: rendered(value, translate) for key, value in fields.items()})


class Phrase(Text):
    """Another error's sentence inside a text, without its full stop: ``ValueError(
    Phrase(error))`` makes an entry's "The title is longer than 200 characters." the reason
    in "Row 3: the title…" ("Row 3: The title is longer than 200 characters")."""

    error: BaseException

    def __new__(cls, error: BaseException) -> Phrase:
        self = str.__new__(cls, str(error).rstrip("."))
        object.__setattr__(self, "error", error)
        return self

    def render(self, translate: Translate = english) -> str:
        return str(rendered(self.error, translate)).rstrip(".")

    def __reduce__(self) -> tuple[object, ...]:
        return (Phrase, (self.error,))


class DateText(Text):
    """A date inside a text, shown as :func:`date_text` shows it in the language it is
    rendered in: ``DateText(day, long=True)`` is "1 May 2026" in English."""

    day: dt.date
    long: bool

    def __new__(cls, day: dt.date, *, long: bool = False) -> DateText:
        self = str.__new__(cls, date_text(day, long=long))
        object.__setattr__(self, "day", day)
        object.__setattr__(self, "long", long)
        return self

    def render(self, translate: Translate = english) -> str:
        return date_text(self.day, translate, long=self.long)

    def __reduce__(self) -> tuple[object, ...]:
        return (_remake_date, (self.day, self.long))


def _remake_date(day: dt.date, long: bool) -> DateText:
    return DateText(day, long=long)


class DurationText(Text):
    """A length of time inside a text, as :func:`format_duration` shows it in the language it
    is rendered in: ``DurationText(90)`` is "1 h 30 min" in English."""

    minutes: int

    def __new__(cls, minutes: int) -> DurationText:
        self = str.__new__(cls, format_duration(minutes))
        object.__setattr__(self, "minutes", minutes)
        return self

    def render(self, translate: Translate = english) -> str:
        return format_duration(self.minutes, translate)

    def __reduce__(self) -> tuple[object, ...]:
        return (DurationText, (self.minutes,))


def reason(error: BaseException) -> str:
    """What ``error`` says, to nest in a problem: its :class:`Text` when it was raised with
    one (``ValueError(Text(…))``), so the window can still translate it; else its text."""
    if len(error.args) == 1 and isinstance(error.args[0], Text):
        return error.args[0]
    return str(error)


def rendered(value: object, translate: Translate = english) -> object:
    """``value`` as the user reads it in the language of ``translate``: a :class:`Text`
    rendered, an exception raised with one (``ValueError(Text(…))``) or an error with its
    own ``message(translate)`` (core/errors.py) as that sentence; anything else as it is."""
    if isinstance(value, Text):
        return value.render(translate)
    if isinstance(value, BaseException):
        if len(value.args) == 1 and isinstance(value.args[0], Text):
            return value.args[0].render(translate)
        message = getattr(value, "message", None)
        if callable(message):
            return message(translate)
    return value


def rendered_all(items: Iterable[object], translate: Translate = english) -> list[str]:
    """Each of ``items`` (problems, notes, lines left out) as the user reads it."""
    return [str(rendered(item, translate)) for item in items]
