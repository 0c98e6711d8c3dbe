"""British English spell checking that never stalls typing.

Looking a word up in the Hunspell dictionary (through pyenchant) costs ~20 µs; a 10,000-word
entry would stall the editor for ~200 ms when it opens. So the UI thread only reads a cache:
a word it has not seen is queued and checked on a worker thread (the highlighter in
``highlighter.py`` marks it when the answer comes back).

Without the enchant library or the dictionary the checker is simply unavailable: nothing is
underlined and the window says so once.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

DEFAULT_LANGUAGE = "en_GB"
#: Letters with inner apostrophes ("don't", "practitioner’s"); digits and underscores end a word.
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
#: Addresses are not prose: words inside them are not checked.
SKIP = re.compile(r"(?:https?://|www\.|mailto:)\S+|\S+@\S+")


def load_dictionary(language: str) -> Any | None:
    """The enchant dictionary for ``language``, or None when enchant or it is missing."""
    try:
        import enchant  # noqa: PLC0415 (optional: the app works without it)

        return enchant.Dict(language)
    except Exception:  # ImportError without libenchant, DictNotFoundError without the language
        return None


def words(text: str) -> Iterator[tuple[int, str]]:
    """(position, word) for each word worth checking: not in an address, not an acronym."""
    skipped = [m.span() for m in SKIP.finditer(text)] if ("/" in text or "@" in text) else []
    for m in WORD.finditer(text):
        word = m.group()
        if len(word) < 2 or word.isupper():
            continue
        if skipped and any(a <= m.start() < b for a, b in skipped):
            continue
        yield m.start(), word


class SpellChecker(QObject):
    """One per window: a cache of answers, the personal word list and the session's ignores.

    ``answered`` fires when words checked on the worker come back; ``updated`` when what is
    marked may change anywhere (personal words, ignores, lock, the dictionary loaded);
    ``availability_known`` once the dictionary has loaded (True) or failed to (False).
    """

    updated = Signal()
    answered = Signal()
    availability_known = Signal(bool)
    _answers = Signal(object)  # from the worker: dict[str, bool] (True = misspelt)
    _loaded = Signal(bool)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        loader: Callable[[str], Any | None] = load_dictionary,
    ) -> None:
        super().__init__(parent)
        self._loader = loader
        self._dict: Any | None = None
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="spelling")
        self._misspelt: dict[str, bool] = {}
        self._queued: set[str] = set()
        self._batch: set[str] = set()
        self.personal: set[str] = set()
        self.ignored: set[str] = set()
        self.available: bool | None = None  # None until the dictionary has loaded
        self.enabled = False
        self.language = DEFAULT_LANGUAGE
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(0)
        self._flush.timeout.connect(self._send_batch)
        self._answers.connect(self._take_answers, Qt.ConnectionType.QueuedConnection)
        self._loaded.connect(self._on_loaded, Qt.ConnectionType.QueuedConnection)

    # -- turning on and off ------------------------------------------------------------------

    def start(self, language: str, personal: set[str]) -> None:
        """Check in ``language`` with the vault's personal words (on unlock)."""
        self.personal = {w.casefold() for w in personal}
        self.ignored = set()
        self.enabled = True
        if language != self.language or self.available is None:
            self.language = language
            self._misspelt.clear()
            self._queued.clear()
            self.available = None
            self._pool.submit(self._load, language)
        else:
            self.updated.emit()

    def stop(self) -> None:
        """Forget the personal words and the session's ignores (on lock)."""
        self.enabled = False
        self.personal = set()
        self.ignored = set()
        self._batch.clear()
        self.updated.emit()

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def _load(self, language: str) -> None:
        dictionary = self._loader(language)
        with self._lock:
            self._dict = dictionary
        self._loaded.emit(dictionary is not None)

    def _on_loaded(self, ok: bool) -> None:
        self.available = ok
        self.availability_known.emit(ok)
        self.updated.emit()

    # -- asking ------------------------------------------------------------------------------

    @property
    def active(self) -> bool:
        return self.enabled and bool(self.available)

    def state(self, word: str) -> bool | None:
        """True if misspelt, False if not, None while the worker is still checking it."""
        key = word.casefold()
        if key in self.personal or key in self.ignored:
            return False
        answer = self._misspelt.get(word)
        if answer is None and word not in self._queued:
            self._queued.add(word)
            self._batch.add(word)
            if not self._flush.isActive():
                self._flush.start()
        return answer

    def still_checking(self, words: Iterable[str]) -> bool:
        """Whether any of ``words`` is still being checked on the worker."""
        queued = self._queued
        return any(word in queued for word in words)

    def suggestions(self, word: str, limit: int = 6) -> list[str]:
        with self._lock:
            if self._dict is None:
                return []
            return list(self._dict.suggest(word))[:limit]

    def add_to_personal(self, word: str) -> None:
        self.personal.add(word.casefold())
        self.updated.emit()

    def ignore(self, word: str) -> None:
        self.ignored.add(word.casefold())
        self.updated.emit()

    def _send_batch(self) -> None:
        batch, self._batch = self._batch, set()
        if batch and self.active:
            self._pool.submit(self._check, batch)
        elif batch:
            self._queued -= batch  # asked again once the dictionary is there

    def _check(self, batch: set[str]) -> None:
        with self._lock:
            if self._dict is None:
                return
            answers = {w: not self._dict.check(w) for w in batch}
        self._answers.emit(answers)

    def _take_answers(self, answers: dict[str, bool]) -> None:
        self._misspelt.update(answers)
        self._queued -= answers.keys()
        self.answered.emit()
