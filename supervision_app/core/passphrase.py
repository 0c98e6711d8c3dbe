"""Rules for new passphrases (the vault cannot be recovered without one), and the Unicode
forms a passphrase is tried in.

An accented letter can be typed as one code point ("é", composed: NFC) or as a letter and a
combining accent ("e" + U+0301, decomposed: NFD), depending on the keyboard and system; the
two look the same but derive different keys. New keys (a new vault, a passphrase change) are
derived from the NFC form; opening tries the passphrase as typed, and only if that fails
its other forms (NFC, then NFD for a vault an NFD keyboard made before), so every existing
vault still opens and the extra key derivations happen only when the first one fails.
"""

from __future__ import annotations

from supervision_app.core.errors import WeakPassphrase
from supervision_app.core.i18n import Translate, english

MIN_LENGTH = 10


def check_new_passphrase(
    passphrase: str, repeated: str | None = None, translate: Translate = english
) -> None:
    """Raise :class:`WeakPassphrase` with a user-facing reason, or return quietly."""
    if repeated is not None and stored_form(passphrase) != stored_form(repeated):
        raise WeakPassphrase(translate("Errors", "The two passphrases do not match."))
    if len(passphrase) < MIN_LENGTH:
        message = translate("Errors", "The passphrase must be at least {n} characters long.")
        raise WeakPassphrase(message.format(n=MIN_LENGTH))
    if passphrase.strip() != passphrase:
        raise WeakPassphrase(
            translate("Errors", "The passphrase must not start or end with a space.")
        )


def stored_form(passphrase: str) -> str:
    """The form new keys are derived from: Unicode NFC (composed)."""
    if passphrase.isascii():
        return passphrase
    import unicodedata

    return unicodedata.normalize("NFC", passphrase)


def forms_to_try(passphrase: str) -> tuple[str, ...]:
    """The passphrase as typed, then its NFC and NFD forms where they differ from it."""
    if passphrase.isascii():
        return (passphrase,)
    import unicodedata

    forms = [passphrase]
    for form in ("NFC", "NFD"):
        other = unicodedata.normalize(form, passphrase)
        if other not in forms:
            forms.append(other)
    return tuple(forms)
