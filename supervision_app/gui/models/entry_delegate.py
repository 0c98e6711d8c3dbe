"""Paints a list row: bold title, a line of date · kind · tags, and a search snippet."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from supervision_app.core.entries import EntrySummary
from supervision_app.core.find.text import split_marks
from supervision_app.gui.models.entry_list import SUMMARY_ROLE, ListMode, meta_line

_PAD = 6


class EntryDelegate(QStyledItemDelegate):
    def sizeHint(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        # One height per mode (the view uses uniform row sizes): search rows show a snippet.
        fm = QFontMetrics(option.font)  # type: ignore[attr-defined]
        model = index.model()
        lines = 3 if getattr(model, "mode", None) is ListMode.SEARCH else 2
        return QSize(200, lines * fm.height() + 2 * _PAD + 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        summary: EntrySummary | None = index.data(SUMMARY_ROLE)
        if summary is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # type: ignore[attr-defined]
        style = opt.widget.style() if opt.widget else None  # type: ignore[attr-defined]
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)  # type: ignore[attr-defined]
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette = opt.palette  # type: ignore[attr-defined]
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect: QRect = opt.rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)  # type: ignore[attr-defined]
        base_font: QFont = opt.font  # type: ignore[attr-defined]
        fm = QFontMetrics(base_font)
        line_h = fm.height()

        painter.save()
        bold = QFont(base_font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(text_role))
        title = QFontMetrics(bold).elidedText(
            summary.display_title, Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width(), line_h), Qt.AlignmentFlag.AlignLeft, title
        )

        painter.setFont(base_font)
        if not selected:
            painter.setPen(
                palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
            )
        meta = fm.elidedText(meta_line(summary), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(
            QRect(rect.left(), rect.top() + line_h, rect.width(), line_h),
            Qt.AlignmentFlag.AlignLeft,
            meta,
        )
        if summary.snippet:
            painter.setPen(palette.color(text_role))
            self._paint_snippet(
                painter,
                QRect(rect.left(), rect.top() + 2 * line_h, rect.width(), line_h),
                summary.snippet,
                base_font,
                bold,
            )
        painter.restore()

    @staticmethod
    def _paint_snippet(
        painter: QPainter, rect: QRect, snippet: str, font: QFont, bold: QFont
    ) -> None:
        """The snippet on one line, the matched words in bold, elided at the right edge."""
        x = rect.left()
        for text, matched in split_marks(snippet):
            piece_font = bold if matched else font
            fm = QFontMetrics(piece_font)
            room = rect.right() - x
            if room <= 0:
                break
            shown = fm.elidedText(text, Qt.TextElideMode.ElideRight, room)
            painter.setFont(piece_font)
            painter.drawText(
                QRect(x, rect.top(), room, rect.height()), Qt.AlignmentFlag.AlignLeft, shown
            )
            if shown != text:
                break
            x += fm.horizontalAdvance(text)
        painter.setFont(font)
