"""Import dialogs: choose a file (or folder), see what would be imported, import it all.

The whole source is read and checked when it is chosen; the count shown is what "Import"
writes, in one transaction. A bad source imports nothing, and the message names the line,
row, file or field of each problem. CSV files get a column-mapping step
(:class:`CsvImportDialog`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.i18n import rendered_all
from supervision_app.export.importers import FORMATS, ImportResult, InvalidImport, ReadEntries
from supervision_app.gui.common.errors import error_text
from supervision_app.gui.common.tasks import (
    Task,
    TaskControl,
    run_with_progress,
    was_cancelled,
)
from supervision_app.gui.cpd.widgets import heading, message_label, show_message
from supervision_app.storage.vault import Vault

#: Problems listed in the dialog (the message says how many more there are).
SHOWN_PROBLEMS = 8
#: The class's own context, not ``self.tr``: :class:`CsvImportDialog` inherits these
#: methods, and ``self.tr`` would look their text up under the subclass's name.
translate = QCoreApplication.translate
DESCRIPTIONS = {
    "jsonl": QT_TRANSLATE_NOOP(
        "ImportDialog",
        "A backup written by this app (Export ▸ Whole vault), or lines of JSON with a "
        "title, body, date, tags, minutes and kind. Entries already in your journal are kept.",
    ),
    "jrnl": QT_TRANSLATE_NOOP(
        "ImportDialog",
        "The file written by jrnl --export json. Tags lose their @ or #; starred entries "
        "get the tag 'starred'.",
    ),
    "dayone": QT_TRANSLATE_NOOP(
        "ImportDialog",
        "Day One's JSON export: the .zip file, or the Journal.json inside it. Photos "
        "and audio become encrypted evidence files; location and weather are kept in the text.",
    ),
    "markdown": QT_TRANSLATE_NOOP(
        "ImportDialog",
        "A folder of .md files (sub-folders too, an Obsidian vault too), one entry "
        "each. Front matter may give the title, date or created, updated, tags, kind and "
        "minutes; #tags in the text are kept. Templates are left out.",
    ),
    "csv": QT_TRANSLATE_NOOP(
        "ImportDialog",
        "A CSV file with a header row; you choose which column holds each field. A CSV "
        "exported by this app is read back into the same fields.",
    ),
}


def _start_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def problem_text(error: InvalidImport) -> str:
    """The first problems, one a line, and how many more (the vault was not changed), in the
    window's language (the importers' problems are core.i18n.Text)."""
    shown = rendered_all(error.problems[:SHOWN_PROBLEMS], translate)
    lines = [p.rstrip(".") + "." for p in shown]
    if error.total > len(shown):
        more = translate("ImportDialog", "… and {n} more.")
        lines.append(more.format(n=error.total - len(shown)))
    if len(lines) == 1:
        text = translate("ImportDialog", "Nothing was imported. {problem}")
        return text.format(problem=lines[0])
    text = translate("ImportDialog", "Nothing was imported. Problems found:")
    return text + "\n" + "\n".join(lines)


class ImportDialog(QDialog):
    """Import one format. ``imported`` carries the summary, e.g. "Imported 12 entries."."""

    imported = Signal(str)

    def __init__(self, fmt: str, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fmt = FORMATS[fmt]
        self._vault = vault
        self.read: ReadEntries | None = None
        self.ready = False
        #: Set by "Import the valid notes": bad notes are left out and listed.
        self.skip_invalid = False
        #: The check or import running on a worker thread (gui/common/tasks.py), if any.
        self.task: Task | None = None
        self._check_again = False
        self.setWindowTitle(
            translate("ImportDialog", "Import: {label}").format(
                label=translate("ImportDialog", self.fmt.label)
            )
        )
        intro = QLabel(translate("ImportDialog", str(DESCRIPTIONS.get(fmt, ""))))
        intro.setWordWrap(True)
        self.path = QLineEdit()
        self.path.setAccessibleName(
            translate("ImportDialog", "Folder to import")
            if self.fmt.folder
            else translate("ImportDialog", "File to import")
        )
        self.path.setPlaceholderText(
            translate("ImportDialog", "Choose a folder…")
            if self.fmt.folder
            else translate("ImportDialog", "Choose a file…")
        )
        self.browse_button = QPushButton(translate("ImportDialog", "&Choose…"))
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(translate("ImportDialog", "What would be imported"))
        self.message = message_label(translate("ImportDialog", "Import problem"))
        self.skip_button = QPushButton()
        self.skip_button.setAccessibleName(translate("ImportDialog", "Import the valid notes only"))
        self.skip_button.setVisible(False)
        self.dropped = QPlainTextEdit()
        self.dropped.setReadOnly(True)
        self.dropped.setAccessibleName(translate("ImportDialog", "What is left out"))
        self.dropped.setMaximumHeight(110)
        self.dropped.setVisible(False)
        self.import_button = QPushButton(translate("ImportDialog", "&Import"))
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)
        self.close_button = QPushButton(translate("ImportDialog", "Cancel"))

        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse_button)
        self.body = QVBoxLayout()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.windowTitle(), 1.2))
        layout.addWidget(intro)
        layout.addLayout(path_row)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.preview)
        layout.addWidget(self.dropped)
        layout.addWidget(self.message)
        layout.addWidget(self.skip_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(buttons)
        self.resize(620, 260)

        self.browse_button.clicked.connect(self.browse)
        self.path.returnPressed.connect(lambda: self.choose(Path(self.path.text())))
        self.import_button.clicked.connect(self.run_import)
        self.close_button.clicked.connect(self.reject)
        self.skip_button.clicked.connect(self.import_valid_only)

    # -- choosing --------------------------------------------------------------------------

    def browse(self) -> None:
        if self.fmt.folder:
            name = QFileDialog.getExistingDirectory(self, self.windowTitle(), _start_folder())
        else:
            patterns = " ".join(self.fmt.patterns)
            name, _filter = QFileDialog.getOpenFileName(
                self,
                self.windowTitle(),
                _start_folder(),
                f"{translate('ImportDialog', self.fmt.label)} ({patterns})",
            )
        if name:
            self.choose(Path(name))

    def choose(self, path: Path) -> None:
        """Read and check ``path``; say what would be imported, or what is wrong."""
        self.path.setText(str(path))
        self.ready = False
        self.skip_invalid = False
        self.import_button.setEnabled(False)
        self.preview.clear()
        show_message(self.message, "")
        if self.fmt.folder and not path.is_dir():
            show_message(
                self.message,
                translate("ImportDialog", "There is no folder at {path}.").format(path=path),
            )
            return
        if not self.fmt.folder and not path.is_file():
            show_message(
                self.message,
                translate("ImportDialog", "There is no file at {path}.").format(path=path),
            )
            return
        self.check()

    def import_valid_only(self) -> None:
        """Leave the notes with problems out (each is listed) and import the rest."""
        self.skip_invalid = True
        show_message(self.message, "")
        self.check()

    def _show_dropped(self, lines: list[str]) -> None:
        """The items left out (or every problem), in the window's language."""
        self.dropped.setPlainText("\n".join(rendered_all(lines, translate)))
        self.dropped.setVisible(bool(lines))

    def check(self) -> None:
        """Read and check the whole source on a worker thread (progress and Cancel)."""
        if self.task is not None:
            self._check_again = True  # after the one running: the choices have changed
            return
        self.skip_button.setVisible(False)
        self._show_dropped([])
        path = Path(self.path.text())
        self._start(
            translate("ImportDialog", "Checking {name}…").format(name=path.name),
            lambda control: self._checked(control, path),
            self._show_check,
            checking=True,
        )

    def _checked(self, control: TaskControl, path: Path) -> ImportResult:
        control.check()
        return self.dry_run(path)

    def _show_check(self, result: ImportResult) -> None:
        if self._check_again:
            self._check_again = False
            self.check()
            return
        summary = result.summary(translate, ready=True)
        self.preview.setText(summary)
        self._show_dropped(result.dropped)
        self.ready = result.entries > 0 or bool(result.records)
        if not self.ready:
            self.preview.setText(
                translate("ImportDialog", "There is nothing to import in this source.")
            )
        self.import_button.setEnabled(self.ready)

    def _start(
        self,
        label: str,
        work: Callable[[TaskControl], ImportResult],
        done: Callable[[ImportResult], None],
        *,
        checking: bool = False,
    ) -> bool:
        if self.task is not None:
            return False

        def finished(result: object) -> None:
            self.task = None
            assert isinstance(result, ImportResult)
            done(result)

        self.task = run_with_progress(
            self,
            self.windowTitle(),
            label,
            work,
            on_done=finished,
            on_failed=lambda error: self._failed(error, checking=checking),
            interrupt=self._vault.conn.interrupt,
        )
        return True

    def _failed(self, error: BaseException, *, checking: bool = False) -> None:
        self.task = None
        if self._check_again:
            self._check_again = False
            self.check()
            return
        if isinstance(error, InvalidImport):
            show_message(self.message, problem_text(error))
            if checking:
                self._invalid(error)
        elif was_cancelled(error):
            show_message(
                self.message, translate("ImportDialog", "Cancelled: nothing was imported.")
            )
        elif isinstance(error, OSError) and checking:
            show_message(
                self.message,
                translate("ImportDialog", "{path} could not be read ({reason}).").format(
                    path=self.path.text(), reason=error.strerror or error
                ),
            )
        elif isinstance(error, OSError):
            show_message(
                self.message,
                translate("ImportDialog", "Nothing was imported ({reason}).").format(
                    reason=error.strerror or error
                ),
            )
        else:
            show_message(
                self.message,
                translate("ImportDialog", "Nothing was imported ({reason}).").format(
                    reason=error_text(error)
                ),
            )

    def _invalid(self, error: InvalidImport) -> None:
        if len(error.problems) > SHOWN_PROBLEMS:  # every one, in a list that scrolls
            self._show_dropped(error.problems)
        if self.fmt.name == "markdown" and error.valid:
            # translate(), not self.tr(): CsvImportDialog inherits this (see gui/i18n.py).
            self.skip_button.setText(
                translate(
                    "ImportDialog",
                    "Import the %n valid note(s) and list the others",
                    "",
                    error.valid,
                )
            )
            self.skip_button.setVisible(True)
        self.problem(error)

    def problem(self, error: InvalidImport) -> None:
        """A hook for subclasses (the CSV dialog asks for the order of dates)."""

    def dry_run(self, path: Path) -> ImportResult:
        """Check the whole source; the entries read are kept for :meth:`run_import`."""
        if self.fmt.name == "jsonl":
            from supervision_app.storage.jsonl.restore import import_jsonl

            return import_jsonl(self._vault, path, dry_run=True)
        from supervision_app.export.importers import read_entries
        from supervision_app.storage.bulk import local_today, write_entries

        self.read = read_entries(
            self.fmt.name, path, today=local_today(self._vault), skip_invalid=self.skip_invalid
        )
        return write_entries(self._vault, self.read, dry_run=True)

    # -- importing -------------------------------------------------------------------------

    def run_import(self) -> bool:
        """Start importing on a worker thread; False if there is nothing ready."""
        if not self.ready:
            return False
        path = Path(self.path.text())

        def work(control: TaskControl) -> ImportResult:
            control.check()
            return self.write(path)

        self.import_button.setEnabled(False)
        return self._start(
            translate("ImportDialog", "Importing {name}…").format(name=path.name), work, self._done
        )

    def _done(self, result: ImportResult) -> None:
        summary = result.summary(translate)
        self.preview.setText(summary)
        self._show_dropped(result.dropped)
        self.ready = False
        self.import_button.setEnabled(False)
        self.close_button.setText(translate("ImportDialog", "Close"))
        self.imported.emit(summary)

    def write(self, path: Path) -> ImportResult:
        if self.fmt.name == "jsonl":
            from supervision_app.storage.jsonl.restore import import_jsonl

            return import_jsonl(self._vault, path)
        from supervision_app.storage.bulk import write_entries

        assert self.read is not None
        return write_entries(self._vault, self.read)


def make_import_dialog(fmt: str, vault: Vault, parent: QWidget | None = None) -> ImportDialog:
    if fmt == "csv":
        from supervision_app.gui.cpd.csv_import_dialog import CsvImportDialog

        return CsvImportDialog(vault, parent)
    return ImportDialog(fmt, vault, parent)
