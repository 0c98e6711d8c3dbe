"""How a long migration says how far it has got, to whoever is opening the vault.

Migrations keep their one-argument signature; the caller of ``Vault.open`` listens for the
duration of the upgrade (the app shows it at unlock). Reports come from the thread running
the migration, between its statements, never from inside SQLite.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

#: ``(done, total)``; ``total`` 0 means "working, how long unknown".
Progress = Callable[[int, int], None]

_listener: ContextVar[Progress | None] = ContextVar("migration_progress", default=None)


def report(done: int, total: int) -> None:
    """Tell the listener, if any, how far the running migration has got."""
    listener = _listener.get()
    if listener is not None:
        listener(done, total)


@contextmanager
def listening(listener: Progress | None) -> Iterator[None]:
    """Send :func:`report` calls made inside the block to ``listener``."""
    token = _listener.set(listener)
    try:
        yield
    finally:
        _listener.reset(token)
