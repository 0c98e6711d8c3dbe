"""The one place where search filters become SQL (for the list, search, timeline and stats).

Every clause is written against the ``entries`` table under an alias, with ``?``
parameters only: a filter value never becomes SQL text.
"""

from __future__ import annotations

from supervision_app.core.find.text import has_mark, plain_markdown, tags_snippet

# Not typing's own: a command-line search does not import typing (tests/cli/test_cli_index.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from supervision_app.core.find.filters import SearchFilters


def filter_sql(filters: SearchFilters | None, alias: str = "e") -> tuple[list[str], list[Any]]:
    """``WHERE`` clauses (to be joined with AND) and their parameters."""
    clauses: list[str] = []
    params: list[Any] = []
    if filters is None:
        return clauses, params
    if filters.kind:
        clauses.append(f"{alias}.kind = ?")
        params.append(filters.kind)
    for tag in filters.tags:
        # entry_tags.tag is COLLATE NOCASE, so "Home visit" finds "home visit".
        clauses.append(f"{alias}.id IN (SELECT entry_id FROM entry_tags WHERE tag = ?)")
        params.append(tag)
    if filters.framework_ref:
        clauses.append(f"{alias}.id IN (SELECT entry_id FROM entry_links WHERE ref = ?)")
        params.append(filters.framework_ref)
    if filters.partner_id is not None:
        clauses.append(
            f"{alias}.id IN (SELECT entry_id FROM supervision_sessions WHERE partner_id = ?)"
        )
        params.append(filters.partner_id)
    date_clauses, date_params = _date_sql(filters, alias)
    return clauses + date_clauses, params + date_params


def entry_column_sql(filters: SearchFilters, alias: str = "e") -> tuple[str, list[Any]]:
    """Only the filters on the entry's own columns (kind and practice dates), ``AND``-joined
    ("" if none): the part the ``entries_live_by_kind`` and ``entries_live_by_date``
    indexes answer without reading the table."""
    clauses: list[str] = []
    params: list[Any] = []
    if filters.kind:
        clauses.append(f"{alias}.kind = ?")
        params.append(filters.kind)
    date_clauses, date_params = _date_sql(filters, alias)
    return " AND ".join(clauses + date_clauses), params + date_params


def _date_sql(filters: SearchFilters, alias: str) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    low, high = filters.date_bounds()
    if low is not None:
        clauses.append(f"{alias}.practice_date >= ?")
        params.append(low.isoformat())
    if high is not None:
        clauses.append(f"{alias}.practice_date <= ?")
        params.append(high.isoformat())
    return clauses, params


def readable_snippet(body: str, title: str, tags: str) -> str:
    """The snippet to show: from the body if the words are there, else the tags, else title.

    Each argument is FTS5 output with the match markers; the body loses its Markdown
    punctuation and the tags their JSON (issue 12: ``["home visit", …]`` and ``*invisible*``).
    """
    if has_mark(body):
        return plain_markdown(body)
    if has_mark(tags):
        return tags_snippet(tags)
    if has_mark(title):
        return " ".join(title.split())
    return plain_markdown(body)
