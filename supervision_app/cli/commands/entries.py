"""Journal entry commands that read entries or move them to the Trash: list, show, search
(with a plain search's command line read without argparse), delete. ``add`` is ``add.py``.

The vault and the repository are imported inside the handlers (see ``supervision_app.cli``).
"""

from __future__ import annotations

from collections.abc import Iterator

from supervision_app.cli.args import entry_id_arg, path_arg, positive_arg
from supervision_app.cli.common import (
    add_command,
    note,
    open_vault,
    print_json,
    print_json_array,
)
from supervision_app.cli.filters import add_filter_options, filters_from_args
from supervision_app.cli.shapes import (
    entry_json,
    highlight_marks,
    local_time,
    render_snippet,
    search_json,
    summary_json,
    summary_row,
)
from supervision_app.cli.terminal import raw_output
from supervision_app.core.entries import EntrySummary, kind_label

# Not typing's own: a command-line search does not import typing (tests/cli/test_cli_index.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from typing import Any

    from supervision_app.core.find.filters import SearchFilters
    from supervision_app.storage.entries import EntryRepository

#: Rows fetched per query while listing (the output is streamed page by page).
PAGE_SIZE = 200


# -- commands ------------------------------------------------------------------------------------


def _pages(
    repo: EntryRepository, args: argparse.Namespace, filters: SearchFilters | None
) -> Iterator[EntrySummary]:
    remaining: int | None = args.limit
    after = None
    while remaining is None or remaining > 0:
        size = PAGE_SIZE if remaining is None else min(PAGE_SIZE, remaining)
        page = repo.page(after=after, limit=size, filters=filters)
        yield from page
        if len(page) < size:
            return
        after = repo.cursor_of(page[-1])
        if remaining is not None:
            remaining -= len(page)


def _list(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        rows = _pages(vault.entries, args, filters_from_args(args, vault))
        if args.json:
            print_json_array(summary_json(s) for s in rows)
            return 0
        shown = 0
        for summary in rows:
            print(summary_row(summary))
            shown += 1
        if not shown:
            note("No entries to list.")
    return 0


def _show(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        entry = vault.entries.get(args.id)
    if args.json:
        print_json(entry_json(entry))
        return 0
    lines = [
        entry.display_title,
        f"Id:       {entry.id}",
        f"Kind:     {kind_label(entry.kind)}",
        f"Date:     {entry.practice_date.isoformat()}",
        f"Tags:     {', '.join(entry.tags) if entry.tags else '-'}",
        f"Minutes:  {entry.minutes}",
    ]
    if entry.created_at is not None:
        lines.append(f"Created:  {local_time(entry.created_at)}")
    if entry.updated_at is not None:
        lines.append(f"Updated:  {local_time(entry.updated_at)}")
    if entry.deleted_at is not None:
        lines.append(f"In the Trash since {local_time(entry.deleted_at)}")
    print("\n".join(lines))
    if entry.body:
        print()
        print(entry.body.rstrip("\n"))
    return 0


def _search(args: argparse.Namespace) -> int:
    query = " ".join(args.query)
    with open_vault(args) as vault:
        hits = vault.entries.search(query, limit=args.limit, filters=filters_from_args(args, vault))
    if args.json:
        print_json_array(search_json(s) for s in hits)
        return 0
    if not hits:
        note(f"No entries match {query!r}.")
        return 0
    start, end = highlight_marks()
    for summary in hits:
        print(summary_row(summary))
        snippet = render_snippet(summary.snippet, start, end)
        if snippet:
            with raw_output():  # render_snippet made the text safe; the marks stay
                print(f"{'':7}{snippet}")
    return 0


def _delete(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        entry = vault.entries.get(args.id)
        if entry.deleted_at is not None:
            print(f"Entry {entry.id} is already in the Trash.")
            return 0
        vault.entries.trash(args.id)
    print(
        f"Moved entry {entry.id} ({entry.display_title}) to the Trash; "
        "you can restore it from the Trash in the app."
    )
    return 0


# -- a plain search without argparse --------------------------------------------------------------

#: Options of ``search`` that take no value, and their attribute.
_SEARCH_FLAGS = {"--passphrase-stdin": "passphrase_stdin", "--json": "json"}


def plain_search_args(words: list[str]) -> Any:
    """What ``search``'s parser (see :func:`register`) makes of ``words`` (what follows
    ``search``), or None unless they are a plain search: the query's words together, and
    only ``--vault PATH``, ``--passphrase-stdin``, ``--json`` and ``--limit N`` spelt out
    in full around them. Anything else (a filter, ``--help``, an abbreviation, ``--``, a
    word starting with a dash, a bad value) is left to argparse, which also names errors.
    A test compares the two on many command lines.
    """
    from types import SimpleNamespace

    values: dict[str, Any] = {"passphrase_stdin": False, "json": False, "limit": 20}
    query: list[str] = []
    query_done = False
    i = 0
    while i < len(words):
        word = words[i]
        if not word.startswith("-"):
            if query_done:
                return None  # argparse takes the query's words in one run only
            while i < len(words) and not words[i].startswith("-"):
                query.append(words[i])
                i += 1
            query_done = True
            continue
        name, equals, value = word.partition("=")
        if name in _SEARCH_FLAGS and not equals:
            values[_SEARCH_FLAGS[name]] = True
            i += 1
            continue
        if name not in ("--vault", "--limit"):
            return None
        if not equals:
            if i + 1 >= len(words):
                return None
            value = words[i + 1]
            i += 1
        i += 1
        if value.startswith("-"):
            return None
        if name == "--vault":
            values["vault"] = path_arg(value)
        elif value.isascii() and value.isdigit() and int(value) >= 1:
            values["limit"] = int(value)
        else:
            return None
    if not query:
        return None
    return SimpleNamespace(
        self_test=False,
        vault=values.pop("vault", None),
        command="search",
        handler=_search,
        query=query,
        kind=None,
        tag=[],
        framework_item=None,
        partner=None,
        date_from=None,
        date_to=None,
        cpd_year=None,
        **values,
    )


# -- registration --------------------------------------------------------------------------------


def _json_option(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--json", action="store_true", help=f"print {what} (the shape is in docs/cli.md)"
    )


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    listing = add_command(
        subparsers,
        "list",
        summary="list entries, newest practice date first",
        description=(
            "List the entries in the journal (not those in the Trash), newest practice date\n"
            "first: id, practice date, kind, title and [tags], one entry a line."
        ),
        handler=_list,
    )
    listing.add_argument(
        "--limit", type=positive_arg, metavar="N", help="list at most N entries (default: all)"
    )
    add_filter_options(listing)
    _json_option(listing, "the entries as a JSON array")

    show = add_command(
        subparsers,
        "show",
        summary="show one entry in full",
        description="Show one entry: its details and then its whole text.",
        handler=_show,
    )
    show.add_argument("id", type=entry_id_arg, metavar="ID", help="the entry's id (see 'list')")
    _json_option(show, "the entry as a JSON object")

    search = add_command(
        subparsers,
        "search",
        summary="search the text, titles and tags of entries",
        description=(
            "Search the journal (not the Trash), best matches first, with an extract around\n"
            "the words found, which are shown [in brackets] (or bold in a terminal).\n\n"
            "Words are matched whole and by their stem (visit, visits, visiting). Full-text\n"
            'syntax works too: "exact phrase", visit*, child OR young, child NOT adult,\n'
            "title:supervision. A query that is not valid syntax is searched as plain words.\n\n"
            "The filter options narrow the results; they combine with each other and the words."
        ),
        epilog=(
            "examples:\n"
            "  supervision-journal search safeguarding\n"
            "  supervision-journal search '\"home visit\"' --limit 5 --json\n"
            "  supervision-journal search handover --kind reflection --from 2026-01-01\n"
            "  supervision-journal search safeguarding --tag training --cpd-year 2026\n"
            "  supervision-journal search -- -starts-with-a-dash"
        ),
        handler=_search,
    )
    search.add_argument("query", nargs="+", metavar="QUERY", help="the words to look for")
    search.add_argument(
        "--limit",
        type=positive_arg,
        default=20,
        metavar="N",
        help="at most N results (default: 20)",
    )
    add_filter_options(search)
    _json_option(search, "the results as a JSON array")

    delete = add_command(
        subparsers,
        "delete",
        summary="move an entry to the Trash",
        description=(
            "Move an entry to the Trash. It leaves the list and the search results; you can\n"
            "restore it, or delete it for good, from the Trash in the app."
        ),
        handler=_delete,
    )
    delete.add_argument("id", type=entry_id_arg, metavar="ID", help="the entry's id (see 'list')")
