"""Exchange files between two real vaults: round trip, and every refusal leaves no trace."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from supervision_app.core.errors import JournalError
from supervision_app.core.i18n import english, rendered
from supervision_app.core.supervision.errors import (
    ExchangeConflict,
    ExchangeDuplicate,
    ExchangeError,
    ExchangeFileDamaged,
    ExchangeKeyRefused,
    ExchangeWrongPassphrase,
    NotSigned,
)
from supervision_app.core.supervision.model import Action, ActionReview, CaseDiscussion
from supervision_app.core.supervision.proposal_texts import lines_text
from supervision_app.core.supervision.rules import (
    canonical_json,
    generate_one_time_passphrase,
    sha256_hex,
)
from supervision_app.storage.supervision.exchange import (
    EXCHANGE_APPLICATION_ID,
    export_partner_history,
    export_session,
    import_exchange_file,
    read_exchange_file,
    write_container,
)
from supervision_app.storage.supervision.identity import record_sha256
from supervision_app.storage.supervision.repository import SupervisionRepository
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE, FakeClock
from tests.unit.test_proposal_texts import bracket
from tests.unit.test_supervision_storage import partner, session, sign_both, snapshot

START = dt.date(2026, 1, 5)
#: Appears in a record; must never appear in the bytes of an exchange file.
SECRET_WORDS = "Marmalade-Lighthouse-4471"


@pytest.fixture
def supervisor(vault: Vault) -> SupervisionRepository:
    repo = SupervisionRepository(vault)
    repo.owner.set_name("Ada Supervisor")
    repo.owner.set_role("supervisor")
    return repo


@pytest.fixture
def supervisee_vault(tmp_path: Path, clock: FakeClock) -> Iterator[Vault]:
    other = Vault.create(tmp_path / "supervisee" / "journal.sjvault", PASSPHRASE, clock=clock)
    yield other
    other.close()


@pytest.fixture
def supervisee(supervisee_vault: Vault) -> SupervisionRepository:
    repo = SupervisionRepository(supervisee_vault)
    repo.owner.set_name("Cal Supervisee")
    return repo


@pytest.fixture
def signed(supervisor: SupervisionRepository) -> tuple[int, int]:
    """(partner id, session id) of a signed record in the supervisor's vault."""
    pid = partner(supervisor, "CS", "supervisee")
    record = session(
        supervisor,
        pid,
        START,
        learning=f"Learning noted: {SECRET_WORDS}.",
        case_discussions=(CaseDiscussion("R-17", "Plan for the move agreed."),),
        new_actions=(Action("Read the guidance", "CS", START + dt.timedelta(days=7)),),
    )
    assert record.id is not None
    sign_both(supervisor, record.id)
    return pid, record.id


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder for exchange files (the vaults live elsewhere)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _export(vault: Vault, session_id: int, folder: Path) -> tuple[Path, str]:
    result = export_session(vault, session_id, folder / "record.sjexchange")
    return result.path, result.passphrase


def fingerprint(vault: Vault) -> str:
    """The fingerprint a partner reads out (by the channel of the one-time passphrase)."""
    return SupervisionRepository(vault).identity.fingerprint()


def accept_all(repo: SupervisionRepository) -> list[int]:
    """Accept every pending proposal (records first); returns the ids of records added."""
    added = []
    for proposal in repo.proposals.list():
        repo.proposals.accept(proposal.id)
        if proposal.kind == "record":
            added.append(repo.proposals.get(proposal.id).session_id or 0)
    return added


def test_round_trip_between_two_vaults(
    vault: Vault,
    supervisor: SupervisionRepository,
    supervisee_vault: Vault,
    supervisee: SupervisionRepository,
    signed: tuple[int, int],
    out: Path,
) -> None:
    _, session_id = signed
    path, code = _export(vault, session_id, out)
    result = import_exchange_file(
        supervisee_vault,
        path,
        code.lower().replace("-", " "),
        trust_fingerprint=fingerprint(vault).lower(),
    )
    # The record names the supervisee as a signer: it waits for their own sign-off.
    assert result.partner_created and result.sessions_added == () and result.proposals_added == 1
    assert result.key_pinned and result.verified
    assert supervisee.sessions.summaries() == [] and supervisee.actions.open_actions(START) == []
    [proposal] = supervisee.proposals.list()
    assert proposal.kind == "record" and proposal.claimed_name == "CS"
    [copy_id] = accept_all(supervisee)

    original = supervisor.sessions.get(session_id)
    copy = supervisee.sessions.get(copy_id)
    assert (copy.partner_name, copy.partner_role) == ("Ada Supervisor", "supervisor")
    assert copy.uid == original.uid and copy.origin == "imported" and copy.is_locked
    assert copy.learning == original.learning and copy.case_discussions == original.case_discussions
    # The supervisor signed as owner in their vault: in the supervisee's, as partner; the
    # supervisee signed in their own journal, with their own name and key.
    assert {s.party: s.name for s in copy.signatures} == {
        "owner": "Cal Supervisee",
        "partner": "Ada Supervisor",
    }
    assert [e.status for e in supervisee.signoff.history(copy_id) if e.status] == [
        "verified",
        "made_here",
    ]
    [action] = supervisee.actions.open_actions(START)
    assert action.action.uid == original.new_actions[0].uid and action.session_id == copy.id
    assert [s.id for s in supervisee_vault.entries.search("Marmalade")] == [copy.id]
    hashes = [record_sha256(r) for r in (original, copy)]
    assert hashes[0] == hashes[1]


@pytest.mark.usefixtures("default_kdf")
def test_the_file_is_an_sqlcipher_database_and_never_plaintext(
    vault: Vault, signed: tuple[int, int], out: Path
) -> None:
    path, code = _export(vault, signed[1], out)
    raw = path.read_bytes()
    assert raw[:16] != b"SQLite format 3\x00"
    for text in (SECRET_WORDS, "R-17", "Read the guidance", "Ada Supervisor", "manifest"):
        assert text.encode() not in raw
    assert sorted(p.name for p in out.iterdir() if p.is_file()) == ["record.sjexchange"]
    assert os.stat(path).st_mode & 0o077 == 0
    # Any SQLCipher 4 client opens it with the one-time passphrase alone.
    conn = sqlcipher.connect(str(path))
    try:
        conn.execute(f"PRAGMA key = '{code}'")
        assert conn.execute("PRAGMA application_id").fetchone()[0] == EXCHANGE_APPLICATION_ID
        manifest = conn.execute("SELECT manifest FROM exchange_manifest").fetchone()[0]
        payload = conn.execute("SELECT payload FROM exchange_payload").fetchone()[0]
    finally:
        conn.close()
    contents = read_exchange_file(path, code)
    assert contents.manifest["payload_sha256"] == sha256_hex(payload)
    assert contents.manifest["app_version"] and '"record_uids"' in manifest
    assert SECRET_WORDS in payload


def test_only_signed_records_are_exported(
    vault: Vault, supervisor: SupervisionRepository, out: Path
) -> None:
    pid = partner(supervisor, "CS", "supervisee")
    draft = session(supervisor, pid, START)
    with pytest.raises(NotSigned):
        export_session(vault, draft.id or 0, out / "x.sjexchange")
    with pytest.raises(NotSigned):
        export_partner_history(vault, pid, out / "x.sjexchange")
    assert list(out.iterdir()) == []


def test_an_existing_file_is_not_overwritten(
    vault: Vault, signed: tuple[int, int], out: Path
) -> None:
    target = out / "record.sjexchange"
    target.write_bytes(b"keep me")
    with pytest.raises(ExchangeError, match="already exists"):
        export_session(vault, signed[1], target)
    assert target.read_bytes() == b"keep me"


# -- refusals change nothing ---------------------------------------------------------------------


def _refused(
    vault: Vault, path: Path, code: str, error: type[Exception], match: str | None = None
) -> None:
    before_vault, before_file = snapshot(vault), path.read_bytes()
    with pytest.raises(error, match=match):
        import_exchange_file(vault, path, code)
    assert snapshot(vault) == before_vault
    assert path.read_bytes() == before_file


def test_a_wrong_passphrase_imports_nothing(
    vault: Vault, supervisee_vault: Vault, signed: tuple[int, int], out: Path
) -> None:
    path, code = _export(vault, signed[1], out)
    wrong = generate_one_time_passphrase()
    assert wrong != code
    _refused(supervisee_vault, path, wrong, ExchangeWrongPassphrase, "not correct")
    _refused(supervisee_vault, path, "not a code", ExchangeError, "20 letters")


@pytest.mark.parametrize("where", [0.5, 0.75, 0.98])
def test_a_tampered_file_imports_nothing(
    vault: Vault, supervisee_vault: Vault, signed: tuple[int, int], out: Path, where: float
) -> None:
    path, code = _export(vault, signed[1], out)
    raw = bytearray(path.read_bytes())
    assert len(raw) >= 3 * 4096  # so the middle is past the first page
    raw[int(len(raw) * where)] ^= 0x01
    path.write_bytes(bytes(raw))
    _refused(supervisee_vault, path, code, ExchangeFileDamaged, "damaged")


@pytest.mark.parametrize("keep", [4096, 5000, -1])
def test_a_truncated_file_imports_nothing(
    vault: Vault, supervisee_vault: Vault, signed: tuple[int, int], out: Path, keep: int
) -> None:
    path, code = _export(vault, signed[1], out)
    raw = path.read_bytes()
    path.write_bytes(raw[:keep] if keep > 0 else raw[: len(raw) - 4096])
    _refused(supervisee_vault, path, code, ExchangeFileDamaged)


def test_a_duplicate_import_imports_nothing(
    vault: Vault, supervisee_vault: Vault, signed: tuple[int, int], out: Path
) -> None:
    path, code = _export(vault, signed[1], out)
    import_exchange_file(supervisee_vault, path, code, trust_fingerprint=fingerprint(vault))
    _refused(supervisee_vault, path, code, ExchangeDuplicate, "already in your journal")
    accept_all(SupervisionRepository(supervisee_vault))
    _refused(supervisee_vault, path, code, ExchangeDuplicate, "already in your journal")
    # A fresh export of the same record (new passphrase, new file) is a duplicate too.
    again = export_session(vault, signed[1], out / "again.sjexchange")
    _refused(supervisee_vault, again.path, again.passphrase, ExchangeDuplicate)
    # ...and so is importing one's own export.
    _refused(vault, again.path, again.passphrase, ExchangeDuplicate)


def test_a_forged_record_with_a_known_id_imports_nothing(
    vault: Vault, supervisee_vault: Vault, signed: tuple[int, int], out: Path
) -> None:
    path, code = _export(vault, signed[1], out)
    contents = read_exchange_file(path, code)
    import_exchange_file(supervisee_vault, path, code, trust_fingerprint=fingerprint(vault))
    accept_all(SupervisionRepository(supervisee_vault))
    # A well-formed file, signed with the supervisor's own key, whose record has the same id
    # but different (signed) content.
    from supervision_app.core.supervision.codec import swap_parties
    from supervision_app.core.supervision.signing import file_message, sign_bytes

    key = SupervisionRepository(vault).identity.private_key()
    data = swap_parties(dict(contents.data[0]))
    payload = canonical_json(
        {
            "relationship": contents.relationship,
            "sessions": [{**data, "learning": "Changed behind the supervisee's back."}],
        }
    )
    manifest = canonical_json({**contents.manifest, "payload_sha256": sha256_hex(payload)})
    forged = out / "forged.sjexchange"
    write_container(
        forged, code, manifest, payload, signature=sign_bytes(key, file_message(manifest))
    )
    _refused(supervisee_vault, forged, code, ExchangeConflict, "differs")
    # The same forgery with a checksum that does not match is refused as damaged.
    bad = out / "bad.sjexchange"
    original = canonical_json(contents.manifest)
    write_container(bad, code, original, payload, signature=sign_bytes(key, file_message(original)))
    _refused(supervisee_vault, bad, code, ExchangeFileDamaged, "checksum")


# -- histories and both directions -----------------------------------------------------------------


def test_history_exports_bring_only_what_is_new(
    vault: Vault,
    supervisor: SupervisionRepository,
    supervisee_vault: Vault,
    supervisee: SupervisionRepository,
    signed: tuple[int, int],
    out: Path,
    clock: FakeClock,
) -> None:
    pid, first_id = signed
    [read] = supervisor.sessions.get(first_id).new_actions
    second = session(
        supervisor,
        pid,
        START + dt.timedelta(days=14),
        action_reviews=(ActionReview(read.id or 0, "carried"),),
    )
    sign_both(supervisor, second.id or 0)
    # The second record alone first: its review names an action from a record not yet there.
    only_second = export_session(vault, second.id or 0, out / "second.sjexchange")
    import_exchange_file(
        supervisee_vault,
        only_second.path,
        only_second.passphrase,
        trust_fingerprint=fingerprint(vault),
    )
    assert supervisee.actions.open_actions(START) == []  # nothing until accepted
    accept_all(supervisee)
    [orphan] = supervisee.actions.open_actions(START)
    assert orphan.session_id is None and orphan.action.text == "Read the guidance"

    clock.advance(days=20)
    supervisor.signoff.add_addendum(second.id or 0, "Training date confirmed.", "Ada")
    history = export_partner_history(vault, pid, out / "history.sjexchange")
    result = import_exchange_file(supervisee_vault, history.path, history.passphrase)
    assert (result.proposals_added, result.sessions_already_present) == (1, 1)
    assert result.addenda_added == 1 and not result.partner_created
    assert len(supervisee.partners.list()) == 1
    [first_copy] = accept_all(supervisee)
    [action] = supervisee.actions.open_actions(START)
    assert action.action.id == orphan.action.id and action.session_id == first_copy
    copy = supervisee.sessions.summaries()
    assert [s.addenda for s in copy] == [1, 0]
    _refused(supervisee_vault, history.path, history.passphrase, ExchangeDuplicate)


def test_records_flow_back_to_the_same_partner(
    vault: Vault,
    supervisor: SupervisionRepository,
    supervisee_vault: Vault,
    supervisee: SupervisionRepository,
    signed: tuple[int, int],
    out: Path,
) -> None:
    pid, session_id = signed
    path, code = _export(vault, session_id, out)
    imported = import_exchange_file(
        supervisee_vault, path, code, trust_fingerprint=fingerprint(vault)
    )
    accept_all(supervisee)
    # The supervisee writes a record of their own with the same supervisor and sends it back.
    own = session(supervisee, imported.partner_id, START + dt.timedelta(days=30))
    sign_both(supervisee, own.id or 0)
    back = export_session(supervisee_vault, own.id or 0, out / "back.sjexchange")
    result = import_exchange_file(
        vault, back.path, back.passphrase, trust_fingerprint=fingerprint(supervisee_vault)
    )
    assert result.partner_id == pid and not result.partner_created
    [added] = accept_all(supervisor)
    assert [s.id for s in supervisor.sessions.summaries(pid)][0] == added
    assert supervisor.sessions.get(added).partner_name == "CS"


def test_an_old_unsigned_file_still_imports_as_unverified(
    vault: Vault,
    supervisee_vault: Vault,
    supervisee: SupervisionRepository,
    signed: tuple[int, int],
    out: Path,
) -> None:
    """A format 1 file (no signature, no proofs), as the previous version wrote it."""
    from supervision_app.core.supervision.codec import swap_parties

    path, code = _export(vault, signed[1], out)
    contents = read_exchange_file(path, code)
    sessions = [swap_parties(dict(d)) for d in contents.data]
    for data in sessions:
        data["signatures"] = [
            {k: v for k, v in s.items() if k != "proof"} for s in data["signatures"]
        ]
    payload = canonical_json({"relationship": contents.relationship, "sessions": sessions})
    manifest = {**contents.manifest, "version": 1, "payload_sha256": sha256_hex(payload)}
    del manifest["signer_public_key"]
    old = out / "old.sjexchange"
    write_container(old, code, canonical_json(manifest), payload)

    result = import_exchange_file(supervisee_vault, old, code)
    assert not result.verified and not result.key_pinned and result.proposals_added == 1
    assert "not signed, so nothing in it is verified" in result.summary()
    [copy_id] = accept_all(supervisee)
    statuses = [e.status for e in supervisee.signoff.history(copy_id) if e.status]
    assert sorted(statuses) == ["made_here", "typed"]  # the supervisor's: a typed name only
    # Once a partner's key is confirmed, an unsigned file claiming to be theirs is refused.
    signed_file, signed_code = _export(vault, signed[1], out / "..")
    import_exchange_file(
        supervisee_vault, signed_file, signed_code, trust_fingerprint=fingerprint(vault)
    )
    _refused(supervisee_vault, old, code, ExchangeKeyRefused, "not signed")


class _LookedUp:
    """A ``translate`` that gives the English and keeps each source it was asked for."""

    def __init__(self) -> None:
        self.sources: list[str] = []

    def __call__(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        self.sources.append(source)
        return english(context, source, disambiguation, n)


@pytest.fixture
def proposed(vault: Vault, supervisee_vault: Vault, signed: tuple[int, int], out: Path) -> Vault:
    """The supervisee's vault with the signed record imported: it waits as a proposal."""
    path, code = _export(vault, signed[1], out)
    import_exchange_file(supervisee_vault, path, code, trust_fingerprint=fingerprint(vault))
    return supervisee_vault


@pytest.mark.usefixtures("proposed")
def test_a_proposed_record_is_shown_translated_and_its_decision_once(
    supervisee: SupervisionRepository,
) -> None:
    [proposal] = supervisee.proposals.list()
    # The stored summary (the command line's) is the English of the same sentence.
    assert str(proposal.summary) == "The record of 5 Jan 2026, awaiting your sign-off"
    shown = str(rendered(proposal.summary, bracket))
    assert shown.startswith("‹Sessions:The record of ‹Dates:5 ‹Months:Jan› 2026›")
    assert proposal.text.startswith("Learning: Learning noted")
    details = lines_text(proposal.details, bracket)
    assert details.startswith("‹Sessions:Learning: Learning noted")
    # Decided once; a second decision is refused in a sentence of its own, no English word
    # put into a translated one.
    supervisee.proposals.reject(proposal.id)
    for decide in (supervisee.proposals.accept, supervisee.proposals.reject):
        with pytest.raises(JournalError) as refused:
            decide(proposal.id)
        looked_up = _LookedUp()
        assert refused.value.message(looked_up) == "This proposal was already rejected."
        assert looked_up.sources == ["This proposal was already rejected."]


def test_the_payload_keeps_the_facts_for_the_window(proposed: Vault) -> None:
    [payload] = [
        json.loads(row[0])
        for row in proposed.conn.execute("SELECT payload FROM supervision_proposals")
    ]
    assert payload["about"] == {"kind": "record", "date": START.isoformat()}
