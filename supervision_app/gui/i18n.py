"""The translation template: every GUI string, as ``pyside6-lupdate`` finds it.

``python -m supervision_app.gui.i18n`` (``./dev i18n``) rewrites
``resources/translations/supervision_journal.ts``; a test checks it is current, so a string
added without ``tr()`` (or under a context Qt never looks up) shows in review. Locations are
left out so the template changes only when the text does, not when lines move.
"""

from __future__ import annotations

import re
import subprocess
import sys
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


def write_template(target: Path) -> None:
    """Write a fresh template to ``target`` (removed first: lupdate would merge into it)."""
    target.unlink(missing_ok=True)
    subprocess.run(
        [
            str(lupdate_path()),
            *(str(p) for p in sources() + forms()),
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
    # lupdate reads a ``#:`` comment as a note for translators; here ``#:`` documents the
    # attribute below it, so keeping those would only make the template change with them.
    text = target.read_text(encoding="utf-8")
    target.write_text(re.sub(r"[ \t]*<extracomment>.*?</extracomment>\n", "", text, flags=re.S))


def main() -> None:
    write_template(TEMPLATE)
    print(TEMPLATE)


if __name__ == "__main__":
    main()
