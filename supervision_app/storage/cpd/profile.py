"""The HCPC profile written in the app, and the anonymisation check's "mark as fine" list."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from typing import TYPE_CHECKING

from supervision_app.core.cpd.hcpc import HcpcProfile
from supervision_app.core.errors import JournalError
from supervision_app.core.i18n import Translate, english

if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault

__all__ = ["Dismissal", "DismissalRepository", "HcpcProfileRepository"]

#: (source, kind, text): e.g. ("entry:12", "titled_name", "Mrs Okafor").
Dismissal = tuple[str, str, str]


class ProfileNotFound(JournalError):
    def __init__(self, profile_id: int) -> None:
        self.profile_id = profile_id
        super().__init__(self.message())

    def message(self, translate: Translate = english) -> str:
        return translate("Errors", "There is no HCPC profile with id {id}.").format(
            id=self.profile_id
        )


def _date(text: str | None) -> dt.date | None:
    return None if not text else dt.date.fromisoformat(text)


class HcpcProfileRepository:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def latest(self) -> HcpcProfile:
        """The most recently saved profile, or a new empty one (not yet saved, no id)."""
        row = self._vault.conn.execute(
            "SELECT id FROM hcpc_profiles ORDER BY updated_at DESC, id DESC LIMIT 1"
        ).fetchone()
        return HcpcProfile() if row is None else self.get(row[0])

    def get(self, profile_id: int) -> HcpcProfile:
        conn = self._vault.conn
        row = conn.execute(
            "SELECT id, summary, statement, gap_notes, period_start, period_end, updated_at"
            " FROM hcpc_profiles WHERE id = ?",
            (profile_id,),
        ).fetchone()
        if row is None:
            raise ProfileNotFound(profile_id)
        evidence = conn.execute(
            "SELECT entry_id FROM hcpc_profile_evidence WHERE profile_id = ? ORDER BY position",
            (profile_id,),
        ).fetchall()
        return HcpcProfile(
            id=row[0],
            summary=row[1],
            statement=row[2],
            gap_notes=json.loads(row[3]),
            period_start=_date(row[4]),
            period_end=_date(row[5]),
            updated_at=dt.datetime.fromisoformat(row[6]),
            evidence_ids=tuple(r[0] for r in evidence),
        )

    def save(self, profile: HcpcProfile) -> HcpcProfile:
        """Insert (no id) or update the profile and its evidence list; returns it with its id."""
        now = self._vault.clock()
        values = (
            profile.summary,
            profile.statement,
            json.dumps({k: v for k, v in profile.gap_notes.items() if v.strip()}),
            profile.period_start.isoformat() if profile.period_start else None,
            profile.period_end.isoformat() if profile.period_end else None,
            now.astimezone(dt.UTC).isoformat(timespec="seconds"),
        )
        with self._vault.transaction() as conn:
            if profile.id is None:
                cur = conn.execute(
                    "INSERT INTO hcpc_profiles (summary, statement, gap_notes, period_start,"
                    " period_end, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                    values,
                )
                profile_id = int(cur.lastrowid)
            else:
                profile_id = profile.id
                cur = conn.execute(
                    "UPDATE hcpc_profiles SET summary = ?, statement = ?, gap_notes = ?,"
                    " period_start = ?, period_end = ?, updated_at = ? WHERE id = ?",
                    (*values, profile_id),
                )
                if cur.rowcount == 0:
                    raise ProfileNotFound(profile_id)
            conn.execute("DELETE FROM hcpc_profile_evidence WHERE profile_id = ?", (profile_id,))
            conn.executemany(
                "INSERT OR IGNORE INTO hcpc_profile_evidence (profile_id, entry_id, position)"
                " VALUES (?, ?, ?)",
                [(profile_id, e, n) for n, e in enumerate(dict.fromkeys(profile.evidence_ids))],
            )
        return replace(self.get(profile_id), updated_at=now)


class DismissalRepository:
    """Findings the user marked as fine; keyed by source, kind and the exact text found."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def dismiss(self, source: str, kind: str, text: str) -> None:
        now = self._vault.clock().astimezone(dt.UTC).isoformat(timespec="seconds")
        with self._vault.transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO scan_dismissals (source, kind, text, dismissed_at)"
                " VALUES (?, ?, ?, ?)",
                (source, kind, text, now),
            )

    def undo(self, source: str, kind: str, text: str) -> None:
        with self._vault.transaction() as conn:
            conn.execute(
                "DELETE FROM scan_dismissals WHERE source = ? AND kind = ? AND text = ?",
                (source, kind, text),
            )

    def all(self) -> set[Dismissal]:
        rows = self._vault.conn.execute("SELECT source, kind, text FROM scan_dismissals")
        return {(r[0], r[1], r[2]) for r in rows}

    def clear(self) -> int:
        """Forget every "mark as fine" decision (so everything is asked again)."""
        with self._vault.transaction() as conn:
            return int(conn.execute("DELETE FROM scan_dismissals").rowcount)
