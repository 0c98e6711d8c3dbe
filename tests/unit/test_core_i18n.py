"""Text made below the GUI (core/i18n.py): English exactly as before, every text marked
for the translators, and zxcvbn's advice listed in full."""

from __future__ import annotations

import ast
import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from supervision_app.core.i18n import english, english_forms, format_duration, month_name
from supervision_app.core.imports import ImportResult
from supervision_app.core.strength import ZXCVBN_ADVICE, guess_time_text
from supervision_app.core.supervision.markdown import format_date
from supervision_app.core.supervision.rules import PartnerSchedule, compute_reminders
from supervision_app.storage.supervision.exchange_import import ImportResult as ExchangeResult
from tests.source_trees import nodes

PACKAGE = Path(__file__).resolve().parents[2] / "supervision_app"
TEMPLATE = PACKAGE / "resources" / "translations" / "supervision_journal.ts"


def test_english_counts() -> None:
    assert english("Reminders", "%n day(s)", "", 1) == "1 day"
    assert english("Reminders", "%n day(s)", "", 0) == "0 days"
    assert english("Imports", "Imported %n entry(s)", "", 2) == "Imported 2 entries"
    assert english_forms("{count} addendum(s) added") == (
        "{count} addendum added",
        "{count} addenda added",
    )
    assert english("Months", "May") == "May"


def test_reminders_read_as_before() -> None:
    schedule = PartnerSchedule(
        partner_id=1,
        partner_name="AB",
        agreed_on=dt.date(2026, 1, 5),
        review_date=dt.date(2026, 3, 1),
        frequency_days=28,
        last_session=dt.date(2026, 2, 1),
    )
    review, overdue = compute_reminders([schedule], dt.date(2026, 3, 2))
    assert review.message == "The supervision agreement with AB was due for review on 1 Mar 2026."
    assert overdue.message == (
        "A supervision session with AB was due on 1 Mar 2026 (every 28 days) and is 1 day overdue."
    )
    assert review.text() == review.message and overdue.text() == overdue.message


def test_durations_and_dates_read_as_before() -> None:
    assert [format_duration(m) for m in (45, 60, 90)] == ["45 min", "1 h", "1 h 30 min"]
    assert format_date(dt.date(2026, 9, 3)) == "3 Sep 2026"
    assert month_name(9) == "September" and month_name(9, short=True) == "Sep"


def test_import_summaries_read_as_before() -> None:
    one = ImportResult(entries=1)
    assert one.summary() == "Imported 1 entry."
    assert one.summary(ready=True) == "Ready to import 1 entry."
    many = ImportResult(
        entries=1200,
        records={"entries": 1200, "tags": 3},
        kept_existing=2,
        skipped_known=4,
        notes=["dates were read month first"],
        attachments=1,
        cpd_records=5,
    )
    assert many.summary() == (
        "Imported 1200 entries and 3 other records (5 with CPD details) with 1 evidence file "
        "(encrypted in the vault); kept the vault's own version of 2; skipped 4 already in the "
        "vault (same uid); dates were read month first."
    )
    exchange = ExchangeResult(
        partner_id=1,
        partner_created=False,
        sessions_added=(1, 2),
        sessions_already_present=1,
        addenda_added=2,
        signatures_added=1,
        proposals_added=1,
        key_pinned=True,
        verified=False,
    )
    assert exchange.summary() == (
        "2 records imported; 1 already in your journal; 2 addenda added; 1 signature added to "
        "addenda; 1 proposal in your name awaiting your sign-off (accept or reject them); your "
        "partner's key is now confirmed for their later files. This file was written by an "
        "older version of the app and is not signed, so nothing in it is verified."
    )


@pytest.mark.parametrize(
    "seconds", [0.2, 1, 2, 59.4, 61, 3599, 7200, 86400 * 3, 86400 * 40, 1e9, 1e12]
)
def test_guess_time_reads_as_zxcvbn_says_it(seconds: float) -> None:
    from zxcvbn.time_estimates import display_time

    assert guess_time_text(seconds) == display_time(seconds)


def test_every_zxcvbn_advice_is_listed() -> None:
    """The window translates zxcvbn's advice from this list: a zxcvbn that says something new
    fails here, so it is listed (and reaches the translators) rather than shown in English."""
    import zxcvbn.feedback

    tree = ast.parse(Path(zxcvbn.feedback.__file__).read_text(encoding="utf-8"))
    said = {
        str(node.args[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", "") == "_"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    }
    assert len(said) >= 20
    assert said == set(ZXCVBN_ADVICE)


def _marks(path: Path) -> set[tuple[str, str]]:
    """(context, text) of each ``translate("Context", "text", …)`` and ``QT_TRANSLATE_NOOP``."""
    found = set()
    for node in nodes(path):
        if isinstance(node, ast.Call) and len(node.args) >= 2:
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            context, text = node.args[0], node.args[1]
            if (
                name in {"translate", "QT_TRANSLATE_NOOP"}
                and isinstance(context, ast.Constant)
                and isinstance(text, ast.Constant)
                and isinstance(context.value, str)
            ):
                found.add((context.value, str(text.value)))
    return found


def test_text_marked_below_the_gui_is_in_the_template() -> None:
    """Each text core, export or storage marks is in the committed template under its
    context, so a translator sees it (and the GUI's lookup finds the translation)."""
    root = ET.parse(TEMPLATE).getroot()
    template = {
        ((c.findtext("name") or ""), (m.findtext("source") or ""))
        for c in root.findall("context")
        for m in c.findall("message")
    }
    marked = {
        mark
        for folder in ("core", "export", "storage")
        for path in sorted((PACKAGE / folder).rglob("*.py"))
        for mark in _marks(path)
    }
    assert ("Identifiers", "NHS number") in marked and ("Months", "September") in marked
    assert ("Reminders", "%n day(s)") in marked
    assert sorted(marked - template) == []


def test_sizes_durations_and_titles_read_as_before() -> None:
    from supervision_app.core.cpd.model import format_duration, format_size
    from supervision_app.core.supervision.markdown import format_timestamp, session_title

    sizes = [format_size(s) for s in (1, 512, 2048, 1048576, 1572864, 10 * 1048576)]
    assert sizes == ["1 bytes", "512 bytes", "2 KB", "1 MB", "1.5 MB", "10 MB"]
    assert [format_duration(m) for m in (0, 45, 60, 150)] == [
        "0 min",
        "45 min",
        "1 h",
        "2 h 30 min",
    ]
    moment = dt.datetime(2026, 3, 3, 14, 5, tzinfo=dt.UTC)
    assert format_timestamp(moment) == "3 Mar 2026 14:05 UTC"
    day = dt.date(2026, 3, 3)
    assert session_title("group", "AB", day) == "Group supervision with AB — 3 Mar 2026"
    assert session_title("one_to_one", "", day) == "Supervision with a partner — 3 Mar 2026"


def test_dates_read_as_strftime_did_in_english() -> None:
    from supervision_app.core.i18n import date_text

    day = dt.date(2026, 12, 3)  # a Thursday
    assert date_text(day) == "3 Dec 2026"
    assert date_text(day, long=True) == "3 December 2026"
    assert date_text(day, weekday=True) == "Thu 3 Dec 2026"
    assert date_text(day, long=True, weekday=True) == "Thursday 3 December 2026"
    assert date_text(day, year=False) == "3 Dec"
    assert date_text(dt.datetime(2026, 5, 31, 23, 0)) == "31 May 2026"
