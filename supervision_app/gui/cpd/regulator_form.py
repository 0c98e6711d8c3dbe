"""The regulators part of the preferences: which regulator(s), your role, your period.

One row per regulator from ``resources/regulators``: a check box, a role (when the
regulator's rule depends on it) and the day the current registration period started (when
the period runs from the person's own registration date). More than one can be ticked, for
people registered in more than one nation; the first ticked is the one the CPD year's
checklist and exports follow.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QWidget,
)

from supervision_app.core.cpd.settings import CpdSettings
from supervision_app.core.regulators import Regulator, default_regulators
from supervision_app.gui.common.dates import DateField


@dataclass
class _Row:
    regulator: Regulator
    box: QCheckBox
    role: QComboBox | None
    start: DateField | None


class RegulatorForm(QWidget):
    def __init__(self, settings: CpdSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: dict[str, _Row] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for n, regulator in enumerate(default_regulators().values()):
            box = QCheckBox(regulator.name)
            box.setAccessibleName(self.tr("Registered with {name}").format(name=regulator.name))
            box.setToolTip(regulator.registers)
            box.setChecked(regulator.id in settings.regulators)
            role = start = None
            if regulator.roles:
                role = QComboBox()
                role.setAccessibleName(self.tr("Your role with {name}").format(name=regulator.name))
                role.addItem(self.tr("Choose your role"), None)
                for r in regulator.roles:
                    role.addItem(r.label, r.id)
                role.setCurrentIndex(max(role.findData(settings.role_for(regulator.id)), 0))
                grid.addWidget(role, n, 1)
            if regulator.period.kind == "anniversary":
                start = DateField(
                    self.tr("{name}: current registration period started on").format(
                        name=regulator.name
                    )
                )
                start.set_value(settings.start_for(regulator.id) or dt.date.today())
                grid.addWidget(QLabel(self.tr("period from")), n, 2)
                grid.addWidget(start, n, 3)
            grid.addWidget(box, n, 0)
            row = _Row(regulator, box, role, start)
            self.rows[regulator.id] = row
            box.toggled.connect(lambda _on, r=row: self._update(r))
            self._update(row)
        note = QLabel(
            self.tr(
                "Tick each regulator you are registered with. The rules come from each "
                "regulator's public pages, with the date they were checked; 'period from' is "
                "the first day of your current registration period."
            )
        )
        note.setWordWrap(True)
        grid.addWidget(note, len(self.rows), 0, 1, 4)
        grid.setColumnStretch(0, 1)

    @staticmethod
    def _update(row: _Row) -> None:
        for widget in (row.role, row.start):
            if widget is not None:
                widget.setEnabled(row.box.isChecked())

    def choose(
        self, regulator_id: str, *, role: str | None = None, start: dt.date | None = None
    ) -> None:
        """Tick a regulator (and set its role and period start), as a user would."""
        row = self.rows[regulator_id]
        row.box.setChecked(True)
        if role is not None and row.role is not None:
            row.role.setCurrentIndex(row.role.findData(role))
        if start is not None and row.start is not None:
            row.start.set_value(start)

    def values(self) -> tuple[tuple[str, ...], dict[str, str], dict[str, dt.date]]:
        """(regulators, roles, period starts); ``ValueError`` with a sentence if not valid."""
        chosen = tuple(reg_id for reg_id, row in self.rows.items() if row.box.isChecked())
        if not chosen:
            raise ValueError(self.tr("Choose at least one regulator."))
        roles: dict[str, str] = {}
        starts: dict[str, dt.date] = {}
        for reg_id in chosen:
            row = self.rows[reg_id]
            if row.role is not None:
                if row.role.currentData() is None:
                    raise ValueError(
                        self.tr("Choose your role with {regulator}.").format(
                            regulator=row.regulator.name
                        )
                    )
                roles[reg_id] = str(row.role.currentData())
            if row.start is not None:
                starts[reg_id] = row.start.value()
        return chosen, roles, starts
