"""The red wavy underline under misspelt words, cheap enough to run on every keystroke.

QSyntaxHighlighter highlights a whole paragraph (block) again on every keystroke, and a long
entry can hold a paragraph of thousands of words (~10 ms to scan in Python). So each block
remembers its last text and misspelt spans; a keystroke rescans only the changed words
(found by comparing with the last text, in C) and shifts the spans after them. Blocks seen
for the first time while a long entry opens are deferred and scanned a few at a time, and
blocks whose words were still being checked are scanned again when the answers arrive.

The word being typed (the one at the cursor) is left alone until the cursor leaves it, as
word processors do: half-typed words are neither underlined nor sent to the dictionary, so
a keystroke never changes an underline (each change lays the paragraph out again).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextBlock, QTextCharFormat, QTextDocument

from supervision_app.gui.theme import tone_colour
from supervision_app.gui.writing.spelling import SpellChecker, words

#: Characters scanned per turn of the event loop when catching up (~2-4 ms).
BATCH_CHARS = 3000
#: A block seen for the first time longer than this is scanned later, not while opening.
DEFER_CHARS = 600
#: Waiting words of a long block looked up again per turn before it is highlighted.
SETTLE_WORDS = 800

Spans = tuple[tuple[int, int], ...]  # (start, length) of misspelt words
Pending = tuple[tuple[int, str], ...]  # (start, word) of words still being checked


def _common_prefix(a: str, b: str) -> int:
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:  # slices compare in C: ~15 comparisons for a 30,000-character block
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _common_suffix(a: str, b: str, limit: int) -> int:
    lo, hi = 0, limit
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[len(a) - mid :] == b[len(b) - mid :]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def changed_region(old: str, new: str) -> tuple[int, int, int]:
    """(start, end in ``new``, end in ``old``) of the text that differs, widened to whole
    whitespace-separated tokens so every word (and address) in it is whole."""
    prefix = _common_prefix(old, new)
    suffix = _common_suffix(old, new, min(len(old), len(new)) - prefix)
    start = prefix
    while start > 0 and not new[start - 1].isspace():
        start -= 1
    end = len(new) - suffix
    while end < len(new) and not new[end].isspace():
        end += 1
    return start, end, end - (len(new) - len(old))


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines misspelt words in one document."""

    def __init__(
        self,
        document: QTextDocument,
        checker: SpellChecker,
        cursor: Callable[[], int] | None = None,
        quiet: QObject | None = None,
    ) -> None:
        super().__init__(document)
        self.checker = checker
        # Re-highlighting makes the document emit contentsChanged, so the edit would emit
        # textChanged and the entry would count as edited (and autosave) with no edit made.
        # Its signals are blocked while this highlighter catches up on its own.
        self._quiet = quiet
        self._cursor = cursor  # the edit's cursor position, if it has one
        self._held: tuple[QTextBlock, int, int] | None = None  # the word being typed
        self.misspelt_format = QTextCharFormat()
        self.misspelt_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self.misspelt_format.setUnderlineColor(
            QColor(tone_colour("error"))
        )  # the theme's error red
        self._memo: dict[int, tuple[str, Spans, Pending]] = {}  # by block state
        # A long block's scan in progress: (next position, spans, pending) and its text.
        self._prescan: dict[int, tuple[int, list[tuple[int, int]], list[tuple[int, str]]]] = {}
        self._prescan_text: dict[int, str] = {}
        #: How far a long block's waiting words have been looked up again (by block state).
        self._settling: dict[int, int] = {}
        self._next_key = 1
        self._waiting: list[QTextBlock] = []  # blocks with words still being checked
        self._todo: list[QTextBlock] = []
        self._now = False  # True while catching up: scan instead of deferring
        self._step = QTimer(self)
        self._step.setSingleShot(True)
        self._step.setInterval(0)
        self._step.timeout.connect(self._rehighlight_some)
        checker.updated.connect(self._recheck_all)
        checker.answered.connect(self._recheck_waiting)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt API)
        if not self.checker.active:
            if self.checker.enabled and self.checker.available is None:
                self._waiting.append(self.currentBlock())
            return
        key = self.currentBlockState()
        if key < 0 or key == self.previousBlockState():  # new, or split off the one above
            key = self._next_key
            self._next_key += 1
            self.setCurrentBlockState(key)
        memo = self._memo.get(key)
        if not self._now and self._large_change(text, memo):
            # A long paragraph opened or pasted: scanned a slice per turn, marked later.
            self._memo.pop(key, None)
            self._todo.append(self.currentBlock())
            self._step.start()
            return
        spans, pending = self._scan(text, memo)
        self._memo[key] = (text, spans, pending)
        for start, length in spans:
            self.setFormat(start, length, self.misspelt_format)
        if pending:
            self._waiting.append(self.currentBlock())

    @staticmethod
    def _large_change(text: str, memo: tuple[str, Spans, Pending] | None) -> bool:
        if len(text) <= DEFER_CHARS:
            return False
        if memo is None:
            return True
        start, end, _old_end = changed_region(memo[0], text)
        return end - start > DEFER_CHARS

    def _scan(self, text: str, memo: tuple[str, Spans, Pending] | None) -> tuple[Spans, Pending]:
        """Rescan what changed since ``memo``; look up again the words that were pending."""
        spans: list[tuple[int, int]] = []
        waiting: list[tuple[int, str]] = []
        if memo is None:
            start, end = 0, len(text)
        else:
            old, old_spans, old_pending = memo
            start, end, old_end = changed_region(old, text)
            shift = len(text) - len(old)
            spans += [s for s in old_spans if s[0] + s[1] <= start]
            spans += [(s[0] + shift, s[1]) for s in old_spans if s[0] >= old_end]
            waiting += [p for p in old_pending if p[0] + len(p[1]) <= start]
            waiting += [(p[0] + shift, p[1]) for p in old_pending if p[0] >= old_end]
        waiting += [(start + offset, word) for offset, word in words(text[start:end])]
        pending = []
        block = self.currentBlock()
        at = self._cursor() - block.position() if self._cursor is not None else -1
        for position, word in waiting:
            if position <= at <= position + len(word):
                self._held = (block, block.position() + position, len(word))
                pending.append((position, word))
                continue
            answer = self.checker.state(word)
            if answer is None:
                pending.append((position, word))
            elif answer:
                spans.append((position, len(word)))
        return tuple(spans), tuple(pending)

    def cursor_moved(self, position: int) -> None:
        """Check the word that was being typed once the cursor has left it.

        Only a misspelt word needs its paragraph highlighted again (which lays the whole
        paragraph out: 10-20 ms for one of 25,000 characters, after every word typed). A
        correct one stays pending in the memo and drops out at the paragraph's next scan;
        one not yet checked waits for its answer like any other."""
        if self._held is None:
            return
        block, start, length = self._held
        if start <= position <= start + length and block.isValid():
            return
        self._held = None
        if not block.isValid():
            return
        word = block.text()[start - block.position() : start - block.position() + length]
        answer = self.checker.state(word) if self.checker.active and word else True
        if answer is None:
            self._waiting.append(block)
        elif answer:
            self._todo.append(block)
            self._step.start()

    def misspelt_at(self, position: int) -> str | None:
        """The misspelt word at a character position of the document, if there is one."""
        block = self.document().findBlock(position)
        offset = position - block.position()
        for start, word in words(block.text()):
            if start <= offset <= start + len(word):
                return word if self.checker.active and self.checker.state(word) else None
        return None

    def _recheck_all(self) -> None:
        """Personal words, ignores, the dictionary or locking change marks anywhere."""
        self._memo.clear()
        self._prescan.clear()
        self._prescan_text.clear()
        self._settling.clear()
        self._waiting = []
        self._todo = self._all_blocks()
        self._step.start()

    def _recheck_waiting(self) -> None:
        """Answers came back: the blocks that waited for them look their words up again.
        A block whose answered words are all spelt correctly keeps its underlines as they
        are (only its memo changes): highlighting it again would lay it out for nothing."""
        seen: set[int] = set()
        todo: list[QTextBlock] = []
        waiting: list[QTextBlock] = []
        for block in self._waiting:
            if not block.isValid() or block.blockNumber() in seen:
                continue
            seen.add(block.blockNumber())
            many = self._many_waiting(block)
            if many is not None:  # a long paragraph: once all its answers are in, in slices
                (waiting if many else todo).append(block)
                continue
            settled = self._settle_pending(block)
            if settled is None:
                todo.append(block)
            elif not settled:
                waiting.append(block)
        for block in self._todo:
            if block.isValid() and block.blockNumber() not in seen:
                seen.add(block.blockNumber())
                todo.append(block)
        self._todo, self._waiting = todo, waiting
        if todo:
            self._step.start()

    def _settle_pending(self, block: QTextBlock) -> bool | None:
        """For a block whose memo is current: drop its pending words now known to be spelt
        correctly. True if none is left pending, False if some still wait for an answer,
        None if it must be highlighted again (a word is misspelt, or the memo is stale)."""
        key = block.userState()
        memo = self._memo.get(key) if key >= 0 else None
        text = block.text()
        if memo is None or memo[0] != text:
            return None
        held = self._held
        still: list[tuple[int, str]] = []
        for position, word in memo[2]:
            if held is not None and held[0] == block and held[1] == block.position() + position:
                still.append((position, word))  # being typed: checked when the cursor leaves
                continue
            answer = self.checker.state(word)
            if answer:
                return None
            if answer is None:
                still.append((position, word))
        self._memo[key] = (text, memo[1], tuple(still))
        return not [p for p in still if held is None or held[1] != block.position() + p[0]]

    def _all_blocks(self) -> list[QTextBlock]:
        block, out = self.document().begin(), []
        while block.isValid():
            if block.text():
                out.append(block)
            block = block.next()
        return out

    def _prescanned(self, block: QTextBlock) -> bool:
        """True once a long block never seen has its words looked up (a slice per turn),
        so highlighting it then costs one look at the waiting words and one layout."""
        text, key = block.text(), block.userState()
        if len(text) <= DEFER_CHARS or key in self._memo:
            return True
        if key < 0:  # never highlighted (the dictionary was still loading): scanned in slices
            key = self._next_key
            self._next_key += 1
            block.setUserState(key)
        start, spans, pending = self._prescan.get(key, (0, [], []))
        if start and self._prescan_text.get(key) != text:
            start, spans, pending = 0, [], []
        end = min(len(text), start + BATCH_CHARS)
        while end < len(text) and not text[end].isspace():
            end += 1
        for offset, word in words(text[start:end]):
            answer = self.checker.state(word)
            if answer is None:
                pending.append((start + offset, word))
            elif answer:
                spans.append((start + offset, len(word)))
        if end >= len(text):
            self._prescan.pop(key, None)
            self._prescan_text.pop(key, None)
            self._memo[key] = (text, tuple(spans), tuple(pending))
            return True
        self._prescan[key] = (end, spans, pending)
        self._prescan_text[key] = text
        return False

    def _many_waiting(self, block: QTextBlock) -> bool | None:
        """For a block with more waiting words than a slice (a long paragraph just opened):
        True while some are still being checked, False once all are answered; None for
        any other block. Such a paragraph is highlighted once, when all are answered: each
        highlight lays all of it out again (~10 ms for 25,000 characters)."""
        key = block.userState()
        memo = self._memo.get(key) if key >= 0 else None
        if memo is None or len(memo[2]) <= SETTLE_WORDS or memo[0] != block.text():
            return None
        return self.checker.still_checking(word for _position, word in memo[2])

    def _settled(self, block: QTextBlock) -> bool:
        """True once a long block's waiting words (thousands, when it opened before their
        answers came) have been looked up again, a slice per turn; its highlight then looks
        up only the few still unanswered."""
        key = block.userState()
        memo = self._memo.get(key) if key >= 0 else None
        text = block.text()
        if memo is None or memo[0] != text or len(memo[2]) <= SETTLE_WORDS:
            self._settling.pop(key, None)
            return True
        start = self._settling.get(key, 0)
        held = self._held
        spans, still = list(memo[1]), list(memo[2][:start])
        for position, word in memo[2][start : start + SETTLE_WORDS]:
            answer = None
            if held is None or held[0] != block or held[1] != block.position() + position:
                answer = self.checker.state(word)
            if answer is None:
                still.append((position, word))
            elif answer:
                spans.append((position, len(word)))
        end = len(still)
        still += memo[2][start + SETTLE_WORDS :]
        self._memo[key] = (text, tuple(spans), tuple(still))
        if start + SETTLE_WORDS >= len(memo[2]):
            self._settling.pop(key, None)
            return True
        self._settling[key] = end
        return False

    def _rehighlight_some(self) -> None:
        done = 0
        self._now = True
        was_blocked = self._quiet.blockSignals(True) if self._quiet is not None else False
        try:
            while self._todo and done < BATCH_CHARS:
                block = self._todo[0]
                if block.isValid() and not (self._prescanned(block) and self._settled(block)):
                    break  # a long paragraph is scanned over several turns
                long = block.isValid() and block.length() > DEFER_CHARS
                if long and self._many_waiting(block):
                    self._todo.pop(0)  # highlighted once its words are answered
                    self._waiting.append(block)
                    continue
                if long and done:
                    break  # highlighted (and laid out again) in a turn of its own
                self._todo.pop(0)
                if block.isValid():
                    self.rehighlightBlock(block)
                    done += block.length()
                if long:
                    break
        finally:
            self._now = False
            if self._quiet is not None:
                self._quiet.blockSignals(was_blocked)
        if self._todo:
            self._step.start()
