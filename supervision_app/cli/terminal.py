"""Terminal safety for human output: stored text never acts on the terminal.

Kept apart from :mod:`supervision_app.cli.shapes` (the entry shapes, which import the entry
model): every run installs it first, the desktop app's start included.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

# Not typing's own: a command-line search does not import typing (tests/cli/test_cli_index.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import IO, Any

#: Characters a terminal may act on rather than show: C0 controls (but tab and newline),
#: DEL, C1 controls, and the bidirectional overrides that reorder what is seen. Stored text
#: (a title, a tag, an imported body) could otherwise move the cursor, change the window
#: title or hide text. Each becomes U+FFFD.
_UNSAFE = {
    **{c: 0xFFFD for c in range(0x20) if chr(c) not in "\t\n"},
    0x7F: 0xFFFD,
    **{c: 0xFFFD for c in range(0x80, 0xA0)},
    **{c: 0xFFFD for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))},
}


def safe_text(text: str) -> str:
    """``text`` with every character a terminal could act on replaced (see ``_UNSAFE``)."""
    return text.translate(_UNSAFE)


class SafeStdout:
    """Standard output for people: whatever is written is passed through :func:`safe_text`.

    JSON (already escaped, and which must stay byte-exact) and the app's own highlighting
    are written inside :func:`raw_output`.
    """

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self.raw = False

    def write(self, text: str) -> int:
        return self._stream.write(text if self.raw else safe_text(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def install_safe_stdout() -> None:
    if sys.stdout is not None and not isinstance(sys.stdout, SafeStdout):
        sys.stdout = SafeStdout(sys.stdout)


def output_tolerant() -> None:
    """Human output never dies on a character the console's code page cannot show, and
    never passes on a terminal control sequence found in stored text."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    install_safe_stdout()


@contextmanager
def raw_output() -> Iterator[None]:
    """Write to standard output unfiltered (JSON, or text already made safe)."""
    out = sys.stdout
    if not isinstance(out, SafeStdout):
        yield
        return
    before = out.raw
    out.raw = True
    try:
        yield
    finally:
        out.raw = before
