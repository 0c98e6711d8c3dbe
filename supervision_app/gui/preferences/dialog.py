"""One Preferences dialog, generated from the declared settings, one tab per group.

Each declared setting gets a control from its type (tick box, number, list of choices, font)
with its label, its explanation as tooltip and accessible description, and a QLabel buddy
so Qt derives the accessible name. Settings a feature edits with its own form
(``generated=False``: the CPD page) are left to that form, shown here as a tab.
Saving writes through :class:`PreferencesStore`, whose ``changed`` signal applies each
change at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.errors import JournalError
from supervision_app.core.settings import Setting, groups
from supervision_app.gui.common.errors import error_text
from supervision_app.gui.cpd.settings_dialog import CpdSettingsDialog, SettingsDraft
from supervision_app.gui.preferences.store import PreferencesStore
from supervision_app.gui.theme import set_tone

Control = QCheckBox | QComboBox | QSpinBox | QLineEdit


def make_control(s: Setting, value: Any, tr: Any) -> Control:
    """The control for one declared setting, showing ``value``."""
    control: Control
    if s.type is bool:
        control = QCheckBox(tr(s.label))
        control.setChecked(bool(value))
    elif s.type is int:
        control = QSpinBox()
        control.setRange(s.minimum or 0, s.maximum if s.maximum is not None else 10**6)
        control.setValue(int(value))
    elif s.choices is not None:
        control = QComboBox()
        for stored, label in s.choices:
            control.addItem(tr(label), stored)
        current = value[0] if isinstance(value, list) and value else value
        control.setCurrentIndex(max(control.findData(current), 0))
    elif s.key == "editor_font":
        control = QComboBox()
        control.addItem(QCoreApplication.translate("PreferencesDialog", "System standard font"), "")
        for family in QFontDatabase.families():
            control.addItem(family, family)
        control.setCurrentIndex(max(control.findData(value), 0))
    else:
        control = QLineEdit(str(value or ""))
    control.setAccessibleName(tr(s.label))
    control.setAccessibleDescription(tr(s.explanation))
    control.setToolTip(tr(s.explanation))
    return control


def set_control_value(control: Control, value: Any) -> None:
    """Show ``value`` in a control made by :func:`make_control` (a draft put back)."""
    if isinstance(control, QCheckBox):
        control.setChecked(bool(value))
    elif isinstance(control, QSpinBox):
        control.setValue(int(value))
    elif isinstance(control, QComboBox):
        current = value[0] if isinstance(value, list) and value else value
        control.setCurrentIndex(max(control.findData(current), 0))
    else:
        control.setText(str(value or ""))


def control_value(s: Setting, control: Control) -> Any:
    if isinstance(control, QCheckBox):
        return control.isChecked()
    if isinstance(control, QSpinBox):
        return control.value()
    if isinstance(control, QComboBox):
        data = control.currentData()
        return [data] if s.type is list else data
    return control.text().strip()


class PreferencesDialog(QDialog):
    def __init__(self, store: PreferencesStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.store = store
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Preference groups"))
        self.controls: dict[str, tuple[Setting, Control]] = {}
        vault = store.vault()
        for group, settings in groups().items():
            shown = [s for s in settings if s.generated and (s.scope == "app" or vault)]
            if shown:
                self.tabs.addTab(self._page(shown), self.tr(group))
        self.cpd_page: CpdSettingsDialog | None = None
        if vault is not None:
            # The CPD form keeps its own checks (year end, never-export list, regulator);
            # as a plain child widget it is one tab here, and this dialog's buttons save it.
            page = CpdSettingsDialog(vault, self)
            page.setWindowFlags(Qt.WindowType.Widget)
            page.buttons.hide()
            self.cpd_page = page
            self.tabs.addTab(page, self.tr("CPD and exports"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Preferences problem"))
        set_tone(self.message, "error")
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(760, 560)

    def _page(self, settings: list[Setting]) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for s in settings:
            control = make_control(s, self.store.get(s.key), self.tr)
            self.controls[s.key] = (s, control)
            note = QLabel(self.tr(s.explanation))
            note.setWordWrap(True)
            note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            set_tone(note, "muted")
            if isinstance(control, QCheckBox):
                form.addRow(control)
            else:
                label = QLabel(self.tr(s.label))
                label.setBuddy(control)
                form.addRow(label, control)
            form.addRow("", note)
        return page

    def show_tab(self, title: str) -> None:
        for i in range(self.tabs.count()):
            if self.tabs.tabText(i) == self.tr(title):
                self.tabs.setCurrentIndex(i)

    def control(self, key: str) -> Control:
        return self.controls[key][1]

    def draft(self) -> tuple[dict[str, Any], SettingsDraft | None]:
        """Every value as entered, kept through a lock (gui/common/drafts.py)."""
        values = {key: control_value(s, c) for key, (s, c) in self.controls.items()}
        return values, self.cpd_page.draft() if self.cpd_page is not None else None

    def restore_draft(self, draft: tuple[dict[str, Any], SettingsDraft | None]) -> None:
        values, cpd = draft
        for key, value in values.items():
            if key in self.controls:
                set_control_value(self.controls[key][1], value)
        if cpd is not None and self.cpd_page is not None:
            self.cpd_page.restore_draft(cpd)

    def save(self) -> None:
        """Check everything first, then store it: a refusal stores nothing."""
        try:
            cpd = self.cpd_page.settings() if self.cpd_page is not None else None
        except ValueError as error:
            self._refuse(error_text(error), self.cpd_page)
            return
        values = {key: control_value(s, c) for key, (s, c) in self.controls.items()}
        for key, value in values.items():
            if not self.controls[key][0].coerce(value)[1]:
                self._refuse(self.tr("{label}: choose another value.").format(label=key), None)
                return
        try:
            for key, value in values.items():
                self.store.set(key, value)
            vault = self.store.vault()
            if cpd is not None and vault is not None:
                vault.cpd_settings.save(cpd)
        except (ValueError, JournalError) as error:
            self._refuse(error_text(error), None)
            return
        self.accept()

    def _refuse(self, text: str, page: QWidget | None) -> None:
        if page is not None:
            self.tabs.setCurrentWidget(page)
            if isinstance(page, CpdSettingsDialog):
                from supervision_app.gui.cpd.widgets import show_message

                show_message(page.message, text)
                return
        self.message.setText(text)
        self.message.show()
