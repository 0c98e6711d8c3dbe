"""Finding keyboard collisions in a window: mnemonics (Alt+letter) and shortcuts.

A mnemonic is live when its widget is visible: a button's or group box's "&" letter, a
label's when it has a buddy, a menu bar title's. Two live mnemonics on one letter make the
first Alt+letter only move focus (issue 12: Alt+S in the guided reflection went to the
Supervision menu and swallowed the next word). Within one menu the items' letters must
differ too. Shortcuts (QAction, QShortcut) must differ from each other and from Alt+mnemonics.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import shiboken6
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" (``&&`` is a literal ampersand)."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].lower()
        i += 1
    return None


def _live(widget: QWidget, window: QWidget) -> bool:
    return widget is window or widget.isVisibleTo(window)


def _menu_items(menu: QMenu, where: str, found: list[str]) -> None:
    letters: dict[str, list[str]] = defaultdict(list)
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        letter = mnemonic(action.text())
        if letter:
            letters[letter].append(action.text())
        if action.menu() is not None:
            _menu_items(action.menu(), f"{where} > {action.text()}", found)
    found += [f"{where}: {n} share Alt+{k.upper()}" for k, n in letters.items() if len(n) > 1]


def collisions(window: QWidget) -> list[str]:
    """Every clash in ``window`` as it is now (hidden pages and widgets do not count)."""
    found: list[str] = []
    letters: dict[str, list[str]] = defaultdict(list)
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            letter = mnemonic(action.text())
            if letter:
                letters[letter].append(f"menu {action.text()}")
            if action.menu() is not None:
                _menu_items(action.menu(), action.text(), found)
    for w in window.findChildren(QWidget):
        if w.window() is not window or not _live(w, window):
            continue
        texts: list[str] = []
        if isinstance(w, QAbstractButton) and not isinstance(w.parent(), QTabBar):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QLabel) and w.buddy() is not None and _live(w.buddy(), window):
            texts.append(w.text())
        elif isinstance(w, QTabBar):
            texts += [w.tabText(i) for i in range(w.count()) if w.isTabVisible(i)]
        for text in texts:
            letter = mnemonic(text)
            if letter:
                letters[letter].append(f"{type(w).__name__} {text!r}")
    found += [f"Alt+{k.upper()}: {names}" for k, names in letters.items() if len(names) > 1]

    keys: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        if not action.isVisible():
            continue
        for seq in action.shortcuts():
            keys[seq.toString()].append(f"action {action.text()!r}")
    for short in window.findChildren(QShortcut):
        if short.isEnabled() and short.key().toString():
            name = short.whatsThis() or short.objectName()
            keys[short.key().toString()].append(f"shortcut {name}")
    for letter, names in letters.items():
        alt = QKeySequence(f"Alt+{letter.upper()}").toString()
        if alt in keys:
            found.append(f"{alt}: mnemonic {names} and {keys[alt]}")
    found += [f"{k}: {names}" for k, names in keys.items() if k and len(set(names)) > 1]
    return found


# -- every window the menus open (shared by the key-clash and accessible-name tests) -------

#: Menu actions that end the session or ask a blocking question; their windows are walked
#: elsewhere (the lock and the passphrase dialogs) or are Qt's own message boxes.
NOT_WALKED = {
    "&Quit",
    "&Lock",
    "Restore from &backup…",
    "&About",
    "&Empty Trash…",
    "Move to &Trash",
}


def top_levels() -> set[QWidget]:
    from PySide6.QtWidgets import QApplication

    return {w for w in QApplication.topLevelWidgets() if w.isVisible()}


def menu_windows(qtbot: object, window: QMainWindow) -> Iterator[tuple[str, QWidget]]:
    """Trigger every enabled menu action in turn and yield each window it opens (with the
    action's text); each is closed after the caller looked at it."""
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    actions = [a for menu in menus for a in menu.actions() if not a.isSeparator()]
    actions += [s for a in actions if a.menu() for s in a.menu().actions()]
    for action in actions:
        if action.menu() is not None or action.text() in NOT_WALKED or not action.isEnabled():
            continue
        before = top_levels()
        action.trigger()
        qtbot.wait(20)  # type: ignore[attr-defined]
        for new in top_levels() - before:
            yield action.text(), new
            if shiboken6.isValid(new):  # not deleted by what the caller did
                new.close()
