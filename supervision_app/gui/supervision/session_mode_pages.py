"""The right side of session mode: a page for each section of the record (its title,
explanation and notes), and which of the record's fields each section holds.

:class:`~.session_mode.SessionModeView` lists the sections and shows the chosen one's
prompts; this widget holds what is typed for each, so loading and reading the record's notes
stays in one place.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from supervision_app.core.frameworks import FrameworkLibrary
from supervision_app.core.supervision.markdown import discussion_label
from supervision_app.core.supervision.model import (
    DISCUSSION_REFS,
    REEVALUATION_REF,
    DiscussionNote,
    SessionRecord,
    Wellbeing,
)
from supervision_app.gui.supervision.session_sections import ReviewsSection
from supervision_app.gui.supervision.widgets import (
    MUTED_STYLE,
    TextBox,
    prompts_text,
    scaled_label,
)
from supervision_app.gui.theme import set_tone

REVIEWS = "reviews"
#: Sections that are not discussion items: key -> (title, explanation).
OTHER_SECTIONS = {
    "own_wellbeing": (
        QT_TRANSLATE_NOOP("SessionModePages", "Wellbeing: how you are"),
        QT_TRANSLATE_NOOP("SessionModePages", "The supervisee's own wellbeing."),
    ),
    "emotional_impact": (
        QT_TRANSLATE_NOOP("SessionModePages", "Wellbeing: impact of the work"),
        QT_TRANSLATE_NOOP(
            "SessionModePages", "The emotional impact of the work on the supervisee."
        ),
    ),
    "learning": (
        QT_TRANSLATE_NOOP("SessionModePages", "Learning"),
        QT_TRANSLATE_NOOP("SessionModePages", "What was learnt in this session."),
    ),
    "cpd": (
        QT_TRANSLATE_NOOP("SessionModePages", "CPD"),
        QT_TRANSLATE_NOOP(
            "SessionModePages", "Continuing professional development to record or plan."
        ),
    ),
}


class SessionModePages(QWidget):
    """The chosen section's title and explanation over its notes (or the actions from
    earlier sessions to review); ``changed`` when any of them is edited.

    Its labels are scaled from ``font_of``'s font (session mode's larger text); it gets its
    parent when placed in session mode's splitter, so the tab order stays the window's.
    """

    changed = Signal()

    def __init__(self, library: FrameworkLibrary, *, font_of: QWidget) -> None:
        super().__init__()
        self.library = library
        self.title = scaled_label(font_of, 1.2, bold=True)
        self.explanation = scaled_label(font_of, 1.0)
        set_tone(self.explanation, MUTED_STYLE)
        self.stack = QStackedWidget()
        self.reviews = ReviewsSection()
        self.notes: dict[str, TextBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addWidget(self.stack, 1)
        self.stack.addWidget(self.reviews)
        for key in (*DISCUSSION_REFS, *OTHER_SECTIONS, REEVALUATION_REF):
            box = TextBox(
                self.tr("Notes: {title}").format(title=self.section_title(key)),
                self.tr("Notes"),
                6,
                grow=False,
            )
            box.textChanged.connect(self.changed)
            self.notes[key] = box
            self.stack.addWidget(box)
        self.reviews.changed.connect(self.changed)

    def section_title(self, key: str) -> str:
        if key == REVIEWS:
            return self.tr("Actions from earlier sessions")
        if key == REEVALUATION_REF:
            return self.tr("Re-evaluating the relationship")
        if key in OTHER_SECTIONS:
            return self.tr(str(OTHER_SECTIONS[key][0]))
        return discussion_label(key, self.library)

    @staticmethod
    def sections(record: SessionRecord, *, reevaluation_due: bool) -> list[str]:
        """The sections to list for ``record``, in order: the actions to review only when
        there are some, the re-evaluation only when it is due or was made."""
        keys = [REVIEWS] if record.action_reviews else []
        keys += [*DISCUSSION_REFS, *OTHER_SECTIONS]
        if (reevaluation_due and not record.is_locked) or record.reevaluation:
            keys.append(REEVALUATION_REF)
        return keys

    def load(self, record: SessionRecord, *, read_only: bool) -> None:
        self.reviews.load(record.action_reviews)
        notes = {n.ref: n.text for n in record.discussion}
        values = {
            **notes,
            "own_wellbeing": record.wellbeing.own_wellbeing,
            "emotional_impact": record.wellbeing.emotional_impact,
            "learning": record.learning,
            "cpd": record.cpd,
            REEVALUATION_REF: record.reevaluation_notes,
        }
        for key, box in self.notes.items():
            box.set_text(values.get(key, ""))
            box.setReadOnly(read_only)
            box.document().clearUndoRedoStacks()
        self.reviews.set_read_only(read_only)

    def read(self, record: SessionRecord) -> SessionRecord:
        """``record`` with the notes and reviews typed here (everything else as it was)."""
        known = set(DISCUSSION_REFS)
        discussion = tuple(
            DiscussionNote(ref, self.notes[ref].text()) for ref in DISCUSSION_REFS
        ) + tuple(n for n in record.discussion if n.ref not in known)
        reevaluation_notes = self.notes[REEVALUATION_REF].text()
        return replace(
            record,
            action_reviews=self.reviews.reviews(),
            discussion=discussion,
            wellbeing=Wellbeing(
                self.notes["own_wellbeing"].text(), self.notes["emotional_impact"].text()
            ),
            learning=self.notes["learning"].text(),
            cpd=self.notes["cpd"].text(),
            reevaluation_notes=reevaluation_notes,
            reevaluation=record.reevaluation or bool(reevaluation_notes.strip()),
        )

    def show_section(self, key: str) -> str:
        """Show ``key``'s page, title and explanation; its prompts, for the list's side."""
        self.title.setText(self.section_title(key))
        if key == REVIEWS:
            self.stack.setCurrentWidget(self.reviews)
            self.explanation.setText(self.tr("Mark each one done, carried forward or dropped."))
            return ""
        self.stack.setCurrentWidget(self.notes[key])
        if key in OTHER_SECTIONS:
            self.explanation.setText(self.tr(str(OTHER_SECTIONS[key][1])))
            return ""
        try:
            item = self.library.item(key)[1]
        except (KeyError, ValueError):
            self.explanation.setText("")
            return ""
        self.explanation.setText(item.explanation)
        return prompts_text(item.prompts)

    def clear(self) -> None:
        """Forget the actions to review and the section shown (the view wipes the notes)."""
        self.reviews.clear()
        self.title.clear()
        self.explanation.clear()
