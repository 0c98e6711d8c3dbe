"""Journal entry commands: add, list, show, search, delete.

The vault and the repository are imported inside the handlers (see ``supervision_app.cli``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from supervision_app.cli import (
    UsageError,
    add_command,
    note,
    open_vault,
    print_json,
    print_json_array,
    read_passphrase,
    require_vault_file,
    vault_path,
)
from supervision_app.core.entries import (
    DEFAULT_KIND,
    KINDS,
    MAX_MINUTES,
    Entry,
    EntrySummary,
    kind_label,
    normalise_tags,
    parse_date,
)
from supervision_app.core.errors import InvalidEntry

if TYPE_CHECKING:
    from supervision_app.storage.entries import EntryRepository

#: Rows fetched per query while listing (the output is streamed page by page).
PAGE_SIZE = 200
#: Wide enough for every built-in kind's label.
_KIND_WIDTH = max(len(label) for label in KINDS.values())


# -- argument types: each error is a sentence argparse prefixes with the option's name ----------


def _date(text: str) -> dt.date:
    word = text.strip().lower()
    if word == "today":
        return dt.date.today()
    if word == "yesterday":
        return dt.date.today() - dt.timedelta(days=1)
    try:
        return parse_date(text)
    except InvalidEntry as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _kind(text: str) -> str:
    kind = text.strip().lower().replace("-", "_").replace(" ", "_")
    if kind in KINDS:
        return kind
    raise argparse.ArgumentTypeError(
        f"'{text}' is not a kind of entry; choose from {', '.join(KINDS)}."
    )


def _minutes(text: str) -> int:
    try:
        minutes = int(text)
    except ValueError:
        minutes = -1
    if not 0 <= minutes <= MAX_MINUTES:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a number of minutes between 0 and {MAX_MINUTES}."
        )
    return minutes


def _positive(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of 1 or more.")
    return number


def _entry_id(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not an entry id (a number).") from None


# -- output --------------------------------------------------------------------------------------


def _iso(value: dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _local(value: dt.datetime) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M %Z").strip()


def summary_json(summary: EntrySummary) -> dict[str, Any]:
    """One ``list --json`` item."""
    return {
        "id": summary.id,
        "kind": summary.kind,
        "title": summary.title,
        "practice_date": summary.practice_date.isoformat(),
        "tags": list(summary.tags),
        "updated_at": _iso(summary.updated_at),
    }


def entry_json(entry: Entry) -> dict[str, Any]:
    """The ``show --json`` object."""
    return {
        "id": entry.id,
        "kind": entry.kind,
        "title": entry.title,
        "body": entry.body,
        "practice_date": entry.practice_date.isoformat(),
        "tags": list(entry.tags),
        "minutes": entry.minutes,
        "created_at": _iso(entry.created_at),
        "updated_at": _iso(entry.updated_at),
        "deleted_at": _iso(entry.deleted_at),
    }


def split_snippet(snippet: str) -> tuple[str, list[list[int]]]:
    """The snippet without its markers, and the ``[start, end)`` offsets they enclosed."""
    from supervision_app.storage.entries import MARK_END, MARK_START

    text: list[str] = []
    spans: list[list[int]] = []
    length = 0
    start: int | None = None
    for char in snippet:
        if char == MARK_START:
            start = length
        elif char == MARK_END:
            if start is not None and length > start:
                spans.append([start, length])
            start = None
        else:
            text.append(char)
            length += 1
    return "".join(text), spans


def search_json(summary: EntrySummary) -> dict[str, Any]:
    """One ``search --json`` item."""
    snippet, highlights = split_snippet(summary.snippet)
    item = summary_json(summary)
    del item["updated_at"]
    item["snippet"] = snippet
    item["highlights"] = highlights
    return item


def _row(summary: EntrySummary) -> str:
    tags = f"  [{', '.join(summary.tags)}]" if summary.tags else ""
    return (
        f"{summary.id:>5}  {summary.practice_date.isoformat()}  "
        f"{kind_label(summary.kind):<{_KIND_WIDTH}}  {summary.display_title}{tags}"
    )


def _highlighter() -> tuple[str, str]:
    if sys.stdout.isatty() and os.name != "nt" and "NO_COLOR" not in os.environ:
        return "\x1b[1m", "\x1b[0m"
    return "[", "]"


def _render_snippet(snippet: str, start: str, end: str) -> str:
    text, spans = split_snippet(snippet)
    parts: list[str] = []
    done = 0
    for first, last in spans:
        parts += [text[done:first], start, text[first:last], end]
        done = last
    parts.append(text[done:])
    return " ".join("".join(parts).split())


# -- commands ------------------------------------------------------------------------------------


def _read_body_file(name: str) -> str:
    try:
        with open(name, encoding="utf-8") as handle:
            return handle.read()
    except UnicodeDecodeError:
        raise UsageError(f"The body file {name} is not UTF-8 text.") from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise UsageError(f"Cannot read the body file {name}: {reason}.") from None


def _add(args: argparse.Namespace) -> int:
    body = args.body
    if args.body_file is not None and args.body_file != "-":
        body = _read_body_file(args.body_file)
    path = vault_path(args)
    require_vault_file(path)
    passphrase = read_passphrase(args, path)
    if args.body_file == "-":
        body = sys.stdin.read()
    entry = Entry(
        title=args.title,
        body=body,
        kind=args.kind,
        practice_date=args.date or dt.date.today(),
        tags=normalise_tags(",".join(args.tag)),
        minutes=args.minutes,
    ).validated()
    with open_vault(args, passphrase) as vault:
        added = vault.entries.add(entry)
    print(added.id)
    return 0


def _pages(repo: EntryRepository, args: argparse.Namespace) -> Iterator[EntrySummary]:
    remaining: int | None = args.limit
    after = None
    while remaining is None or remaining > 0:
        size = PAGE_SIZE if remaining is None else min(PAGE_SIZE, remaining)
        page = repo.page(after=after, limit=size, kind=args.kind, tag=args.tag)
        yield from page
        if len(page) < size:
            return
        after = repo.cursor_of(page[-1])
        if remaining is not None:
            remaining -= len(page)


def _list(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        rows = _pages(vault.entries, args)
        if args.json:
            print_json_array(summary_json(s) for s in rows)
            return 0
        shown = 0
        for summary in rows:
            print(_row(summary))
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
        lines.append(f"Created:  {_local(entry.created_at)}")
    if entry.updated_at is not None:
        lines.append(f"Updated:  {_local(entry.updated_at)}")
    if entry.deleted_at is not None:
        lines.append(f"In the Trash since {_local(entry.deleted_at)}")
    print("\n".join(lines))
    if entry.body:
        print()
        print(entry.body.rstrip("\n"))
    return 0


def _search(args: argparse.Namespace) -> int:
    query = " ".join(args.query)
    with open_vault(args) as vault:
        hits = vault.entries.search(query, limit=args.limit)
    if args.json:
        print_json_array(search_json(s) for s in hits)
        return 0
    if not hits:
        note(f"No entries match {query!r}.")
        return 0
    start, end = _highlighter()
    for summary in hits:
        print(_row(summary))
        snippet = _render_snippet(summary.snippet, start, end)
        if snippet:
            print(f"{'':7}{snippet}")
    return 0


def _delete(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        entry = vault.entries.get(args.id)
        if entry.deleted_at is not None:
            print(f"Entry {entry.id} is already in the Trash.")
            return 0
        vault.entries.trash(entry.id)
    print(
        f"Moved entry {entry.id} ({entry.display_title}) to the Trash; "
        "you can restore it from the Trash in the app."
    )
    return 0


# -- registration --------------------------------------------------------------------------------


def _json_option(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--json", action="store_true", help=f"print {what} (the shape is in docs/cli.md)"
    )


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    kinds = ", ".join(KINDS)

    add = add_command(
        subparsers,
        "add",
        summary="add an entry and print its id",
        description=(
            "Add an entry to the journal and print its id on a line of its own.\n\n"
            "With --passphrase-stdin, the first line of standard input is the passphrase and,\n"
            "with --body-file -, the rest of standard input is the body."
        ),
        epilog=(
            "examples:\n"
            "  supervision-journal add --title 'Supervision with my manager' \\\n"
            "      --kind supervision --date 2026-03-02 --tag 'case load' --minutes 60 \\\n"
            "      --body-file notes.md\n"
            "  printf '%s\\n' \"$PASS\" | cat - notes.md | supervision-journal add \\\n"
            "      --passphrase-stdin --title 'Home visit reflection' --body-file -"
        ),
        handler=_add,
    )
    add.add_argument("--title", required=True, help="the entry's title")
    add.add_argument(
        "--kind",
        type=_kind,
        default=DEFAULT_KIND,
        metavar="KIND",
        help=f"one of {kinds} (default: {DEFAULT_KIND})",
    )
    add.add_argument(
        "--date",
        type=_date,
        metavar="YYYY-MM-DD",
        help="the practice date: when it happened (default: today; 'yesterday' works too)",
    )
    add.add_argument(
        "--tag",
        action="append",
        default=[],
        metavar="TAG",
        help="a tag; repeat the option for more tags, or separate them with commas",
    )
    add.add_argument(
        "--minutes",
        type=_minutes,
        default=0,
        metavar="N",
        help="time spent, in minutes, for CPD records (default: 0)",
    )
    body = add.add_mutually_exclusive_group(required=True)
    body.add_argument("--body", metavar="TEXT", help="the entry's text (Markdown)")
    body.add_argument(
        "--body-file",
        metavar="FILE",
        help="read the entry's text from a UTF-8 file; '-' reads standard input",
    )

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
        "--limit", type=_positive, metavar="N", help="list at most N entries (default: all)"
    )
    listing.add_argument("--kind", type=_kind, metavar="KIND", help=f"only entries of {kinds}")
    listing.add_argument("--tag", metavar="TAG", help="only entries with this tag")
    _json_option(listing, "the entries as a JSON array")

    show = add_command(
        subparsers,
        "show",
        summary="show one entry in full",
        description="Show one entry: its details and then its whole text.",
        handler=_show,
    )
    show.add_argument("id", type=_entry_id, metavar="ID", help="the entry's id (see 'list')")
    _json_option(show, "the entry as a JSON object")

    search = add_command(
        subparsers,
        "search",
        summary="search the text, titles and tags of entries",
        description=(
            "Search the journal (not the Trash), best matches first, with an extract around\n"
            "the words found, which are shown [in brackets] (or bold in a terminal).\n\n"
            "Words are matched whole and by their stem (visit, visits, visiting). Full-text\n"
            "syntax works too: \"exact phrase\", visit*, child OR young, child NOT adult,\n"
            "title:supervision. A query that is not valid syntax is searched as plain words."
        ),
        epilog=(
            "examples:\n"
            "  supervision-journal search safeguarding\n"
            "  supervision-journal search '\"home visit\"' --limit 5 --json\n"
            "  supervision-journal search -- -starts-with-a-dash"
        ),
        handler=_search,
    )
    search.add_argument("query", nargs="+", metavar="QUERY", help="the words to look for")
    search.add_argument(
        "--limit", type=_positive, default=20, metavar="N", help="at most N results (default: 20)"
    )
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
    delete.add_argument("id", type=_entry_id, metavar="ID", help="the entry's id (see 'list')")
