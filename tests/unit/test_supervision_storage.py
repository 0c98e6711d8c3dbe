"""Supervision records on a real SQCipher vault: carry-forward, sign-off, addenda, reminders."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest
from sqlcipher3.dbapi2 import IntegrityError

from supervision_app.core.entries import Entry
from supervision_app.core.supervision.errors import (
    InvalidSupervisionRecord,
    NotSigned,
    RecordSigned,
)
from supervision_app.core.supervision.model import (
    Action,
    ActionReview,
    CaseDiscussion,
    DiscussionNote,
    SessionRecord,
)
from supervision_app.core.supervision.people import Agreement, Partner
from supervision_app.core.supervision.rules import REVIEW_DUE, SESSION_OVERDUE
from supervision_app.core.supervision.views import PeerReflection
from supervision_app.storage.supervision.repository import (
    SupervisionRepository,
    all_supervision_data,
    restore_supervision_data,
)
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE, FakeClock

START = dt.date(2026, 1, 5)


# -- helpers (also used by test_supervision_exchange) ---------------------------------------


def partner(repo: SupervisionRepository, name: str = "AB", role: str = "supervisor") -> int:
    pid = repo.partners.add(Partner(name, role)).id
    assert pid is not None
    return pid


def session(repo: SupervisionRepository, pid: int, day: dt.date, **fields: object) -> SessionRecord:
    draft = repo.sessions.draft(pid, day)
    return repo.sessions.create(replace(draft, **fields))  # type: ignore[arg-type]


def sign_both(repo: SupervisionRepository, session_id: int) -> SessionRecord:
    """Both sign with the names the journal expects (the owner's name, if set)."""
    partner_name = repo.sessions.get(session_id).partner_name
    repo.signoff.sign(session_id, "owner", repo.owner.name() or "Owner Name")
    return repo.signoff.sign(session_id, "partner", partner_name)


def snapshot(vault: Vault) -> str:
    """Everything an import could change, as text to compare."""
    entries = vault.conn.execute(
        "SELECT id, kind, title, body, deleted_at FROM entries ORDER BY id"
    ).fetchall()
    return json.dumps([all_supervision_data(vault), entries], sort_keys=True)


@pytest.fixture
def repo(vault: Vault) -> SupervisionRepository:
    return SupervisionRepository(vault)


# -- people and agreements -----------------------------------------------------------------------


def test_owner_role_and_name_live_in_the_vault(vault: Vault, repo: SupervisionRepository) -> None:
    assert repo.owner.role() is None
    repo.owner.set_role("Both")
    repo.owner.set_name("  Sam  Q ")
    assert (repo.owner.role(), repo.owner.name()) == ("both", "Sam Q")
    with pytest.raises(InvalidSupervisionRecord):
        repo.owner.set_role("manager")
    assert vault.settings.get("supervision.owner_role") == "both"


def test_partners_are_listed_by_role_and_kept_when_they_have_records(
    repo: SupervisionRepository,
) -> None:
    supervisee = partner(repo, "Zed", "supervisee")
    peer = partner(repo, "Ann", "peer")
    assert [p.name for p in repo.partners.list()] == ["Ann", "Zed"]
    assert [p.id for p in repo.partners.list(role="supervisee")] == [supervisee]
    session(repo, supervisee, START)
    with pytest.raises(InvalidSupervisionRecord, match="no longer active"):
        repo.partners.delete(supervisee)
    repo.partners.set_active(supervisee, False)
    assert [p.id for p in repo.partners.list(active_only=True)] == [peer]
    repo.partners.delete(peer)
    assert [p.id for p in repo.partners.list()] == [supervisee]


def test_agreements_are_versioned(repo: SupervisionRepository) -> None:
    pid = partner(repo)
    first = repo.agreements.save(Agreement(pid, START, purpose="Support", frequency_days=28))
    second = repo.agreements.save(replace(first, frequency_days=14, confidentiality="Limits"))
    assert (first.version, second.version) == (1, 2)
    current = repo.agreements.current(pid)
    assert current is not None and current.frequency_days == 14
    assert [a.frequency_days for a in repo.agreements.versions(pid)] == [14, 28]


# -- sessions and actions ------------------------------------------------------------------------


def test_actions_carry_forward_across_three_sessions(repo: SupervisionRepository) -> None:
    pid = partner(repo)
    one = session(
        repo,
        pid,
        START,
        new_actions=(
            Action("Read the transitions guidance", "CD", START + dt.timedelta(days=10)),
            Action("Book the training", "AB"),
        ),
    )
    read, book = (a.id for a in one.new_actions)
    assert read is not None and book is not None

    draft = repo.sessions.draft(pid, START + dt.timedelta(days=14))
    assert [(r.action_id, r.status) for r in draft.action_reviews] == [
        (read, "carried"),
        (book, "carried"),
    ]
    two = repo.sessions.create(
        replace(
            draft, action_reviews=(ActionReview(read, "carried"), ActionReview(book, "dropped"))
        )
    )
    open_now = repo.actions.open_actions(START + dt.timedelta(days=15))
    assert [o.action.id for o in open_now] == [read]  # the dropped one has gone
    assert open_now[0].session_id == one.id

    draft = repo.sessions.draft(pid, START + dt.timedelta(days=28))
    assert [r.action_id for r in draft.action_reviews] == [read]
    three = repo.sessions.create(replace(draft, action_reviews=(ActionReview(read, "done"),)))
    assert repo.actions.open_actions(START + dt.timedelta(days=29)) == []
    assert repo.actions.get(read).current_status == "done"
    history = repo.actions.history(read)
    assert [(e.status, e.session_id) for e in history] == [("carried", two.id), ("done", three.id)]
    # The session that closed it still shows it when edited, even though it is closed.
    assert [a.id for a in repo.actions.for_review(pid, three.id)] == [read]
    # Undo: marking it carried again in session three reopens it.
    repo.sessions.save(replace(three, action_reviews=(ActionReview(read, "carried"),)))
    assert repo.actions.get(read).current_status == "open"


def test_the_actions_view_puts_overdue_first(repo: SupervisionRepository) -> None:
    today = dt.date(2026, 3, 1)
    ab, cd = partner(repo, "AB"), partner(repo, "CD", "supervisee")
    s1 = session(
        repo,
        ab,
        START,
        new_actions=(
            Action("No date"),
            Action("Due later", due_date=today + dt.timedelta(days=3)),
            Action("Long overdue", due_date=today - dt.timedelta(days=20)),
        ),
    )
    s2 = session(
        repo,
        cd,
        START,
        new_actions=(
            Action("A bit overdue", due_date=today - dt.timedelta(days=1)),
            Action("Due today", due_date=today),
        ),
    )
    rows = repo.actions.open_actions(today)
    assert [r.action.text for r in rows] == [
        "Long overdue",
        "A bit overdue",
        "Due today",
        "Due later",
        "No date",
    ]
    assert [r.overdue for r in rows] == [True, True, False, False, False]
    assert rows[0].days_overdue == 20 and rows[0].session_id == s1.id
    assert rows[1].partner_name == "CD" and rows[1].session_id == s2.id
    assert [r.action.text for r in repo.actions.open_actions(today, partner_id=cd)] == [
        "A bit overdue",
        "Due today",
    ]


def test_status_changes_between_sessions_keep_a_history(repo: SupervisionRepository) -> None:
    pid = partner(repo)
    [action] = session(repo, pid, START, new_actions=(Action("Call the team"),)).new_actions
    assert action.id is not None
    repo.actions.set_status(action.id, "done", START + dt.timedelta(days=3), "Done early")
    assert repo.actions.open_actions(START) == []
    [event] = repo.actions.history(action.id)
    assert (event.status, event.session_id, event.note) == ("done", None, "Done early")


def test_a_trashed_session_hides_its_actions(vault: Vault, repo: SupervisionRepository) -> None:
    pid = partner(repo)
    record = session(repo, pid, START, new_actions=(Action("Hidden while in the Trash"),))
    assert record.id is not None
    vault.entries.trash(record.id)
    assert repo.actions.open_actions(START) == []
    assert repo.sessions.summaries() == []
    vault.entries.restore(record.id)
    assert len(repo.actions.open_actions(START)) == 1


def test_the_entry_body_follows_the_record(vault: Vault, repo: SupervisionRepository) -> None:
    pid = partner(repo, "AB")
    record = session(
        repo,
        pid,
        dt.date(2026, 3, 3),
        discussion=(DiscussionNote("four-by-four-by-four:support", "Felt overwhelmed"),),
    )
    assert record.id is not None
    entry = vault.entries.get(record.id)
    assert (entry.kind, entry.title) == ("supervision", "Supervision with AB — 3 Mar 2026")
    assert [s.id for s in vault.entries.search("overwhelmed")] == [record.id]
    repo.sessions.save(
        replace(record, discussion=(DiscussionNote("kolb:concrete-experience", "Calmer now"),))
    )
    assert vault.entries.search("overwhelmed") == []
    assert [s.id for s in vault.entries.search("calmer")] == [record.id]
    assert repo.sessions.for_entry(record.id) == repo.sessions.get(record.id)
    assert repo.sessions.for_entry(vault.entries.add(Entry(title="Other")).id or 0) is None


# -- sign-off and addenda ------------------------------------------------------------------------


def test_signing_by_both_makes_the_record_read_only(
    vault: Vault, repo: SupervisionRepository, clock: FakeClock
) -> None:
    pid = partner(repo)
    record = session(repo, pid, START, new_actions=(Action("Write up the plan"),))
    assert record.id is not None
    signed_once = repo.signoff.sign(record.id, "owner", "CD")
    assert not signed_once.is_locked and signed_once.signature_of("owner") is not None
    # Changing the record withdraws the signature it had.
    changed = repo.sessions.save(replace(signed_once, learning="New learning"))
    assert changed.signatures == ()
    repo.signoff.sign(record.id, "owner", "CD")
    clock.advance(minutes=5)
    locked = repo.signoff.sign(record.id, "partner", "AB")
    assert locked.is_locked and locked.locked_at == clock.now
    with pytest.raises(RecordSigned):
        repo.sessions.save(replace(locked, learning="Changed after signing"))
    with pytest.raises(RecordSigned):
        repo.signoff.sign(record.id, "owner", "CD")
    # The storage layer refuses too, whoever writes.
    entry = vault.entries.get(record.id)
    with pytest.raises(RecordSigned, match="addendum"):  # one clear sentence for the user
        vault.entries.update(replace(entry, body="Rewritten"))
    with pytest.raises(IntegrityError, match="read-only"):
        vault.conn.execute("UPDATE supervision_sessions SET minutes = 1")
    with pytest.raises(IntegrityError, match="read-only"):
        vault.conn.execute("UPDATE supervision_actions SET text = 'x'")
    with pytest.raises(IntegrityError, match="read-only"):
        vault.conn.execute("DELETE FROM supervision_signatures")
    assert repo.sessions.get(record.id) == locked
    vault.entries.update(replace(entry, tags=("kept",)))  # tags are the user's own


def test_addenda_are_dated_signed_and_kept_in_the_history(
    vault: Vault, repo: SupervisionRepository, clock: FakeClock
) -> None:
    pid = partner(repo, "AB")
    record = session(repo, pid, START)
    assert record.id is not None
    with pytest.raises(NotSigned):
        repo.signoff.add_addendum(record.id, "Too early", "CD")
    created = clock.now
    clock.advance(hours=1)
    sign_both(repo, record.id)
    body = vault.entries.get(record.id).body
    clock.advance(days=3)
    first = repo.signoff.add_addendum(record.id, "The next session moved to April.", "CD")
    clock.advance(days=1)
    repo.signoff.sign_addendum(first.id or 0, "owner", "CD")
    clock.advance(minutes=2)
    signed = repo.signoff.sign_addendum(first.id or 0, "partner", "AB")
    assert signed.is_locked
    with pytest.raises(RecordSigned, match="This addendum"):
        repo.signoff.sign_addendum(first.id or 0, "owner", "CD")
    clock.advance(days=7)
    second = repo.signoff.add_addendum(record.id, "Training booked.", "AB")

    new_body = vault.entries.get(record.id).body
    assert new_body.startswith(body) and "moved to April" in new_body
    assert new_body.index("moved to April") < new_body.index("Training booked")
    stored = repo.sessions.get(record.id)
    assert [a.id for a in stored.addenda] == [first.id, second.id]
    history = repo.signoff.history(record.id)
    assert [e.kind for e in history] == [
        "created",
        "signed",
        "signed",
        "locked",
        "addendum",
        "addendum_signed",
        "addendum_signed",
        "addendum",
    ]
    assert history[0].at == created and history[-1].at == clock.now
    assert history[4].at == first.created_at
    with pytest.raises(IntegrityError, match="read-only"):
        vault.conn.execute("UPDATE supervision_addenda SET text = 'x' WHERE id = ?", (first.id,))


# -- reminders and re-evaluation -----------------------------------------------------------------


def test_reminders_use_the_injected_date(repo: SupervisionRepository) -> None:
    pid = partner(repo, "AB")
    quiet = partner(repo, "CD", "supervisee")
    repo.agreements.save(Agreement(pid, START, frequency_days=14, review_date=dt.date(2026, 6, 1)))
    repo.agreements.save(Agreement(quiet, START, frequency_days=14))
    repo.partners.set_active(quiet, False)  # no reminders for inactive partners
    session(repo, pid, dt.date(2026, 2, 1))
    assert repo.reminders(dt.date(2026, 2, 15)) == []
    [overdue] = repo.reminders(dt.date(2026, 2, 16))
    assert (overdue.kind, overdue.partner_id, overdue.days_overdue) == (SESSION_OVERDUE, pid, 1)
    kinds = [r.kind for r in repo.reminders(dt.date(2026, 6, 2))]
    assert kinds == [SESSION_OVERDUE, REVIEW_DUE]


def test_reevaluation_is_prompted_at_the_sixth_session(repo: SupervisionRepository) -> None:
    pid = partner(repo)
    for n in range(5):
        assert not repo.sessions.reevaluation_due(pid)
        session(repo, pid, START + dt.timedelta(weeks=n))
    assert repo.sessions.reevaluation_due(pid)
    sixth_draft = repo.sessions.draft(pid, START + dt.timedelta(weeks=5))
    assert sixth_draft.reevaluation
    sixth = repo.sessions.create(replace(sixth_draft, reevaluation_notes="Working well."))
    assert repo.sessions.reevaluation_due(pid, sixth.id)  # asked while editing the sixth
    assert not repo.sessions.reevaluation_due(pid)
    assert repo.sessions.sessions_until_reevaluation(pid) == 5
    repo.owner.set_reevaluation_interval(2)
    session(repo, pid, START + dt.timedelta(weeks=6))
    assert repo.sessions.reevaluation_due(pid)
    repo.agreements.save(Agreement(pid, START, reevaluation_every=4))
    assert repo.sessions.sessions_until_reevaluation(pid) == 2


# -- peer reflection -----------------------------------------------------------------------------


def test_peer_reflections_have_stable_ids_and_entries(
    vault: Vault, repo: SupervisionRepository
) -> None:
    first = repo.peer.add(
        PeerReflection("Occupational therapist", START, "Ask about routines first.", minutes=30)
    )
    second = repo.peer.add(PeerReflection("Social worker", START + dt.timedelta(1), "Slow down."))
    assert first.id is not None and first.entry_id is not None and second.id == first.id + 1
    entry = vault.entries.get(first.entry_id)
    assert entry.kind == "reflection" and "peer reflection" in entry.tags
    assert [s.id for s in vault.entries.search("routines")] == [first.entry_id]
    updated = repo.peer.update(replace(first, learning="Ask about sleep first."))
    assert "sleep" in vault.entries.get(first.entry_id).body and updated.id == first.id
    assert [r.id for r in repo.peer.list()] == [second.id, first.id]
    assert [r.id for r in repo.peer.list(until=START)] == [first.id]
    assert repo.peer.for_entry(first.entry_id) == updated
    vault.entries.trash(second.entry_id or 0)
    assert [r.id for r in repo.peer.list()] == [first.id]


# -- full dump and restore -----------------------------------------------------------------------


def test_supervision_data_dumps_and_restores(
    vault: Vault, repo: SupervisionRepository, tmp_path: object, clock: FakeClock
) -> None:
    pid = partner(repo)
    repo.owner.set_role("practitioner")
    repo.agreements.save(Agreement(pid, START, frequency_days=28))
    one = session(
        repo,
        pid,
        START,
        new_actions=(Action("Keep me"),),
        case_discussions=(CaseDiscussion("R-1", "Plan agreed"),),
    )
    sign_both(repo, one.id or 0)
    repo.signoff.add_addendum(one.id or 0, "Later note", "CD")
    session(repo, pid, START + dt.timedelta(days=28))
    repo.peer.add(PeerReflection("Nurse", START, "Listen longer."))
    data = all_supervision_data(vault)
    text = json.dumps(data)  # plain JSON

    from pathlib import Path

    other = Vault.create(Path(str(tmp_path)) / "copy.sjvault", PASSPHRASE, clock=clock)
    try:
        rows = vault.conn.execute(
            "SELECT id, kind, title, practice_date, minutes, created_at, updated_at, body"
            " FROM entries ORDER BY id"
        ).fetchall()
        other.conn.executemany(
            "INSERT INTO entries (id, kind, title, practice_date, minutes, created_at,"
            " updated_at, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        restore_supervision_data(other, json.loads(text))
        assert all_supervision_data(other) == data
        copy = SupervisionRepository(other)
        assert copy.sessions.get(one.id or 0).is_locked
        with pytest.raises(RecordSigned):
            copy.sessions.save(copy.sessions.get(one.id or 0))
        with pytest.raises(Exception, match="already has supervision records"):
            restore_supervision_data(other, data)
    finally:
        other.close()


def test_emptying_the_trash_deletes_signed_records_too(
    vault: Vault, repo: SupervisionRepository
) -> None:
    pid = partner(repo)
    record = session(repo, pid, START, new_actions=(Action("Goes with it"),))
    sign_both(repo, record.id or 0)
    repo.signoff.add_addendum(record.id or 0, "Note", "CD")
    kept = session(repo, pid, START + dt.timedelta(days=7))
    reflection = repo.peer.add(PeerReflection("Nurse", START, "Listen longer."))
    vault.entries.trash(record.id or 0)
    vault.entries.trash(reflection.entry_id or 0)
    assert vault.entries.empty_trash() == 2
    assert [s.id for s in repo.sessions.summaries()] == [kept.id]
    for table in ("supervision_actions", "supervision_addenda", "supervision_signatures"):
        assert vault.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert repo.peer.list() == []


def test_moving_a_draft_to_another_partner_moves_its_actions(repo: SupervisionRepository) -> None:
    first, second = partner(repo, "AB"), partner(repo, "CD")
    record = session(repo, first, START, new_actions=(Action("Follow me"),))
    repo.sessions.save(replace(record, partner_id=second))
    [row] = repo.actions.open_actions(START)
    assert (row.partner_id, row.partner_name) == (second, "CD")
