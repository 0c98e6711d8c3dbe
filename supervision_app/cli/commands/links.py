"""``link`` and ``unlink``: which framework items an entry addresses."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from supervision_app.cli.args import entry_id_arg
from supervision_app.cli.common import UsageError, add_command, note, open_vault, print_json
from supervision_app.core.wording import count

if TYPE_CHECKING:
    from supervision_app.core.frameworks import FrameworkLibrary


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    for name, verb, handler in (
        ("link", "link an entry to framework items", _link),
        ("unlink", "remove framework items from an entry's links", _unlink),
    ):
        p = add_command(
            subparsers,
            name,
            summary=verb + " (capabilities, standards, domains)",
            description=verb[0].upper() + verb[1:] + ". An item is named "
            "FRAMEWORK:ITEM, as 'supervision-journal frameworks' lists them\n(e.g. "
            "swe-standards:3.1, pcf:critical-reflection). The entry's links are printed after.",
            epilog=f"examples:\n  supervision-journal {name} 12 swe-standards:3.1 "
            f"pcf:critical-reflection\n  supervision-journal {name} 12 swe-standards:3.1 --json",
            handler=handler,
        )
        p.add_argument("id", type=entry_id_arg, metavar="ID", help="the entry's id")
        p.add_argument("refs", nargs="+", metavar="REF", help="a framework item, FRAMEWORK:ITEM")
        p.add_argument(
            "--json", action="store_true", help="print the entry's links as a JSON array"
        )


def _check(library: FrameworkLibrary, refs: list[str]) -> list[str]:
    for ref in refs:
        try:
            library.item(ref)
        except (KeyError, ValueError):
            raise UsageError(
                f"'{ref}' is not an item of a framework; 'supervision-journal frameworks' "
                "lists them (FRAMEWORK:ITEM)."
            ) from None
    return list(dict.fromkeys(refs))


def _links_json(library: FrameworkLibrary, refs: tuple[str, ...]) -> list[dict[str, Any]]:
    shown: list[dict[str, Any]] = []
    for ref in refs:
        try:
            framework, item = library.item(ref)
            shown.append({"ref": ref, "label": item.label, "framework": framework.name})
        except (KeyError, ValueError):  # a template since deleted: keep the ref
            shown.append({"ref": ref, "label": None, "framework": None})
    return shown


def _print(library: FrameworkLibrary, refs: tuple[str, ...], as_json: bool) -> None:
    shown = _links_json(library, refs)
    if as_json:
        print_json(shown)
        return
    for link in shown:
        label = f"  {link['label']} ({link['framework']})" if link["label"] else ""
        print(f"{link['ref']}{label}")


def _change(args: argparse.Namespace, *, add: bool) -> int:
    from supervision_app.storage.reflection import library_with_templates

    with open_vault(args) as vault:
        library = library_with_templates(vault)
        refs = _check(library, args.refs)
        entry = vault.entries.get(args.id)
        if entry.deleted_at is not None:
            raise UsageError(f"Entry {args.id} is in the Trash; restore it before changing it.")
        before = vault.links.links_of(args.id)
        if add:
            vault.links.add_links(args.id, refs)
        else:
            vault.links.set_links(args.id, [r for r in before if r not in refs])
        after = vault.links.links_of(args.id)
    if add:
        already = [r for r in refs if r in before]
        note(f"Linked entry {args.id} to {count(len(refs) - len(already), 'new item')}.")
        if already:
            note(f"Already linked: {', '.join(already)}.")
    else:
        missing = [r for r in refs if r not in before]
        note(f"Removed {count(len(refs) - len(missing), 'link')} from entry {args.id}.")
        if missing:
            note(f"Not linked before: {', '.join(missing)}.")
    _print(library, after, args.json)
    return 0


def _link(args: argparse.Namespace) -> int:
    return _change(args, add=True)


def _unlink(args: argparse.Namespace) -> int:
    return _change(args, add=False)
