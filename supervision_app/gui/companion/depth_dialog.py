"""Depth of reflection in the window: the stages answered, what the writing does, prompts.

The dialog shows prompts and words ("much", "a little"), never the rubric level or a
number: published rubrics are unreliable as grades (see :mod:`core.companion.depth`).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.companion.depth import ASPECTS, CUES, LEVELS, SOURCES, DepthReport
from supervision_app.core.i18n import rendered
from supervision_app.gui.common.keys import enter_opens_row
from supervision_app.gui.theme import DEPTH_BORDER, DEPTH_SHADES, DEPTH_TEXT


class AspectBar(QWidget):
    """A row of four labelled segments: describes, analyses, other perspectives, plans."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.segments: dict[str, QLabel] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for key, _label in ASPECTS:
            segment = QLabel()
            segment.setAlignment(Qt.AlignmentFlag.AlignCenter)
            segment.setFrameShape(QFrame.Shape.StyledPanel)
            segment.setMinimumHeight(44)
            segment.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.segments[key] = segment
            layout.addWidget(segment, 1)

    def show_report(self, report: DepthReport) -> None:
        labels = dict(ASPECTS)
        for key, segment in self.segments.items():
            amount = report.amount(key)
            label = self.tr(labels[key])
            segment.setText(f"{label}\n{self.tr(amount)}")
            segment.setAccessibleName(f"{label}: {self.tr(amount)}")
            segment.setStyleSheet(
                f"QLabel {{ background: {DEPTH_SHADES[amount]}; color: {DEPTH_TEXT};"
                f" border: 1px solid {DEPTH_BORDER}; border-radius: 3px; }}"
            )


class DepthDialog(QDialog):
    """Prompts for one entry (Ctrl+Shift+D): read-only, computed from the text in the vault."""

    def __init__(self, title: str, report: DepthReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Depth of reflection"))
        self.heading = QLabel(self.tr("Prompts for “{title}”").format(title=title))
        self.heading.setWordWrap(True)
        self.stages = QLabel()
        self.stages.setWordWrap(True)
        self.stages.setAccessibleName(self.tr("Stages of the model answered"))
        self.bar = AspectBar()
        self.prompts = QListWidget()
        self.prompts.setAccessibleName(self.tr("Prompts to take the reflection further"))
        self.prompts.setWordWrap(True)
        enter_opens_row(self.prompts)
        self.rules_button = QPushButton(self.tr("&How these prompts work…"))
        self.rules_button.clicked.connect(self.show_rules)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        note = QLabel(
            self.tr(
                "These are prompts, not a mark: they look for words that explain, weigh other"
                " views and plan, so they can miss what you meant."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.stages)
        layout.addWidget(QLabel(self.tr("What the writing does:")))
        layout.addWidget(self.bar)
        layout.addWidget(QLabel(self.tr("Prompts:")))
        layout.addWidget(self.prompts, 1)
        layout.addWidget(note)
        row = QHBoxLayout()
        row.addWidget(self.rules_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.resize(620, 460)
        self.show_report(report)

    def show_report(self, report: DepthReport) -> None:
        if report.stages:
            marks = ", ".join(
                f"{s.label} {'✓' if s.answered else self.tr('(empty)')}" for s in report.stages
            )
            self.stages.setText(self.tr("{model}: {marks}").format(model=report.model, marks=marks))
        else:
            self.stages.setText(self.tr("Free writing (not a guided reflection)."))
        self.bar.show_report(report)
        self.prompts.clear()
        for prompt in report.prompts or (
            self.tr("You have described, questioned and planned. Nothing more to suggest."),
        ):
            self.prompts.addItem(str(rendered(prompt, QCoreApplication.translate)))

    def show_rules(self) -> None:
        RulesDialog(self).exec()


#: The kinds of cue word, as the rules page heads them.
CUE_NAMES = {
    "analyses": QT_TRANSLATE_NOOP("RulesDialog", "Analyses (gives reasons)"),
    "perspectives": QT_TRANSLATE_NOOP("RulesDialog", "Other perspectives and alternatives"),
    "action": QT_TRANSLATE_NOOP("RulesDialog", "Plans action"),
    "wider": QT_TRANSLATE_NOOP("RulesDialog", "Wider context"),
}


def rules_html() -> str:
    """The rules, the cue words and the sources, as Help shows them. The explanation is
    translated paragraph by paragraph; the levels, the cue words (the English words the
    analysis looks for) and the citations are shown as they are."""

    rows = "".join(
        f"<tr><td>{lv.number}</td><td><b>{lv.name}</b></td><td>{lv.moon}</td>"
        f"<td>{lv.kember}</td><td>{lv.rule}</td></tr>"
        for lv in LEVELS
    )
    cues = "".join(
        f"<p><b>{QCoreApplication.translate('RulesDialog', str(CUE_NAMES[key]))}:</b>"
        f" {', '.join(words)}</p>"
        for key, words in CUES.items()
    )
    sources = "".join(f"<li>{s}</li>" for s in SOURCES)
    how = QCoreApplication.translate(
        "RulesDialog",
        "Everything is worked out on this computer from the text in your vault; nothing is"
        " sent anywhere. The writing is split into sentences. A sentence containing one of the"
        " cue words below counts as analysing, weighing other views or planning; a sentence"
        " with none of them counts as describing. Headings of a guided reflection are left"
        " out. For a guided reflection (Gibbs, Kolb, the 4x4x4 cycle) the stages you have"
        " answered are shown too.",
    )
    why = QCoreApplication.translate(
        "RulesDialog",
        "The prompts follow what is missing. Behind them is a reading of the levels below."
        " The app never shows a level, score or pass mark: studies found such rubrics"
        " unreliable as grades, and cue words cannot see what you meant.",
    )
    title = QCoreApplication.translate("RulesDialog", "How the reflection prompts work")
    rule = QCoreApplication.translate("RulesDialog", "Rule used")
    cue_heading = QCoreApplication.translate("RulesDialog", "Cue words")
    sources_heading = QCoreApplication.translate("RulesDialog", "Sources")
    return (
        f"<h2>{title}</h2><p>{how}</p><p>{why}</p>"
        "<table border='1' cellspacing='0' cellpadding='4'>"
        "<tr><th></th><th>Hatton and Smith (1995)</th><th>Moon (2004)</th>"
        f"<th>Kember et al. (1999, 2008)</th><th>{rule}</th></tr>{rows}</table>"
        f"<h3>{cue_heading}</h3>{cues}<h3>{sources_heading}</h3><ul>{sources}</ul>"
    )


class RulesDialog(QDialog):
    """Help ▸ How the reflection prompts work."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("How the reflection prompts work"))
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("How the reflection prompts work"))
        self.text.setHtml(rules_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(760, 620)
