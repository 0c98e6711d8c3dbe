"""Writes made on a worker thread, each on a connection of its own.

The app's autosave of a long entry costs the thread that writes it tens of milliseconds
of CPU (the full-text index tokenises the old and the new text, three index entries per
token with ``prefix = '2 3'``) and then waits for the disk (``synchronous = FULL``: one
fsync per commit, hundreds of milliseconds on a busy disk). On the UI thread that froze
typing; on a worker it does not (gui/autosave.py). The vault's shared connection belongs
to the UI thread, so the worker opens a private one (``Vault.private_connection``: keyed
with the vault's key, no key derivation) for the write and closes it straight after, so
no connection is left open across a lock, a passphrase change or a restore.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from supervision_app.storage.entries import EntryRepository
from supervision_app.storage.vault_file import immediate_transaction

if TYPE_CHECKING:
    from supervision_app.core.entries import Entry
    from supervision_app.storage.vault import Clock, Vault


class _PrivateScope:
    """What a repository needs of a vault (``conn``, ``clock``, ``transaction``), on one
    private connection."""

    def __init__(self, conn: Any, clock: Clock) -> None:
        self.conn = conn
        self.clock = clock

    def transaction(self) -> AbstractContextManager[Any]:
        return immediate_transaction(self.conn)


def update_entry_privately(
    vault: Vault, entry: Entry, *, configure: Callable[[Any], object] | None = None
) -> Entry:
    """``vault.entries.update(entry)`` on a new connection of its own (for a worker thread;
    the same checks, errors and result). Raises what opening or writing raises.
    ``configure`` runs on the connection first (tests cap its pages: a full disk)."""
    conn = vault.private_connection()
    try:
        if configure is not None:
            configure(conn)
        scope = _PrivateScope(conn, vault.clock)
        return EntryRepository(scope).update(entry)
    finally:
        conn.close()
