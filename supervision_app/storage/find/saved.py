"""Saved searches in the vault (see ``storage/schema/saved_searches.py``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlcipher3.dbapi2 import IntegrityError

from supervision_app.core.errors import JournalError
from supervision_app.core.find.filters import SearchFilters
from supervision_app.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault

MAX_NAME = 80


class InvalidSavedSearch(JournalError):
    pass


@dataclass(frozen=True)
class SavedSearch:
    id: int
    name: str
    query: str
    filters: SearchFilters


class SavedSearchRepository:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def list(self, year_end: tuple[int, int] | None = None) -> list[SavedSearch]:
        rows = self._vault.conn.execute(
            "SELECT id, name, query, filters FROM saved_searches ORDER BY name COLLATE NOCASE"
        ).fetchall()
        result = []
        for r in rows:
            filters = _filters(r[3])
            if year_end is not None:
                filters = SearchFilters.from_json(filters.to_json(), year_end)
            result.append(SavedSearch(r[0], r[1], r[2], filters))
        return result

    def save(self, name: str, query: str, filters: SearchFilters) -> SavedSearch:
        """Save under ``name``, replacing a saved search of the same name."""
        name = _checked_name(name)
        if not query.strip() and not filters.active:
            raise InvalidSavedSearch.marked(
                QT_TRANSLATE_NOOP(
                    "Errors", "There is nothing to save: type words or choose a filter."
                )
            )
        now = self._vault.clock().isoformat(timespec="seconds")
        payload = json.dumps(filters.to_json(), ensure_ascii=False)
        with self._vault.transaction() as conn:
            try:
                cur = conn.execute(
                    "INSERT INTO saved_searches (name, query, filters, created_at)"
                    " VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET name = excluded.name,"
                    " query = excluded.query, filters = excluded.filters RETURNING id",
                    (name, query.strip(), payload, now),
                )
                saved_id = int(cur.fetchone()[0])
            except IntegrityError as error:  # pragma: no cover - the upsert covers the name
                raise InvalidSavedSearch.marked(
                    QT_TRANSLATE_NOOP("Errors", "Cannot save '{name}'."), name=name
                ) from error
        return SavedSearch(saved_id, name, query.strip(), filters)

    def rename(self, saved_id: int, name: str) -> SavedSearch:
        """Give a saved search a new name; its words and filters stay as they are.

        Unlike :meth:`save`, a name another saved search has is refused rather than
        replaced: renaming must never lose a search (names compare ignoring case, so
        changing only the case of a search's own name is allowed).
        """
        name = _checked_name(name)
        with self._vault.transaction() as conn:
            clash = conn.execute(
                "SELECT name FROM saved_searches WHERE name = ? AND id <> ?", (name, saved_id)
            ).fetchone()
            if clash is not None:
                raise InvalidSavedSearch.marked(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "There is already a saved search named '{clash}': choose another name.",
                    ),
                    clash=clash[0],
                )
            row = conn.execute(
                "UPDATE saved_searches SET name = ? WHERE id = ? RETURNING query, filters",
                (name, saved_id),
            ).fetchone()
            if row is None:
                raise InvalidSavedSearch.marked(
                    QT_TRANSLATE_NOOP("Errors", "That saved search no longer exists.")
                )
        return SavedSearch(saved_id, name, row[0], _filters(row[1]))

    def delete(self, saved_id: int) -> None:
        with self._vault.transaction() as conn:
            conn.execute("DELETE FROM saved_searches WHERE id = ?", (saved_id,))


def _checked_name(name: str) -> str:
    """``name`` with its spaces tidied, or a one-sentence reason it cannot be used."""
    name = " ".join(name.split())
    if not name:
        raise InvalidSavedSearch.marked(QT_TRANSLATE_NOOP("Errors", "A saved search needs a name."))
    if len(name) > MAX_NAME:
        raise InvalidSavedSearch.marked(
            QT_TRANSLATE_NOOP("Errors", "The name is longer than {max_name} characters."),
            max_name=MAX_NAME,
        )
    return name


def _filters(raw: str) -> SearchFilters:
    try:
        data = json.loads(raw)
    except ValueError:
        data = {}
    return SearchFilters.from_json(data if isinstance(data, dict) else {})
