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


class WeakPassphrase(JournalError):
    pass


class EntryNotFound(JournalError):
    def __init__(self, entry_id: int) -> None:
        super().__init__(f"There is no entry with id {entry_id}.")


class InvalidEntry(JournalError):
    pass
