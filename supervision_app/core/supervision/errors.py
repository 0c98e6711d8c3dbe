"""Errors of supervision records and their exchange; ``str(error)`` is one sentence."""

from __future__ import annotations

from supervision_app.core.errors import JournalError


class SupervisionError(JournalError):
    """Base class for supervision records, agreements, actions and exchange files."""


class InvalidSupervisionRecord(SupervisionError):
    """Input that cannot be saved (a missing name, a bad status, a date in the wrong form)."""


class PartnerNotFound(SupervisionError):
    def __init__(self, partner_id: object) -> None:
        super().__init__(f"There is no supervision partner with id {partner_id}.")


class SessionNotFound(SupervisionError):
    def __init__(self, session_id: object) -> None:
        super().__init__(f"There is no supervision record with id {session_id}.")


class ActionNotFound(SupervisionError):
    def __init__(self, action_id: object) -> None:
        super().__init__(f"There is no supervision action with id {action_id}.")


class AddendumNotFound(SupervisionError):
    def __init__(self, addendum_id: object) -> None:
        super().__init__(f"There is no addendum with id {addendum_id}.")


class PeerReflectionNotFound(SupervisionError):
    def __init__(self, reflection_id: object) -> None:
        super().__init__(f"There is no peer reflection with id {reflection_id}.")


class NameMismatch(InvalidSupervisionRecord):
    """A typed name is not the owner's name or the partner's recorded name: the signer
    must confirm it (a typed name proves presence, not identity)."""


class RecordSigned(SupervisionError):
    """The record (or addendum) was signed by both parties and is now read-only."""

    def __init__(self, what: str = "This supervision record") -> None:
        super().__init__(
            f"{what} has been signed by both of you and cannot be changed; "
            "add a dated addendum instead."
        )


class NotSigned(SupervisionError):
    """Something needs a record signed by both parties (an addendum, an export)."""


class ExchangeError(SupervisionError):
    """An exchange file could not be written or imported; nothing was changed."""


class ExchangeWrongPassphrase(ExchangeError):
    def __init__(self) -> None:
        super().__init__(
            "The one-time passphrase is not correct for this file "
            "(or the start of the file is damaged); nothing was imported."
        )


class ExchangeFileDamaged(ExchangeError):
    def __init__(self, detail: str = "it is damaged, incomplete or has been changed") -> None:
        super().__init__(f"The exchange file cannot be used: {detail}; nothing was imported.")


class ExchangeDuplicate(ExchangeError):
    def __init__(self) -> None:
        super().__init__(
            "Everything in this exchange file is already in your journal; nothing was imported."
        )


class ExchangeConflict(ExchangeError):
    pass


class ExchangeKeyNotConfirmed(ExchangeError):
    """The first file from a partner: its key must be confirmed before anything is imported.

    ``fingerprint`` is the key's fingerprint, to compare with the partner by the same
    channel as the one-time passphrase.
    """

    def __init__(self, name: str, fingerprint: str, given: str | None = None) -> None:
        self.name, self.fingerprint = name, fingerprint
        if given:
            text = (
                f"The fingerprint you gave does not match this file's key ({fingerprint}); "
                f"it may not come from {name}. Nothing was imported."
            )
        else:
            text = (
                f"This is the first file from {name}: compare its key's fingerprint "
                f"{fingerprint} with {name} by the same channel as the one-time passphrase, "
                "then confirm it (--trust-fingerprint); nothing was imported."
            )
        super().__init__(text)


class ExchangeKeyRefused(ExchangeError):
    """A file signed by a key other than the one pinned for the partner, or not signed."""
