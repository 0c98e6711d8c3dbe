"""Light and dark themes: one palette each, and the few extra colours ("tones") the app uses.

The app uses Qt's Fusion style with its own palettes so that every text colour is known and
checked (tests/gui/test_access.py holds each pair to WCAG's 4.5:1). Widgets never hard-code
a colour: they take a tone with :func:`set_tone`, which gives them the tone's style sheet
for the theme in use; switching theme re-colours every open widget with a tone.

"system" follows ``QStyleHints.colorScheme()`` and changes when the system does.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QTableWidgetItem, QTreeWidgetItem, QWidget

Role = QPalette.ColorRole

LIGHT: dict[Role, str] = {
    Role.Window: "#f3f3f3",
    Role.WindowText: "#1a1a1a",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#eef2f6",
    Role.Text: "#1a1a1a",
    Role.Button: "#e6e6e6",
    Role.ButtonText: "#1a1a1a",
    Role.BrightText: "#ffffff",
    Role.Highlight: "#1f5fa8",
    Role.HighlightedText: "#ffffff",
    Role.ToolTipBase: "#ffffe1",
    Role.ToolTipText: "#1a1a1a",
    Role.Link: "#0b57a4",
    Role.LinkVisited: "#5b2a86",
    Role.PlaceholderText: "#5c6167",
    Role.Light: "#ffffff",
    Role.Midlight: "#e9e9e9",
    Role.Mid: "#b8b8b8",
    Role.Dark: "#8a8a8a",
    Role.Shadow: "#5a5a5a",
}
DARK: dict[Role, str] = {
    Role.Window: "#202124",
    Role.WindowText: "#e8eaed",
    Role.Base: "#17181a",
    Role.AlternateBase: "#25272a",
    Role.Text: "#e8eaed",
    Role.Button: "#2f3136",
    Role.ButtonText: "#e8eaed",
    Role.BrightText: "#ffffff",
    Role.Highlight: "#8ab4f8",
    Role.HighlightedText: "#0b1a2e",
    Role.ToolTipBase: "#2f3136",
    Role.ToolTipText: "#e8eaed",
    Role.Link: "#8ab4f8",
    Role.LinkVisited: "#c58af9",
    Role.PlaceholderText: "#9aa0a6",
    Role.Light: "#45484d",
    Role.Midlight: "#3a3c41",
    Role.Mid: "#2a2c30",
    Role.Dark: "#141517",
    Role.Shadow: "#000000",
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
    },
}

#: Each tone's style sheet; a widget gets its own (an application-wide style sheet would
#: stop fonts set on a parent reaching children added later, e.g. in session mode).
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
    pal = QPalette()
    for role, colour in (DARK if name == "dark" else LIGHT).items():
        pal.setColor(role, QColor(colour))
    disabled = QColor(DISABLED_TEXT[name])
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return pal


def tone_colour(tone: str) -> str:
    """A tone's colour in the theme in use (for rich text that cannot take a property)."""
    return TONES[current()][tone]


def paint_item(item: QTableWidgetItem | QTreeWidgetItem, tone: str, column: int = 0) -> None:
    """Give a table or tree cell a tone's background and matching text (overdue, neglected)."""
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
    _current = name
    if instance.style().name().lower() != "fusion":
        instance.setStyle("Fusion")
    instance.setPalette(palette(name))
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
