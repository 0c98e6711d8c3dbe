"""Identity keys, signed sign-off and one "your name" (issue 11), on real vaults."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from supervision_app.core.cpd.settings import CpdSettings
from supervision_app.core.supervision.errors import NameMismatch
from supervision_app.core.supervision.model import OWNER_NAME_SETTING
from supervision_app.core.supervision.people import Partner
from supervision_app.core.supervision.signing import (
    fingerprint_of,
    normalise_fingerprint,
    same_fingerprint,
)
from supervision_app.storage.cpd.settings import CpdSettingsStore
from supervision_app.storage.schema import identity as identity_schema
from supervision_app.storage.schema.migrations import LATEST_VERSION, MIGRATIONS
from supervision_app.storage.supervision.identity import statuses
from supervision_app.storage.supervision.repository import SupervisionRepository
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.unit.test_supervision_storage import START, partner, session
from tests.upgrade_helpers import signed_record, vault_at_schema

#: The schema version just before identity keys: vaults made by the previous release.
BEFORE = MIGRATIONS.index(identity_schema.migrate)


def test_each_vault_has_its_own_key_and_a_readable_fingerprint(
    vault: Vault, tmp_path: Path
) -> None:
    mine = SupervisionRepository(vault).identity
    with Vault.create(tmp_path / "other.sjvault", PASSPHRASE) as other:
        theirs = SupervisionRepository(other).identity.fingerprint()
    shown = mine.fingerprint()
    groups = shown.split(" ")
    assert len(groups) == 8 and all(len(g) == 4 and g.isalnum() for g in groups)
    assert shown != theirs and shown == fingerprint_of(mine.public_key())
    # What people type back is compared without spaces, dashes or case.
    assert same_fingerprint(shown.lower().replace(" ", "-"), shown)
    assert not same_fingerprint(theirs, shown) and not same_fingerprint("", "")
    assert normalise_fingerprint(shown) == shown.replace(" ", "")
    # Kept inside the vault, never changed.
    with pytest.raises(sqlcipher.IntegrityError):
        vault.conn.execute("UPDATE vault_identity SET public_key = x'00'")


def test_sign_off_is_bound_to_the_content_and_the_key(vault: Vault) -> None:
    repo = SupervisionRepository(vault)
    pid = partner(repo, "AB")
    record = session(repo, pid, START, agenda=("Caseload",))
    assert record.id is not None
    repo.owner.set_name("Cy Owner")
    signed = repo.signoff.sign(record.id, "owner", "cy  OWNER")  # same name, other spelling
    mine = signed.signature_of("owner")
    assert mine is not None and mine.proof is not None
    assert mine.proof.public_key == repo.identity.public_key()
    [(_, status)] = statuses(vault, signed).values()
    assert status == "made_here"
    # The same proof on other content (here: the agenda changed in the file) proves nothing.
    other = replace(signed, agenda=("Something else",))
    [(_, status)] = statuses(vault, other).values()
    assert status == "typed"


def test_a_different_name_needs_confirmation(vault: Vault) -> None:
    repo = SupervisionRepository(vault)
    pid = partner(repo, "AB")
    record = session(repo, pid, START)
    assert record.id is not None
    repo.owner.set_name("Cy Owner")
    with pytest.raises(NameMismatch, match="Someone Else"):
        repo.signoff.sign(record.id, "owner", "Someone Else")
    with pytest.raises(NameMismatch, match="recorded name"):
        repo.signoff.sign(record.id, "partner", "Not AB")
    assert repo.sessions.get(record.id).signatures == ()
    signed = repo.signoff.sign(record.id, "partner", "Not AB", confirm_name=True)
    assert [s.name for s in signed.signatures] == ["Not AB"]


def test_one_name_for_supervision_and_the_portfolio(vault: Vault) -> None:
    owner = SupervisionRepository(vault).owner
    store = CpdSettingsStore(vault)
    owner.set_name("Cy Owner")
    assert store.load().practitioner_name == "Cy Owner"
    store.save(CpdSettings(practitioner_name="Cy  Q. Owner", never_export=("Word",)))
    assert owner.name() == "Cy Q. Owner" and store.load().never_export == ("Word",)
    assert vault.settings.get("practitioner_name") is None


def _old_vault(path: Path) -> None:
    """A vault made by the previous release: a signed record and a CPD name, no keys."""
    conn = vault_at_schema(path, BEFORE)
    signed_record(conn, "2025-06-01T10:00:00+00:00", owner="Cy Owner")
    conn.execute("INSERT INTO settings VALUES ('practitioner_name', '\"Cy Owner\"')")
    conn.close()


def test_an_existing_vault_gets_its_key_and_old_signatures_are_typed_names(
    vault_path: Path,
) -> None:
    _old_vault(vault_path)
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert v.schema_version == LATEST_VERSION
        repo = SupervisionRepository(v)
        first = repo.identity.fingerprint()
        assert len(repo.identity.public_key()) == 32
        assert repo.owner.name() == "Cy Owner"  # the portfolio name became "your name"
        assert v.settings.get(OWNER_NAME_SETTING) == "Cy Owner"
        signed = [e for e in repo.signoff.history(1) if e.kind == "signed"]
        assert [e.status for e in signed] == ["typed", "typed"]
        assert all("typed at this screen only" in e.text for e in signed)
    with Vault.open(vault_path, PASSPHRASE) as v:  # made once, kept
        assert SupervisionRepository(v).identity.fingerprint() == first


def test_partner_keys_start_unconfirmed(vault: Vault) -> None:
    added = SupervisionRepository(vault).partners.add(Partner("AB", "supervisor"))
    row = vault.conn.execute(
        "SELECT public_key, key_pinned_at FROM supervision_partners WHERE id = ?", (added.id,)
    ).fetchone()
    assert row == (None, None)
