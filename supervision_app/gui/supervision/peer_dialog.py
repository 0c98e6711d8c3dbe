"""Peer reflection: a reflective discussion with a peer (their role, the date, what was learnt).

A new one is written in a dialog; an existing one opens in the editor area
(:class:`PeerReflectionPage`, with autosave) because its entry body is composed from it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.errors import JournalError
from supervision_app.core.supervision.markdown import peer_reflection_title
from supervision_app.core.supervision.model import MAX_MINUTES
from supervision_app.core.supervision.people import Partner
from supervision_app.core.supervision.views import PeerReflection
from supervision_app.gui.common.dates import DateField
from supervision_app.gui.common.errors import error_text
from supervision_app.gui.common.timers import autosave_delay_ms, debounced
from supervision_app.gui.common.typed_text import DiscardGuard
from supervision_app.gui.common.wipe import WIPE_ITEMS, wipe
from supervision_app.gui.forms.ui_peer_reflection import Ui_PeerReflectionForm
from supervision_app.gui.supervision.widgets import (
    BANNER_STYLE,
    ERROR_STYLE,
    fill_combo,
    heading,
    select_data,
    set_read_only,
    styled_label,
)
from supervision_app.gui.theme import set_tone


class PeerReflectionForm(QWidget):
    """The fields of a peer reflection (``ui/peer_reflection.ui``; the date in code)."""

    edited = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.ui = ui = Ui_PeerReflectionForm()
        ui.setupUi(self)
        # The form's colours are the light ones: the theme's tone follows light and dark.
        set_tone(ui.hint, "muted")
        self.peer_role, self.minutes, self.partner = ui.peer_role, ui.minutes, ui.partner
        self.topic, self.discussion, self.learning = ui.topic, ui.discussion, ui.learning
        self.date = DateField(self.tr("Date of the discussion"))
        ui.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.date)
        ui.date_label.setBuddy(self.date)
        QWidget.setTabOrder(self.peer_role, self.date)
        QWidget.setTabOrder(self.date, self.minutes)
        self.minutes.setRange(0, MAX_MINUTES)
        self.partner.setProperty(WIPE_ITEMS, True)
        for box in (self.discussion, self.learning):
            box.configure(4, grow=False)
        self.peer_role.textEdited.connect(lambda _t: self.edited.emit())
        self.topic.textEdited.connect(lambda _t: self.edited.emit())
        self.date.dateChanged.connect(lambda _d: self.edited.emit())
        self.minutes.valueChanged.connect(lambda _v: self.edited.emit())
        self.partner.currentIndexChanged.connect(lambda _i: self.edited.emit())
        self.discussion.textChanged.connect(self.edited)
        self.learning.textChanged.connect(self.edited)

    def set_partners(self, partners: Sequence[Partner]) -> None:
        fill_combo(
            self.partner,
            [("None", None)] + [(f"{p.name} ({p.role_label})", p.id) for p in partners],
        )

    def load(self, reflection: PeerReflection) -> None:
        self.peer_role.setText(reflection.peer_role)
        self.date.set_value(reflection.reflected_on)
        self.minutes.setValue(reflection.minutes)
        select_data(self.partner, reflection.partner_id)
        self.topic.setText(reflection.topic)
        self.discussion.set_text(reflection.discussion)
        self.learning.set_text(reflection.learning)

    def written(self) -> bool:
        """Whether any of its texts holds something typed."""
        boxes = (self.peer_role, self.topic)
        return any(b.text().strip() for b in boxes) or any(
            b.text().strip() for b in (self.discussion, self.learning)
        )

    def value(self, base: PeerReflection | None = None) -> PeerReflection:
        partner = self.partner.currentData()
        fields = {
            "peer_role": self.peer_role.text(),
            "reflected_on": self.date.value(),
            "learning": self.learning.text(),
            "topic": self.topic.text(),
            "discussion": self.discussion.text(),
            "minutes": self.minutes.value(),
            "partner_id": int(partner) if partner is not None else None,
        }
        return replace(base, **fields) if base else PeerReflection(**fields)  # type: ignore[arg-type]


class PeerReflectionDialog(QDialog):
    """Write a new peer reflection; ``try_accept`` saves it through ``vault.supervision.peer``."""

    def __init__(
        self,
        add: object,
        partners: Sequence[Partner],
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New peer reflection"))
        self._add = add
        self.saved: PeerReflection | None = None
        self.form = PeerReflectionForm()
        self.form.set_partners([p for p in partners if p.active and p.role == "peer"])
        self.form.date.set_value(today)
        self.error = styled_label(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_accept)
        self.discard_guard = DiscardGuard(self, self.form.written)
        self.buttons.rejected.connect(self.discard_guard.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(560, 520)

    def draft(self) -> PeerReflection:
        """What is typed, kept through a lock (gui/common/drafts.py)."""
        return self.form.value()

    def restore_draft(self, draft: PeerReflection) -> None:
        self.form.load(draft)

    def try_accept(self) -> PeerReflection | None:
        try:
            self.saved = self._add(self.form.value())  # type: ignore[operator]
        except JournalError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return None
        self.accept()
        return self.saved


class PeerReflectionPage(QWidget):
    """An existing peer reflection in the editor area, saved after a pause in typing."""

    save_due = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.reflection: PeerReflection | None = None
        self.dirty = False
        self._loading = False
        self.read_only = False
        self.banner = styled_label(BANNER_STYLE)
        self.banner.hide()
        self.title = heading("", 1.35)
        self.form = PeerReflectionForm()
        self.error = styled_label(ERROR_STYLE)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.title)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.error)
        self._autosave = debounced(self, autosave_delay_ms(), self.save_due)
        self.form.edited.connect(self._edited)

    def load(
        self, reflection: PeerReflection, partners: Sequence[Partner], *, banner: str = ""
    ) -> None:
        self._loading = True
        try:
            self.reflection, self.dirty = reflection, False
            self.read_only = bool(banner)
            self.banner.setText(banner)
            self.banner.setVisible(bool(banner))
            self.title.setText(peer_reflection_title(reflection, QCoreApplication.translate))
            self.form.set_partners(
                [p for p in partners if p.role == "peer" or p.id == reflection.partner_id]
            )
            self.form.load(reflection)
            set_read_only(self.form, self.read_only)
            self.error.hide()
        finally:
            self._loading = False

    def current(self) -> PeerReflection | None:
        return self.form.value(self.reflection) if self.reflection else None

    def mark_saved(self, saved: PeerReflection) -> None:
        self.reflection, self.dirty = saved, False
        self._autosave.stop()
        self.title.setText(peer_reflection_title(saved, QCoreApplication.translate))
        self.error.hide()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _edited(self) -> None:
        if self._loading or self.reflection is None or self.read_only:
            return
        self.dirty = True
        self._autosave.start()

    def clear(self) -> None:
        self._autosave.stop()
        self._loading = True
        try:
            self.reflection, self.dirty = None, False
            wipe(self.form, labels=False)
            for label in (self.banner, self.title, self.error):
                label.clear()
        finally:
            self._loading = False
