"""Runs the real main window offscreen in its own process and reports timings as JSON.

Started by :mod:`benchmarks.measure_gui` as
``python -m benchmarks.gui_probe MODE --vault PATH --launched T`` with the passphrase on
standard input and ``QT_QPA_PLATFORM=offscreen``. ``T`` is the parent's ``time.monotonic()``
just before it started this process (CLOCK_MONOTONIC is shared by all processes on Linux),
so ``first_paint_s`` counts interpreter start-up and imports too.

Modes:
``startup``  window shown, passphrase dialog filled in, unlocked, first page of the list
             painted (``first_paint_s``); then the whole list fetched and scrolled to the
             bottom (``scroll_all_s``).
``typing``   a 10,000-word entry added and opened right after unlock, while the daily
             backup runs (a fresh data folder: the backup is always due), then keys typed
             into its text in bursts with pauses long enough for autosave; a 2 ms timer
             records every gap in the event loop, and the UI thread's own CPU time in it
             (the rest of a gap is waiting: for a lock, a thread, the GIL or the CPU).
The last line of standard output is the JSON result.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

_T0 = time.monotonic()

# The app's own import chain before its first dialog: the command line, then app.py.
from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

import supervision_app.cli  # noqa: E402, F401

if TYPE_CHECKING:
    from pathlib import Path

    from supervision_app.gui.main_window import MainWindow
    from supervision_app.gui.startup import Startup

TICK_MS = 2
KEYS_PER_TICK = "ab "  # cycled: two letters then a space, like words being typed
KEY_INTERVAL_MS = 60
BURST_S = 1.5
PAUSE_S = 1.4  # > autosave delay (800 ms) and preview delay (250 ms)
BURSTS = 3


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class FirstPaint(QObject):
    """Notes when a widget first receives a paint event: on screen, not a ``grab()``."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.at: float | None = None
        self.cpu: float | None = None
        self.perf = 0.0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.at is None and event.type() == QEvent.Type.Paint:
            self.at, self.cpu = time.monotonic(), time.process_time()
            self.perf = time.perf_counter()
        return False


class PaintDone(QObject):
    """Installed on the application: notes when the first paint of ``target`` is over, that
    is, the first timer event after it (the window's paint and flush are one pass through
    the event loop; work the app defers until after the paint starts with a timer)."""

    def __init__(self, target: QWidget) -> None:
        super().__init__()
        self.target = target
        self.painting = False
        self.at: float | None = None
        self.ui_cpu: float | None = None
        self.cpu: float | None = None
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.at is not None:
            return False
        kind = event.type()
        if kind == QEvent.Type.Paint and watched is self.target:
            self.painting = True
        elif kind == QEvent.Type.Timer and self.painting:
            self.at = time.monotonic()
            self.ui_cpu, self.cpu = time.thread_time(), time.process_time()
            QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
        return False


def _wait_for(app: QApplication, done: Callable[[], bool], what: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise RuntimeError(f"no {what} after {timeout} s")
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 10)


def start_app(vault: str) -> Startup:
    """The app's own start-up through its command line (``supervision-journal --vault V``:
    ``cli.main``, ``app.launch``, ``gui/startup.py``), stopping short of the event loop."""
    import supervision_app.app as app_module
    from supervision_app import cli

    started: list[Startup | None] = []

    def run_gui(path: Path | None = None) -> int:
        started.append(app_module.launch(path))
        return 0

    app_module.run_gui = run_gui  # type: ignore[assignment]
    if cli.main(["--vault", vault]) != 0 or not started or started[0] is None:
        raise RuntimeError("the app did not start")
    return started[0]


def open_window(app: QApplication, startup: Startup, passphrase: str) -> tuple[MainWindow, dict]:
    """The app's own start-up (gui/startup.py): the unlock dialog first, until its first
    paint; the window built behind it by the app's own schedule; then Unlock pressed and
    the home view painted."""
    marks: dict[str, float] = {}
    dialog = startup.dialog
    if dialog is None:
        raise RuntimeError("no passphrase dialog")
    painted = FirstPaint(dialog)
    # How long the dialog cannot answer a key while the window is built behind it.
    building = StallMeter()
    building.timer.start()
    building._last = time.perf_counter()  # a gap before the first tick counts too
    _wait_for(app, lambda: painted.at is not None, "paint of the unlock dialog")
    assert painted.at is not None and painted.cpu is not None
    marks["dialog_shown"] = painted.at  # what the user sees first
    # CPU time of this process so far: the same figure on a busy machine (wall time is not).
    marks["dialog_cpu"] = painted.cpu
    _wait_for(app, lambda: startup.window is not None, "window built behind the dialog")
    window = startup.build_window()
    marks["window_built"] = time.monotonic()
    marks["window_build_cpu"] = time.process_time() - painted.cpu
    ticks = len(building.gaps)
    _wait_for(app, lambda: len(building.gaps) > ticks, "a tick after the build")  # closes the gap
    building.timer.stop()
    marks["dialog_stall"] = max(
        (e - max(b, painted.perf) for b, e in building.gaps if e >= painted.perf), default=0.0
    )
    done = PaintDone(window.home.view)
    cpu_before_unlock, ui_cpu_before_unlock = time.process_time(), time.thread_time()
    pressed = time.monotonic()
    dialog.passphrase.setText(passphrase)
    dialog.buttons.accepted.emit()  # Unlock pressed
    marks["unlocked"] = time.monotonic()
    if window.is_locked:
        raise RuntimeError("the vault did not unlock")
    _wait_for(app, lambda: done.at is not None, "paint of the home view")
    assert done.at is not None and done.cpu is not None and done.ui_cpu is not None
    marks["painted"] = done.at
    marks["unlock_pressed"] = pressed
    marks["unlock_to_home_cpu"] = done.cpu - cpu_before_unlock
    # The UI thread alone: without the first unlock of the day's backup, on its own thread.
    marks["unlock_to_home_ui_cpu"] = done.ui_cpu - ui_cpu_before_unlock
    if not window.home.showing_home:
        raise RuntimeError("the home view is not shown after unlocking")
    return window, marks


def scroll_all(app: QApplication, window: MainWindow) -> dict:
    view, model = window.list, window.model
    start = time.perf_counter()
    steps = direct_fetches = 0
    while model.canFetchMore():
        before = model.rowCount()
        view.scrollToBottom()
        app.processEvents()
        if model.rowCount() == before:  # the view did not ask: fetch as it would have
            model.fetchMore()
            app.processEvents()
            direct_fetches += 1
        steps += 1
    view.scrollToBottom()
    app.processEvents()
    view.viewport().grab()
    return {
        "scroll_all_s": time.perf_counter() - start,
        "rows": model.rowCount(),
        "steps": steps,
        "direct_fetches": direct_fetches,
    }


def run_startup(
    app: QApplication, startup: Startup, args: argparse.Namespace, passphrase: str
) -> dict:
    window, marks = open_window(app, startup, passphrase)
    result = {
        "dialog_on_screen_s": marks["dialog_shown"] - args.launched,
        "dialog_on_screen_cpu_s": marks["dialog_cpu"],
        "first_paint_s": marks["painted"] - args.launched,
        # Unlock pressed to the home view painted (one key derivation: the headline
        # subtracts it). The window is built before, behind the dialog, while the user types.
        "unlock_to_home_s": marks["painted"] - marks["unlock_pressed"],
        "unlock_to_home_cpu_s": marks["unlock_to_home_cpu"],
        "unlock_to_home_ui_cpu_s": marks["unlock_to_home_ui_cpu"],
        "window_build_s": marks["window_built"] - marks["dialog_shown"],
        "window_build_cpu_s": marks["window_build_cpu"],
        # The longest the dialog could not echo a key meanwhile (one turn of the loop).
        "dialog_stall_while_building_ms": marks["dialog_stall"] * 1000,
        "breakdown_s": {
            "interpreter_start": _T0 - args.launched,
            "imports": _IMPORTED - _T0,
            "dialog": marks["dialog_shown"] - _IMPORTED,
            "window_behind_dialog": marks["window_built"] - marks["dialog_shown"],
            "unlock": marks["unlocked"] - marks["unlock_pressed"],
            "home_paint": marks["painted"] - marks["unlocked"],
        },
        "first_page_rows": window.model.rowCount(),
    }
    if args.scroll:
        window.home.show_list()
        result.update(scroll_all(app, window))
    result["peak_rss_mb"] = _peak_rss_mb()
    return result


class StallMeter:
    """Records the gaps between ticks of a fast timer and what ran during each gap."""

    def __init__(self) -> None:
        self.gaps: list[tuple[float, float]] = []  # (start, end) of each tick-to-tick gap
        self.gap_cpu: list[float] = []  # the UI thread's CPU seconds in each gap
        self.activities: list[tuple[str, float, float]] = []
        #: UI-thread CPU milliseconds of each call, by label (wall time varies with load).
        self.cpu: dict[str, list[float]] = {}
        self._last: float | None = None
        self._last_cpu = 0.0
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        if self._last is not None:
            self.gaps.append((self._last, now))
            self.gap_cpu.append(cpu - self._last_cpu)
        self._last, self._last_cpu = now, cpu

    def wrap(self, label: str, fn):  # type: ignore[no-untyped-def]
        def timed(*a, **kw):  # type: ignore[no-untyped-def]
            start, cpu = time.perf_counter(), time.thread_time()
            try:
                return fn(*a, **kw)
            finally:
                self.activities.append((label, start, time.perf_counter()))
                self.cpu.setdefault(label, []).append((time.thread_time() - cpu) * 1000)

        return timed

    def report(self) -> dict:
        cpu_of = {s: c for (s, _e), c in zip(self.gaps, self.gap_cpu, strict=True)}
        ms = sorted(((e - s) * 1000, s, e) for s, e in self.gaps)
        worst = []
        for gap, s, e in reversed(ms[-8:]):
            during = sorted({a for a, a0, a1 in self.activities if a0 < e and a1 > s})
            cpu_ms = round(cpu_of[s] * 1000, 2)
            worst.append({"gap_ms": round(gap, 2), "ui_cpu_ms": cpu_ms, "during": during})
        by_label: dict[str, list[float]] = {}
        for label, a0, a1 in self.activities:
            by_label.setdefault(label, []).append((a1 - a0) * 1000)
        return {
            "max_ui_stall_ms": ms[-1][0] if ms else None,
            # The longest time the UI thread spent not running (gap minus its own CPU).
            "max_ui_wait_ms": max(((e - s) - cpu_of[s]) * 1000 for s, e in self.gaps)
            if self.gaps
            else None,
            # The most UI-thread CPU in one gap: the stall's own work, which a busy machine
            # (other processes, not this one) does not inflate as it does wall time.
            "max_ui_cpu_ms": max(self.gap_cpu) * 1000 if self.gap_cpu else None,
            "ticks": len(ms) + 1,
            "gaps_over_16ms": sum(1 for g, _, _ in ms if g > 16),
            "worst_gaps": worst,
            "activity_ms": {
                k: {
                    "count": len(v),
                    "max": round(max(v), 2),
                    "median": round(sorted(v)[len(v) // 2], 2),
                    "cpu_max": round(max(self.cpu[k]), 2),
                    "cpu_median": round(sorted(self.cpu[k])[len(v) // 2], 2),
                    "cpu_total": round(sum(self.cpu[k]), 1),
                }
                for k, v in by_label.items()
            },
        }


def run_typing(
    app: QApplication, startup: Startup, args: argparse.Namespace, passphrase: str
) -> dict:
    import datetime as dt

    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest

    from benchmarks.generate import long_body
    from supervision_app.core.entries import Entry

    window, _ = open_window(app, startup, passphrase)
    assert window.vault is not None
    backup = window.backups.daily  # started by the unlock: today's backup is due
    backup_outcome: list[str] = []
    if backup is not None:
        backup.finished.connect(lambda _r: backup_outcome.append("made"))
        backup.failed.connect(lambda error: backup_outcome.append(f"failed: {error}"))
    body_text = long_body(args.words)
    entry = window.vault.entries.add(
        Entry(title="A very long reflection", body=body_text, practice_date=dt.date.today())
    )
    window.model.show_journal()
    # The journal and its editor on screen, as for a user typing (home is shown after
    # unlock): typed into a hidden editor, no keystroke paid for painting or layout.
    window.home.show_list()
    meter = StallMeter()
    repo, editor = window.vault.entries, window.editor
    # A synchronous save (not while typing) and the autosave's UI-thread parts: handing
    # the entry to the worker (gui/autosave.py), and taking its result back.
    repo.update = meter.wrap("autosave (EntryRepository.update)", repo.update)  # type: ignore[method-assign]
    saver = getattr(window, "autosaver", None)  # absent before the worker autosave
    if saver is not None:
        saver.autosave = meter.wrap("autosave (handed to the worker)", saver.autosave)  # type: ignore[method-assign]
    editor.mark_saved = meter.wrap("autosave (result taken)", editor.mark_saved)  # type: ignore[method-assign]
    editor.preview.show_markdown = meter.wrap("preview render", editor.preview.show_markdown)  # type: ignore[method-assign]
    # The preview's new document, made on a worker, taken (and laid out) on the UI thread.
    editor.preview.adopt = meter.wrap("preview adopt", editor.preview.adopt)  # type: ignore[method-assign]
    for label, widget in (("paint: editor", editor.body), ("paint: preview", editor.preview)):
        widget.paintEvent = meter.wrap(label, widget.paintEvent)  # type: ignore[method-assign]
    spelling = window.writing.highlighters.get(editor.body)
    if spelling is not None:  # the spell checker's underlines (gui/writing/highlighter.py)
        spelling.highlightBlock = meter.wrap("spelling: highlightBlock", spelling.highlightBlock)
        spelling._rehighlight_some = meter.wrap(  # type: ignore[method-assign]
            "spelling: catching up", spelling._rehighlight_some
        )
    open_start = time.perf_counter()
    window.list.setCurrentIndex(window.model.index(window.model.row_of(entry.id or 0)))
    app.processEvents()
    open_entry_ms = (time.perf_counter() - open_start) * 1000
    if editor.entry is None or editor.entry.id != entry.id:
        raise RuntimeError("the long entry did not open")
    if not editor.body.isVisible():
        raise RuntimeError("the editor is not on screen")
    body = editor.body
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    saves: list[float] = []
    editor.save_due.connect(lambda: saves.append(time.perf_counter()))

    plan: list[float] = []  # offsets in seconds at which to type
    t = 0.3
    for _ in range(BURSTS):
        end = t + BURST_S
        while t < end:
            plan.append(t)
            t += KEY_INTERVAL_MS / 1000
        t = end + PAUSE_S
    finish_at = t
    typed = {"n": 0}
    start = time.perf_counter()

    def type_next() -> None:
        key = KEYS_PER_TICK[typed["n"] % len(KEYS_PER_TICK)]
        typed["n"] += 1
        QTest.keyClicks(body, key)
        if typed["n"] < len(plan):
            delay = plan[typed["n"]] - (time.perf_counter() - start)
            QTimer.singleShot(max(0, int(delay * 1000)), timed_type_next)

    timed_type_next = meter.wrap("keystroke", type_next)
    QTimer.singleShot(int(plan[0] * 1000), timed_type_next)
    meter.timer.start()
    backup_running_at_first_key = backup is not None and backup.running
    loop = QEventLoop()  # not app.exec(): quitting the application closes its windows
    QTimer.singleShot(int(finish_at * 1000), loop.quit)
    loop.exec()
    meter.timer.stop()
    result = meter.report()
    from supervision_app.core.errors import EntryNotFound

    try:  # an entry added during the daily backup was once rolled back with it
        saved = window.vault.entries.get(entry.id or 0) if window.vault else None
    except EntryNotFound:
        saved = None
    result.update(
        {
            "words": args.words,
            "keys_typed": typed["n"],
            "autosaves": len(saves),
            "entry_kept": saved is not None,
            "backup_running_at_first_key": backup_running_at_first_key,
            "backup": backup_outcome[0] if backup_outcome else "running" if backup else "none",
            "chars_saved": len(saved.body) - len(body_text) if saved is not None else None,
            "chars_in_editor": len(body.toPlainText()) - len(body_text),
            "open_long_entry_ms": open_entry_ms,
            "duration_s": time.perf_counter() - start,
            "peak_rss_mb": _peak_rss_mb(),
        }
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("startup", "typing"))
    parser.add_argument("--vault", required=True)
    parser.add_argument("--launched", type=float, required=True)
    parser.add_argument("--scroll", action="store_true")
    parser.add_argument("--words", type=int, default=10_000)
    parser.add_argument(
        "--profile",
        metavar="OUT",
        help="write a pyinstrument profile of the measured part (.html or text)",
    )
    args = parser.parse_args()
    passphrase = sys.stdin.readline().rstrip("\n")
    runner = run_startup if args.mode == "startup" else run_typing

    def run() -> dict:
        startup = start_app(args.vault)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        return runner(app, startup, args, passphrase)

    if args.profile:
        from pyinstrument import Profiler

        with Profiler(interval=0.0005) as profiler:
            result = run()
        with open(args.profile, "w", encoding="utf-8") as out:
            out.write(
                profiler.output_html()
                if args.profile.endswith(".html")
                else profiler.output_text(show_all=False)
            )
    else:
        result = run()
    print(json.dumps(result), flush=True)
    # Leave without tearing the window down: with PySide6 6.12.0 on Python 3.11, closing a
    # window whose list was scrolled far crashes the interpreter (None's reference count,
    # see docs/performance.md); the figures are already out.
    sys.stderr.flush()
    os._exit(0)


_IMPORTED = time.monotonic()

if __name__ == "__main__":
    main()
