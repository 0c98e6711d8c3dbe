"""Preferences for CPD and exports, kept encrypted in the vault (never in QSettings).

Your name for cover pages, the never-export list for the anonymisation check, the end of
the registration year, and your regulator(s) (see ``regulator_form.py``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.cpd.settings import CpdSettings
from supervision_app.core.cpd.year import DEFAULT_YEAR_END, validate_year_end
from supervision_app.core.errors import JournalError
from supervision_app.core.i18n import month_name
from supervision_app.gui.common.errors import error_text
from supervision_app.gui.cpd.regulator_form import RegulatorForm
from supervision_app.gui.cpd.widgets import (
    message_label,
    show_message,
    text_box,
)
from supervision_app.storage.vault import Vault

MAX_NEVER_EXPORT = 2000


#: A regulator's row as entered: its id, ticked, the role chosen and the period start.
RegulatorDraft = tuple[str, bool, object, dt.date | None]
#: The form as entered: name, never-export text, year end (month, day), regulators.
SettingsDraft = tuple[str, str, tuple[int, int], tuple[RegulatorDraft, ...]]


class CpdSettingsDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._vault = vault
        settings = vault.cpd_settings.load()

        self.name = QLineEdit(settings.practitioner_name)
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setPlaceholderText(self.tr("As it should appear on exported portfolios"))
        self.never_export = text_box(
            self.tr("Never export"),
            self.tr("Names and words the check always flags, one per line"),
            lines=5,
        )
        self.never_export.setPlainText("\n".join(settings.never_export))
        self.end_day = QSpinBox()
        self.end_day.setRange(1, 31)
        self.end_day.setAccessibleName(self.tr("Last day of the registration year"))
        self.end_month = QComboBox()
        self.end_month.setAccessibleName(self.tr("Month the registration year ends in"))
        for month in range(1, 13):
            self.end_month.addItem(month_name(month, QCoreApplication.translate), month)
        self._set_year_end(settings.year_end)
        self.swe_button = QPushButton(self.tr("Social Work England (30 November)"))
        self.swe_button.clicked.connect(lambda: self._set_year_end(DEFAULT_YEAR_END))
        self.regulators = RegulatorForm(settings)
        dismissed = len(vault.dismissals.all())
        self.forget_button = QPushButton(
            self.tr("Ask again about %n finding(s) marked as fine", "", dismissed)
        )
        self.forget_button.setEnabled(dismissed > 0)
        self.forget_button.clicked.connect(self._forget_dismissals)
        self.message = message_label(self.tr("Preferences problem"))
        if settings.problems:
            show_message(
                self.message,
                self.tr("Some stored settings could not be read and were reset: {names}.").format(
                    names=", ".join(settings.problems)
                ),
            )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        end_row = QHBoxLayout()
        end_row.addWidget(self.end_day)
        end_row.addWidget(self.end_month)
        end_row.addWidget(self.swe_button)
        end_row.addStretch(1)
        name_label = QLabel(self.tr("Your &name"))
        name_label.setBuddy(self.name)
        form.addRow(name_label, self.name)
        never = QWidget()
        never_layout = QVBoxLayout(never)
        never_layout.setContentsMargins(0, 0, 0, 0)
        never_layout.addWidget(self.never_export)
        never_layout.addWidget(
            self._note(
                self.tr(
                    "The anonymisation check flags these wherever they appear, e.g. first "
                    "names of the people you work with. Kept encrypted in your journal."
                )
            )
        )
        never_label = QLabel(self.tr("Ne&ver export"))
        never_label.setBuddy(self.never_export)
        form.addRow(never_label, never)
        year_label = QLabel(self.tr("Registration year &ends on"))
        year_label.setBuddy(self.end_day)
        form.addRow(year_label, end_row)
        regulators_label = QLabel(self.tr("Your re&gulator"))
        regulators_label.setBuddy(next(iter(self.regulators.rows.values())).box)
        # Under its label, the whole width: beside it, the regulators' rows made the
        # Preferences dialog 894 pixels wide at the least.
        form.addRow(regulators_label)
        form.addRow(self.regulators)
        form.addRow(self.tr("Anonymisation check"), self.forget_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(760, 520)

    @staticmethod
    def _note(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def _set_year_end(self, end: tuple[int, int]) -> None:
        month, day = end
        self.end_month.setCurrentIndex(max(self.end_month.findData(month), 0))
        self.end_day.setValue(day)

    def _forget_dismissals(self) -> None:
        self._vault.dismissals.clear()
        self.forget_button.setText(self.tr("Every finding will be asked about again"))
        self.forget_button.setEnabled(False)

    def settings(self) -> CpdSettings:
        """The settings as entered; ``ValueError`` with a sentence for the user if not valid."""
        month, day = int(self.end_month.currentData()), self.end_day.value()
        try:
            validate_year_end(month, day, QCoreApplication.translate)
        except ValueError:
            raise ValueError(
                self.tr("{month} has no day {day}; choose another last day.").format(
                    month=month_name(month, QCoreApplication.translate), day=day
                )
            ) from None
        words = [w.strip() for w in self.never_export.toPlainText().splitlines() if w.strip()]
        if len(words) > MAX_NEVER_EXPORT:
            raise ValueError(
                self.tr("The never-export list can hold up to {n} lines.").format(
                    n=f"{MAX_NEVER_EXPORT:,}"
                )
            )
        regulators, roles, starts = self.regulators.values()
        return CpdSettings(
            practitioner_name=" ".join(self.name.text().split()),
            never_export=tuple(dict.fromkeys(words)),
            year_end=(month, day),
            regulators=regulators,
            roles=roles,
            period_starts=starts,
        )

    def draft(self) -> SettingsDraft:
        """The form as entered, valid or not, kept through a lock (gui/common/drafts.py)."""
        rows = tuple(
            (
                reg_id,
                row.box.isChecked(),
                row.role.currentData() if row.role is not None else None,
                row.start.value() if row.start is not None else None,
            )
            for reg_id, row in self.regulators.rows.items()
        )
        month, day = int(self.end_month.currentData()), self.end_day.value()
        return self.name.text(), self.never_export.toPlainText(), (month, day), rows

    def restore_draft(self, draft: SettingsDraft) -> None:
        name, never_export, year_end, rows = draft
        self.name.setText(name)
        self.never_export.setPlainText(never_export)
        self._set_year_end(year_end)
        for reg_id, checked, role, start in rows:
            row = self.regulators.rows[reg_id]
            row.box.setChecked(checked)
            if row.role is not None:
                row.role.setCurrentIndex(max(row.role.findData(role), 0))
            if row.start is not None and start is not None:
                row.start.set_value(start)

    def save(self) -> None:
        try:
            self._vault.cpd_settings.save(self.settings())
        except (ValueError, JournalError) as error:
            show_message(self.message, error_text(error))
            return
        self.accept()
