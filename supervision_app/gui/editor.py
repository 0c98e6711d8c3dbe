"""The entry editor: fields, Markdown text and a rendered preview, with debounced autosave."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.entries import KINDS, MAX_MINUTES, Entry, normalise_tags
from supervision_app.core.frameworks import Framework, FrameworkItem, FrameworkLibrary
from supervision_app.core.guided import GuidedReflection, compose_markdown
from supervision_app.gui import texts
from supervision_app.gui.common.dates import DateField
from supervision_app.gui.common.timers import autosave_delay_ms, debounced
from supervision_app.gui.guided_panel import GuidedPanel
from supervision_app.gui.preview import BackgroundRenderer, SafePreview

PREVIEW_DELAY_MS = 250


class EntryEditor(QWidget):
    """Edits one entry. Emits ``changed`` on every edit; the window decides when to save."""

    changed = Signal()
    save_due = Signal()
    link_requested = Signal()
    links_changed = Signal()
    #: The preview shows a new document (search highlights are applied again).
    preview_updated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entry: Entry | None = None
        self._loading = False
        self.dirty = False
        self.library: FrameworkLibrary | None = None
        self.links: tuple[str, ...] = ()

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setObjectName("banner")
        self.banner.hide()

        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Title"))
        self.title.setAccessibleName(self.tr("Title"))
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.35)
        self.title.setFont(title_font)

        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of entry"))
        for key, label in KINDS.items():
            self.kind.addItem(self.tr(label), key)

        self.date = DateField(self.tr("Practice date"))
        self.date.setToolTip(
            self.tr(
                "The day of the visit, session or event you are reflecting on. Type it as"
                " 5/11/2026, 5 Nov 2026 or today; Alt+Down opens a calendar."
            )
        )

        self.minutes = QSpinBox()
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes spent"))

        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.tags.setAccessibleName(self.tr("Tags"))

        self.body = QPlainTextEdit()
        self.body.setPlaceholderText(
            self.tr("Write your reflection here. Markdown works: **bold**, # headings, - lists.")
        )
        self.body.setAccessibleName(self.tr("Entry text (Markdown)"))
        self.body.setTabChangesFocus(True)
        self.preview = SafePreview()
        self.preview.setAccessibleName(self.tr("Preview"))

        self.links_label = QLabel()
        self.links_label.setWordWrap(True)
        self.links_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.links_label.setAccessibleName(self.tr("Linked framework items"))
        self.link_button = QPushButton(self.tr("&Link to frameworks…"))
        self.link_button.setToolTip(
            self.tr("Link this entry to capabilities, standards or domains (Ctrl+K)")
        )
        self.link_button.clicked.connect(self.link_requested)

        self.guided_panel = GuidedPanel()
        self.guided_panel.answers_changed.connect(self._guided_edited)
        self.guided_panel.convert_requested.connect(self.convert_to_free_text)
        self.writing = QStackedWidget()
        self.writing.addWidget(self.body)
        self.writing.addWidget(self.guided_panel)

        self.empty_label = QLabel(texts.tr(texts.NO_ENTRY))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        fields = QFormLayout()
        fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        row = QHBoxLayout()
        for label, widget in (
            (self.tr("&Kind"), self.kind),
            (self.tr("&Date"), self.date),
            (self.tr("T&ime"), self.minutes),
        ):
            lab = QLabel(label)
            lab.setBuddy(widget)
            row.addWidget(lab)
            row.addWidget(widget)
        row.addStretch(1)
        fields.addRow(row)
        tags_label = QLabel(self.tr("T&ags"))
        tags_label.setBuddy(self.tags)
        fields.addRow(tags_label, self.tags)
        links_row = QHBoxLayout()
        links_row.addWidget(self.links_label, 1)
        links_row.addWidget(self.link_button)
        fields.addRow(self.tr("Addresses"), links_row)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.writing)
        self.splitter.addWidget(self.preview)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([500, 400])

        self.form = QWidget()
        form_layout = QVBoxLayout(self.form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(self.banner)
        form_layout.addWidget(self.title)
        form_layout.addLayout(fields)
        form_layout.addWidget(self.splitter, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.empty_label, 1)

        self._autosave = debounced(self, autosave_delay_ms(), self.save_due)
        self._preview_timer = debounced(self, PREVIEW_DELAY_MS, self._refresh_preview)
        self._preview_generation = 0
        self._renderer = BackgroundRenderer(self)
        self._renderer.rendered.connect(self._apply_preview)  # queued: emitted off-thread

        self.title.textEdited.connect(self._edited)
        self.tags.textEdited.connect(self._edited)
        self.kind.currentIndexChanged.connect(self._edited)
        self.date.dateChanged.connect(self._edited)
        self.minutes.valueChanged.connect(self._edited)
        self.body.textChanged.connect(self._body_edited)
        self.show_entry(None)

    # -- loading and reading back ---------------------------------------------------------

    @property
    def entry(self) -> Entry | None:
        return self._entry

    def show_entry(
        self,
        entry: Entry | None,
        *,
        read_only: bool = False,
        links: tuple[str, ...] = (),
        guided: GuidedReflection | None = None,
    ) -> None:
        self._autosave.stop()
        self._preview_timer.stop()
        self._preview_generation += 1  # a render still running for the last entry is ignored
        self._loading = True
        try:
            self._entry = entry
            self.dirty = False
            self.guided_converted = False
            self.form.setVisible(entry is not None)
            self.empty_label.setVisible(entry is None)
            self.banner.setVisible(read_only)
            self.banner.setText(texts.tr(texts.IN_TRASH) if read_only else "")
            self.set_links(links if entry is not None else ())
            self._show_guided(guided if entry is not None else None)
            if entry is None:
                self._clear_fields()
                return
            self.title.setText(entry.title)
            idx = self.kind.findData(entry.kind)
            if idx < 0:
                self.kind.addItem(entry.kind.replace("_", " ").capitalize(), entry.kind)
                idx = self.kind.count() - 1
            self.kind.setCurrentIndex(idx)
            self.date.set_value(entry.practice_date)
            self.minutes.setValue(entry.minutes)
            self.tags.setText(", ".join(entry.tags))
            self.body.setPlainText(entry.body)
            self.preview.show_markdown(entry.body)
            for w in (
                self.title,
                self.kind,
                self.date,
                self.minutes,
                self.tags,
                self.link_button,
                self.guided_panel,
            ):
                w.setEnabled(not read_only)
            self.body.setReadOnly(read_only)
        finally:
            self._loading = False

    def _clear_fields(self) -> None:
        self.title.clear()
        self.tags.clear()
        self.body.clear()
        self.preview.clear()
        self.minutes.setValue(0)
        self.date.set_value(dt.date.today())
        # Undo history would keep the text of the last entry after a lock.
        self.body.document().clearUndoRedoStacks()

    # -- framework links and guided reflection -----------------------------------------------

    def set_library(self, library: FrameworkLibrary | None) -> None:
        self.library = library

    def set_links(self, links: tuple[str, ...]) -> None:
        self.links = tuple(links)
        short, full = [], []
        for ref in self.links:
            try:
                fw, item = self.library.item(ref) if self.library else (None, None)
            except (KeyError, ValueError):
                fw, item = None, None
            short.append(item.label if item else ref)
            full.append(f"{item.label} ({fw.name})" if fw and item else ref)
        self.links_label.setText(" · ".join(short) if short else self.tr("No framework items yet"))
        self.links_label.setToolTip("\n".join(full))
        self.links_changed.emit()

    def set_cpd_panel(self, panel: QWidget, changed: SignalInstance) -> None:
        """Put the CPD details (gui/cpd) below the writing area; their edits autosave too."""
        self.cpd_splitter = QSplitter(Qt.Orientation.Vertical)
        self.cpd_splitter.setChildrenCollapsible(False)
        layout = self.form.layout()
        assert layout is not None  # the form is built with a layout in __init__
        layout.replaceWidget(self.splitter, self.cpd_splitter)
        self.cpd_splitter.addWidget(self.splitter)
        self.cpd_splitter.addWidget(panel)
        self.cpd_splitter.setStretchFactor(0, 1)
        changed.connect(self._edited)

    @property
    def guided(self) -> GuidedReflection | None:
        return self.guided_panel.guided

    def _template_and_focus(
        self, guided: GuidedReflection
    ) -> tuple[Framework | None, FrameworkItem | None]:
        if self.library is None:
            return None, None
        try:
            template = self.library.get(guided.template_id)
        except KeyError:
            return None, None
        focus = None
        if guided.focus_ref:
            try:
                focus = self.library.item(guided.focus_ref)[1]
            except (KeyError, ValueError):
                focus = None
        return template, focus

    def _show_guided(self, guided: GuidedReflection | None) -> None:
        template, focus = self._template_and_focus(guided) if guided else (None, None)
        if guided is None or template is None:
            self.guided_panel.clear()
            self.writing.setCurrentWidget(self.body)
            return
        self.guided_panel.load(template, guided, focus)
        self.writing.setCurrentWidget(self.guided_panel)

    def _guided_edited(self) -> None:
        guided = self.guided_panel.guided
        template = self.guided_panel.template
        if self._loading or guided is None or template is None:
            return
        self._loading = True
        try:
            self.body.setPlainText(compose_markdown(template, guided, self.guided_panel.focus))
        finally:
            self._loading = False
        self._preview_timer.start()
        self._edited()

    def convert_to_free_text(self) -> None:
        """Stop guiding: keep the composed text as ordinary Markdown."""
        self.guided_panel.clear()
        self.writing.setCurrentWidget(self.body)
        self.guided_converted = True
        self._edited()

    def current_entry(self) -> Entry | None:
        """The entry as the fields show it now."""
        if self._entry is None:
            return None
        return replace(
            self._entry,
            title=self.title.text(),
            kind=str(self.kind.currentData()),
            practice_date=self.date.value(),
            minutes=self.minutes.value(),
            tags=normalise_tags(self.tags.text()),
            body=self.body.toPlainText(),
        )

    def mark_saved(self, entry: Entry) -> None:
        self._entry = entry
        self.dirty = False
        self.guided_converted = False
        self._autosave.stop()

    # -- edits -----------------------------------------------------------------------------

    def _edited(self, *_: object) -> None:
        if self._loading or self._entry is None:
            return
        self.dirty = True
        self._autosave.start()
        self.changed.emit()

    def _body_edited(self) -> None:
        if self._loading:
            return
        self._preview_timer.start()
        self._edited()

    def _refresh_preview(self) -> None:
        if not self.preview.isVisible():
            return
        self._preview_generation += 1
        self._renderer.request(
            self._preview_generation,
            self.body.toPlainText(),
            self.preview.font(),
            float(self.preview.viewport().width()),
        )

    def _apply_preview(self, generation: int, doc: object) -> None:
        if generation == self._preview_generation and self._entry is not None:
            self.preview.adopt(doc)  # type: ignore[arg-type]
            self.preview_updated.emit()
        else:
            doc.deleteLater()  # type: ignore[attr-defined]

    def set_preview_visible(self, visible: bool) -> None:
        self.preview.setVisible(visible)
        if visible:
            self._refresh_preview()
