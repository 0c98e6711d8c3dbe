"""No English shown to the user from ``gui/`` without ``tr()``/``translate()``: an AST walk.

An f-string with words (``f"{n} entries"``) cannot be translated: lupdate reads only literal
text, and a translator needs ``self.tr("{n} entries").format(n=…)`` (or, for a count,
``self.tr("%n entry(s)", "", n)``). Nor can a bare literal given to a call that shows it, or
the message of an exception a dialog shows. What is not shown to the user (a style sheet, a
settings key, a file name, a product name) is allowed by file and fragment below, with why.
"""

from __future__ import annotations

import ast
import functools
import importlib
import re
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from tests.source_trees import nodes
from tests.source_trees import tree as parsed

PACKAGE = Path(__file__).resolve().parents[2] / "supervision_app"

#: (file, a fragment of the literal text): why it is not text for a translator.
NOT_SHOWN = {
    ("gui/companion/depth_dialog.py", "QLabel {"): "a style sheet",
    ("gui/companion/depth_dialog.py", "Hatton and Smith (1995)"): "citations stay as published",
    ("gui/dialogs/about_dialog.py", "(SQLite "): "a product's name and version",
    ("gui/icon.py", ".png"): "a file name",
    ("gui/writing/zoom.py", "zoom/"): "a settings key",
    ("gui/i18n.py", "QT_TRANSLATE_NOOP("): "Python source written for lupdate",
    ("gui/i18n.py", "Write the English singular"): "the developer command's message",
    ("gui/i18n.py", "class :"): "Python source written for lupdate",
    ("gui/i18n.py", "self.tr(, '', n)"): "Python source written for lupdate",
    ("gui/i18n.py", "must be a class name"): "the developer command's message",
    ("gui/companion/extract_dialog.py", "case-extract.docx"): "a file name",
    ("gui/dialogs/templates_dialog.py", "templates.json"): "a file name",
    ("gui/dialogs/template_editor.py", "step-"): "a step's stored id",
    ("gui/find/charts.py", ".png"): "a file name",
    ("gui/find/dashboard.py", "dashboard-"): "a file name",
    ("gui/supervision/exchange_dialogs.py", "supervision-"): "a file name",
    # The PDF's own text stays English like every exporter's output (export/ serves the CLI).
    ("gui/pdf_export.py", "Page  of "): "the exported document's footer",
}

#: Calls whose text arguments the user reads (tests/gui/test_translations.py checks the
#: common ones in the whole GUI; these are the rest: lists, tables, tabs, message boxes).
SHOWN_BY = {
    "QAction",
    "QCheckBox",
    "QGroupBox",
    "QLabel",
    "QListWidgetItem",
    "QPushButton",
    "QRadioButton",
    "QTableWidgetItem",
    "QTreeWidgetItem",
    "addItem",
    "addItems",
    "addMenu",
    "addRow",
    "addTab",
    "critical",
    "getSaveFileName",
    "information",
    "insertItem",
    "insertTab",
    "question",
    "setAccessibleDescription",
    "setAccessibleName",
    "setDetailedText",
    "setHeaderLabels",
    "setHorizontalHeaderLabels",
    "setInformativeText",
    "setPlaceholderText",
    "setPrefix",
    "setSpecialValueText",
    "setStatusTip",
    "setSuffix",
    "setTabText",
    "setText",
    "setTitle",
    "setToolTip",
    "setWhatsThis",
    "setWindowTitle",
    "showMessage",
    "warning",
}

_MARKUP = re.compile(r"<[^>]*>|&\w+;")
#: strftime's month and weekday names follow the C library's locale, not the app's language.
_NAMED_DATE = re.compile(r"%-?[aAbB]")


def _literal(node: ast.AST) -> str | None:
    """The literal text of a string or f-string (placeholders left out), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
    return None


def _has_words(text: str, shortest: int) -> bool:
    return re.search(rf"[A-Za-z]{{{shortest},}}", _MARKUP.sub(" ", text)) is not None


def _texts(node: ast.expr) -> list[ast.expr]:
    """The literal candidates an argument may show: both branches of ``a if c else b`` and
    each item of a list or tuple (header labels)."""
    if isinstance(node, ast.IfExp):
        return _texts(node.body) + _texts(node.orelse)
    if isinstance(node, (ast.List, ast.Tuple)):
        return [t for item in node.elts for t in _texts(item)]
    return [node]


def _translates(node: ast.AST) -> bool:
    return any(
        isinstance(n, ast.Call) and getattr(n.func, "attr", getattr(n.func, "id", "")) == "tr"
        for n in ast.walk(node)
    )


def _one_or_many(node: ast.AST) -> bool:
    """``self.tr("1 entry") if n == 1 else self.tr("{n} entries")`` (or the same as an
    ``if`` statement): two texts chosen by English's rule for one."""
    if not isinstance(node, (ast.If, ast.IfExp)) or not isinstance(node.test, ast.Compare):
        return False
    test = node.test
    if not (
        any(isinstance(op, (ast.Eq, ast.NotEq)) for op in test.ops)
        and any(isinstance(c, ast.Constant) and c.value == 1 for c in test.comparators)
    ):
        return False
    if isinstance(node, ast.IfExp):
        return _translates(node.body) and _translates(node.orelse)
    return bool(node.orelse) and _translates(node.body[0]) and _translates(node.orelse[0])


def _english_plural(node: ast.AST) -> bool:
    """``"s" if n != 1 else ""``, two texts chosen by ``n == 1``, or a call of the
    English-only ``plural()`` helper: a count that only English can read. Qt's numerus form
    is ``self.tr("%n day(s)", "", n)``."""
    if _one_or_many(node):
        return True
    if isinstance(node, ast.IfExp):
        return any(_literal(branch) in {"s", "es", "ies"} for branch in (node.body, node.orelse))
    return isinstance(node, ast.Call) and getattr(node.func, "id", "") == "plural"


def _is_text(node: ast.expr) -> bool:
    """A literal or a translation: the text of an item, as opposed to an icon or an index."""
    if isinstance(node, ast.Call):
        return getattr(node.func, "attr", getattr(node.func, "id", "")) in {"tr", "translate"}
    return _literal(node) is not None


def _shown_args(name: str, call: ast.Call) -> list[ast.expr]:
    """The arguments of a showing call a user reads: a combo box's item data (the argument
    after its text in ``addItem(text, data)``, ``insertItem(i, text, data)``) is not read."""
    args = list(call.args)
    at = {"addItem": 0, "insertItem": 1}.get(name)
    if at is not None and len(args) > at + 1 and _is_text(args[at]):
        args = args[: at + 1]
    return [*args, *(k.value for k in call.keywords if k.arg != "userData")]


def findings(source: str | ast.Module) -> list[tuple[int, str]]:
    """(line, literal text) of English not marked for translation in one module."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source) if isinstance(source, str) else source):
        if _english_plural(node):
            found.append((getattr(node, "lineno", 0), ast.unparse(node)))
        if isinstance(node, ast.Constant) and _NAMED_DATE.search(str(node.value)):
            found.append((node.lineno, str(node.value)))  # gui/common/dates.py shown_date
        if isinstance(node, ast.JoinedStr):
            text = _literal(node) or ""
            if _has_words(text, 3):
                found.append((node.lineno, text))
            continue
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            args = node.exc.args
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            args = _shown_args(name, node) if name in SHOWN_BY else []
        else:
            continue
        for arg in args:
            for value in _texts(arg):
                shown = _literal(value)
                if isinstance(value, ast.Constant) and shown and _has_words(shown, 2):
                    found.append((value.lineno, shown))
    return found


def _modules() -> list[Path]:
    gui = [p for p in sorted((PACKAGE / "gui").rglob("*.py")) if "forms" not in p.parts]
    return [*gui, PACKAGE / "app.py"]


def _name(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def _allowed(name: str, text: str) -> bool:
    return any(file == name and fragment in text for file, fragment in NOT_SHOWN)


@functools.cache  # two tests read the same findings
def _all_findings() -> tuple[tuple[str, int, str], ...]:
    return tuple(
        (_name(path), line, text) for path in _modules() for line, text in findings(parsed(path))
    )


def test_no_untranslated_english_in_the_gui() -> None:
    bare = [
        f"{name}:{line}: {text!r}"
        for name, line, text in _all_findings()
        if not _allowed(name, text)
    ]
    assert bare == [], "mark these for translation (see this module's docstring):\n" + "\n".join(
        bare
    )


def test_every_allowance_is_still_needed() -> None:
    """An allowance that matches nothing any more is removed, so it cannot hide new text."""
    found = _all_findings()
    stale = [
        key
        for key in NOT_SHOWN
        if not any(name == key[0] and key[1] in text for name, _line, text in found)
    ]
    assert stale == []


def test_the_walk_finds_what_a_user_would_read() -> None:
    """The check can fail: each kind of untranslated text is found, translated text is not."""
    bad = """
label.setText(f"{n} entries")
box.addItem("Open", key)
box.insertItem(0, "Closed", "closed")
table.setHorizontalHeaderLabels(["Status", "Due"])
QMessageBox.warning(self, "Problem", text)
raise ValueError("Choose at least one regulator.")
status = f"Overdue by {days} day{'s' if days != 1 else ''}"
text = self.tr("{n} record{s}").format(n=n, s="s" if n != 1 else "")
details = plural(n, "detail")
when = f"{day.day} {day:%b %Y}"
title = self.tr("1 entry") if n == 1 else self.tr("{n} entries")
if len(empty) == 1:
    text = self.tr("One step is empty.")
else:
    text = self.tr("{n} steps are empty.")
"""
    assert sorted(text for _line, text in findings(bad)) == sorted(
        [
            " entries",  # an f-string's literal part
            "Open",
            "Closed",
            "Status",
            "Due",
            "Problem",
            "Choose at least one regulator.",
            "Overdue by  day",
            "'s' if days != 1 else ''",  # a hand-made plural
            "'s' if n != 1 else ''",
            "plural(n, 'detail')",
            "%b %Y",
            "self.tr('1 entry') if n == 1 else self.tr('{n} entries')",
            "if len(empty) == 1:\n    text = self.tr('One step is empty.')\nelse:\n"
            "    text = self.tr('{n} steps are empty.')",
        ]
    )
    good = """
label.setText(self.tr("{n} entries").format(n=n))
box.addItem(self.tr("Open"), key)
box.addItem(self.tr("Reflective model (stages)"), "model")
status = self.tr("Overdue by %n day(s)", "", days)
raise ValueError(self.tr("Choose at least one regulator."))
sheet = f"QLabel {{ color: {colour}; }}"
"""
    # A style sheet has words too: NOT_SHOWN allows it by file and fragment.
    assert [text for _line, text in findings(good)] == ["QLabel { color: ; }"]


# -- texts computed at run time ---------------------------------------------------------------
#
# ``self.tr(label)`` with a variable: lupdate cannot see the text, so it reaches a translator
# only if it is declared (``QT_TRANSLATE_NOOP`` under the same context, or
# ``i18n.declared_texts``). Each such call is listed here with the texts it may look up; the
# committed template must hold every one under the context the call uses. A new call fails
# until it is listed, so the texts behind it are declared, not forgotten.


def _attr(module: str, name: str) -> Any:
    return getattr(importlib.import_module(module), name)


def _values(module: str, name: str) -> list[str]:
    found = _attr(module, name)
    if isinstance(found, str):
        return [found]
    if isinstance(found, dict):
        return [str(v) for v in found.values()]
    return [str(v) for v in found]


def _labels(module: str, name: str) -> list[str]:
    """The second item of each pair, e.g. ``ASPECTS = (("describes", "Describes"), …)``."""
    return [str(pair[1]) for pair in _attr(module, name)]


def _exporters() -> list[str]:
    from supervision_app.export import registry
    from supervision_app.formats import register_all

    register_all()
    return [registry.info(name).label for name in registry.names()]


def _import_actions() -> list[str]:
    from supervision_app.export.importers import FORMATS
    from supervision_app.gui.cpd.menu import IMPORT_LABELS

    return [str(IMPORT_LABELS.get(name, FORMATS[name].label)) for name in FORMATS]


def _settings(*fields: str) -> list[str]:
    from supervision_app.core.settings import registry

    return [str(getattr(s, f)) for s in registry().values() for f in fields if getattr(s, f)]


_CORE, _GUI = "supervision_app.core", "supervision_app.gui"
KINDS = partial(_values, f"{_CORE}.entries", "KINDS")
SESSION_TYPES = partial(_values, f"{_CORE}.supervision.model", "SESSION_TYPES")
PARTNER_ROLES = partial(_values, f"{_CORE}.supervision.model", "PARTNER_ROLES")


def _values_raw(module: str, name: str) -> list[Any]:
    return list(_attr(module, name).values())


#: (file, context, the variable's expression): the texts it may hold.
COMPUTED: dict[tuple[str, str, str], Callable[[], list[str]]] = {
    ("gui/companion/depth_dialog.py", "AspectBar", "labels[key]"): partial(
        _labels, f"{_CORE}.companion.depth", "ASPECTS"
    ),
    ("gui/companion/depth_dialog.py", "AspectBar", "amount"): lambda: [
        *_attr(f"{_GUI}.theme", "DEPTH_SHADES")  # keyed by the amounts
    ],
    ("gui/companion/depth_dialog.py", "RulesDialog", "str(CUE_NAMES[key])"): partial(
        _values, f"{_GUI}.companion.depth_dialog", "CUE_NAMES"
    ),
    ("gui/companion/prep_dialog.py", "PrepDialog", "title"): partial(
        _values, f"{_CORE}.companion.prep", "SECTION_TITLES"
    ),
    **{
        ("gui/companion/wellbeing_dialogs.py", dialog, name): partial(
            _values, f"{_CORE}.companion.wellbeing", name
        )
        for dialog in ("CheckInDialog", "WellbeingDialog")
        for name in ("NOT_DIAGNOSTIC", "SUGGESTION")
    },
    ("gui/cpd/cpd_fields.py", "CpdFieldsForm", "label"): partial(
        _values, f"{_CORE}.cpd.model", "ACTIVITY_LABELS"
    ),
    ("gui/cpd/cpd_fields.py", "CpdFieldsForm", "str(ROLE_HINT)"): partial(
        _values, f"{_GUI}.cpd.cpd_fields", "ROLE_HINT"
    ),
    ("gui/cpd/cpd_fields.py", "CpdFieldsForm", "str(LEARNING_HINT)"): partial(
        _values, f"{_GUI}.cpd.cpd_fields", "LEARNING_HINT"
    ),
    ("gui/cpd/csv_import_dialog.py", "CsvImportDialog", "str(FIELD_LABELS[field])"): partial(
        _values, f"{_GUI}.cpd.csv_import_dialog", "FIELD_LABELS"
    ),
    ("gui/cpd/findings_view.py", "FindingsModel", "str(self.HEADERS[section])"): lambda: [
        str(h) for h in _attr(f"{_GUI}.cpd.findings_view", "FindingsModel").HEADERS
    ],
    ("gui/cpd/findings_view.py", "FindingsModel", "str(DECISION_LABELS[row.decision])"): partial(
        _values, f"{_GUI}.cpd.findings_view", "DECISION_LABELS"
    ),
    ("gui/cpd/import_dialogs.py", "ImportDialog", "str(DESCRIPTIONS.get(fmt, ''))"): partial(
        _values, f"{_GUI}.cpd.import_dialogs", "DESCRIPTIONS"
    ),
    ("gui/cpd/import_dialogs.py", "ImportDialog", "self.fmt.label"): lambda: [
        f.label for f in _attr("supervision_app.export.importers", "FORMATS").values()
    ],
    ("gui/cpd/menu.py", "CpdController", "label"): _import_actions,
    ("gui/cpd/selection_form.py", "SelectionForm", "registry.info(name).label"): _exporters,
    ("gui/cpd/selection_form.py", "SelectionForm", "kind_label"): KINDS,
    ("gui/cpd/selection_form.py", "SelectionForm", "str(FORMAT_HINTS.get(name, ''))"): partial(
        _values, f"{_GUI}.cpd.selection_form", "FORMAT_HINTS"
    ),
    ("gui/cpd/year_view.py", "CpdYearView", "status.needs"): lambda: [
        *_values(f"{_CORE}.cpd.rules", "NEEDS_ROLE"),
        *_values(f"{_CORE}.cpd.rules", "NEEDS_PERIOD_START"),
    ],
    ("gui/cpd/findings_view.py", "Locations", "row.item.field_label"): partial(
        _values, "supervision_app.export.anonymise", "FIELD_LABELS"
    ),
    ("gui/cpd/findings_view.py", "Identifiers", "row.item.kind_label"): partial(
        _values, f"{_CORE}.scan.scanner", "KIND_LABELS"
    ),
    ("gui/supervision/session_form.py", "Reminders", "CASE_REMINDER"): lambda: [
        _attr(f"{_CORE}.supervision.model", "CASE_REMINDER")
    ],
    ("gui/supervision/session_form.py", "Identifiers", "finding.label"): partial(
        _values, f"{_CORE}.scan.scanner", "KIND_LABELS"
    ),
    ("gui/editor.py", "EntryEditor", "label"): KINDS,
    ("gui/find/filter_bar.py", "FilterBar", "kind_label(f.kind)"): KINDS,
    ("gui/models/entry_list.py", "EntryListModel", "kind_label(s.kind)"): KINDS,
    ("gui/find/filter_dialog.py", "FilterDialog", "label"): KINDS,
    ("gui/help/guide_dialog.py", "GuideDialog", "group"): lambda: [
        *_values(f"{_CORE}.guide", "KIND_TITLES"),
        "CPD requirements",  # the CPD pages' group (core/guide.py cpd_page)
    ],
    ("gui/preferences/dialog.py", "PreferencesDialog", "group"): partial(_settings, "group"),
    ("gui/preferences/dialog.py", "PreferencesDialog", "title"): partial(_settings, "group"),
    ("gui/preferences/dialog.py", "PreferencesDialog", "s.label"): partial(_settings, "label"),
    ("gui/preferences/dialog.py", "PreferencesDialog", "s.explanation"): partial(
        _settings, "explanation"
    ),
    ("gui/preferences/store.py", "PreferencesDialog", "s.label"): partial(_settings, "label"),
    ("gui/supervision/actions_view.py", "ActionsView", "str(h)"): partial(
        _values, f"{_GUI}.supervision.actions_view", "HEADERS"
    ),
    ("gui/supervision/new_session_dialog.py", "NewSessionDialog", "label"): SESSION_TYPES,
    ("gui/supervision/partners_dialog.py", "PartnersDialog", "kind"): SESSION_TYPES,
    ("gui/supervision/partners_dialog.py", "PartnersDialog", "p.role_label"): PARTNER_ROLES,
    ("gui/supervision/partners_dialog.py", "PartnerDialog", "label"): PARTNER_ROLES,
    ("gui/supervision/partners_dialog.py", "PartnersDialog", "label"): partial(
        _values, f"{_CORE}.supervision.model", "OWNER_ROLES"
    ),
    ("gui/supervision/actions_view.py", "ActionsView", "p.role_label"): PARTNER_ROLES,
    ("gui/companion/controller.py", "CompanionController", "p.role_label"): PARTNER_ROLES,
    ("gui/supervision/import_dialog.py", "ImportDialog", "label"): PARTNER_ROLES,
    (
        "gui/supervision/session_mode_pages.py",
        "SessionModePages",
        "str(OTHER_SECTIONS[key][0])",
    ): lambda: [
        str(title)
        for title, _ in _values_raw(f"{_GUI}.supervision.session_mode_pages", "OTHER_SECTIONS")
    ],
    (
        "gui/supervision/session_mode_pages.py",
        "SessionModePages",
        "str(OTHER_SECTIONS[key][1])",
    ): lambda: [
        str(why)
        for _, why in _values_raw(f"{_GUI}.supervision.session_mode_pages", "OTHER_SECTIONS")
    ],
    ("gui/supervision/session_editor.py", "SessionEditor", "label"): SESSION_TYPES,
    ("gui/supervision/proposals_dialog.py", "ProposalsDialog", "PROPOSAL_KINDS[p.kind]"): partial(
        _values, f"{_CORE}.supervision.views", "PROPOSAL_KINDS"
    ),
    ("gui/supervision/session_sections.py", "ReviewRow", "label"): partial(
        _values, f"{_CORE}.supervision.model", "REVIEW_STATUSES"
    ),
    ("gui/supervision/session_sections.py", "ActionRow", "str(ACTION_STATUS_LABELS[key])"): partial(
        _values, f"{_GUI}.supervision.session_sections", "ACTION_STATUS_LABELS"
    ),
    ("gui/welcome/passphrase_page.py", "PassphrasePage", "result.label"): partial(
        _values, f"{_CORE}.strength", "LABELS"
    ),
    # zxcvbn's own advice: every text it can give is listed in core (test_core_i18n.py).
    ("gui/welcome/passphrase_page.py", "PassphrasePage", "a"): lambda: [
        *_values(f"{_CORE}.strength", "GENERAL_ADVICE"),
        *_values(f"{_CORE}.strength", "ZXCVBN_ADVICE"),
    ],
    ("gui/welcome/wizard.py", "AboutYouPage", "label"): partial(
        _labels, f"{_CORE}.settings", "OWNER_ROLE_CHOICES"
    ),
    ("gui/writing/controller.py", "Zoom", "str(text)"): lambda: [
        "&Zoom in",  # QT_TRANSLATE_NOOP("Zoom", …) beside the call (zoom_actions)
        "Zoom &out",
        "&Normal size",
    ],
}


def _computed_calls() -> set[tuple[str, str, str]]:
    """(file, context, expression) of every ``tr``/``translate`` given a variable. The shared
    texts (``texts.tr(texts.X)``) are checked by :func:`test_shared_texts_are_declared`."""
    found: set[tuple[str, str, str]] = set()

    def visit(node: ast.AST, name: str, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else cls
            if isinstance(child, ast.Call):
                func, args = child.func, child.args
                context, text = None, None
                if isinstance(func, ast.Attribute) and func.attr == "tr" and args:
                    context, text = cls, args[0]
                    if ast.unparse(func.value) == "texts":
                        context = "texts"
                elif (
                    getattr(func, "attr", getattr(func, "id", "")) == "translate" and len(args) >= 2
                ):
                    # A context is text; QPainter.translate(0, y) takes numbers.
                    if isinstance(args[0], ast.Constant) and isinstance(args[0].value, str):
                        context, text = str(args[0].value), args[1]
                if text is not None and not isinstance(text, ast.Constant) and context:
                    found.add((name, context, ast.unparse(text)))
            visit(child, name, inner)

    for path in _modules():
        name = _name(path)
        visit(parsed(path), name, None)
    return {c for c in found if c[1] != "texts"}


def _template() -> dict[str, set[str]]:
    from xml.etree import ElementTree as ET

    root = ET.parse(PACKAGE / "resources" / "translations" / "supervision_journal.ts").getroot()
    return {
        (c.findtext("name") or ""): {m.findtext("source") or "" for m in c.findall("message")}
        for c in root.findall("context")
    }


def test_every_computed_text_is_listed() -> None:
    """A ``self.tr(variable)`` that is not listed in COMPUTED has texts nobody declared."""
    found = _computed_calls()
    assert sorted(found - COMPUTED.keys()) == [], "list these in COMPUTED and declare their texts"
    assert sorted(COMPUTED.keys() - found) == [], "these calls are gone: remove them"


def test_computed_texts_are_in_the_template() -> None:
    """The template (kept current by tests/gui/test_translations.py) holds every text a
    computed call may look up, under the context it looks it up with."""
    template = _template()
    missing = [
        f"{file}: {context}: {text!r}"
        for (file, context, _expr), texts in COMPUTED.items()
        for text in texts()
        if text and text not in template.get(context, set())
    ]
    assert missing == []


def test_shared_texts_are_declared() -> None:
    """``texts.tr(texts.X)`` looks X up under "texts": each shared text is filed there."""
    from supervision_app.gui import texts

    shared = [
        value
        for name, value in vars(texts).items()
        if name.isupper() and isinstance(value, str) and name not in {"NO_DISPLAY"}
    ]
    assert texts.LOCKED in shared and len(shared) >= 9  # the walk finds them (two became counts)
    assert set(shared) <= _template()["texts"]


# -- English made below the GUI -----------------------------------------------------------------
#
# core, export and storage cannot call tr(). A function there that builds English the window
# shows takes ``translate`` (core/i18n.py) and the GUI passes QCoreApplication.translate.
# The walk below finds each function the GUI imports from below that builds worded text (an
# f-string, or a raised message) without that parameter; each is listed here with why. The
# list may only shrink: a new one fails until it takes ``translate`` or is listed. Methods
# and classes (``result.summary()``) are not followed: this catches functions only.

#: "layer.module.function": why its English reaches the window as it is.
ENGLISH_BELOW = {
    # Raises English only for a programming error (a mode other than "w" or "wb"): the GUI's
    # saves (gui/common/save_task.py) never pass one, so the user never sees it.
    "core.atomic.atomic_file": "a programming error only, never shown",
    # Text that is the record or the exported document itself: stays English by design
    # (signed records must not change; exports serve the command line too).
    "core.guided.compose_markdown": "the entry's own text, stored",
    "core.supervision.markdown.compose_session_markdown": "the record's own text, stored",
    "core.companion.extract.extract_cases": "the exported case extract (a document)",
    "export.portfolio.cover_lines": "the exported PDF's cover (a document)",
    "export.anonymise.profile_texts": "field keys ('gap:…'), not text",
    "export.anonymise.record_texts": "field keys ('tag:…'), not text (labels: FIELD_LABELS)",
    "export.registry.register": "a developer's error (a class without its attributes)",
    # Its problems are core.i18n.Text (tests/unit/test_translatable_imports.py); it raises
    # English only for a format name the GUI never passes (FORMATS is fixed).
    "export.importers.read_entries": "a programming error only, never shown",
}

_SQL = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|WHERE|AND|FROM|JOIN|PRAGMA)\b")


def _makes_english(function: ast.FunctionDef) -> bool:
    """An f-string with words (not SQL), strftime's month or weekday names, or a raise
    with a worded literal message."""
    for node in ast.walk(function):
        if isinstance(node, ast.Constant) and _NAMED_DATE.search(str(node.value)):
            return True
        if isinstance(node, ast.JoinedStr):
            text = _literal(node) or ""
            if _has_words(text, 3) and not _SQL.search(text):
                return True
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            for arg in node.exc.args:
                shown = _literal(arg)
                if shown and re.search(r"[A-Za-z]{3,} [A-Za-z]", shown):
                    return True
    return False


def english_below() -> dict[str, set[str]]:
    """The GUI modules that import each function from below the GUI that makes English and
    takes no ``translate`` (key "layer.module.function"), or that call one taking it without
    passing it (key "… without translate": it would show English)."""
    found: dict[str, set[str]] = {}
    for path in _modules():
        for node in nodes(path):
            if not isinstance(node, ast.ImportFrom) or not (node.module or "").startswith(
                ("supervision_app.core", "supervision_app.export", "supervision_app.storage")
            ):
                continue
            module = str(node.module)
            base = PACKAGE.parent / module.replace(".", "/")
            source = base.with_suffix(".py") if base.with_suffix(".py").exists() else base
            if source.is_dir():
                source = source / "__init__.py"
            if not source.exists():
                continue
            functions = {f.name: f for f in parsed(source).body if isinstance(f, ast.FunctionDef)}
            for alias in node.names:
                function = functions.get(alias.name)
                if function is None:
                    continue
                params = {a.arg for a in [*function.args.args, *function.args.kwonlyargs]}
                key = f"{module.removeprefix('supervision_app.')}.{alias.name}"
                if "translate" in params:
                    if _called_without_translate(path, alias.asname or alias.name):
                        found.setdefault(f"{key} without translate", set()).add(_name(path))
                elif _makes_english(function):
                    found.setdefault(key, set()).add(_name(path))
    return found


def _called_without_translate(path: Path, name: str) -> bool:
    """Whether the module calls ``name(…)`` with no argument that is a ``translate``."""
    for node in nodes(path):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == name:
            given = [*node.args, *(k.value for k in node.keywords)]
            if not any(ast.unparse(arg).endswith("translate") for arg in given):
                return True
    return False


def test_english_made_below_the_gui_is_listed() -> None:
    found = english_below()
    new = {key: sorted(found[key]) for key in found.keys() - ENGLISH_BELOW.keys()}
    assert new == {}, "give these a translate argument (core/i18n.py), or list them with why"
    assert sorted(ENGLISH_BELOW.keys() - found.keys()) == [], "translatable now: unlist them"


def test_the_walk_finds_english_made_below() -> None:
    """The check can fail: an f-string or a raised sentence counts, SQL does not."""
    made = ast.parse(
        'def a(n):\n    return f"{n} entries"\n'
        'def b(x):\n    raise ValueError("That is not a date.")\n'
        'def c(w):\n    return f"SELECT id FROM entries WHERE {w}"\n'
    )
    a, b, c = (f for f in made.body if isinstance(f, ast.FunctionDef))
    assert [_makes_english(f) for f in (a, b, c)] == [True, True, False]


def test_a_call_without_translate_is_found(tmp_path: Path) -> None:
    module = tmp_path / "view.py"
    module.write_text("a = session_title(t, p, d, QCoreApplication.translate)\n")
    assert not _called_without_translate(module, "session_title")
    module.write_text("a = session_title(t, p, d, translate)\nb = session_title(t, p, d)\n")
    assert _called_without_translate(module, "session_title")


# -- errors the window shows -----------------------------------------------------------------
#
# An error from core, storage or export carries an English sentence (``str()``, for the
# command line); the window shows ``error_text(error)`` (gui/common/errors.py), which asks the
# error for ``message(QCoreApplication.translate)``. An error class that builds its sentence
# in ``__init__`` therefore builds it in ``message`` (core/errors.py), or the window would
# show it in English whatever the language.

#: "module.Class": why its own ``__init__`` has no ``message`` beside it.
ERRORS_IN_ENGLISH = {
    # The window says "Cancelled" in its own words (gui/backups.py is_cancelled).
    "supervision_app.storage.snapshot.BackupCancelled": "never shown: the window's own text",
    # The regulators' rules are bundled data (resources/regulators): a broken file is the
    # developer's error, found by the tests, never the user's.
    "supervision_app.core.regulators.RegulatorFileError": "bundled data: a developer's error",
}


def _error_classes() -> list[type[BaseException]]:
    import pkgutil

    import supervision_app

    for info in pkgutil.walk_packages(supervision_app.__path__, "supervision_app."):
        if info.name.split(".")[1] in {"core", "storage", "export"}:
            importlib.import_module(info.name)

    def below(cls: type[BaseException]) -> list[type[BaseException]]:
        return [c for sub in cls.__subclasses__() for c in (sub, *below(sub))]

    return sorted(
        {c for c in below(Exception) if c.__module__.startswith("supervision_app.")},
        key=lambda c: f"{c.__module__}.{c.__qualname__}",
    )


def _builds_its_sentence(cls: type[BaseException]) -> bool:
    """Its own ``__init__`` passes worded text (a literal or an f-string) up the chain."""
    import inspect
    import textwrap

    init = vars(cls).get("__init__")
    if init is None:
        return False
    tree = ast.parse(textwrap.dedent(inspect.getsource(init)))
    return any(
        (isinstance(n, ast.JoinedStr) and _has_words(_literal(n) or "", 3))
        or (isinstance(n, ast.Constant) and isinstance(n.value, str) and " " in n.value)
        for n in ast.walk(tree)
        if not isinstance(n, ast.Expr)
    )


def test_errors_with_a_sentence_of_their_own_translate_it() -> None:
    from supervision_app.core.errors import Explained

    untranslated = [
        f"{cls.__module__}.{cls.__qualname__}"
        for cls in _error_classes()
        if _builds_its_sentence(cls) and not (issubclass(cls, Explained) and "message" in vars(cls))
    ]
    assert sorted(set(untranslated) - ERRORS_IN_ENGLISH.keys()) == [], (
        "build the sentence in message(translate) (core/errors.py), or list it with why"
    )
    assert sorted(ERRORS_IN_ENGLISH.keys() - set(untranslated)) == [], "translated now: unlist"


def test_the_error_walk_finds_a_sentence_built_in_init(tmp_path: Path) -> None:
    """The check can fail: an error class of the old kind is found, a translated one not."""
    import importlib.util

    from supervision_app.core.errors import DiskFull

    module = tmp_path / "old_errors.py"
    module.write_text(
        "from supervision_app.core.errors import JournalError\n"
        "class Old(JournalError):\n"
        "    def __init__(self, path):\n"
        "        super().__init__(f'The disk holding {path} is full.')\n"
    )
    spec = importlib.util.spec_from_file_location("old_errors", module)
    assert spec is not None and spec.loader is not None
    old = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(old)
    assert _builds_its_sentence(old.Old)
    assert not _builds_its_sentence(DiskFull)


def shown_raw_errors(source: str) -> list[tuple[int, str]]:
    """(line, code) where the GUI shows an exception it caught as it is: ``str(error)``,
    ``f"{error}"`` or ``.format(reason=error)`` (not ``"x" in str(error)``, a test)."""
    tree = ast.parse(source)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found = []
    caught: list[tuple[str, list[ast.stmt], bool]] = [
        (h.name, h.body, True)
        for h in ast.walk(tree)
        if isinstance(h, ast.ExceptHandler) and h.name
    ]
    # An error handed to a callback (a worker task's ``failed(error: BaseException)``) and
    # put into a sentence: "Today's backup could not be made: {reason}" took str(error).
    # (Here ``str(error)`` alone is not counted: error_text and advice_for use it.)
    caught += [
        (arg.arg, f.body, False)
        for f in ast.walk(tree)
        if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
        for arg in f.args.args
        if isinstance(arg.annotation, ast.Name)
        and arg.annotation.id in ("BaseException", "Exception", "JournalError")
    ]
    for name, body, str_counts in caught:
        for node in (n for stmt in body for n in ast.walk(stmt)):
            if not (isinstance(node, ast.Name) and node.id == name):
                continue
            parent = parents.get(node)
            shown = (
                str_counts
                and (isinstance(parent, ast.Call) and getattr(parent.func, "id", "") == "str")
                and not isinstance(parents.get(parent), ast.Compare)
            ) or isinstance(parent, ast.FormattedValue)
            if isinstance(parent, ast.keyword) and isinstance(parents.get(parent), ast.Call):
                call = parents[parent]
                shown = shown or getattr(call.func, "attr", "") == "format"
            if shown:
                found.append((node.lineno, ast.unparse(parent)))  # type: ignore[arg-type]
    return found


def test_the_window_shows_caught_errors_in_its_language() -> None:
    raw = [
        f"{_name(path)}:{line}: {code}"
        for path in _modules()
        for line, code in shown_raw_errors(path.read_text(encoding="utf-8"))
    ]
    assert raw == [], "show error_text(error) (gui/common/errors.py) instead"


def test_the_raw_error_walk_can_fail() -> None:
    bad = (
        "try:\n    save()\nexcept JournalError as error:\n"
        "    label.setText(str(error))\n"
        "    label.setText(f'Not saved: {error}')\n"
        "    label.setText(self.tr('Not saved: {reason}').format(reason=error))\n"
        "    if 'interrupted' in str(error):\n        pass\n"
        "    label.setText(error_text(error))\n"
    )
    assert [line for line, _code in shown_raw_errors(bad)] == [4, 5, 6]
