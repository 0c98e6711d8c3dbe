"""Atomic file writes: a temporary file in the target's folder, then ``os.replace``.

A reader (or the user's file manager) never sees half a file, and a failed export leaves
nothing behind: not a partial file, not the temporary one. The temporary file is created
with mode 0600 from its first byte, because it holds exactly what the export holds.

Two shapes:

* :func:`atomic_write` for content that is ready (``bytes``) or for a library that writes
  to a path itself (python-docx, QPdfWriter): pass a callable that receives the
  temporary path and writes the whole file there.
* :func:`atomic_file` for streaming (CSV, JSONL): a context manager yielding an open file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any

__all__ = ["atomic_file", "atomic_write"]

Writer = Callable[[Path], object]


def _temp_path(target: Path) -> tuple[int, Path]:
    """A new, empty, private (0600) file next to ``target``."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    with suppress(OSError):  # mkstemp already uses 0600 on POSIX; make sure elsewhere
        os.chmod(name, 0o600)
    return fd, Path(name)


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open a folder this way.
    if os.name != "posix":
        return
    with suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _finish(temp: Path, target: Path) -> None:
    with open(temp, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(temp, target)
    _fsync_folder(target.parent)


def atomic_write(path: Path | str, content: bytes | Writer) -> Path:
    """Write ``content`` to ``path`` all at once, or not at all.

    ``content`` is the file's bytes, or a callable that writes the whole file at the path it
    is given (a temporary path in the same folder). If the callable raises, the temporary
    file is removed, an existing file at ``path`` is left as it was, and the error
    propagates. Returns ``path``.
    """
    target = Path(path)
    fd, temp = _temp_path(target)
    try:
        if isinstance(content, bytes | bytearray | memoryview):
            with os.fdopen(fd, "wb") as handle:
                handle.write(content)
        else:
            os.close(fd)
            content(temp)
        _finish(temp, target)
    except BaseException:
        with suppress(OSError):
            temp.unlink()
        raise
    return target


@contextmanager
def atomic_file(
    path: Path | str,
    mode: str = "w",
    *,
    encoding: str | None = "utf-8",
    newline: str | None = None,
) -> Iterator[IO[Any]]:
    """Open a temporary file for writing; it replaces ``path`` when the block ends cleanly.

    ``mode`` is ``"w"`` (text, with ``encoding`` and ``newline``) or ``"wb"``. If the block
    raises, nothing is left behind and the error propagates.
    """
    if mode not in ("w", "wb"):
        raise ValueError("atomic_file writes a new file: mode must be 'w' or 'wb'")
    target = Path(path)
    fd, temp = _temp_path(target)
    try:
        if mode == "wb":
            handle: IO[Any] = os.fdopen(fd, "wb")
        else:
            handle = os.fdopen(fd, "w", encoding=encoding, newline=newline)
        with handle:
            yield handle
        _finish(temp, target)
    except BaseException:
        with suppress(OSError):
            temp.unlink()
        raise
