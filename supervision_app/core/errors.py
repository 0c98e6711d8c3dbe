"""Errors the domain and storage raise; each carries one sentence fit for a user.

``str(error)`` is the sentence in English (the command line prints it). The window shows
:meth:`JournalError.message` with ``QCoreApplication.translate`` instead: an error with a
fixed sentence builds it there, through ``translate`` under the "Errors" context, so the
same sentence reaches the user in the window's language. An error raised far from the
window is made with :meth:`Explained.marked` (its sentence marked, translated when shown);
one raised with its own text (``InvalidEntry("…")``) was made by a function that took
``translate`` (core/i18n.py).
"""

from __future__ import annotations

import datetime as dt

from supervision_app.core.i18n import QT_TRANSLATE_NOOP, Text, Translate, date_text, english

TYPE_CHECKING = False  # not typing's own: a command-line search does not import typing
if TYPE_CHECKING:
    from typing import Self


class Explained:
    """An error whose sentence the window can have in its own language (:meth:`message`);
    gui/common/errors.py ``error_text`` shows it."""

    #: The sentence as marked (``QT_TRANSLATE_NOOP("Errors", …)``) and its values, for an
    #: error made by :meth:`marked`.
    _marked: tuple[str, dict[str, object]] | None = None

    def __init__(self, *args: object) -> None:
        super().__init__(*args)  # the exception class beside it in the bases

    @classmethod
    def marked(cls, source: str, **values: object) -> Self:
        """The error with ``source`` (marked under "Errors", ``{name}`` for each of
        ``values``): ``str()`` is the English, :meth:`message` translates it when shown.
        For an error raised on a worker thread, or far from the window, this beats taking
        ``translate``: the sentence is translated where it is shown."""
        error = cls(source.format(**shown(values, english)))
        error._marked = (source, values)
        return error

    def message(self, translate: Translate = english) -> str:
        """The sentence in the language of ``translate``. Subclasses with a fixed sentence
        build it here (and pass ``self.message()`` to ``Exception``, so ``str()`` is the
        English); others were raised with their text, already in the caller's language."""
        if self._marked is not None:
            source, values = self._marked
            return translate("Errors", source).format(**shown(values, translate))
        return str(self)


def shown(values: dict[str, object], translate: Translate) -> dict[str, object]:
    """A marked sentence's values as the user reads them: a date as "3 Mar 2026" and another
    error (or :class:`Clause`) as its own sentence, both in the language of ``translate``."""
    return {key: _shown(value, translate) for key, value in values.items()}


def _shown(value: object, translate: Translate) -> object:
    if isinstance(value, Explained):
        return value.message(translate)
    if isinstance(value, Text):  # e.g. a parser's message in our words (core/parse_problems)
        return value.render(translate)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return date_text(value, translate)
    return value


class Clause(Explained):
    """Another error's sentence inside a marked one: "(an action appears in two
    records)", its first letter lower-case and without its full stop."""

    def __init__(self, error: BaseException) -> None:
        self.error = error

    def message(self, translate: Translate = english) -> str:
        text = _shown(self.error, translate) if isinstance(self.error, Explained) else None
        text = str(text if text is not None else self.error).rstrip(".")
        return text[:1].lower() + text[1:]


class JournalError(Explained, Exception):
    """Base class: ``str(error)`` is a complete sentence for the user."""


class VaultError(JournalError):
    pass


class WrongPassphrase(VaultError):
    def __init__(self) -> None:
        super().__init__(self.message())

    def message(self, translate: Translate = english) -> str:
        return translate("Errors", "The passphrase is not correct for this vault.")


class VaultMissing(VaultError):
    def __init__(self, path: object) -> None:
        self.path = path
        super().__init__(self.message())

    def message(self, translate: Translate = english) -> str:
        return translate("Errors", "There is no vault at {path}.").format(path=self.path)


class NotAVault(VaultError):
    def __init__(self, path: object) -> None:
        self.path = path
        super().__init__(self.message())

    def message(self, translate: Translate = english) -> str:
        return translate("Errors", "{path} is not a Supervision Journal vault.").format(
            path=self.path
        )


class VaultInUse(VaultError):
    def __init__(self, path: object) -> None:
        self.path = path
        super().__init__(self.message())

    def message(self, translate: Translate = english) -> str:
        return translate(
            "Errors",
            "The vault {path} is open in another window or program; close it there first.",
        ).format(path=self.path)


class VaultExists(VaultError):
    def __init__(self, path: object) -> None:
        self.path = path
        super().__init__(self.message())

    def message(self, translate: Translate = english) -> str:
        return translate("Errors", "A file already exists at {path}; choose another name.").format(
            path=self.path
        )


class VaultTooNew(VaultError):
    def __init__(self, found: int, known: int) -> None:
        self.found, self.known = found, known
        super().__init__(self.message())

    def message(self, translate: Translate = english) -> str:
        return translate(
            "Errors",
            "This vault was written by a newer version of the app (schema {found}, this "
            "version knows up to {known}); please update the app.",
        ).format(found=self.found, known=self.known)


#: Said wherever a vault cannot be used as it is: how to get the journal back.
RESTORE_HINT = QT_TRANSLATE_NOOP(
    "Errors",
    "restore your newest backup (in the app: File > Restore from backup; on the command line: "
    "'supervision-journal backups' lists them and 'supervision-journal restore BACKUP' puts "
    "one back)",
)


class VaultDamaged(VaultError):
    """The passphrase is right (or cannot be the problem) but the file is not intact.

    ``detail`` says what is wrong; a fixed detail is marked with ``QT_TRANSLATE_NOOP("Errors",
    …)`` where it is raised, so :meth:`message` finds its translation."""

    def __init__(self, path: object, detail: str = "") -> None:
        self.path, self.detail = path, detail
        super().__init__(self.message())

    def message(self, translate: Translate = english) -> str:
        if self.detail:
            text = translate(
                "Errors",
                "The vault {path} is damaged ({detail}). Keep a copy of the file as it is, "
                "and {hint}.",
            )
        else:
            text = translate(
                "Errors",
                "The vault {path} is damaged. Keep a copy of the file as it is, and {hint}.",
            )
        return text.format(
            path=self.path,
            detail=translate("Errors", self.detail),
            hint=translate("Errors", RESTORE_HINT),
        )


class VaultReadOnly(VaultError):
    """The vault file, or the folder it is in, cannot be written."""

    def __init__(self, path: object) -> None:
        self.path = path
        super().__init__(self.message())

    def message(self, translate: Translate = english) -> str:
        return translate(
            "Errors",
            "The vault {path} or its folder is read-only; nothing was saved. Make both "
            "writable (check their permissions, or copy the vault to a writable folder) "
            "and try again.",
        ).format(path=self.path)


class DiskFull(VaultError):
    def __init__(self, path: object) -> None:
        self.path = path
        super().__init__(self.message())

    def message(self, translate: Translate = english) -> str:
        return translate(
            "Errors",
            "The disk holding {path} is full; nothing was saved. Free some space and try again.",
        ).format(path=self.path)


class BackupDiskFull(DiskFull):
    """The disk filled up while a backup was being written: only the copy failed (and was
    removed); the journal itself was not touched. "Nothing was saved" read as if it had been."""

    def message(self, translate: Translate = english) -> str:
        return translate(
            "Errors",
            "The disk holding {path} is full, so the backup was not made; your journal is "
            "safe and unchanged. Free some space and try again.",
        ).format(path=self.path)


class BackupFolderReadOnly(VaultReadOnly):
    """The folder a backup goes to cannot be written: only the backup failed."""

    def message(self, translate: Translate = english) -> str:
        return translate(
            "Errors",
            "The backup folder {path} is read-only, so the backup was not made; your journal "
            "is safe and unchanged. Make the folder writable (check its permissions) and try "
            "again.",
        ).format(path=self.path)


class DiskError(VaultError):
    """The operating system reported an input/output error (a failing disk or cable)."""

    def __init__(self, path: object) -> None:
        self.path = path
        super().__init__(self.message())

    def message(self, translate: Translate = english) -> str:
        return translate(
            "Errors",
            "The disk reported an error while using {path}; nothing was saved. Check the "
            "disk, then try again; if it keeps happening, {hint} on another disk.",
        ).format(path=self.path, hint=translate("Errors", RESTORE_HINT))


class WeakPassphrase(JournalError):
    pass


class EntryNotFound(JournalError):
    def __init__(self, entry_id: int) -> None:
        self.entry_id = entry_id
        super().__init__(self.message())

    def message(self, translate: Translate = english) -> str:
        return translate("Errors", "There is no entry with id {id}.").format(id=self.entry_id)


class InvalidEntry(JournalError):
    pass
