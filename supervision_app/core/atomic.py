"""Atomic file writes: a temporary file in the target's folder, then ``os.replace``.

A reader (or the user's file manager) never sees half a file, and a failed export leaves
nothing behind: not a partial file, not the temporary one. The temporary file is created
with mode 0600 from its first byte, because it holds exactly what the export holds.

Two shapes:

* :func:`atomic_write` for content that is ready (``bytes``) or for a library that writes
  to a path itself (python-docx, QPdfWriter): pass a callable that receives the
  temporary path and writes the whole file there.
* :func:`atomic_file` for streaming (CSV, JSONL): a context manager yielding an open file.

A process killed mid-write cannot remove its temporary file, and that file holds plaintext
(a whole export). So the names say who wrote them, ``.<name>.sj<pid>-<token>.part``, and
:func:`clean_stale_temp_files` removes those whose process has ended:

* in the target's folder before every write (an export goes wherever the user chose, so
  that is where a killed export's leftovers are found again);
* everywhere at start: each write records its temporary path in a small marker file in
  a registry folder (the app's data folder, set with :func:`set_temp_registry` by the app
  and the command line at start) before creating it and removes the marker when done, so
  the next start finds leftovers in any folder, even one never exported to again.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

TYPE_CHECKING = False  # not typing's own: every command-line run imports this module
if TYPE_CHECKING:
    from typing import IO, Any

__all__ = [
    "atomic_file",
    "atomic_write",
    "clean_stale_temp_files",
    "private_temp_file",
    "set_temp_registry",
]

Writer = Callable[[Path], object]

#: A temporary file's name (compiled on first use, by ``re``'s cache: every command-line
#: run imports this module and most never match it).
_TEMP_NAME = r"^\..+\.sj(\d+)-[0-9a-f]{12}\.part$"
#: Where in-progress temporary files are recorded: a function giving the folder (so it
#: follows the data folder if that changes, as in the self-test), or None.
_registry: Callable[[], Path] | None = None
#: Temporary files this process is writing now (never removed as stale).
_live: set[Path] = set()


def set_temp_registry(folder: Path | Callable[[], Path] | None) -> None:
    """Record in-progress temporary files in ``folder`` (made 0700 when first needed)."""
    global _registry
    if isinstance(folder, Path):
        fixed = folder
        _registry = lambda: fixed  # noqa: E731
    else:
        _registry = folder


def _registry_folder() -> Path | None:
    return None if _registry is None else _registry()


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process, or a platform that cannot tell: keep it
    return True


def _is_stale(path: Path) -> bool:
    match = re.match(_TEMP_NAME, path.name)
    if match is None or path in _live:
        return False
    pid = int(match.group(1))
    # Our own pid but not one of our live writes: left by an earlier process with this pid.
    return pid == os.getpid() or not _pid_alive(pid)


def clean_stale_temp_files(folder: Path | None = None) -> list[Path]:
    """Remove temporary files left by killed writes; returns those removed.

    With ``folder``, its own leftovers; always, those recorded in the registry (see the
    module doc). A file whose writer is still running is kept.
    """
    removed: list[Path] = []
    candidates: list[tuple[Path, Path | None]] = []
    if folder is not None:
        with suppress(OSError):
            names = os.listdir(folder)
            candidates += [(folder / n, None) for n in names if re.match(_TEMP_NAME, n)]
    registry = _registry_folder()
    if registry is not None:
        with suppress(OSError):
            for entry in registry.iterdir():
                with suppress(OSError, UnicodeDecodeError):
                    candidates.append((Path(entry.read_text(encoding="utf-8")), entry))
    for path, marker in candidates:
        if not _is_stale(path):
            continue
        with suppress(FileNotFoundError):
            path.unlink()
            removed.append(path)
        if marker is not None:
            with suppress(OSError):
                marker.unlink()
    return removed


def _marker(temp: Path) -> Path | None:
    registry = _registry_folder()
    return None if registry is None else registry / temp.name.lstrip(".")


def private_temp_file(target: Path) -> tuple[int, Path]:
    """A new, empty, private (0600) file next to ``target``, recorded until released.

    Call :func:`release_temp` with the path once it has been renamed or removed.
    """
    clean_stale_temp_files(target.parent)
    temp = target.parent / f".{target.name}.sj{os.getpid()}-{os.urandom(6).hex()}.part"
    _live.add(temp)
    marker = _marker(temp)
    if marker is not None:
        with suppress(OSError):  # a registry that cannot be written must not stop a save
            marker.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            marker.write_text(str(temp.absolute()), encoding="utf-8")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except BaseException:
        release_temp(temp)
        raise
    return fd, temp


def release_temp(temp: Path) -> None:
    """Forget ``temp`` (renamed into place, or removed)."""
    _live.discard(temp)
    marker = _marker(temp)
    if marker is not None:
        with suppress(OSError):
            marker.unlink()


_temp_path = private_temp_file


def fsync_folder(folder: Path) -> None:
    """Make a rename into ``folder`` durable (POSIX); Windows cannot open a folder this way."""
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
    fsync_folder(target.parent)


@contextmanager
def _into_place(target: Path) -> Iterator[tuple[int, Path]]:
    """A private temporary file beside ``target`` (open descriptor and path) that replaces
    ``target`` when the block ends cleanly; on any error it is removed and the error
    propagates, leaving ``target`` as it was."""
    fd, temp = _temp_path(target)
    try:
        yield fd, temp
        _finish(temp, target)
    except BaseException:
        with suppress(OSError):
            temp.unlink()
        raise
    finally:
        release_temp(temp)


def atomic_write(path: Path | str, content: bytes | Writer) -> Path:
    """Write ``content`` to ``path`` all at once, or not at all.

    ``content`` is the file's bytes, or a callable that writes the whole file at the path it
    is given (a temporary path in the same folder). If the callable raises, the temporary
    file is removed, an existing file at ``path`` is left as it was, and the error
    propagates. Returns ``path``.
    """
    target = Path(path)
    with _into_place(target) as (fd, temp):
        if isinstance(content, bytes | bytearray | memoryview):
            with os.fdopen(fd, "wb") as handle:
                handle.write(content)
        else:
            os.close(fd)
            content(temp)
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
    with _into_place(Path(path)) as (fd, _temp):
        if mode == "wb":
            handle: IO[Any] = os.fdopen(fd, "wb")
        else:
            handle = os.fdopen(fd, "w", encoding=encoding, newline=newline)
        with handle:
            yield handle
