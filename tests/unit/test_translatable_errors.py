"""Errors raised below the GUI with a sentence of their own (a supervision record's rule, a
saved search's name, an export's target) reach the window in its language: they are marked
errors (core/errors.py ``Explained.marked``), their labels and nested reasons are
core.i18n.Text, and no new one is raised with a bare English literal or f-string."""

from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path

import pytest

from supervision_app.core.errors import Explained
from supervision_app.core.i18n import english
from supervision_app.storage.vault import Vault

PACKAGE = Path(__file__).resolve().parents[2] / "supervision_app"


def pseudo(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A stand-in language: each text in ‹…›."""
    return f"‹{english(context, source, disambiguation, n)}›"


def test_a_supervision_rule_and_its_label_are_translated() -> None:
    from supervision_app.core.supervision.errors import InvalidSupervisionRecord
    from supervision_app.core.supervision.model import SessionRecord

    day = dt.date(2026, 3, 2)
    early = SessionRecord(partner_id=1, session_date=day, next_session=dt.date(2026, 3, 1))
    with pytest.raises(InvalidSupervisionRecord) as caught:
        early.validated()
    assert str(caught.value) == "The next session cannot be before this one."
    assert caught.value.message(pseudo) == "‹The next session cannot be before this one.›"
    with pytest.raises(InvalidSupervisionRecord) as label:
        SessionRecord(partner_id=1, session_date=day, minutes=-5).validated()
    assert str(label.value) == "The duration must be a whole number of minutes from 0 to 1440."
    assert label.value.message(pseudo) == (
        "‹‹The duration› must be a whole number of minutes from 0 to 1440.›"
    )


def test_a_signers_name_mismatch_is_translated() -> None:
    from supervision_app.core.supervision.errors import NameMismatch
    from supervision_app.storage.supervision.signoff import check_name

    with pytest.raises(NameMismatch) as caught:
        check_name("partner", "A. Other", "Sam Owner", "Pat Partner")
    assert caught.value.message(pseudo).startswith(
        "‹“A. Other” is not ‹your partner's recorded name› (“Pat Partner”);"
    )


def test_an_export_targets_problem_is_translated(tmp_path: Path) -> None:
    from supervision_app.export.service import BadOutputPath, check_output_path

    with pytest.raises(BadOutputPath) as caught:
        check_output_path(tmp_path, None)
    assert caught.value.message(pseudo) == (
        f"‹{tmp_path} is a folder; give a file name to export to.›"
    )


def test_a_saved_searchs_name_is_checked_in_the_window_language(vault: Vault) -> None:
    from supervision_app.core.find.filters import SearchFilters
    from supervision_app.storage.find.saved import InvalidSavedSearch, SavedSearchRepository

    with pytest.raises(InvalidSavedSearch) as caught:
        SavedSearchRepository(vault).save("  ", "visit", SearchFilters())
    assert caught.value.message(pseudo) == "‹A saved search needs a name.›"


# -- the walk: no error of ours raised with a bare English sentence --------------------------


def _error_names() -> set[str]:
    """Names of our error classes whose sentence the window shows (Explained)."""
    import importlib
    import pkgutil

    import supervision_app

    for info in pkgutil.walk_packages(supervision_app.__path__, "supervision_app."):
        if info.name.split(".")[1] in {"core", "storage", "export"}:
            importlib.import_module(info.name)

    def below(cls: type) -> list[type]:
        return [c for sub in cls.__subclasses__() for c in (sub, *below(sub))]

    return {c.__name__ for c in below(Explained) if c.__module__.startswith("supervision_app.")}


def raised_in_english(source: str, names: set[str]) -> list[tuple[int, str]]:
    """(line, text) of each ``raise Error("worded …")`` or ``raise Error(f"…")`` of a class
    in ``names`` (not ``Error.marked(…)``, not a sentence built in ``message``)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
            continue
        if getattr(node.exc.func, "id", "") not in names:
            continue
        for arg in node.exc.args:
            if isinstance(arg, ast.JoinedStr):  # its words, the values left out
                text = "".join(
                    v.value for v in arg.values if isinstance(v, ast.Constant) and v.value
                )
            elif isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                text = arg.value
            else:
                continue
            if re.search(r"[A-Za-z]{2,} [A-Za-z]", text):  # words, not a field path
                found.append((node.lineno, ast.unparse(arg)[:70]))
    return found


def test_no_error_of_ours_is_raised_with_bare_english() -> None:
    names = _error_names()
    found = [
        f"{where}:{line}: {text}"
        for folder in ("core", "storage", "export")
        for path in sorted((PACKAGE / folder).rglob("*.py"))
        if (where := path.relative_to(PACKAGE).as_posix())
        for line, text in raised_in_english(path.read_text(encoding="utf-8"), names)
    ]
    assert found == [], "raise Error.marked(QT_TRANSLATE_NOOP('Errors', '…'), name=value)"


def test_the_raise_walk_can_fail() -> None:
    bad = (
        "raise InvalidSupervisionRecord('An action needs a description.')\n"
        "raise SupervisionError(f'This proposal was already {status}.')\n"
        "raise InvalidSupervisionRecord.marked(QT_TRANSLATE_NOOP('Errors', 'A b.'))\n"
        "raise ValueError('not ours at all')\n"
        "raise InvalidSupervisionRecord(f'aliases.{old}')\n"
    )
    names = {"InvalidSupervisionRecord", "SupervisionError"}
    assert [line for line, _text in raised_in_english(bad, names)] == [1, 2]


def test_a_records_history_is_translated(vault: Vault) -> None:
    """The sign-off history (storage/supervision/signoff.py), shown in the record's panel:
    English for the command line, the window's language through ``rendered``."""
    from supervision_app.core.i18n import rendered
    from supervision_app.core.supervision.people import Partner
    from supervision_app.storage.supervision.repository import SupervisionRepository

    repo = SupervisionRepository(vault)
    pid = repo.partners.add(Partner("AB", "supervisor")).id
    assert pid is not None
    record = repo.sessions.create(repo.sessions.draft(pid, dt.date(2026, 1, 5)))
    assert record.id is not None
    repo.signoff.sign(record.id, "owner", repo.owner.name() or "Owner Name")
    texts = [e.text for e in repo.signoff.history(record.id)]
    assert texts[0] == "Record created."
    assert texts[1] == "Signed by you as “Owner Name” (made in this journal)."
    assert [rendered(t, pseudo) for t in texts] == [
        "‹Record created.›",
        "‹Signed by ‹you› as “Owner Name” (‹made in this journal›).›",
    ]


def test_the_depth_prompts_are_translated() -> None:
    """The companion's depth prompts (core/companion/depth.py), shown in its dialog."""
    from supervision_app.core.companion.depth import assess
    from supervision_app.core.i18n import rendered

    prompts = assess("").prompts
    assert prompts == (
        "Start with what happened: who was there, and what was said and done?",
    )  # the command line's English
    assert [rendered(p, pseudo) for p in prompts] == [
        "‹Start with what happened: who was there, and what was said and done?›"
    ]


def test_a_regulators_rule_lines_are_translated() -> None:
    """The CPD year view's checklist (core/cpd/rules.py) was built from English f-strings."""
    from supervision_app.core.cpd.model import CpdFields, CpdRecord
    from supervision_app.core.cpd.rules import evaluate, period_containing
    from supervision_app.core.entries import Entry
    from supervision_app.core.i18n import rendered
    from supervision_app.core.regulators import default_regulators

    niscc = default_regulators()["niscc"]
    day = dt.date(2026, 1, 1)
    entry = Entry(title="Course", practice_date=day, minutes=90, id=1)
    records = [CpdRecord(entry=entry, cpd=CpdFields(description="d", learning="l", impact="i"))]
    period = period_containing(niscc, day, role="social_worker", start=dt.date(2024, 4, 1))
    status = evaluate(niscc, records, period=period, today=day, role="social_worker")
    (hours,) = status.checks
    assert hours.detail == "1 h 30 min of 90 hours"  # the command line's English
    assert rendered(hours.detail, pseudo) == "‹‹1 h 30 min› of 90 hours›"
    assert str(rendered(hours.label, pseudo)).startswith("‹At least 90 hours of CPD")


def test_the_dashboards_cpd_pace_note_is_translated() -> None:
    """The note under the dashboard's CPD chart (core/find/standards.py cpd_pace)."""
    from supervision_app.core.find.standards import cpd_pace
    from supervision_app.core.i18n import rendered
    from supervision_app.core.regulators import default_regulators

    basis = cpd_pace(default_regulators()["scw"], None, dt.date(2025, 3, 1)).basis
    assert basis == "Choose your Social Care Wales role to see its hours."
    assert rendered(basis, pseudo) == "‹Choose your Social Care Wales role to see its hours.›"


def test_an_exports_scope_and_warnings_are_translated() -> None:
    """What the export dialog says it takes in (core/selection.py describe) and the
    warnings it shows after writing (export/swe_export.py): English for the command line."""
    from supervision_app.core.cpd.model import CpdFields, CpdRecord
    from supervision_app.core.entries import Entry
    from supervision_app.core.i18n import rendered
    from supervision_app.core.selection import Selection
    from supervision_app.export.swe_export import swe_warnings

    chosen = Selection(date_from=dt.date(2025, 12, 1), tag="x")
    assert chosen.describe() == "1 Dec 2025 to today, tag: x"
    assert chosen.describe(pseudo) == "‹‹1 ‹Dec› 2025› to ‹today››, ‹tag: x›"
    entry = Entry(title="Course", practice_date=dt.date(2026, 1, 5), minutes=90, id=1)
    record = CpdRecord(entry=entry, cpd=CpdFields(description="d", learning="l", impact="i"))
    first = swe_warnings([record], (11, 30))[0]
    assert first.startswith("The year 1 Dec 2025 – 30 Nov 2026 has 1 record;")
    assert str(rendered(first, pseudo)).startswith(
        "‹The year ‹‹1 ‹Dec› 2025› – ‹30 ‹Nov› 2026›› has 1"
    )  # the year too
