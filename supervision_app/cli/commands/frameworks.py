"""``frameworks`` and ``templates``: the framework library and reflection templates."""

from __future__ import annotations

import argparse
from typing import Any

from supervision_app.cli.common import add_command, open_vault, print_json


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    p = add_command(
        subparsers,
        "frameworks",
        summary="list the practice frameworks, their items, sources and prompts",
        description="List every framework in the library (capabilities, standards, domains, "
        "reflective models and conversation templates) with its source and each item's prompts.",
        handler=_frameworks,
        # The library is built in: --vault is accepted like every command's, and not opened.
        passphrase=False,
    )
    p.add_argument("--json", action="store_true", help="print JSON (shape in README)")
    p.add_argument("--kind", choices=["framework", "model", "conversation"], help="only this kind")
    t = add_command(
        subparsers,
        "templates",
        summary="list reflection templates, built in and your own",
        description="List the templates a guided reflection can use: the built-in reflective "
        "models and conversation templates, and the ones you made in this vault.",
        handler=_templates,
    )
    t.add_argument("--json", action="store_true", help="print JSON (shape in README)")


def framework_json(fw: Any, *, custom: bool = False) -> dict[str, Any]:
    src = fw.source
    return {
        "id": fw.id,
        "name": fw.name,
        "kind": fw.kind,
        "description": fw.description,
        "version": fw.version,
        "custom": custom,
        "source": {
            "title": src.title,
            "publisher": src.publisher,
            "year": src.year,
            "url": src.url or None,
            "location": src.location or None,
        },
        "items": [
            {
                "ref": item.ref,
                "id": item.id,
                "label": item.label,
                "group": item.group or None,
                "explanation": item.explanation,
                "prompts": list(item.prompts),
                "unconfirmed": item.unconfirmed,
                "checked_at": (
                    {"where": item.checked_at.where, "on": item.checked_at.on.isoformat()}
                    if item.checked_at
                    else None
                ),
            }
            for item in fw.items
        ],
        "fields": [{"name": f.name, "label": f.label, "kind": f.kind} for f in fw.fields],
    }


def _print_human(frameworks: list[Any], custom_ids: set[str] = frozenset()) -> None:  # type: ignore[assignment]
    for fw in frameworks:
        mark = " [yours]" if fw.id in custom_ids else ""
        print(f"{fw.id}  {fw.name} ({fw.kind}){mark}")
        print(f"    Source: {fw.source.citation()}")
        for item in fw.items:
            flag = " (wording unconfirmed)" if item.unconfirmed else ""
            print(f"  - {item.ref}  {item.label}{flag}")
            for prompt in item.prompts:
                print(f"      · {prompt}")
        print()


def _frameworks(args: argparse.Namespace) -> int:
    from supervision_app.core.frameworks import default_library

    frameworks = [fw for fw in default_library() if args.kind is None or fw.kind == args.kind]
    if args.json:
        print_json([framework_json(fw) for fw in frameworks])
    else:
        _print_human(frameworks)
    return 0


def _templates(args: argparse.Namespace) -> int:
    from supervision_app.core.guided import TEMPLATE_KINDS
    from supervision_app.storage.reflection import library_with_templates

    with open_vault(args) as vault:
        custom = set(vault.templates.ids())
        library = library_with_templates(vault)
    templates = [fw for fw in library if fw.kind in TEMPLATE_KINDS]
    if args.json:
        print_json([framework_json(fw, custom=fw.id in custom) for fw in templates])
    else:
        _print_human(templates, custom)
    return 0
