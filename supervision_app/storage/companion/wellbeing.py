"""Wellbeing check-ins, the declared period setting, and the user's "My support" list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from supervision_app.core.companion.wellbeing import (
    DEFAULT_OFFER,
    DEFAULT_PERIOD_DAYS,
    OFFER_SETTING,
    PERIOD_SETTING,
    CheckIn,
    InvalidCheckIn,
    SupportContact,
    check_period,
    suggest_raising,
)
from supervision_app.storage.supervision.common import parse_ts, ts

if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault


def _checkin(row: Any) -> CheckIn:
    checked_at = parse_ts(row[1])
    assert checked_at is not None
    return CheckIn(checked_at, row[2], row[3], row[4], row[5], row[0])


class WellbeingRepository:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def add(
        self, impact: int, energy: int, word: str = "", *, entry_id: int | None = None
    ) -> CheckIn:
        checkin = CheckIn(self._vault.clock(), impact, energy, word, entry_id).validated()
        with self._vault.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO wellbeing_checkins (checked_at, impact, energy, word, entry_id)"
                " VALUES (?, ?, ?, ?, ?)",
                (ts(checkin.checked_at), checkin.impact, checkin.energy, checkin.word, entry_id),
            )
            return CheckIn(
                checkin.checked_at, checkin.impact, checkin.energy, checkin.word, entry_id,
                int(cur.lastrowid),
            )  # fmt: skip

    def history(self, since: dt.datetime | None = None) -> list[CheckIn]:
        """Check-ins in time order (from ``since`` when given)."""
        sql = "SELECT id, checked_at, impact, energy, word, entry_id FROM wellbeing_checkins"
        params: list[Any] = []
        if since is not None:
            sql += " WHERE checked_at >= ?"
            params.append(ts(since))
        rows = self._vault.conn.execute(sql + " ORDER BY checked_at, id", params)
        return [_checkin(r) for r in rows]

    def delete(self, checkin_id: int) -> None:
        with self._vault.transaction() as conn:
            conn.execute("DELETE FROM wellbeing_checkins WHERE id = ?", (checkin_id,))

    def period_days(self) -> int:
        value = self._vault.settings.get(PERIOD_SETTING, DEFAULT_PERIOD_DAYS)
        try:
            return check_period(value)
        except InvalidCheckIn:
            return DEFAULT_PERIOD_DAYS

    def set_period_days(self, days: int) -> None:
        self._vault.settings.set(PERIOD_SETTING, check_period(days))

    def offer_checkin(self) -> bool:
        return bool(self._vault.settings.get(OFFER_SETTING, DEFAULT_OFFER))

    def set_offer_checkin(self, offer: bool) -> None:
        self._vault.settings.set(OFFER_SETTING, bool(offer))

    def suggestion_due(self) -> bool:
        """Whether to suggest raising wellbeing in supervision, as of the vault's clock."""
        return suggest_raising(self.history(), self._vault.clock(), self.period_days())


class SupportRepository:
    """Where the user turns for support; kept in the order they give."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def all(self) -> list[SupportContact]:
        rows = self._vault.conn.execute(
            "SELECT id, kind, name, how FROM support_contacts ORDER BY position, id"
        )
        return [SupportContact(r[1], r[2], r[3], r[0]) for r in rows]

    def replace_all(self, contacts: Iterable[SupportContact]) -> None:
        cleaned = [
            SupportContact(" ".join(c.kind.split()), " ".join(c.name.split()), c.how.strip())
            for c in contacts
            if c.name.strip()
        ]
        with self._vault.transaction() as conn:
            conn.execute("DELETE FROM support_contacts")
            conn.executemany(
                "INSERT INTO support_contacts (position, kind, name, how) VALUES (?, ?, ?, ?)",
                [(n, c.kind, c.name, c.how) for n, c in enumerate(cleaned)],
            )
