"""The companion on a real vault: flags, wellbeing check-ins and the drafted agenda."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from supervision_app.core.companion.wellbeing import InvalidCheckIn, SupportContact
from supervision_app.core.entries import Entry
from supervision_app.core.supervision.model import Action
from supervision_app.core.supervision.people import Partner
from supervision_app.storage.companion.prep import draft_agenda
from supervision_app.storage.schema import companion as schema_companion
from supervision_app.storage.schema.migrations import MIGRATIONS
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE, FakeClock


def _entry(vault: Vault, title: str, day: dt.date, body: str = "") -> int:
    entry = vault.entries.add(Entry(title=title, practice_date=day, body=body))
    assert entry.id is not None
    return entry.id


def test_suggestion_appears_after_the_chosen_period_and_not_before(
    vault: Vault, clock: FakeClock
) -> None:
    wellbeing = vault.companion.wellbeing
    wellbeing.set_period_days(10)
    wellbeing.add(2, 4, "steady")
    clock.advance(days=1)
    wellbeing.add(4, 2, "heavy")  # the high run starts here
    for _ in range(4):
        clock.advance(days=2)
        wellbeing.add(5, 2)
    assert clock.now - wellbeing.history()[1].checked_at == dt.timedelta(days=8)
    assert not wellbeing.suggestion_due()
    clock.advance(days=1, hours=23)
    assert not wellbeing.suggestion_due()  # 9 days 23 hours: not yet
    clock.advance(hours=1)
    assert wellbeing.suggestion_due()  # 10 days
    wellbeing.add(2, 3, "better")  # a lower check-in ends the run
    assert not wellbeing.suggestion_due()


def test_longer_period_waits_longer(vault: Vault, clock: FakeClock) -> None:
    wellbeing = vault.companion.wellbeing
    wellbeing.add(5, 1)
    clock.advance(days=14)
    wellbeing.add(4, 2)
    assert wellbeing.suggestion_due()  # the default period is 14 days
    wellbeing.set_period_days(21)
    assert not wellbeing.suggestion_due()
    with pytest.raises(InvalidCheckIn, match="from 3 to 90"):
        wellbeing.set_period_days(1)


def test_bad_checkins_are_refused_with_a_sentence(vault: Vault) -> None:
    with pytest.raises(InvalidCheckIn, match="from 1 to 5"):
        vault.companion.wellbeing.add(6, 3)
    with pytest.raises(InvalidCheckIn, match="one word"):
        vault.companion.wellbeing.add(3, 3, "two words")
    assert vault.companion.wellbeing.history() == []


def test_support_list_keeps_order_and_drops_blank(vault: Vault) -> None:
    support = vault.companion.support
    support.replace_all(
        [
            SupportContact("My GP", "Riverside surgery", "01632 960000"),
            SupportContact("Peer support", "  "),
            SupportContact("Employee assistance programme", "EAP line", "24 hours"),
        ]
    )
    assert [c.name for c in support.all()] == ["Riverside surgery", "EAP line"]


def test_flags_follow_the_entry(vault: Vault) -> None:
    flags = vault.companion.flags
    one = _entry(vault, "Visit", dt.date(2026, 2, 1), "A long text.")
    flags.add(one, passage="  the part about the stairs ")
    flags.add(one)
    assert [f.passage for f in flags.flags_of(one)] == ["the part about the stairs", ""]
    assert flags.remove_entry(one) == 2
    assert flags.open_flags() == []
    flags.add(one)
    vault.entries.trash(one)
    assert flags.open_flags() == []  # a trashed entry is not brought


def test_drafted_agenda_holds_exactly_what_is_due(vault: Vault, clock: FakeClock) -> None:
    today = dt.date(2026, 3, 2)
    repo = vault.supervision
    pid = repo.partners.add(Partner("AB", "supervisor")).id
    other = repo.partners.add(Partner("CD", "peer")).id
    assert pid is not None and other is not None
    # A session a month ago agreed two actions, one overdue; one is done.
    draft = repo.sessions.draft(pid, dt.date(2026, 2, 2))
    first = repo.sessions.create(
        replace(
            draft,
            new_actions=(
                Action("Read the hoarding guidance", "me", dt.date(2026, 2, 20)),
                Action("Book carers training", "me", dt.date(2026, 4, 1)),
                Action("Already sorted", status="done"),
            ),
        )
    )
    assert first.id is not None
    # Entries: one flagged for AB, one for anyone, one for CD (not on AB's agenda).
    visit = _entry(vault, "Home visit", dt.date(2026, 2, 10), "The stairs were hard.")
    team = _entry(vault, "Team meeting", dt.date(2026, 2, 12))
    peer = _entry(vault, "Peer chat", dt.date(2026, 2, 13))
    vault.companion.flags.add(visit, partner_id=pid, passage="The stairs were hard.")
    vault.companion.flags.add(team)
    vault.companion.flags.add(peer, partner_id=other)
    # Coverage: one item last touched eight months ago, one last month.
    old = _entry(vault, "Old reflection", dt.date(2025, 7, 1))
    new = _entry(vault, "New reflection", dt.date(2026, 2, 1))
    vault.links.set_links(old, ["pcf:values-and-ethics"])
    vault.links.set_links(new, ["pcf:knowledge"])
    # Wellbeing: one check-in before the last session, two after it.
    clock.now = dt.datetime(2026, 1, 20, 9, tzinfo=dt.UTC)
    vault.companion.wellbeing.add(2, 4)
    clock.now = dt.datetime(2026, 2, 15, 9, tzinfo=dt.UTC)
    vault.companion.wellbeing.add(4, 2, "tired")
    clock.now = dt.datetime(2026, 2, 25, 9, tzinfo=dt.UTC)
    vault.companion.wellbeing.add(5, 2, "stretched")

    agenda = draft_agenda(vault, pid, today)
    assert agenda.last_session == dt.date(2026, 2, 2)
    assert agenda.flagged == (
        f"Bring: Home visit (10 Feb 2026, entry {visit}): “The stairs were hard.”",
        f"Bring: Team meeting (12 Feb 2026, entry {team})",
    )
    assert agenda.actions == (
        "Action, overdue by 10 days, due 20 Feb 2026: Read the hoarding guidance (me)",
        "Action, open, due 1 Apr 2026: Book carers training (me)",
    )
    assert agenda.gaps == (
        "Not reflected on since 1 Jul 2025: Values and ethics"
        " (Professional Capabilities Framework (PCF))",
    )
    assert agenda.cpd == ()
    assert agenda.wellbeing == (
        "Wellbeing since 2 Feb 2026: emotional impact 4.5 on average (before: 2.0),"
        " energy 2.0 (before: 4.0), from 2 check-ins",
        "Words I used: tired, stretched",
    )
    assert agenda.agenda() == agenda.flagged + agenda.actions + agenda.gaps + agenda.wellbeing
    assert len(agenda.flag_ids) == 2
    vault.companion.flags.mark_brought(agenda.flag_ids, first.id)
    assert draft_agenda(vault, pid, today).flagged == ()
    assert draft_agenda(vault, other, today).flagged == (
        f"Bring: Peer chat (13 Feb 2026, entry {peer})",
    )


def test_records_made_before_the_companion_migrate_and_go_under_general(
    vault_path: Path, clock: FakeClock
) -> None:
    """A vault at the schema before this feature: its decisions and actions have no case
    reference; after the upgrade they read back with an empty one, listed under General."""
    from supervision_app.core.companion.extract import extract_cases
    from supervision_app.core.supervision.model import Decision

    before = MIGRATIONS.index(schema_companion.migrate)
    with Vault.create(vault_path, PASSPHRASE, clock=clock) as old:
        pid = old.supervision.partners.add(Partner("AB", "supervisor")).id
        assert pid is not None
        draft = old.supervision.sessions.draft(pid, dt.date(2026, 1, 5))
        record = old.supervision.sessions.create(
            replace(
                draft,
                decisions=(Decision("Weekly visits", "Falls risk"),),
                new_actions=(Action("Book the visits"),),
            )
        )
        # Back to the schema before this feature, as an older app left it.
        conn = old.conn
        for table in ("companion_flags", "wellbeing_checkins", "support_contacts"):
            conn.execute(f"DROP TABLE {table}")
        conn.execute("ALTER TABLE supervision_actions DROP COLUMN case_ref")
        conn.execute(f"PRAGMA user_version = {before}")
        content = conn.execute(
            "SELECT content FROM supervision_sessions WHERE entry_id = ?", (record.id,)
        ).fetchone()[0]
        assert "case_ref" not in content.split('"decisions"')[1]  # as older apps wrote it
    with Vault.open(vault_path, PASSPHRASE, clock=clock) as new:
        assert new.schema_version == len(MIGRATIONS)
        assert record.id is not None
        upgraded = new.supervision.sessions.get(record.id)
        assert upgraded.decisions == (Decision("Weekly visits", "Falls risk", ""),)
        assert [a.case_ref for a in upgraded.new_actions] == [""]
        [general] = extract_cases(upgraded).cases
        assert general.case_ref == "General"
        assert general.decisions == [("Weekly visits", "Falls risk")]
        assert general.actions == [("Book the visits", "", "")]


def test_cpd_progress_against_the_rule(vault: Vault) -> None:
    from supervision_app.core.cpd.model import CpdFields
    from supervision_app.storage.companion.prep import cpd_lines

    today = dt.date(2026, 3, 2)
    assert cpd_lines(vault, today) == []  # no CPD records: nothing on the agenda
    course = _entry(vault, "Course", dt.date(2026, 2, 1))
    vault.entries.update(replace(vault.entries.get(course), minutes=90))
    vault.cpd.save(course, CpdFields("course_or_training", "Safeguarding refresher"))
    assert cpd_lines(vault, today) == [
        "CPD 1 Dec 2025 – 30 Nov 2026: 1 record, 1.5 hours;"
        " 274 days left (until 23:59 on 30 Nov 2026)",
        "CPD still to do: At least 2 different CPD records (1 of 2);"
        " At least 1 record reflected on with a peer (0 of 1)",
    ]
