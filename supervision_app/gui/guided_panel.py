"""The guided reflection panel: one prompt at a time, skip and come back, finish.

Answers are kept as structured fields (``GuidedReflection``); the entry body is composed
from them, so the panel replaces the free-text editor while a reflection is guided. A
conversation template's form fields (a date, a name) are simple inputs under the steps,
stored with the answers under ``"field:<name>"``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.dates import parse_uk_date
from supervision_app.core.frameworks import Framework, FrameworkItem, TemplateField
from supervision_app.core.guided import GuidedReflection, prompts_for
from supervision_app.gui.theme import set_tone


class GuidedPanel(QWidget):
    """Emits ``answers_changed`` on every edit and ``finished`` when the user completes it."""

    answers_changed = Signal()
    finished = Signal()
    convert_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.template: Framework | None = None
        self.focus: FrameworkItem | None = None
        self.guided: GuidedReflection | None = None
        self._step = 0
        self._loading = False
        self.setAccessibleName(self.tr("Guided reflection"))

        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.focus_label = QLabel()
        self.focus_label.setWordWrap(True)
        self.steps = QListWidget()
        self.steps.setAccessibleName(self.tr("Steps of the reflection"))
        self.steps.setMaximumWidth(230)
        self.steps.currentRowChanged.connect(self._on_step_chosen)

        self.step_title = QLabel()
        step_font = QFont(self.step_title.font())
        step_font.setPointSizeF(step_font.pointSizeF() * 1.25)
        step_font.setBold(True)
        self.step_title.setFont(step_font)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.prompts = QLabel()
        self.prompts.setWordWrap(True)
        self.prompts.setTextFormat(Qt.TextFormat.PlainText)
        self.answer = QPlainTextEdit()
        self.answer.setAccessibleName(self.tr("Your answer"))
        self.answer.setPlaceholderText(
            self.tr(
                "Write your answer here, or skip and come back to it. Ctrl+Enter moves to"
                " the next prompt."
            )
        )
        self.answer.setTabChangesFocus(True)
        self.answer.textChanged.connect(self._on_answer_changed)

        self.back_button = QPushButton(self.tr("&Back"))
        self.skip_button = QPushButton(self.tr("Skip for n&ow"))
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setToolTip(self.tr("Next prompt (Ctrl+Enter)"))
        self.finish_button = QPushButton(self.tr("Finish refle&ction"))
        self.convert_button = QPushButton(self.tr("Edit as free te&xt"))
        self.convert_button.setToolTip(
            self.tr("Keep the text but stop guiding: the answers become ordinary Markdown.")
        )
        self.progress = QLabel()
        # Finishing with steps still empty asks first, in the panel (nothing modal to get
        # lost behind the window), and lets the user go back or finish anyway.
        self.empty_warning = QLabel()
        self.empty_warning.setWordWrap(True)
        self.empty_warning.setAccessibleName(self.tr("Steps still empty"))
        set_tone(self.empty_warning, "warning")
        self.go_back_button = QPushButton(self.tr("&Go to the first empty step"))
        self.finish_anyway_button = QPushButton(self.tr("Finish an&yway"))
        self.go_back_button.clicked.connect(self._go_to_empty)
        self.finish_anyway_button.clicked.connect(self._mark_complete)
        self.warning_bar = QWidget()
        bar = QHBoxLayout(self.warning_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.empty_warning, 1)
        bar.addWidget(self.go_back_button)
        bar.addWidget(self.finish_anyway_button)
        self.warning_bar.hide()
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            next_key = QShortcut(QKeySequence(keys), self)
            next_key.setWhatsThis(self.tr("Next prompt"))
            next_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            next_key.activated.connect(self.next_prompt)
        # Form fields of a conversation template (hidden when the template has none).
        self.fields_box = QGroupBox(self.tr("Details to record"))
        self.fields_form = QFormLayout(self.fields_box)
        self.field_inputs: dict[str, QLineEdit] = {}
        self.field_error = QLabel()
        set_tone(self.field_error, "error")
        self.field_error.setWordWrap(True)
        self.fields_form.addRow(self.field_error)
        self.field_error.setVisible(False)
        self.fields_box.setVisible(False)
        self.back_button.clicked.connect(lambda: self.go_to(self._step - 1))
        self.skip_button.clicked.connect(self._skip)
        self.next_button.clicked.connect(lambda: self.go_to(self._step + 1))
        self.finish_button.clicked.connect(self._finish)
        self.convert_button.clicked.connect(self.convert_requested)

        right = QVBoxLayout()
        right.addWidget(self.step_title)
        right.addWidget(self.explanation)
        right.addWidget(self.prompts)
        right.addWidget(self.answer, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.finish_button)
        right.addLayout(buttons)
        right.addWidget(self.fields_box)
        right.addWidget(self.warning_bar)

        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.steps, 1)
        left.addWidget(self.convert_button)
        body.addLayout(left)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.focus_label)
        layout.addLayout(body, 1)

    # -- loading ---------------------------------------------------------------------------

    def load(
        self, template: Framework, guided: GuidedReflection, focus: FrameworkItem | None
    ) -> None:
        self.template, self.guided, self.focus = template, guided, focus
        self.heading.setText(template.name)
        self.focus_label.setVisible(focus is not None)
        if focus is not None:
            self.focus_label.setText(
                self.tr("Focus: {label} — {explanation}").format(
                    label=focus.label, explanation=focus.explanation
                )
            )
        self._loading = True
        self.steps.clear()
        for step in template.items:
            QListWidgetItem(step.label, self.steps)
        self._load_fields(template.fields, guided)
        self._loading = False
        unanswered = guided.unanswered(template)
        first = template.items.index(unanswered[0]) if unanswered else 0
        self._refresh_marks()
        self.go_to(first)

    def clear(self) -> None:
        self.warning_bar.hide()
        self._loading = True
        self.template = self.guided = self.focus = None
        self.steps.clear()
        self._load_fields((), None)
        self.answer.clear()
        self.answer.document().clearUndoRedoStacks()
        for label in (
            self.heading,
            self.focus_label,
            self.step_title,
            self.explanation,
            self.prompts,
        ):
            label.clear()
        self._loading = False

    def _load_fields(
        self, fields: tuple[TemplateField, ...], guided: GuidedReflection | None
    ) -> None:
        for edit in self.field_inputs.values():
            self.fields_form.removeRow(edit)
        self.field_inputs = {}
        self.field_error.clear()
        self.field_error.setVisible(False)
        for f in fields:
            edit = QLineEdit(guided.answer(f.key) if guided else "")
            edit.setAccessibleName(f.label)
            if f.kind == "date":
                edit.setPlaceholderText(self.tr("e.g. 5/11/2026 or 5 Nov 2026"))
            edit.textChanged.connect(lambda text, field=f: self._on_field_changed(field, text))
            self.fields_form.addRow(f.label, edit)
            self.field_inputs[f.name] = edit
        self.fields_box.setVisible(bool(fields))

    def _on_field_changed(self, field: TemplateField, text: str) -> None:
        """Keep what was typed; a date that does not read as a date gets one sentence."""
        if self._loading or self.guided is None:
            return
        answer = text.strip()
        bad = False
        if field.kind == "date" and answer:
            # Typed as people write dates (5/11/2026, 5 Nov, today), stored as YYYY-MM-DD.
            day = parse_uk_date(answer, dt.date.today())
            bad = day is None
            answer = day.isoformat() if day is not None else answer
        self.guided = self.guided.with_answer(field.key, answer)
        self.field_error.setText(
            self.tr(
                "{label}: write the date as 3/12/2026, 3 Dec 2026 or year-month-day (2026-12-03)."
            ).format(label=field.label)
            if bad
            else ""
        )
        self.field_error.setVisible(bool(bad))
        self.answers_changed.emit()

    # -- moving between steps --------------------------------------------------------------

    @property
    def step(self) -> int:
        return self._step

    def go_to(self, index: int) -> None:
        if self.template is None or self.guided is None:
            return
        index = max(0, min(index, len(self.template.items) - 1))
        self._step = index
        step = self.template.items[index]
        self._loading = True
        self.steps.setCurrentRow(index)
        self.step_title.setText(step.label)
        self.explanation.setText(step.explanation)
        self.prompts.setText(
            "\n".join(f"• {p}" for p in prompts_for(step, self.focus, QCoreApplication.translate))
        )
        self.answer.setPlainText(self.guided.answer(step.id))
        self._loading = False
        self.back_button.setEnabled(index > 0)
        last = index == len(self.template.items) - 1
        self.next_button.setEnabled(not last)
        self.skip_button.setEnabled(not last)
        self.progress.setText(
            self.tr("Step {n} of {total}").format(n=index + 1, total=len(self.template.items))
        )
        self.answer.setFocus()

    def next_prompt(self) -> None:
        """Ctrl+Enter: on to the next prompt (the last one stays where it is)."""
        if self.template is not None and self._step < len(self.template.items) - 1:
            self.go_to(self._step + 1)

    def _on_step_chosen(self, row: int) -> None:
        if not self._loading and row >= 0 and row != self._step:
            self.go_to(row)

    def _skip(self) -> None:
        """Leave this step unanswered and move to the next one that still needs an answer."""
        if self.template is None or self.guided is None:
            return
        later = [
            i
            for i, s in enumerate(self.template.items)
            if i > self._step and not self.guided.answer(s.id).strip()
        ]
        self.go_to(later[0] if later else self._step + 1)

    def _on_answer_changed(self) -> None:
        if self._loading or self.template is None or self.guided is None:
            return
        step = self.template.items[self._step]
        self.guided = self.guided.with_answer(step.id, self.answer.toPlainText())
        self._refresh_marks()
        self.answers_changed.emit()

    def _refresh_marks(self) -> None:
        if self.template is None or self.guided is None:
            return
        for i, step in enumerate(self.template.items):
            item = self.steps.item(i)
            if item is None:
                continue
            done = bool(self.guided.answer(step.id).strip())
            item.setText(("✓ " if done else "○ ") + step.label)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                step.label + (self.tr(" (answered)") if done else self.tr(" (not answered yet)")),
            )
        done = self.guided.status == "complete"
        self.finish_button.setText(self.tr("Finished ✓") if done else self.tr("Finish refle&ction"))

    def _empty_steps(self) -> list[str]:
        if self.template is None or self.guided is None:
            return []
        return [step.label for step in self.guided.unanswered(self.template)]

    def _finish(self) -> None:
        """Finish, unless steps are still empty: then say which, and let the user choose."""
        if self.guided is None:
            return
        empty = self._empty_steps()
        if not empty:
            self._mark_complete()
            return
        # English says "One step is …" for one (supervision_journal_en.ts).
        text = self.tr("%n step(s) still empty: {steps}.", "", len(empty))
        text += " " + self.tr("Go back to it, or finish the reflection as it is?")
        self.empty_warning.setText(text.format(steps=", ".join(empty)))
        self.warning_bar.show()
        self.go_back_button.setFocus()

    def _go_to_empty(self) -> None:
        self.warning_bar.hide()
        if self.template is None or self.guided is None:
            return
        unanswered = self.guided.unanswered(self.template)
        if unanswered:
            self.go_to(self.template.items.index(unanswered[0]))

    def _mark_complete(self) -> None:
        self.warning_bar.hide()
        if self.guided is None:
            return
        self.guided = replace(self.guided, status="complete")
        self._refresh_marks()
        self.answers_changed.emit()
        self.finished.emit()
