"""Errors the domain and storage raise; each carries one sentence fit for a user."""

from __future__ import annotations


class JournalError(Exception):
    """Base class: ``str(error)`` is a complete sentence for the user."""


class VaultError(JournalError):
    pass


class WrongPassphrase(VaultError):
    def __init__(self) -> None:
        super().__init__("The passphrase is not correct for this vault.")


class VaultMissing(VaultError):
    def __init__(self, path: object) -> None:
        super().__init__(f"There is no vault at {path}.")


class NotAVault(VaultError):
    def __init__(self, path: object) -> None:
        super().__init__(f"{path} is not a Supervision Journal vault.")


class VaultInUse(VaultError):
    def __init__(self, path: object) -> None:
        super().__init__(
            f"The vault {path} is open in another window or program; close it there first."
        )


class VaultExists(VaultError):
    def __init__(self, path: object) -> None:
        super().__init__(f"A file already exists at {path}; choose another name.")


class VaultTooNew(VaultError):
    def __init__(self, found: int, known: int) -> None:
        super().__init__(
            f"This vault was written by a newer version of the app (schema {found}, "
            f"this version knows up to {known}); please update the app."
        )


#: Said wherever a vault cannot be used as it is: how to get the journal back.
RESTORE_HINT = (
    "restore your newest backup (in the app: File > Restore from backup; on the command line: "
    "'supervision-journal backups' lists them and 'supervision-journal restore BACKUP' puts "
    "one back)"
)


class VaultDamaged(VaultError):
    """The passphrase is right (or cannot be the problem) but the file is not intact."""

    def __init__(self, path: object, detail: str = "") -> None:
        what = f" ({detail})" if detail else ""
        super().__init__(
            f"The vault {path} is damaged{what}. Keep a copy of the file as it is, and "
            f"{RESTORE_HINT}."
        )


class VaultReadOnly(VaultError):
    """The vault file, or the folder it is in, cannot be written."""

    def __init__(self, path: object) -> None:
        super().__init__(
            f"The vault {path} or its folder is read-only; nothing was saved. Make both "
            "writable (check their permissions, or copy the vault to a writable folder) "
            "and try again."
        )


class DiskFull(VaultError):
    def __init__(self, path: object) -> None:
        super().__init__(
            f"The disk holding {path} is full; nothing was saved. Free some space and try again."
        )


class DiskError(VaultError):
    """The operating system reported an input/output error (a failing disk or cable)."""

    def __init__(self, path: object) -> None:
        super().__init__(
            f"The disk reported an error while using {path}; nothing was saved. Check the "
            f"disk, then try again; if it keeps happening, {RESTORE_HINT} on another disk."
        )


class WeakPassphrase(JournalError):
    pass


class EntryNotFound(JournalError):
    def __init__(self, entry_id: int) -> None:
        super().__init__(f"There is no entry with id {entry_id}.")


class InvalidEntry(JournalError):
    pass
