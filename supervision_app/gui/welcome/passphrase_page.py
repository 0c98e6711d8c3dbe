"""The first-run page that chooses the passphrase: typed twice, shown on request, rated.

The strength estimate (zxcvbn, ``core/strength.py``) is advice; the rule stays the one in
``core/passphrase.py`` (at least 10 characters, the two the same). Leaving the page creates
the vault, so a refusal (or a file already there) is said on this page and nothing is lost.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWizardPage,
)

from supervision_app.core.errors import JournalError
from supervision_app.core.passphrase import check_new_passphrase
from supervision_app.gui import texts
from supervision_app.gui.common.errors import error_text
from supervision_app.gui.theme import set_tone


class PassphrasePage(QWizardPage):
    def __init__(self, create: Callable[[str], None], already_created: Callable[[], bool]) -> None:
        super().__init__()
        self._create = create
        self._already_created = already_created
        self.setTitle(self.tr("Choose a passphrase"))
        self.setSubTitle(texts.tr(texts.CREATE_INTRO))
        self.passphrase = QLineEdit()
        self.repeat = QLineEdit()
        for field, name in (
            (self.passphrase, self.tr("New passphrase")),
            (self.repeat, self.tr("Repeat the passphrase")),
        ):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(name)
        self.show_box = QCheckBox(self.tr("S&how the passphrase"))
        self.show_box.toggled.connect(self._set_shown)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.strength = QLabel()
        self.strength.setWordWrap(True)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        set_tone(self.advice, "muted")
        self.warning = QLabel("<b>" + texts.tr(texts.CREATE_WARNING) + "</b>")
        self.warning.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Error"))
        set_tone(self.error, "error")
        self.error.hide()
        form = QFormLayout()
        pass_label = QLabel(self.tr("&Passphrase:"))
        pass_label.setBuddy(self.passphrase)
        repeat_label = QLabel(self.tr("&Repeat it:"))
        repeat_label.setBuddy(self.repeat)
        form.addRow(pass_label, self.passphrase)
        form.addRow(repeat_label, self.repeat)
        form.addRow("", self.show_box)
        form.addRow(self.tr("Strength:"), self.meter)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.strength)
        layout.addWidget(self.advice)
        layout.addWidget(self.warning)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.personal: Callable[[], list[str]] = list
        # Rate after a short pause in typing (zxcvbn takes a few ms per call).
        self._rate_timer = QTimer(self)
        self._rate_timer.setSingleShot(True)
        self._rate_timer.setInterval(150)
        self._rate_timer.timeout.connect(self.rate)
        self.passphrase.textChanged.connect(lambda _t: self._rate_timer.start())
        self.rate()

    def _set_shown(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.repeat.setEchoMode(mode)

    def rate(self) -> None:
        from supervision_app.core.strength import estimate, guess_time_text

        result = estimate(self.passphrase.text(), self.personal())
        self.meter.setValue(result.score)
        self.meter.setAccessibleDescription(result.label)
        text = self.tr("{label}.").format(label=self.tr(result.label))
        if self.passphrase.text() and result.guess_time:
            text += " " + self.tr(
                "Someone with a copy of your journal file might guess it in: {time}."
            ).format(time=guess_time_text(result.guess_seconds, QCoreApplication.translate))
        self.strength.setText(text)
        self.advice.setText("\n".join(self.tr(a) for a in result.advice))

    def validatePage(self) -> bool:  # noqa: N802
        if self._already_created():  # came back to this page after creating
            return True
        self._rate_timer.stop()
        try:
            check_new_passphrase(
                self.passphrase.text(), self.repeat.text(), QCoreApplication.translate
            )
            self._create(self.passphrase.text())
        except JournalError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            self.rate()  # the rating the typing asked for was stopped above
            return False
        self.error.hide()
        self.passphrase.clear()
        self.repeat.clear()
        for field in (self.passphrase, self.repeat, self.show_box):
            field.setEnabled(False)
        return True
