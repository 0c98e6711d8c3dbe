"""First run: a short welcome that creates the journal and asks three things about you.

Pages: where the journal lives; the passphrase (creates the vault, a commit page: no way
back to a vault half made); your name, role and regulator (stored encrypted in the vault);
and an offer of a guided first reflection. Every page is usable by keyboard alone
(Alt+N / Enter for Next, the fields' Alt letters).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from supervision_app import APP_NAME
from supervision_app.core.errors import JournalError
from supervision_app.core.regulators import DEFAULT_REGULATOR, default_regulators
from supervision_app.core.settings import OWNER_ROLE_CHOICES
from supervision_app.gui import texts
from supervision_app.gui.common.errors import error_text
from supervision_app.gui.theme import set_tone
from supervision_app.gui.welcome.passphrase_page import PassphrasePage
from supervision_app.storage.vault import Vault


def _wrapped(text: str, tone: str | None = None) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if tone:
        set_tone(label, tone)
    return label


class PlacePage(QWizardPage):
    def __init__(self, wizard: WelcomeWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Welcome to {app}").format(app=APP_NAME))
        self.setSubTitle(
            self.tr(
                "A private place for your reflections and supervision notes. It takes a "
                "minute to set up."
            )
        )
        self.path = QLineEdit(str(wizard.path))
        self.path.setReadOnly(True)
        self.path.setAccessibleName(self.tr("Where your journal is saved"))
        self.change = QPushButton(self.tr("&Change…"))
        self.change.setAccessibleName(self.tr("Choose where to save your journal"))
        self.change.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.change)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _wrapped(
                self.tr(
                    "Everything you write is kept in one encrypted file on this computer. "
                    "Nothing is sent anywhere unless you export it."
                )
            )
        )
        where = QLabel(self.tr("&Your journal will be saved as:"))
        where.setBuddy(self.path)
        layout.addWidget(where)
        layout.addLayout(row)
        layout.addWidget(
            _wrapped(self.tr("Back this file up like any other important document."), "muted")
        )
        layout.addStretch(1)

    def _choose(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save your journal as"),
            str(self._wizard.path),
            self.tr("Supervision Journal (*.sjvault);;All files (*)"),
        )
        if name:
            self._wizard.path = Path(name)
            self.path.setText(name)


class AboutYouPage(QWizardPage):
    def __init__(self, wizard: WelcomeWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("About you"))
        self.setSubTitle(
            self.tr("Kept encrypted in your journal. You can change these later in Preferences.")
        )
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setPlaceholderText(self.tr("As you sign supervision records, e.g. A. Smith"))
        self.roles = QButtonGroup(self)
        role_box = QWidget()
        role_layout = QVBoxLayout(role_box)
        role_layout.setContentsMargins(0, 0, 0, 0)
        for i, (value, label) in enumerate(OWNER_ROLE_CHOICES):
            button = QRadioButton(self.tr(label))
            button.setProperty("role", value)
            button.setChecked(i == 0)
            self.roles.addButton(button, i)
            role_layout.addWidget(button)
        self.regulator = QComboBox()
        self.regulator.setAccessibleName(self.tr("Your regulator"))
        # The regulators are data (resources/regulators); more than one, with roles and
        # registration dates, can be set later in Preferences ▸ CPD and exports.
        for regulator in default_regulators().values():
            self.regulator.addItem(regulator.name, regulator.id)
        self.regulator.setCurrentIndex(max(self.regulator.findData(DEFAULT_REGULATOR), 0))
        self.error = _wrapped("", "error")
        self.error.hide()
        form = QFormLayout(self)
        name_label = QLabel(self.tr("Your &name:"))
        name_label.setBuddy(self.name)
        form.addRow(name_label, self.name)
        form.addRow(self.tr("You are:"), role_box)
        reg_label = QLabel(self.tr("Re&gulator:"))
        reg_label.setBuddy(self.regulator)
        form.addRow(reg_label, self.regulator)
        form.addRow(
            "",
            _wrapped(
                self.tr("Your regulator sets the CPD rules and the registration year shown."),
                "muted",
            ),
        )
        form.addRow(self.error)

    def role(self) -> str:
        button = self.roles.checkedButton()
        return str(button.property("role")) if button else OWNER_ROLE_CHOICES[0][0]

    def validatePage(self) -> bool:  # noqa: N802
        vault = self._wizard.vault()
        if vault is None:
            return False
        try:
            with vault.transaction():
                # One name for sign-off and exported portfolios (storage/cpd: owner's name).
                vault.supervision.owner.set_name(self.name.text())
                vault.supervision.owner.set_role(self.role())
                vault.settings.set("regulator", [self.regulator.currentData()])
        except JournalError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return False
        return True


class FinishPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your journal is ready"))
        self.guided = QCheckBox(self.tr("Start with a &guided first reflection"))
        self.guided.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _wrapped(
                self.tr(
                    "A guided reflection walks you through a reflective model (Gibbs, Kolb "
                    "and others) one question at a time, and can link what you write to your "
                    "professional standards."
                )
            )
        )
        layout.addWidget(self.guided)
        layout.addWidget(
            _wrapped(
                self.tr(
                    "Your home page shows a prompt for today, supervision actions and your "
                    "CPD progress. Press Ctrl+0 for it at any time, Ctrl+1 for all entries."
                ),
                "muted",
            )
        )
        layout.addStretch(1)


class WelcomeWizard(QWizard):
    """Creates the vault through ``create(path, passphrase)`` and then reads ``vault()``."""

    def __init__(
        self,
        path: Path,
        create: Callable[[Path, str], None],
        vault: Callable[[], Vault | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(texts.tr(texts.CREATE_TITLE))
        self.setModal(True)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.path = path
        self._create = create
        self.vault = vault
        self.place_page = PlacePage(self)
        self.passphrase_page = PassphrasePage(
            lambda p: self._create(self.path, p), lambda: self.vault() is not None
        )
        self.passphrase_page.setCommitPage(True)
        self.passphrase_page.setButtonText(
            QWizard.WizardButton.CommitButton, self.tr("&Create journal")
        )
        self.about_page = AboutYouPage(self)
        self.finish_page = FinishPage()
        for page in (self.place_page, self.passphrase_page, self.about_page, self.finish_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Start"))
        self.resize(640, 520)

    # The passphrase fields under the names the unlock dialog uses (tests, benchmarks).
    @property
    def passphrase(self) -> QLineEdit:
        return self.passphrase_page.passphrase

    @property
    def repeat(self) -> QLineEdit:
        return self.passphrase_page.repeat

    @property
    def error(self) -> QLabel:
        return self.passphrase_page.error

    @property
    def warning(self) -> QLabel:
        return self.passphrase_page.warning

    def wants_guided(self) -> bool:
        return self.finish_page.guided.isChecked()

    def reject(self) -> None:
        """Cancel before the journal exists quits; after, it only skips the questions."""
        if self.vault() is not None:
            self.accept()
            return
        super().reject()
