"""Compile every ``ui/*.ui`` into ``supervision_app/gui/forms/ui_<name>.py`` (``./dev forms``).

``python -m supervision_app.gui.forms.compile [--check]``: with ``--check`` nothing is
written and the exit status says whether the committed modules are in sync.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
UI_DIR = REPO / "ui"
FORMS_DIR = Path(__file__).resolve().parent
#: uic writes its version into a comment; a newer PySide6 must not make the forms "stale".
VERSION_LINE = re.compile(r"^## Created by: Qt User Interface Compiler version .*$", re.M)


def uic() -> str:
    beside = Path(sys.executable).parent / "pyside6-uic"
    found = str(beside) if beside.exists() else shutil.which("pyside6-uic")
    if found is None:
        raise SystemExit("pyside6-uic not found: install PySide6 into this environment")
    return found


def module_for(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def compiled(ui_file: Path) -> str:
    """What pyside6-uic makes of ``ui_file`` now."""
    result = subprocess.run(
        [uic(), str(ui_file)], capture_output=True, text=True, check=True, cwd=REPO
    )
    return result.stdout


def normalised(text: str) -> str:
    return VERSION_LINE.sub("## Created by: Qt User Interface Compiler", text)


def ui_files() -> list[Path]:
    return sorted(UI_DIR.glob("*.ui"))


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for ui_file in ui_files():
        target = module_for(ui_file)
        text = compiled(ui_file)
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if normalised(text) == normalised(current):
            continue
        stale.append(target.name)
        if not check:
            target.write_text(text, encoding="utf-8")
            print(f"wrote {target.relative_to(REPO)}")
    if check and stale:
        print("out of date (run ./dev forms): " + ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
