"""Open a gate from another thread once the UI thread is blocked where a test expects it.

A test that holds a worker's job at a gate, then does something on the UI thread that must
wait for that job (a lock, a quit), opens the gate from another thread. A fixed delay
("the UI thread may be waiting by then") cost its length every time and proved nothing;
this watches the UI thread's Python stack and opens as soon as it is inside the function
named, and says whether it ever was.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from supervision_app.gui.common.tasks import TaskControl
from tests.gui.test_tasks import Ticks


class OpenWhenBlocked:
    """Sets ``gate`` once the main thread runs ``function`` of the module at ``module_path``
    (a path inside the package, e.g. ``supervision_app/gui/autosave.py``), or after
    ``timeout`` seconds without that (``waited`` then stays False)."""

    def __init__(
        self, gate: threading.Event, function: str, module_path: str, timeout: float = 10
    ) -> None:
        self.gate = gate
        self.waited = False
        self._function = function
        self._file = str(Path(module_path))
        self._ui = threading.main_thread().ident or 0
        self._deadline = time.monotonic() + timeout
        self._thread = threading.Thread(target=self._run, name="gate-opener", daemon=True)
        self._thread.start()

    def _blocked(self) -> bool:
        frame = sys._current_frames().get(self._ui)
        while frame is not None:
            code = frame.f_code
            if code.co_name == self._function and code.co_filename.endswith(self._file):
                return True
            frame = frame.f_back
        return False

    def _run(self) -> None:
        while not (seen := self._blocked()) and time.monotonic() < self._deadline:
            time.sleep(0.002)
        self.waited = seen
        self.gate.set()

    def join(self) -> None:
        self._thread.join()


class HeldAtFirstReport:
    """The next task's work waits after its first progress report until ``until()`` is
    true or the task is cancelled (``timeout`` seconds at most); later reports and tasks go
    on as usual.

    A test that presses Cancel at the first report then cancels work that is still running,
    and a test that the window runs while work is on its worker counts the event loop's
    ticks while the work is held partway, however fast the host: with the work cut to a few
    hundred items, a fast host ended the templates import before the UI thread had taken
    its first report in, or within 3 ticks of a 5 ms timer. Were the work on the UI thread,
    nothing would tick while it is held, and ``waited`` stays False."""

    def __init__(
        self,
        monkeypatch: pytest.MonkeyPatch,
        until: Callable[[], bool] = lambda: False,
        timeout: float = 10,
    ) -> None:
        self.waited = False  # ``until()`` came true while the work was held
        report = TaskControl.progress
        first = threading.Event()

        def held(control: TaskControl, done: int, total: int = 0, text: str = "") -> None:
            report(control, done, total, text)
            if first.is_set():
                return
            first.set()
            deadline = time.monotonic() + timeout
            while not control.cancelled and time.monotonic() < deadline:
                if until():
                    self.waited = True
                    return
                time.sleep(0.001)

        monkeypatch.setattr(TaskControl, "progress", held)


def ticked(ticks: Ticks, times: int) -> Callable[[], bool]:
    """True once ``ticks`` has ticked ``times`` more times than when first asked."""
    start: list[int] = []

    def enough() -> bool:
        if not start:
            start.append(ticks.count)
        return ticks.count - start[0] >= times

    return enough
