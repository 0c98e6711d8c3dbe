"""Finding keyboard collisions in a window: mnemonics (Alt+letter) and shortcuts.

A mnemonic is live when its widget is visible: a button's or group box's "&" letter, a
label's when it has a buddy, a menu bar title's. Two live mnemonics on one letter make the
first Alt+letter only move focus (issue 12: Alt+S in the guided reflection went to the
Supervision menu and swallowed the next word). Within one menu the items' letters must
differ too. Shortcuts (QAction, QShortcut) must differ from each other and from Alt+mnemonics.
"""

from __future__ import annotations

from collections import defaultdict

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
