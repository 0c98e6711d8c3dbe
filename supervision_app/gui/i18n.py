"""The translation template: every GUI string, as ``pyside6-lupdate`` finds it.

``python -m supervision_app.gui.i18n`` (``./dev i18n``) rewrites
``resources/translations/supervision_journal.ts``; a test checks it is current, so a string
added without ``tr()`` (or under a context Qt never looks up) shows in review. Locations are
left out so the template changes only when the text does, not when lines move.

Texts declared as data in ``core`` (the settings registry, the role choices, the strength
labels) are shown through ``self.tr(variable)``, which lupdate cannot read: they are added
from :func:`declared_texts` under the context of the class that looks them up.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent
TEMPLATE = PACKAGE / "resources" / "translations" / "supervision_journal.ts"
SOURCE_LANGUAGE = "en_GB"


def sources() -> list[Path]:
    """The modules that hold user-facing Qt text: the GUI layer and the composition root."""
    return sorted((PACKAGE / "gui").rglob("*.py")) + [PACKAGE / "app.py"]


def forms() -> list[Path]:
    """The Qt Designer files (``ui/*.ui``): lupdate reads their texts from the ``.ui`` itself,
    filed under the form's class name (e.g. "AgreementForm"), the context the generated
    ``Ui_*.retranslateUi`` looks them up with; it finds nothing in the generated modules."""
    return sorted((PACKAGE.parent / "ui").glob("*.ui"))


def lupdate_path() -> Path:
    """``pyside6-lupdate`` beside the running interpreter (the project's virtual environment)."""
    return Path(sys.executable).parent / "pyside6-lupdate"


def declared_texts() -> list[tuple[str, str]]:
    """(context, text) for every text kept as data in ``core`` and translated by the class
    that shows it: setting labels, explanations, groups and choices (PreferencesDialog), the
    first run's role choices (AboutYouPage) and the strength words (PassphrasePage)."""
    from supervision_app.core.settings import OWNER_ROLE_CHOICES, registry
    from supervision_app.core.strength import GENERAL_ADVICE, LABELS

    found: list[tuple[str, str]] = []
    for s in registry().values():
        found += [("PreferencesDialog", t) for t in (s.group, s.label, s.explanation)]
        found += [("PreferencesDialog", label) for _stored, label in s.choices or ()]
    found += [("AboutYouPage", label) for _value, label in OWNER_ROLE_CHOICES]
    found += [("PassphrasePage", t) for t in (*LABELS, *GENERAL_ADVICE)]
    return sorted(set(found))  # sorted: the registry's order depends on import order


def _declared_source(folder: Path) -> Path:
    """A Python file of ``QT_TRANSLATE_NOOP`` marks for :func:`declared_texts` (for lupdate)."""
    path = folder / "declared_texts.py"
    lines = [f"QT_TRANSLATE_NOOP({c!r}, {t!r})" for c, t in declared_texts()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_template(target: Path) -> None:
    """Write a fresh template to ``target`` (removed first: lupdate would merge into it)."""
    target.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        _run_lupdate([*sources(), *forms(), _declared_source(Path(folder))], target)
    # lupdate reads a ``#:`` comment as a note for translators; here ``#:`` documents the
    # attribute below it, so keeping those would only make the template change with them.
    text = target.read_text(encoding="utf-8")
    target.write_text(re.sub(r"[ \t]*<extracomment>.*?</extracomment>\n", "", text, flags=re.S))


def _run_lupdate(files: list[Path], target: Path) -> None:
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
        ],
        check=True,
        capture_output=True,
    )


def main() -> None:
    write_template(TEMPLATE)
    print(TEMPLATE)


if __name__ == "__main__":
    main()
