"""Rules for new passphrases (the vault cannot be recovered without one)."""

from __future__ import annotations

from supervision_app.core.errors import WeakPassphrase

MIN_LENGTH = 10


def check_new_passphrase(passphrase: str, repeated: str | None = None) -> None:
    """Raise :class:`WeakPassphrase` with a user-facing reason, or return quietly."""
    if repeated is not None and passphrase != repeated:
        raise WeakPassphrase("The two passphrases do not match.")
    if len(passphrase) < MIN_LENGTH:
        raise WeakPassphrase(f"The passphrase must be at least {MIN_LENGTH} characters long.")
    if passphrase.strip() != passphrase:
        raise WeakPassphrase("The passphrase must not start or end with a space.")
