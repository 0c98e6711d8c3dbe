"""Access: text contrast of both themes (WCAG 2 AA, 4.5:1) and an accessible name on every
control that takes keyboard focus, in every window and dialog the menus open."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from supervision_app.gui import theme
from supervision_app.gui.main_window import MainWindow
from supervision_app.gui.welcome.wizard import WelcomeWizard
from tests.gui.keys import menu_windows
from tests.gui.test_supervision import add_partner, start

pytestmark = pytest.mark.gui
GUI = Path(theme.__file__).parent
Role = QPalette.ColorRole
PAIRS = [
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.PlaceholderText, Role.Base),
    (Role.Link, Role.Base),
    (Role.Link, Role.Window),
]


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    q = QColor(colour)
    return 0.2126 * channel(q.redF()) + 0.7152 * channel(q.greenF()) + 0.0722 * channel(q.blueF())


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_contrast_formula() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic fail


@pytest.mark.parametrize("name", ["light", "dark"])
def test_palette_and_tone_contrast(name: str) -> None:
    pal = theme.palette(name)
    low = []
    for fg, bg in PAIRS:
        ratio = contrast(pal.color(fg).name(), pal.color(bg).name())
        if ratio < 4.5:
            low.append(f"{fg.name}/{bg.name}: {ratio:.2f}")
    tones = theme.TONES[name]
    text_on = {
        "error": ("window", "base"),
        "muted": ("window", "base"),
        "warning": ("warning_bg",),
        "banner": ("banner_bg",),
        "mark": ("mark_bg",),
        "alert": ("alert_bg",),
        "attention": ("attention_bg",),
    }
    backgrounds = {"window": pal.color(Role.Window).name(), "base": pal.color(Role.Base).name()}
    for tone, bgs in text_on.items():
        for bg in bgs:
            ratio = contrast(tones[tone], backgrounds.get(bg) or tones[bg])
            if ratio < 4.5:
                low.append(f"{tone} on {bg}: {ratio:.2f}")
    # Chart lines are graphics (WCAG 1.4.11: 3:1 against the chart's background).
    for tone in ("chart_impact", "chart_energy"):
        ratio = contrast(tones[tone], backgrounds["base"])
        if ratio < 3:
            low.append(f"{tone} on base: {ratio:.2f}")
    for shade in theme.DEPTH_SHADES.values():
        if (ratio := contrast(theme.DEPTH_TEXT, shade)) < 4.5:
            low.append(f"depth text on {shade}: {ratio:.2f}")
    # The session-mode panel's background under ordinary window text.
    ratio = contrast(pal.color(Role.WindowText).name(), tones["panel_bg"])
    if ratio < 4.5:
        low.append(f"text on panel_bg: {ratio:.2f}")
    assert low == []


@pytest.mark.parametrize("name", ["light", "dark"])
def test_unticked_boxes_can_be_seen(qtbot: QtBot, name: str) -> None:
    """WCAG 1.4.11: the edge of an unticked check box and radio button stands out from the
    window at 3:1. Fusion draws it in the window colour darkened by 40 %: 1.1:1 on the dark
    theme's window, so an unticked box could not be seen at all."""
    from PySide6.QtWidgets import (
        QApplication,
        QCheckBox,
        QRadioButton,
        QStyle,
        QStyleOptionButton,
        QVBoxLayout,
    )

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = theme.current()
    theme.apply(name, app)
    try:
        window = theme.palette(name).color(Role.Window).name()
        ratios = {}
        holder = QWidget()
        qtbot.addWidget(holder)
        layout = QVBoxLayout(holder)
        check, radio = QCheckBox("Option"), QRadioButton("Option")
        for box in (check, radio):
            layout.addWidget(box)
        holder.show()
        holder.activateWindow()
        check.setFocus(Qt.FocusReason.MouseFocusReason)  # clicked: no focus edge is drawn
        qtbot.waitUntil(check.hasFocus)
        for box, element in (
            (check, QStyle.SubElement.SE_CheckBoxIndicator),
            (radio, QStyle.SubElement.SE_RadioButtonIndicator),
        ):
            option = QStyleOptionButton()
            box.initStyleOption(option)
            rect = box.style().subElementRect(element, option, box)
            image = box.grab().toImage()
            ratios[type(box).__name__] = max(
                contrast(image.pixelColor(x, y).name(), window)
                for x in range(rect.left(), rect.right() + 1)
                for y in range(rect.top(), rect.bottom() + 1)
            )
        assert {k: round(v, 2) for k, v in ratios.items() if v < 3} == {}
    finally:
        theme.apply(before, app)


def test_no_colour_outside_the_theme() -> None:
    """Every colour on screen comes from gui/theme.py (so both themes are checked above).
    The PDF exporter and the find charts draw on their own white canvas (paper, a chart
    image) and are exempt; their text colours are checked against white below."""
    from supervision_app.gui.find import chart_paint

    on_white = {"pdf_export.py", "find/chart_paint.py", "find/calendar_heatmap.py"}
    on_white.add("find/chart_data.py")  # series colours, painted by chart_paint
    for ink in (chart_paint.INK, chart_paint.MUTED):
        assert contrast(ink.name(), "#ffffff") >= 4.5
    found = []
    for path in GUI.rglob("*.py"):
        rel = path.relative_to(GUI).as_posix()
        if path.name == "theme.py" or rel in on_white:
            continue
        text = path.read_text(encoding="utf-8")
        for m in re.finditer(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b(?![-\w])|QColor\(\d", text):
            found.append(f"{path.relative_to(GUI)}: {m.group(0)}")
    assert found == []


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def unnamed(window: QWidget) -> list[str]:
    """Focusable, visible controls of ``window`` that a screen reader would not name."""
    missing = []
    for w in [window, *window.findChildren(QWidget)]:
        if w.window() is not window or not (w is window or w.isVisibleTo(window)):
            continue
        if not w.focusPolicy() & Qt.FocusPolicy.TabFocus or w.focusProxy() is not None:
            continue
        parent = w.parentWidget()
        if isinstance(parent, QAbstractSpinBox | QComboBox):  # their own line edit
            continue
        if not accessible_name(w):
            missing.append(f"{type(w).__name__} {w.objectName()!r} in {type(parent).__name__}")
    return missing


def test_main_window_controls_are_named(qtbot: QtBot, window: MainWindow) -> None:
    found = {"journal": unnamed(window)}
    window.home.show_home()
    found["home"] = unnamed(window)
    start(qtbot, window, dt.date(2026, 3, 2), add_partner(window))
    found["supervision session"] = unnamed(window)
    assert {k: v for k, v in found.items() if v} == {}


def test_every_menu_window_has_named_controls(
    qtbot: QtBot, window: MainWindow, dismiss_modals: None
) -> None:
    found: dict[str, list[str]] = {}
    walked = 0
    for text, new in menu_windows(qtbot, window):
        walked += 1
        if missing := unnamed(new):
            found[f"{text} → {new.windowTitle()}"] = missing
    assert walked >= 20
    assert found == {}


def test_welcome_pages_are_named(qtbot: QtBot, vault_path: Path) -> None:
    window = MainWindow(vault_path)
    qtbot.addWidget(window)
    window.start()
    wizard = window.passphrase_dialog
    assert isinstance(wizard, WelcomeWizard)
    found = {}
    found["place"] = unnamed(wizard)
    wizard.next()
    found["passphrase"] = unnamed(wizard)
    wizard.passphrase.setText("correct horse battery staple")
    wizard.repeat.setText("correct horse battery staple")
    wizard.next()
    found["about you"] = unnamed(wizard)
    wizard.next()
    found["finish"] = unnamed(wizard)
    assert {k: v for k, v in found.items() if v} == {}


def test_unlock_and_restore_dialogs_are_named(qtbot: QtBot, window: MainWindow) -> None:
    """The lock screen with its Restore from backup button, and the restore dialog."""
    from supervision_app.gui.dialogs.backup_dialogs import RestoreDialog
    from supervision_app.gui.dialogs.vault_dialogs import UnlockDialog

    qtbot.waitUntil(lambda: window.backups.daily is None, timeout=20_000)
    window.menu_actions.restore_backup.trigger()
    unlock_dialog, restore = window.passphrase_dialog, window.backups.restore_dialog
    assert isinstance(unlock_dialog, UnlockDialog) and isinstance(restore, RestoreDialog)
    found = {"unlock": unnamed(unlock_dialog), "restore": unnamed(restore)}
    assert {k: v for k, v in found.items() if v} == {}
    restore.reject()


def test_every_menu_window_fits_a_small_screen(
    qtbot: QtBot, window: MainWindow, dismiss_modals: None
) -> None:
    """Each window the menus open can be made as small as 800 x 600 (a small laptop at
    150 % scaling, or a large system font: WCAG 1.4.10). A combo box sized to its longest
    framework item kept the export dialog 1081 pixels wide at the least."""
    too_big = {}
    for text, new in menu_windows(qtbot, window):
        least = new.minimumSizeHint().expandedTo(new.minimumSize())
        if least.width() > 800 or least.height() > 600:
            too_big[f"{text} → {new.windowTitle()}"] = (least.width(), least.height())
    assert too_big == {}
