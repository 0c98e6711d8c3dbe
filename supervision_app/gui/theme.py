"""Light and dark themes: one palette each, and the few extra colours ("tones") the app uses.

The app uses Qt's Fusion style with its own palettes so that every text colour is known and
checked (tests/gui/test_access.py holds each pair to WCAG's 4.5:1). Widgets never hard-code
a colour: they take a tone with :func:`set_tone`, which gives them the tone's style sheet
for the theme in use; switching theme re-colours every open widget with a tone.

"system" follows ``QStyleHints.colorScheme()`` and changes when the system does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:  # item classes (and their enums) are made on first use, after start-up
    from PySide6.QtWidgets import QTableWidgetItem, QTreeWidgetItem

#: Palette colours by ``QPalette.ColorRole`` name (names, not enum members: building the
#: members at import costs ~40 ms before the unlock dialog can show).
LIGHT: dict[str, str] = {
    "Window": "#f3f3f3",
    "WindowText": "#1a1a1a",
    "Base": "#ffffff",
    "AlternateBase": "#eef2f6",
    "Text": "#1a1a1a",
    "Button": "#e6e6e6",
    "ButtonText": "#1a1a1a",
    "BrightText": "#ffffff",
    "Highlight": "#1f5fa8",
    "HighlightedText": "#ffffff",
    "ToolTipBase": "#ffffe1",
    "ToolTipText": "#1a1a1a",
    "Link": "#0b57a4",
    "LinkVisited": "#5b2a86",
    "PlaceholderText": "#5c6167",
    "Light": "#ffffff",
    "Midlight": "#e9e9e9",
    "Mid": "#b8b8b8",
    "Dark": "#8a8a8a",
    "Shadow": "#5a5a5a",
}
DARK: dict[str, str] = {
    "Window": "#202124",
    "WindowText": "#e8eaed",
    "Base": "#17181a",
    "AlternateBase": "#25272a",
    "Text": "#e8eaed",
    "Button": "#2f3136",
    "ButtonText": "#e8eaed",
    "BrightText": "#ffffff",
    "Highlight": "#8ab4f8",
    "HighlightedText": "#0b1a2e",
    "ToolTipBase": "#2f3136",
    "ToolTipText": "#e8eaed",
    "Link": "#8ab4f8",
    "LinkVisited": "#c58af9",
    "PlaceholderText": "#9aa0a6",
    "Light": "#45484d",
    "Midlight": "#3a3c41",
    "Mid": "#2a2c30",
    "Dark": "#141517",
    "Shadow": "#000000",
}
#: Disabled text: dimmer, still readable (WCAG does not hold disabled controls to 4.5:1).
DISABLED_TEXT = {"light": "#7a7a7a", "dark": "#80868b"}

#: Extra colours by theme. ``*_bg`` tones are backgrounds for the matching text tone.
TONES: dict[str, dict[str, str]] = {
    "light": {
        "error": "#a3001b",
        "muted": "#4a5560",
        "warning": "#4d3800",
        "warning_bg": "#fff4d6",
        "warning_border": "#e0b84c",
        "banner": "#14324f",
        "banner_bg": "#e7f0fa",
        "banner_border": "#9dbbd9",
        "panel_bg": "#eef3f8",
        "panel_border": "#c4d3e2",
        "mark": "#000000",
        "mark_bg": "#ffd54f",
        "alert": "#1a1a1a",
        "alert_bg": "#fde4e4",
        "attention": "#1a1a1a",
        "attention_bg": "#ffeccc",
        "chart_impact": "#b3443a",
        "chart_energy": "#2f6fae",
        "control_edge": "#767676",
    },
    "dark": {
        "error": "#ff8a80",
        "muted": "#b4bcc4",
        "warning": "#ffe08a",
        "warning_bg": "#3b3000",
        "warning_border": "#8a6d1f",
        "banner": "#cfe3f7",
        "banner_bg": "#16283b",
        "banner_border": "#3d5f82",
        "panel_bg": "#262c33",
        "panel_border": "#3d4f61",
        "mark": "#000000",
        "mark_bg": "#ffd54f",
        "alert": "#f8d7da",
        "alert_bg": "#4a1f24",
        "attention": "#f5e6c4",
        "attention_bg": "#3d3319",
        "chart_impact": "#ff8a80",
        "chart_energy": "#8ab4f8",
        "control_edge": "#8a9096",
    },
}

#: Each tone's style sheet; a widget gets its own (an application-wide style sheet would
#: stop fonts set on a parent reaching children added later, e.g. in session mode).
#: The reflective-depth bar's segments: dark text on light shades in both themes (the word
#: is always shown too, never colour alone).
DEPTH_TEXT = "#111111"
DEPTH_BORDER = "#8a8a8a"
DEPTH_SHADES = {"not yet": "#f4f4f4", "a little": "#dbe9f6", "some": "#a9cbe8", "much": "#6fa6d6"}

_TONE_STYLES = {
    "error": "color: {error};",
    "muted": "color: {muted};",
    "warning": "QLabel {{ background: {warning_bg}; color: {warning};"
    " border: 1px solid {warning_border}; border-radius: 4px; padding: 6px; }}",
    "banner": "QLabel {{ background: {banner_bg}; color: {banner};"
    " border: 1px solid {banner_border}; border-radius: 4px; padding: 6px; }}",
    "panel": '*[tone="panel"] {{ background: {panel_bg}; border: 1px solid {panel_border};'
    " border-radius: 6px; }}",
    "invalid": "QLineEdit {{ border: 2px solid {error}; }}",
    "save_warning": "QFrame#saveWarning {{ background: {alert_bg}; border: 1px solid {error};"
    " border-radius: 4px; }} QFrame#saveWarning QLabel {{ color: {alert}; }}",
}


def tone_style(tone: str, name: str | None = None) -> str:
    return _TONE_STYLES[tone].format(**TONES[name or _current])


def set_tone(widget: QWidget, tone: str | None) -> None:
    """Colour ``widget`` with a tone of the current theme (None: back to normal)."""
    widget.setProperty("tone", tone or "")
    widget.setStyleSheet(tone_style(tone) if tone else "")


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def resolve(choice: str) -> str:
    """ "light" or "dark" for a theme setting (system, light, dark)."""
    if choice in ("light", "dark"):
        return choice
    return "dark" if system_is_dark() else "light"


def palette(name: str) -> QPalette:
    role = QPalette.ColorRole
    pal = QPalette()
    for key, colour in (DARK if name == "dark" else LIGHT).items():
        pal.setColor(getattr(role, key), QColor(colour))
    disabled = QColor(DISABLED_TEXT[name])
    for r in (role.WindowText, role.Text, role.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, r, disabled)
    return pal


def tone_colour(tone: str) -> str:
    """A tone's colour in the theme in use (for rich text that cannot take a property)."""
    return TONES[current()][tone]


def paint_item(item: QTableWidgetItem | QTreeWidgetItem, tone: str, column: int = 0) -> None:
    """Give a table or tree cell a tone's background and matching text (overdue, neglected)."""
    from PySide6.QtWidgets import QTreeWidgetItem

    background, text = QBrush(QColor(tone_colour(tone + "_bg"))), QColor(tone_colour(tone))
    if isinstance(item, QTreeWidgetItem):
        item.setBackground(column, background)
        item.setForeground(column, text)
    else:
        item.setBackground(background)
        item.setForeground(text)


_current = "light"


def current() -> str:
    return _current


def apply(choice: str, app: QApplication | None = None) -> str:
    """Apply a theme setting to the whole application; returns "light" or "dark"."""
    global _current
    instance = app or QApplication.instance()
    if not isinstance(instance, QApplication):
        return _current
    name = resolve(choice)
    if name == _current and instance.property("themeApplied") == name:
        return name  # already in place (start-up applies it before the window exists)
    instance.setProperty("themeApplied", name)
    _current = name
    if instance.style().name().lower() != "fusion":
        instance.setStyle("Fusion")
    instance.setPalette(palette(name))
    # Fusion draws the edge of a check box or radio button in its palette's window colour
    # darkened by 40 % (50 % for radio buttons): 1.1:1 against the dark window, so an
    # unticked box could not be seen. Those two classes get a lighter "window" (they never
    # paint it) so that their edge is the theme's control_edge (WCAG 1.4.11: 3:1). A
    # palette, not a QProxyStyle: a style written in Python takes the GIL on every style
    # call of the UI thread, which then waits on each worker's Python.
    boxes = palette(name)
    boxes.setColor(QPalette.ColorRole.Window, QColor(TONES[name]["control_edge"]).lighter(140))
    for kind in ("QCheckBox", "QRadioButton"):
        # PySide takes the class name as str; its stub says bytes (which it refuses).
        instance.setPalette(boxes, cast(bytes, kind))
    for widget in instance.allWidgets():  # re-colour what is open
        tone = widget.property("tone")
        if isinstance(tone, str) and tone:
            widget.setStyleSheet(tone_style(tone, name))
    return name


class SystemFollower(QObject):
    """Re-applies the theme when the system switches light/dark, while set to "system"."""

    def __init__(self, choice: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.choice = choice
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_change)

    def set_choice(self, choice: str) -> None:
        self.choice = choice
        apply(choice)

    def _on_change(self, _scheme: object) -> None:
        if self.choice == "system":
            apply("system")
