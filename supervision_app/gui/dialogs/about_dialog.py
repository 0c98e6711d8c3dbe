"""Help ▸ About: what this is, its licence, the versions in use and where the journal lives.

The versions are what support needs to reproduce a problem; the journal's path tells the
user which file to back up. Every value is selectable so it can be copied into a message.
"""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from supervision_app import APP_NAME, __version__
from supervision_app.gui.icon import app_icon
from supervision_app.storage.versions import sqlcipher_version, sqlite_version

LICENCE = "GPL-3.0-or-later"
LICENCE_URL = "https://www.gnu.org/licenses/gpl-3.0.html"


@dataclass(frozen=True)
class Versions:
    app: str
    qt: str
    pyside: str
    sqlcipher: str
    sqlite: str
    python: str

    @classmethod
    def in_use(cls) -> Versions:
        return cls(
            app=__version__,
            qt=qVersion(),
            pyside=PySide6.__version__,
            sqlcipher=sqlcipher_version(),
            sqlite=sqlite_version(),
            python=f"{platform.python_version()} ({sys.platform})",
        )


def _value(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setAccessibleName(name)
    label.setWordWrap(True)
    return label


class AboutDialog(QDialog):
    def __init__(self, vault_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self.versions = Versions.in_use()
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAccessibleName(self.tr("Icon"))
        heading = QLabel(f"<b>{APP_NAME}</b> {__version__}")
        heading.setAccessibleName(self.tr("Name and version"))
        summary = QLabel(
            self.tr(
                "An encrypted reflective journal and supervision notebook for social care "
                "practitioners. Your entries stay on this computer unless you export them."
            )
        )
        summary.setWordWrap(True)
        self.licence = QLabel(
            self.tr(
                'Free software under the <a href="{url}">GNU General Public License</a>, '
                "version 3 or (at your option) any later version ({spdx}). It comes with "
                "no warranty."
            ).format(url=LICENCE_URL, spdx=LICENCE)
        )
        self.licence.setWordWrap(True)
        self.licence.setOpenExternalLinks(True)
        self.licence.setAccessibleName(self.tr("Licence"))

        form = QFormLayout()
        v = self.versions
        self.fields: dict[str, QLabel] = {}
        for key, label, value in (
            ("journal", self.tr("Journal file"), str(vault_path)),
            ("qt", self.tr("Qt"), v.qt),
            ("pyside", self.tr("PySide6"), v.pyside),
            ("sqlcipher", self.tr("SQLCipher"), f"{v.sqlcipher} (SQLite {v.sqlite})"),
            ("python", self.tr("Python"), v.python),
        ):
            self.fields[key] = _value(value, label)
            form.addRow(label + ":", self.fields[key])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        top = QVBoxLayout()
        top.addWidget(icon, alignment=Qt.AlignmentFlag.AlignHCenter)
        top.addWidget(heading, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(top)
        layout.addWidget(summary)
        layout.addWidget(self.licence)
        layout.addLayout(form)
        layout.addWidget(buttons)
        layout.setSpacing(12)
        # Word-wrapped labels: give them a reading width and size the dialog to fit them.
        for paragraph in (summary, self.licence):
            paragraph.setMinimumWidth(460)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetFixedSize)

    def details(self) -> str:
        """Plain text of what the dialog shows, for a test or a support message."""
        lines = [f"{APP_NAME} {__version__}", f"{self.licence.accessibleName()}: {LICENCE}"]
        lines += [
            f"{self.fields[k].accessibleName()}: {self.fields[k].text()}" for k in self.fields
        ]
        return "\n".join(lines)
