"""Supervision reminders: agreements due for review and sessions overdue, shown quietly."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from supervision_app.core.supervision.rules import Reminder


class ReminderButton(QPushButton):
    """A flat button in the status bar; hidden when there is nothing to remind about."""

    def __init__(self) -> None:
        super().__init__()
        self.setFlat(True)
        self.setAccessibleName(self.tr("Supervision reminders"))
        self.reminders: tuple[Reminder, ...] = ()
        self.hide()

    def set_reminders(self, reminders: Sequence[Reminder]) -> None:
        self.reminders = tuple(reminders)
        summary = self.summary()
        self.setText(self.tr("⚠ {summary} (Ctrl+4)").format(summary=summary) if summary else "")
        self.setToolTip("\n".join(r.text(QCoreApplication.translate) for r in reminders))
        self.setAccessibleDescription(self.toolTip())
        self.setVisible(bool(reminders))

    def summary(self) -> str:
        """ "2 supervision reminders", or "" when there are none."""
        n = len(self.reminders)
        return self.tr("%n supervision reminder(s)", "", n) if n else ""

    def clear(self) -> None:
        self.set_reminders(())
