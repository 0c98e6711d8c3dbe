"""Rules for new passphrases (the vault cannot be recovered without one)."""

from __future__ import annotations

from supervision_app.core.errors import WeakPassphrase
from supervision_app.core.i18n import Translate, english

MIN_LENGTH = 10


def check_new_passphrase(
    passphrase: str, repeated: str | None = None, translate: Translate = english
) -> None:
    """Raise :class:`WeakPassphrase` with a user-facing reason, or return quietly."""
    if repeated is not None and passphrase != repeated:
        raise WeakPassphrase(translate("Errors", "The two passphrases do not match."))
    if len(passphrase) < MIN_LENGTH:
        message = translate("Errors", "The passphrase must be at least {n} characters long.")
        raise WeakPassphrase(message.format(n=MIN_LENGTH))
    if passphrase.strip() != passphrase:
        raise WeakPassphrase(
            translate("Errors", "The passphrase must not start or end with a space.")
        )
