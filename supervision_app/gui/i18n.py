"""The translation template: every GUI string, as ``pyside6-lupdate`` finds it.

``python -m supervision_app.gui.i18n`` (``./dev i18n``) rewrites
``resources/translations/supervision_journal.ts``; a test checks it is current, so a string
added without ``tr()`` (or under a context Qt never looks up) shows in review. Locations are
left out so the template changes only when the text does, not when lines move.

Counts are Qt numerus texts, ``self.tr("%n day(s)", "", n)``: a language chooses its own
plural form for each number. With no translation loaded Qt would show "1 day(s)", so, as Qt
documents, the English forms ship as a translation too: ``supervision_journal_en.ts`` holds
only the numerus texts ("1 day", "2 days"), compiled by ``pyside6-lrelease`` into
``supervision_journal_en.qm``, which ``gui/translator.py`` loads at start-up. The same
command updates both; a new ``(s)`` text gets its English forms filled in (the ``(s)`` left
out, then "s", or "ies" after a consonant and "y": ``core.i18n.english_forms``, which the
command line uses too), to correct by hand where English differs ("the entry" for one):
forms once written are kept. Anything else is left for a
person to write and stops the command until they do. Note: lupdate marks a text as numerus
only in ``self.tr(text, "", n)``, not in ``QCoreApplication.translate``. So counted texts
live in methods of the class that shows them, or, where that class has subclasses
(``self.tr`` looks up the subclass's name), in ``QCoreApplication.translate(context, text,
"", n)``, which :func:`translated_counts` restates for lupdate.

Text kept for later below ``gui`` (an importer's problem: ``Text("Imports", "Row {row}: …",
row=3)``, core/i18n.py) is rendered with ``QCoreApplication.translate`` where it is shown;
lupdate does not read those calls, so :func:`kept_texts` finds them and they are restated as
``QT_TRANSLATE_NOOP`` marks (counted ones, ``n=…``, as numerus texts).

Texts declared as data in ``core`` (the settings registry, the role choices, the strength
labels) are shown through ``self.tr(variable)``, which lupdate cannot read: they are added
from :func:`declared_texts` under the context of the class that looks them up.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from supervision_app.core.i18n import english_forms

PACKAGE = Path(__file__).resolve().parent.parent
TRANSLATIONS = PACKAGE / "resources" / "translations"
TEMPLATE = TRANSLATIONS / "supervision_journal.ts"
ENGLISH = TRANSLATIONS / "supervision_journal_en.ts"
ENGLISH_QM = ENGLISH.with_suffix(".qm")
SOURCE_LANGUAGE = "en_GB"


def sources() -> list[Path]:
    """The modules that hold user-facing Qt text: the GUI layer and the composition root."""
    return sorted((PACKAGE / "gui").rglob("*.py")) + [PACKAGE / "app.py"]


def marked_sources() -> list[Path]:
    """The modules below ``gui`` that mark text the window shows (``core/i18n.py``): their
    ``translate(context, …)`` and ``QT_TRANSLATE_NOOP`` calls go into the template too."""
    found = []
    for folder in ("core", "export", "storage"):
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            if _marks_text(path):
                found.append(path)
    return found


def _marks_text(path: Path) -> bool:
    """Whether a module calls ``translate("Context", …)`` or ``QT_TRANSLATE_NOOP`` (and not
    only ``str.translate(table)``)."""
    source = path.read_text(encoding="utf-8")
    if "translate(" not in source and "QT_TRANSLATE_NOOP(" not in source:
        return False  # most modules: no need to parse them
    for node in ast.walk(parsed(path)):
        if isinstance(node, ast.Call) and node.args:
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            first = node.args[0]
            if name in {"translate", "QT_TRANSLATE_NOOP"} and isinstance(first, ast.Constant):
                if isinstance(first.value, str):
                    return True
    return False


def forms() -> list[Path]:
    """The Qt Designer files (``ui/*.ui``): lupdate reads their texts from the ``.ui`` itself,
    filed under the form's class name (e.g. "AgreementForm"), the context the generated
    ``Ui_*.retranslateUi`` looks them up with; it finds nothing in the generated modules."""
    return sorted((PACKAGE.parent / "ui").glob("*.ui"))


def lupdate_path() -> Path:
    """``pyside6-lupdate`` beside the running interpreter (the project's virtual environment)."""
    return Path(sys.executable).parent / "pyside6-lupdate"


def lrelease_path() -> Path:
    """``pyside6-lrelease`` beside the running interpreter."""
    return Path(sys.executable).parent / "pyside6-lrelease"


def declared_texts() -> list[tuple[str, str]]:
    """(context, text) for every text kept as data below ``gui`` and translated by the class
    that shows it with ``self.tr(variable)``, which lupdate cannot read. Each group names
    the classes that look it up; ``tests/unit/test_translatable.py`` lists every such call."""
    from supervision_app.core.companion.depth import ASPECTS
    from supervision_app.core.companion.prep import SECTION_TITLES
    from supervision_app.core.companion.wellbeing import NOT_DIAGNOSTIC, SUGGESTION
    from supervision_app.core.cpd.model import ACTIVITY_LABELS
    from supervision_app.core.cpd.rules import NEEDS_PERIOD_START, NEEDS_ROLE
    from supervision_app.core.entries import KINDS
    from supervision_app.core.guide import KIND_TITLES
    from supervision_app.core.settings import OWNER_ROLE_CHOICES, registry
    from supervision_app.core.strength import GENERAL_ADVICE, LABELS, ZXCVBN_ADVICE
    from supervision_app.core.supervision.model import (
        OWNER_ROLES,
        PARTNER_ROLES,
        REVIEW_STATUSES,
        SESSION_TYPES,
    )
    from supervision_app.core.supervision.views import PROPOSAL_KINDS
    from supervision_app.export import registry as exporters
    from supervision_app.formats import register_all
    from supervision_app.gui.theme import DEPTH_SHADES

    register_all()
    groups: list[tuple[tuple[str, ...], Iterable[str]]] = [
        (("PreferencesDialog",), [t for s in registry().values() for t in (s.group, s.label)]),
        (("PreferencesDialog",), [s.explanation for s in registry().values()]),
        (("PreferencesDialog",), [c for s in registry().values() for _v, c in s.choices or ()]),
        (("AboutYouPage",), [label for _value, label in OWNER_ROLE_CHOICES]),
        (("PassphrasePage",), [*LABELS, *GENERAL_ADVICE, *ZXCVBN_ADVICE]),
        (("NewSessionDialog", "PartnersDialog", "SessionEditor"), SESSION_TYPES.values()),
        (("ReviewRow",), REVIEW_STATUSES.values()),
        (
            ("ActionsView", "CompanionController", "ImportDialog", "PartnerDialog"),
            PARTNER_ROLES.values(),
        ),
        (("PartnersDialog",), PARTNER_ROLES.values()),
        (("PartnersDialog",), OWNER_ROLES.values()),
        (
            ("EntryEditor", "EntryListModel", "FilterBar", "FilterDialog", "SelectionForm"),
            KINDS.values(),
        ),
        (("CpdFieldsForm",), ACTIVITY_LABELS.values()),
        (("AspectBar",), [*(label for _key, label in ASPECTS), *DEPTH_SHADES]),
        (("CheckInDialog", "WellbeingDialog"), [NOT_DIAGNOSTIC, SUGGESTION]),
        (("ProposalsDialog",), PROPOSAL_KINDS.values()),
        (("PrepDialog",), SECTION_TITLES),
        (("CpdYearView",), [NEEDS_ROLE, NEEDS_PERIOD_START]),
        (("GuideDialog",), KIND_TITLES.values()),
        (("SelectionForm",), [exporters.info(name).label for name in exporters.names()]),
    ]
    found = {
        (context, text)
        for contexts, texts in groups
        for context in contexts
        for text in texts
        if text
    }
    return sorted(found)  # sorted: the registry's order depends on import order


def parsed(path: Path) -> ast.Module:
    """``path``'s syntax tree, parsed once per process while the file is unchanged: making
    the template, the English forms and the counts each read every GUI module (~1 s)."""
    stat = path.stat()
    return _parse(path, stat.st_mtime_ns, stat.st_size)


_TREES: dict[tuple[Path, int, int], ast.Module] = {}


def _parse(path: Path, mtime_ns: int, size: int) -> ast.Module:
    key = (path, mtime_ns, size)
    tree = _TREES.get(key)
    if tree is None:
        tree = _TREES[key] = ast.parse(path.read_text(encoding="utf-8"))
    return tree


def translated_counts() -> list[tuple[str, str]]:
    """(context, text) of every ``translate(context, text, "", n)`` in the GUI: a counted
    text looked up under a fixed context (a class with subclasses, or a module function),
    which lupdate files as a plain text. :func:`_counts_source` restates each one as the
    ``self.tr(text, "", n)`` lupdate does read as numerus."""
    paths = [*sources(), *marked_sources()]
    stamp = tuple((p, p.stat().st_mtime_ns, p.stat().st_size) for p in paths)
    if (known := _COUNTS.get(stamp)) is None:
        known = _COUNTS[stamp] = _find_counts(paths)
    kept = {(context, text) for context, text, counted in kept_texts() if counted}
    return sorted(set(known) | kept)


#: translated_counts by the files' names, times and sizes (see parsed()).
_COUNTS: dict[tuple[tuple[Path, int, int], ...], list[tuple[str, str]]] = {}


def _find_counts(paths: list[Path]) -> list[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for path in paths:
        for node in ast.walk(parsed(path)):
            if not isinstance(node, ast.Call) or len(node.args) < 4:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            context, text = node.args[0], node.args[1]
            if (
                name == "translate"
                and isinstance(context, ast.Constant)
                and isinstance(context.value, str)
                and isinstance(text, ast.Constant)
                and isinstance(text.value, str)
            ):
                found.add((context.value, text.value))
    return sorted(found)


def kept_texts() -> list[tuple[str, str, bool]]:
    """(context, source, counted) of every ``Text("Context", "source", …)`` call below the
    GUI (core/i18n.py): the context and source are literal there
    (tests/unit/test_translatable_imports.py checks), ``counted`` when it has ``n=``."""
    found: set[tuple[str, str, bool]] = set()
    for folder in ("core", "export", "storage"):
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            source = path.read_text(encoding="utf-8")
            if "Text(" not in source:
                continue
            for node in ast.walk(parsed(path)):
                if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Text"):
                    continue
                texts = [a.value for a in node.args[:2] if isinstance(a, ast.Constant)]
                if len(texts) == 2 and all(isinstance(t, str) for t in texts):
                    counted = any(k.arg == "n" for k in node.keywords)
                    found.add((str(texts[0]), str(texts[1]), counted))
    return sorted(found)


def _declared_source(folder: Path) -> Path:
    """A Python file for lupdate: ``QT_TRANSLATE_NOOP`` marks for :func:`declared_texts` and
    the uncounted :func:`kept_texts`."""
    path = folder / "declared_texts.py"
    texts = [*declared_texts(), *((c, t) for c, t, counted in kept_texts() if not counted)]
    lines = [f"QT_TRANSLATE_NOOP({c!r}, {t!r})" for c, t in texts]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _counts_source(folder: Path) -> Path:
    """A Python file for lupdate restating :func:`translated_counts` as numerus texts, in a
    class named after each context. lupdate keeps the first mark of a text it meets, so this
    file goes first: its numerus mark wins over the plain ``translate()`` call."""
    path = folder / "declared_counts.py"
    lines = []
    for context, text in translated_counts():
        if not context.isidentifier():
            raise ValueError(f"A counted text's context must be a class name: {context!r}")
        lines += [f"class {context}:", "    def n(self, n):", f"        self.tr({text!r}, '', n)"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _lupdate_files(folder: Path) -> list[Path]:
    """Every file lupdate reads, the restated counts first (see :func:`_counts_source`)."""
    return [
        _counts_source(folder),
        *sources(),
        *marked_sources(),
        *forms(),
        _declared_source(folder),
    ]


def write_template(target: Path) -> None:
    """Write a fresh template to ``target`` (removed first: lupdate would merge into it)."""
    import tempfile

    target.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        _run_lupdate(_lupdate_files(Path(folder)), target)
    # lupdate reads a ``#:`` comment as a note for translators; here ``#:`` documents the
    # attribute below it, so keeping those would only make the template change with them.
    text = target.read_text(encoding="utf-8")
    target.write_text(re.sub(r"[ \t]*<extracomment>.*?</extracomment>\n", "", text, flags=re.S))


def update_english(target: Path) -> list[str]:
    """Bring the English plural forms at ``target`` up to date with the source: lupdate adds
    new numerus texts and drops gone ones, keeping the forms already written; a new text
    with "(s)" gets "1 day" / "2 days" forms. Returns the sources still without forms."""
    import tempfile
    import xml.etree.ElementTree as ET

    with tempfile.TemporaryDirectory() as folder:
        files = _lupdate_files(Path(folder))
        _run_lupdate(files, target, "-target-language", SOURCE_LANGUAGE, "-pluralonly")
    tree = ET.parse(target)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        if "(s)" in source:
            one, many = translation.findall("numerusform")
            one.text, many.text = english_forms(source)
            del translation.attrib["type"]
        else:
            missing.append(source)
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    target.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )
    return missing


def compile_english(source: Path, target: Path) -> None:
    """``pyside6-lrelease`` the English plural forms into the ``.qm`` the app loads; fails if
    a form is missing, so "(s)" never reaches a user."""
    import subprocess

    subprocess.run(
        [str(lrelease_path()), str(source), "-qm", str(target), "-fail-on-unfinished", "-silent"],
        check=True,
        capture_output=True,
    )


def _run_lupdate(files: list[Path], target: Path, *options: str) -> None:
    import subprocess

    subprocess.run(
        [
            str(lupdate_path()),
            *(str(p) for p in files),
            "-ts",
            str(target),
            "-source-language",
            SOURCE_LANGUAGE,
            "-locations",
            "none",
            "-no-obsolete",
            "-silent",
            *options,
        ],
        check=True,
        capture_output=True,
    )


def main() -> None:
    write_template(TEMPLATE)
    print(TEMPLATE)
    missing = update_english(ENGLISH)
    print(ENGLISH)
    if missing:
        sys.exit(
            f"Write the English singular and plural forms in {ENGLISH.name} for: "
            + "; ".join(missing)
        )
    compile_english(ENGLISH, ENGLISH_QM)
    print(ENGLISH_QM)


if __name__ == "__main__":
    main()
