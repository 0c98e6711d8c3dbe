"""The vault: one SQLCipher 4 file with SQLCipher's default settings.

Any SQLCipher 4 client opens it with the passphrase alone. This module and
:mod:`.vault_file` (opening the file: checks, key, settings, migrations) are the only places
that talk to ``sqlcipher3`` directly; repositories receive the open connection.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from functools import cached_property
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from supervision_app.core.errors import (
    JournalError,
    VaultExists,
    WrongPassphrase,
)
from supervision_app.storage import guard
from supervision_app.storage.lock import VaultLock
from supervision_app.storage.vault_file import (  # APPLICATION_ID is imported from here too
    APPLICATION_ID,
    OPEN_VAULTS,
    acquire,
    check_file,
    configure,
    connect,
    immediate_transaction,
    make_private_dir,
    migrate,
    verify_key,
)

# Imported from here by the importers, exporters and dialogs (kept in vault_file.py).
from supervision_app.storage.vault_file import VaultFileChosen as VaultFileChosen
from supervision_app.storage.vault_file import is_open_vault_file as is_open_vault_file
from supervision_app.storage.vault_file import is_vault_file as is_vault_file

TYPE_CHECKING = False  # not typing's own: a command-line search does not import typing
if TYPE_CHECKING:
    from typing import Any

    from supervision_app.storage.companion import CompanionRepository
    from supervision_app.storage.cpd.attachments import AttachmentRepository
    from supervision_app.storage.cpd.profile import DismissalRepository, HcpcProfileRepository
    from supervision_app.storage.cpd.repository import CpdRepository
    from supervision_app.storage.cpd.settings import CpdSettingsStore
    from supervision_app.storage.home import HomeQueries
    from supervision_app.storage.reflection import (
        ConfidenceRepository,
        GuidedRepository,
        LinkRepository,
        TemplateRepository,
    )
    from supervision_app.storage.schema.progress import Progress
    from supervision_app.storage.settings import SettingsRepository
    from supervision_app.storage.supervision.repository import SupervisionRepository
    from supervision_app.storage.vault_key import VaultKey

Clock = Callable[[], dt.datetime]
DatabaseError = sqlcipher.DatabaseError


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


class Vault:
    """An open, unlocked vault. Use :meth:`create` or :meth:`open`, then :meth:`close`."""

    def __init__(
        self, path: Path, conn: Any, lock: VaultLock, clock: Clock, key: VaultKey | None
    ) -> None:
        self.path = path
        self._conn: Any = conn
        self._lock = lock
        self.clock = clock
        #: SQLCipher's key (not the passphrase), for :meth:`private_connection`; wiped on close,
        #: once the last of those connections has closed (see :meth:`close`).
        self._key: VaultKey | None = key
        #: The workers' connections still open (:meth:`private_connection`), and the lock
        #: that orders their opening and closing with :meth:`close`.
        self._workers: set[Any] = set()
        self._workers_lock = threading.Lock()
        self._real_path = os.path.realpath(path)
        OPEN_VAULTS.add(self._real_path)
        # Imported here to keep the module graph one-way (repositories import Vault types).
        from supervision_app.storage.entries import EntryRepository

        self.entries = EntryRepository(self)

    # The other repositories are built on first use: their modules take ~50 ms to import
    # (CPD and supervision; a few ms for reflection), and a command-line ``search`` or
    # ``add`` never needs them (nor the settings, which import json).

    @cached_property
    def settings(self) -> SettingsRepository:
        from supervision_app.storage.settings import SettingsRepository

        return SettingsRepository(self)

    @cached_property
    def links(self) -> LinkRepository:
        from supervision_app.storage.reflection import LinkRepository

        return LinkRepository(self)

    @cached_property
    def guided(self) -> GuidedRepository:
        from supervision_app.storage.reflection import GuidedRepository

        return GuidedRepository(self)

    @cached_property
    def templates(self) -> TemplateRepository:
        from supervision_app.storage.reflection import TemplateRepository

        return TemplateRepository(self)

    @cached_property
    def confidence(self) -> ConfidenceRepository:
        from supervision_app.storage.reflection import ConfidenceRepository

        return ConfidenceRepository(self)

    @cached_property
    def companion(self) -> CompanionRepository:
        from supervision_app.storage.companion import CompanionRepository

        return CompanionRepository(self)

    @cached_property
    def supervision(self) -> SupervisionRepository:
        from supervision_app.storage.supervision.repository import SupervisionRepository

        return SupervisionRepository(self)

    @cached_property
    def home(self) -> HomeQueries:
        from supervision_app.storage.home import HomeQueries

        return HomeQueries(self)

    @cached_property
    def cpd(self) -> CpdRepository:
        from supervision_app.storage.cpd.repository import CpdRepository

        return CpdRepository(self)

    @cached_property
    def attachments(self) -> AttachmentRepository:
        from supervision_app.storage.cpd.attachments import AttachmentRepository

        return AttachmentRepository(self)

    @cached_property
    def cpd_settings(self) -> CpdSettingsStore:
        from supervision_app.storage.cpd.settings import CpdSettingsStore

        return CpdSettingsStore(self)

    @cached_property
    def hcpc_profiles(self) -> HcpcProfileRepository:
        from supervision_app.storage.cpd.profile import HcpcProfileRepository

        return HcpcProfileRepository(self)

    @cached_property
    def dismissals(self) -> DismissalRepository:
        from supervision_app.storage.cpd.profile import DismissalRepository

        return DismissalRepository(self)

    # -- opening -----------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str, passphrase: str, *, clock: Clock = utc_now) -> Vault:
        from supervision_app.core.passphrase import check_new_passphrase, stored_form
        from supervision_app.storage.vault_key import VaultKey

        path = Path(path).expanduser()
        check_new_passphrase(passphrase)
        passphrase = stored_form(passphrase)  # keys are made from the composed form
        if path.exists():
            raise VaultExists(path)
        try:
            make_private_dir(path.parent)
            # Create the file ourselves so it is 0600 from its first byte; SQLite gives the
            # -wal and -shm files the same mode.
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except OSError as error:
            raise guard.typed_error(error, path) or error from error
        lock = VaultLock(path)
        acquire(lock, path)
        key = VaultKey.for_new_file(passphrase)
        conn = None
        try:
            conn = connect(path, key)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            configure(conn)
            migrate(conn)
        except BaseException:
            key.wipe()
            if conn is not None:
                with suppress(DatabaseError, JournalError):
                    conn.close()
            lock.release()
            # The -wal too: on a full disk it holds the space the user is asked to free.
            for leftover in (path, *(Path(f"{path}{s}") for s in ("-wal", "-shm", "-journal"))):
                with suppress(OSError):
                    leftover.unlink()
            raise
        return cls(path, conn, lock, clock, key)

    @classmethod
    def open(
        cls,
        path: Path | str,
        passphrase: str,
        *,
        clock: Clock = utc_now,
        on_progress: Progress | None = None,
        keep_key: bool = True,
    ) -> Vault:
        """Open and unlock the vault, upgrading its schema if it is older than the app's.

        An upgrade can take seconds on a big journal (rebuilding the search index):
        ``on_progress(done, total)`` hears about it, first with ``(0, 0)`` as it starts
        (nothing is reported when there is nothing to upgrade). ``keep_key=False`` (a
        command-line run that makes no backup) leaves the key derivation to SQLCipher and
        keeps no key: :meth:`private_connection` is then refused. Either way the key is
        derived once; only if the passphrase is wrong, again for each of its other Unicode
        forms (see ``core/passphrase.py``).
        """
        from supervision_app.storage.keying import each_form

        path = Path(path).expanduser()
        return each_form(
            passphrase,
            lambda form: cls._open_form(path, form, clock, on_progress, keep_key),
        )

    @classmethod
    def _open_form(
        cls,
        path: Path,
        passphrase: str,
        clock: Clock,
        on_progress: Progress | None,
        keep_key: bool,
    ) -> Vault:
        check_file(path)
        if not passphrase:
            raise WrongPassphrase()  # never right (SQLCipher refuses an empty key)
        lock = VaultLock(path)
        acquire(lock, path)
        key: VaultKey | None = None
        try:
            if keep_key:
                from supervision_app.storage.vault_key import VaultKey

                key = VaultKey.of_file(path, passphrase)
            conn = connect(path, key or passphrase)
            verify_key(conn, path, passphrase)
            configure(conn)
            vault = cls(path, conn, lock, clock, key)

            def backup(reason: str) -> None:
                vault._keep_key(passphrase)
                vault._backup_before(reason)

            migrate(conn, path, backup=backup, on_progress=on_progress)
        except BaseException:
            if key is not None:
                key.wipe()
            lock.release()
            OPEN_VAULTS.discard(os.path.realpath(path))
            raise
        return vault

    def _keep_key(self, passphrase: str) -> None:
        """Derive the key now, if the vault was opened without keeping it."""
        if self._key is None:
            from supervision_app.storage.vault_key import VaultKey

            self._key = VaultKey.of_file(self.path, passphrase)

    def _backup_before(self, reason: str) -> None:
        from supervision_app.storage.backup import make_backup

        make_backup(self, reason=reason)

    # -- use ---------------------------------------------------------------------------------

    @property
    def conn(self) -> Any:
        if self._conn is None:
            raise RuntimeError("the vault is closed")
        return self._conn

    def private_connection(self) -> Any:
        """A new connection to the vault, for one worker's use (backups, the check).

        Keyed with the vault's key (no key derivation). The UI thread never waits for it:
        in WAL mode its reads do not block the vault's own connection, and the app's writes
        never join its transactions. The caller closes it; :meth:`close` interrupts it and
        keeps the key until it is closed.
        """
        with self._workers_lock:
            key = self._key
            if key is None or self._conn is None:
                raise RuntimeError("the vault is closed, or was opened with keep_key=False")
            conn = key.connect(self.path)
            conn.closing = self._worker_closing
            self._workers.add(conn)
        return conn

    @contextmanager
    def _worker_closing(self, conn: Any) -> Iterator[None]:
        """Around a worker connection's close: under the lock :meth:`close` interrupts with
        (never a connection being closed), and the last one out finishes a pending close."""
        with self._workers_lock:
            yield
            self._workers.discard(conn)
            if self._conn is None and not self._workers:
                self._release()

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    @contextmanager
    def transaction(self, *, exclusive: bool = False) -> Iterator[Any]:
        """All or nothing; nested use joins the outer transaction. ``exclusive`` keeps
        other connections from reading meanwhile (see :mod:`.written_once`)."""
        conn = self.conn
        if conn.in_transaction:
            yield conn
            return
        with immediate_transaction(conn, exclusive=exclusive):
            yield conn

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-encrypt the whole file under ``new``; ``old`` must match."""
        from supervision_app.core.passphrase import check_new_passphrase, stored_form
        from supervision_app.storage.backup import make_backup
        from supervision_app.storage.vault_key import check_passphrase

        check_new_passphrase(new)
        new = stored_form(new)  # keys are made from the composed form
        self._keep_key(check_passphrase(self.path, old))  # the form of ``old`` that opens
        make_backup(self, reason="before-passphrase-change")
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        old_key = self._key
        if old_key is None:
            raise RuntimeError("the vault is closed")
        self._key = old_key.rekey(self.conn, new)  # the salt stays; the key is derived here
        old_key.wipe()
        # The newest backup always opens with the vault's passphrase: opening uses that to
        # tell a damaged vault from a wrong passphrase (see storage/damage.py).
        make_backup(self, reason="after-passphrase-change")

    def close(self) -> None:
        """Close the vault's connection at once, never waiting for a worker.

        A worker's connection (a backup, the check) still open is interrupted; its work
        stops at its next statement or look at :attr:`is_open`, and its connection closes.
        The key is wiped and the vault's lock released when the last of them has closed, so
        no worker ever goes on without its key, and locking the app never waits for one.
        """
        if self._conn is None:
            return
        with self._workers_lock:
            conn, self._conn = self._conn, None
            for worker in self._workers:
                worker.interrupt()  # thread-safe; never a connection being closed
            workers = bool(self._workers)
        try:
            # TRUNCATE waits for readers, and a worker may be reading: then only what it
            # can copy now (the last connection out checkpoints the rest as it closes).
            mode = "PASSIVE" if workers else "TRUNCATE"
            with suppress(DatabaseError, JournalError):
                conn.execute(f"PRAGMA wal_checkpoint({mode})")
            conn.close()
        finally:
            with self._workers_lock:
                if not self._workers:
                    self._release()

    def _release(self) -> None:
        """Wipe the key and release the vault's lock (the last connection has closed)."""
        OPEN_VAULTS.discard(self._real_path)
        if self._key is not None:
            self._key.wipe()
            self._key = None
        self._lock.release()

    @property
    def workers_running(self) -> bool:
        """True while a worker's connection is open (after :meth:`close`: not yet released)."""
        return bool(self._workers)

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
