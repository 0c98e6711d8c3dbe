"""Combo boxes whose items are long (framework items, framework names)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def fit_long_items(combo: QComboBox, chars: int = 28) -> None:
    """Size ``combo`` for ``chars`` characters rather than its longest item, and open its
    list as wide as that item. Sized to its contents, one framework item's label kept the
    export dialog 1081 pixels wide at the least, wider than a small screen. Call it once
    the items are in."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    view = combo.view()
    bar = view.verticalScrollBar().sizeHint().width()
    view.setMinimumWidth(view.sizeHintForColumn(0) + bar + 2 * view.frameWidth())
