"""Errors of supervision records and their exchange; ``str(error)`` is one sentence."""

from __future__ import annotations

from supervision_app.core.errors import JournalError
from supervision_app.core.i18n import QT_TRANSLATE_NOOP, Translate, english


class SupervisionError(JournalError):
    """Base class for supervision records, agreements, actions and exchange files."""


class InvalidSupervisionRecord(SupervisionError):
    """Input that cannot be saved (a missing name, a bad status, a date in the wrong form)."""


class PartnerNotFound(SupervisionError):
    def __init__(self, partner_id: object) -> None:
        self.partner_id = partner_id
        super().__init__(self.message())

    def message(self, translate: Translate = english) -> str:
        return translate("Errors", "There is no supervision partner with id {id}.").format(
            id=self.partner_id
        )


class SessionNotFound(SupervisionError):
    def __init__(self, session_id: object) -> None:
        self.session_id = session_id
        super().__init__(self.message())

    def message(self, translate: Translate = english) -> str:
        return translate("Errors", "There is no supervision record with id {id}.").format(
            id=self.session_id
        )


class ActionNotFound(SupervisionError):
    def __init__(self, action_id: object) -> None:
        self.action_id = action_id
        super().__init__(self.message())

    def message(self, translate: Translate = english) -> str:
        return translate("Errors", "There is no supervision action with id {id}.").format(
            id=self.action_id
        )


class AddendumNotFound(SupervisionError):
    def __init__(self, addendum_id: object) -> None:
        self.addendum_id = addendum_id
        super().__init__(self.message())

    def message(self, translate: Translate = english) -> str:
        return translate("Errors", "There is no addendum with id {id}.").format(id=self.addendum_id)


class PeerReflectionNotFound(SupervisionError):
    def __init__(self, reflection_id: object) -> None:
        self.reflection_id = reflection_id
        super().__init__(self.message())

    def message(self, translate: Translate = english) -> str:
        return translate("Errors", "There is no peer reflection with id {id}.").format(
            id=self.reflection_id
        )


class NameMismatch(InvalidSupervisionRecord):
    """A typed name is not the owner's name or the partner's recorded name: the signer
    must confirm it (a typed name proves presence, not identity)."""


class RecordSigned(SupervisionError):
    """The record (or addendum) was signed by both parties and is now read-only."""

    def __init__(self, what: str = QT_TRANSLATE_NOOP("Errors", "This supervision record")) -> None:
        self.what = what
        super().__init__(self.message())

    def message(self, translate: Translate = english) -> str:
        return translate(
            "Errors",
            "{what} has been signed by both of you and cannot be changed; add a dated "
            "addendum instead.",
        ).format(what=translate("Errors", self.what))


class NotSigned(SupervisionError):
    """Something needs a record signed by both parties (an addendum, an export)."""


class ExchangeError(SupervisionError):
    """An exchange file could not be written or imported; nothing was changed."""


class ExchangeWrongPassphrase(ExchangeError):
    def __init__(self) -> None:
        super().__init__(self.message())

    def message(self, translate: Translate = english) -> str:
        return translate(
            "Errors",
            "The one-time passphrase is not correct for this file (or the start of the file "
            "is damaged); nothing was imported.",
        )


class ExchangeFileDamaged(ExchangeError):
    """``detail`` is marked with ``QT_TRANSLATE_NOOP("Errors", …)`` where it is raised."""

    def __init__(
        self,
        detail: str = QT_TRANSLATE_NOOP("Errors", "it is damaged, incomplete or has been changed"),
    ) -> None:
        self.detail = detail
        super().__init__(self.message())

    def message(self, translate: Translate = english) -> str:
        return translate(
            "Errors", "The exchange file cannot be used: {detail}; nothing was imported."
        ).format(detail=translate("Errors", self.detail))


class ExchangeDuplicate(ExchangeError):
    def __init__(self) -> None:
        super().__init__(self.message())

    def message(self, translate: Translate = english) -> str:
        return translate(
            "Errors",
            "Everything in this exchange file is already in your journal; nothing was imported.",
        )


class ExchangeConflict(ExchangeError):
    pass


class ExchangeKeyNotConfirmed(ExchangeError):
    """The first file from a partner: its key must be confirmed before anything is imported.

    ``fingerprint`` is the key's fingerprint, to compare with the partner by the same
    channel as the one-time passphrase.
    """

    def __init__(self, name: str, fingerprint: str, given: str | None = None) -> None:
        self.name, self.fingerprint, self.given = name, fingerprint, given
        super().__init__(self.message())

    def message(self, translate: Translate = english) -> str:
        if self.given:
            text = translate(
                "Errors",
                "The fingerprint you gave does not match this file's key ({fingerprint}); it "
                "may not come from {name}. Nothing was imported.",
            )
        else:
            text = translate(
                "Errors",
                "This is the first file from {name}: compare its key's fingerprint "
                "{fingerprint} with {name} by the same channel as the one-time passphrase, "
                "then confirm it (--trust-fingerprint); nothing was imported.",
            )
        return text.format(name=self.name, fingerprint=self.fingerprint)


class ExchangeKeyRefused(ExchangeError):
    """A file signed by a key other than the one pinned for the partner, or not signed."""
