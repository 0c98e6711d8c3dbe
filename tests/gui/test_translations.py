"""Every GUI string is translatable under the context Qt looks it up with at run time.

``pyside6-lupdate`` files ``x.tr("…")`` under the name ``x`` and ``self.tr("…")`` under the
enclosing class, while Qt looks the text up under the class of the object at run time: a
translation filed under "w", "self.window" or a base class would never be found.
"""

from __future__ import annotations

import ast
import functools
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from supervision_app.gui import i18n, texts

#: Translatable messages found today; the count may grow, never shrink.
MIN_MESSAGES = 1122


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("i18n") / "template.ts"
    i18n.write_template(target)
    return target


@functools.cache
def _trees() -> dict[Path, ast.Module]:
    return {p: i18n.parsed(p) for p in i18n.sources()}


def _module(path: Path) -> str:
    return ".".join(path.relative_to(i18n.PACKAGE.parent).with_suffix("").parts)


def _classes() -> dict[str, set[str]]:
    """Each GUI class by its dotted path, with the dotted paths of its bases (two classes may
    share a name, e.g. the CPD and the supervision ImportDialog)."""
    classes: dict[str, set[str]] = {}
    for path, tree in _trees().items():
        module = _module(path)
        imported = {
            alias.asname or alias.name: f"{node.module}.{alias.name}"
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module
            for alias in node.names
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases = {
                    imported.get(ast.unparse(b), f"{module}.{ast.unparse(b)}") for b in node.bases
                }
                classes[f"{module}.{node.name}"] = bases
    return classes


def _contexts(ts: Path) -> dict[str, int]:
    root = ET.parse(ts).getroot()
    return {(c.findtext("name") or ""): len(c.findall("message")) for c in root.findall("context")}


def test_every_context_is_a_class_or_declared(template: Path) -> None:
    """A context is a GUI class, a declared one, or a Designer form's name ``X`` compiled into
    ``gui/forms`` as ``Ui_X``: its ``retranslateUi`` looks the .ui's texts up under ``X``."""
    names = {name.rsplit(".", 1)[-1] for name in _classes()}
    forms = {
        name.rsplit(".", 1)[-1].removeprefix("Ui_")
        for name in _classes()
        if name.startswith("supervision_app.gui.forms.ui_") and ".Ui_" in name
    }
    allowed = names | forms | set(texts.CONTEXTS)
    stray = {name: n for name, n in _contexts(template).items() if name not in allowed}
    assert stray == {}, f"texts filed under contexts Qt never looks up: {stray}"


def test_no_message_was_lost(template: Path) -> None:
    assert sum(_contexts(template).values()) >= MIN_MESSAGES


def test_committed_template_is_current(template: Path) -> None:
    assert i18n.TEMPLATE.read_text(encoding="utf-8") == template.read_text(encoding="utf-8"), (
        "the translation template is out of date: run ./dev i18n and commit "
        f"{i18n.TEMPLATE.relative_to(i18n.PACKAGE.parent)}"
    )


def _tr_calls() -> list[tuple[Path, int, ast.expr, str | None]]:
    """Every ``….tr(…)`` call: its file, line, receiver and the dotted path of the class it
    is written in."""
    found: list[tuple[Path, int, ast.expr, str | None]] = []

    def visit(node: ast.AST, path: Path, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            inner = f"{_module(path)}.{child.name}" if isinstance(child, ast.ClassDef) else cls
            if (
                isinstance(child, ast.Call)
                and isinstance(child.func, ast.Attribute)
                and child.func.attr == "tr"
            ):
                found.append((path, child.lineno, child.func.value, cls))
            visit(child, path, inner)

    for path, tree in _trees().items():
        visit(tree, path, None)
    return found


def test_tr_is_called_on_self_only() -> None:
    """``window.tr("…")`` is looked up as "MainWindow" but filed under "window".
    (``texts.tr`` is the shared texts' own lookup under their declared context.)"""
    others = [
        f"{p.name}:{line}: {ast.unparse(receiver)}.tr"
        for p, line, receiver, _cls in _tr_calls()
        if not (isinstance(receiver, ast.Name) and receiver.id in {"self", "texts"})
    ]
    assert others == []


def test_self_tr_is_not_inherited() -> None:
    """Qt looks ``self.tr`` up under the class of the instance: in a base class or a mixin
    that another GUI class extends, the text is filed under the base's name and never found
    for the subclass. Such classes use ``QCoreApplication.translate`` with their own name."""
    classes = _classes()
    extended = {b for bases in classes.values() for b in bases if b in classes}
    inherited = [
        f"{p.name}:{line}: self.tr in {cls}"
        for p, line, _receiver, cls in _tr_calls()
        if cls in extended
    ]
    assert inherited == []


#: Calls whose text arguments the user reads: a literal with words in one of them is text
#: that was never marked for translation.
SHOWN_BY = {
    "QAction",
    "QCheckBox",
    "QGroupBox",
    "QLabel",
    "QPushButton",
    "QRadioButton",
    "addMenu",
    "addRow",
    "heading",  # the app's own label helpers
    "muted",
    "scaled_label",
    "wrapped_label",
    "setAccessibleDescription",
    "setAccessibleName",
    "setPlaceholderText",
    "setStatusTip",
    "setText",
    "setToolTip",
    "setWindowTitle",
    "showMessage",
}


def _has_words(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(str(v.value) for v in node.values if isinstance(v, ast.Constant))
    else:
        return False
    return re.search(r"[A-Za-z]{2,}", re.sub(r"<[^>]*>", "", text)) is not None


def test_shown_text_is_marked_for_translation() -> None:
    """A label, button, title, tooltip or accessible name given a bare literal (or an
    f-string: a translator needs ``tr("… {name} …").format(name=…)``) is never translated."""
    bare = []
    for path, tree in _trees().items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in SHOWN_BY:
                continue
            shown = [*node.args, *(k.value for k in node.keywords if k.arg == "text")]
            for arg in shown:
                for value in [arg.body, arg.orelse] if isinstance(arg, ast.IfExp) else [arg]:
                    if _has_words(value):
                        bare.append(f"{path.name}:{value.lineno}: {ast.unparse(value)}")
    assert bare == []


def test_english_plural_forms_are_current(tmp_path: Path) -> None:
    """Every counted text has its English forms, and the .qm the app loads is built from
    them: a new ``self.tr("%n …(s)", "", n)`` without ``./dev i18n`` fails here."""
    english = tmp_path / "en.ts"
    english.write_bytes(i18n.ENGLISH.read_bytes())
    assert i18n.update_english(english) == []
    assert english.read_text(encoding="utf-8") == i18n.ENGLISH.read_text(encoding="utf-8"), (
        "the English plural forms are out of date: run ./dev i18n and commit them"
    )
    compiled = tmp_path / "en.qm"
    i18n.compile_english(english, compiled)
    assert compiled.read_bytes() == i18n.ENGLISH_QM.read_bytes()


def test_every_count_reads_as_english(template: Path) -> None:
    """With the English forms loaded (as at start-up), no count shows "(s)": one reads as the
    singular, seven and none as the plural. Every numerus text of the template is covered."""
    from PySide6.QtCore import QCoreApplication

    root = ET.parse(template).getroot()
    counted = [
        ((c.findtext("name") or ""), (m.findtext("source") or ""))
        for c in root.findall("context")
        for m in c.findall("message")
        if m.get("numerus") == "yes"
    ]
    assert len(counted) >= 10
    for context, source in counted:
        forms = [QCoreApplication.translate(context, source, "", n) for n in (0, 1, 7)]
        assert not any("(s)" in f for f in forms), (context, source, forms)
        none, one, seven = (f.replace(str(n), "#") for f, n in zip(forms, (0, 1, 7), strict=True))
        assert none == seven != one, (context, source, forms)


def test_a_count_formatted_in_is_numerus_too(template: Path) -> None:
    """A count put in with ``.format`` ("{n} record(s)") is never made singular: the save
    warning read "Waiting to be saved: 1 record(s) no longer on screen." (found on a full
    disk). Counted texts use ``%n`` and ``self.tr(text, "", n)``."""
    root = ET.parse(template).getroot()
    formatted = [
        ((c.findtext("name") or ""), source)
        for c in root.findall("context")
        for m in c.findall("message")
        if m.get("numerus") != "yes"
        and re.search(r"\{\w+\}[^{}.]*?\w\(s\)", source := m.findtext("source") or "")
    ]
    assert formatted == []


def test_counted_translate_calls_are_numerus(template: Path) -> None:
    """A ``translate(context, "%n …(s)", "", n)`` (for a class with subclasses, or a module
    function) is filed as numerus, as ``self.tr(text, "", n)`` is: lupdate alone would file
    it as a plain text, and "1 note(s)" would reach the user."""
    counted = i18n.translated_counts()
    assert ("ImportDialog", "Import the %n valid note(s) and list the others") in counted
    root = ET.parse(template).getroot()
    numerus = {
        ((c.findtext("name") or ""), (m.findtext("source") or ""))
        for c in root.findall("context")
        for m in c.findall("message")
        if m.get("numerus") == "yes"
    }
    assert set(counted) <= numerus


def test_the_reminder_button_counts_in_english(qtbot: QtBot) -> None:
    import datetime as dt

    from supervision_app.core.supervision.rules import Reminder
    from supervision_app.gui.supervision.reminders import ReminderButton

    button = ReminderButton()
    qtbot.addWidget(button)
    reminder = Reminder("review_due", 1, "AB", dt.date(2026, 3, 1), 2, "Review due")
    button.set_reminders([reminder])
    assert button.text() == "⚠ 1 supervision reminder (Ctrl+4)"
    button.set_reminders([reminder, reminder])
    assert button.text() == "⚠ 2 supervision reminders (Ctrl+4)"
