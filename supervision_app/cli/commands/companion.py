"""The reflective companion: ``depth``, ``flag``, ``unflag``, ``prep``, ``wellbeing``, and
``session extract`` (registered under ``session`` by :mod:`.supervision`).

Nothing here sends anything anywhere: every command reads or writes the vault, or writes
the one file named with ``--out``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any

from supervision_app.cli.args import entry_id_arg, id_arg, path_arg
from supervision_app.cli.common import (
    EXIT_IDENTIFIERS,
    PROG,
    UsageError,
    add_actions,
    add_command,
    note,
    open_vault,
    print_json,
)

# -- depth ----------------------------------------------------------------------------------------


def _depth(args: argparse.Namespace) -> int:
    from supervision_app.core.companion.depth import ASPECTS, assess, report_json
    from supervision_app.storage.reflection import library_with_templates

    with open_vault(args) as vault:
        entry = vault.entries.get(args.id)
        guided = vault.guided.get(args.id)
        template = None
        if guided is not None:
            library = library_with_templates(vault)
            if guided.template_id in library:
                template = library.get(guided.template_id)
    report = assess(entry.body, template=template, guided=guided if template else None)
    if args.json:
        print_json(report_json(report, args.id))
        return 0
    lines = [f"Depth of reflection: {entry.display_title} (entry {args.id})"]
    if report.stages:
        lines.append(f"{report.model}:")
        lines += [f"  [{'x' if s.answered else ' '}] {s.label}" for s in report.stages]
    lines.append("The writing: " + "; ".join(f"{label} {report.amount(k)}" for k, label in ASPECTS))
    lines.append("Prompts:")
    lines += [f"  - {p}" for p in report.prompts] or ["  (none: well done)"]
    print("\n".join(lines))
    return 0


# -- flags and the drafted agenda ------------------------------------------------------------------


def _flag(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        flag = vault.companion.flags.add(args.id, partner_id=args.partner, passage=args.passage)
    who = f"partner {args.partner}" if args.partner else "your next session"
    note(f"Flagged entry {flag.entry_id} for {who}.")
    return 0


def _unflag(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        vault.entries.get(args.id)  # a missing entry is an error, not "nothing to unflag"
        n = vault.companion.flags.remove_entry(args.id)
    note(f"Removed {n} flag{'s' if n != 1 else ''} from entry {args.id}.")
    return 0


def _prep(args: argparse.Namespace) -> int:
    from supervision_app.storage.companion.prep import draft_agenda

    with open_vault(args) as vault:
        draft = draft_agenda(vault, args.partner, dt.date.today())
    if args.json:
        print_json(draft.json())
    else:
        sys.stdout.write(draft.text())
    return 0


# -- wellbeing -------------------------------------------------------------------------------------


def _wellbeing(args: argparse.Namespace) -> int:
    from supervision_app.core.companion.wellbeing import NOT_DIAGNOSTIC, SUGGESTION

    with open_vault(args) as vault:
        store = vault.companion.wellbeing
        if args.period is not None:
            store.set_period_days(args.period)
        history = store.history()
        period = store.period_days()
        suggest = store.suggestion_due()
        support = vault.companion.support.all()
    if args.json:
        print_json(
            {
                "checkins": [
                    {
                        "id": c.id,
                        "checked_at": c.checked_at.isoformat(),
                        "impact": c.impact,
                        "energy": c.energy,
                        "word": c.word,
                        "entry_id": c.entry_id,
                    }
                    for c in history
                ],
                "period_days": period,
                "suggest_raising": suggest,
                "support": [{"kind": s.kind, "name": s.name, "how": s.how} for s in support],
            }
        )
        return 0
    for c in history[-args.last :]:
        word = f"  {c.word}" if c.word else ""
        when = f"{c.checked_at.astimezone():%Y-%m-%d %H:%M}"
        print(f"{when}  impact {c.impact}  energy {c.energy}{word}")
    if not history:
        print("No check-ins yet.")
    if suggest:
        print()
        print(SUGGESTION.format(days=period))
        for s in support:
            print(f"  {s.kind or 'Support'}: {s.name}" + (f" ({s.how})" if s.how else ""))
    note(NOT_DIAGNOSTIC)
    return 0


def _wellbeing_add(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        if args.entry is not None:
            vault.entries.get(args.entry)
        vault.companion.wellbeing.add(args.impact, args.energy, args.word, entry_id=args.entry)
        due = vault.companion.wellbeing.suggestion_due()
        period = vault.companion.wellbeing.period_days()
    note("Check-in saved.")
    if due:
        from supervision_app.core.companion.wellbeing import SUGGESTION

        note(SUGGESTION.format(days=period))
    return 0


def _scale(text: str) -> int:
    if text.strip() not in {"1", "2", "3", "4", "5"}:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number from 1 to 5")
    return int(text)


# -- session extract -------------------------------------------------------------------------------


def _session_extract(args: argparse.Namespace) -> int:
    from supervision_app.core.companion.extract import extract_cases
    from supervision_app.export.case_extract import (
        check_extract,
        redacted_extract,
        write_extract,
    )
    from supervision_app.export.service import check_output_path
    from supervision_app.storage.cpd.settings import CpdSettingsStore

    if args.redact and args.allow_identifiers:
        raise UsageError("Choose --redact or --allow-identifiers, not both.")
    with open_vault(args) as vault:
        if args.out is not None:
            check_output_path(args.out, vault.path)
        record = vault.supervision.sessions.get(args.id)
        never = CpdSettingsStore(vault).load().never_export
    extract = extract_cases(record, args.case)
    if not extract.cases:
        what = f"for case '{args.case}'" if args.case else ""
        raise UsageError(f"Session {args.id} has no decisions or actions {what}".strip() + ".")
    check = check_extract(extract, never)
    text = check.text
    if check.findings and not (args.redact or args.allow_identifiers):
        n = len(check.findings)
        sys.stderr.write(
            f"{PROG}: The anonymisation check found {n} likely identifier{'s' if n != 1 else ''}"
            " in the extract, so nothing was written. Run it again with --redact to replace"
            " each with [redacted], or with --allow-identifiers to keep them.\n"
        )
        return EXIT_IDENTIFIERS
    if check.findings and args.redact:
        text = redacted_extract(extract, never)
    if args.out is None:
        sys.stdout.write(text)
    else:
        path = write_extract(text, args.out, title=extract.heading)
        print(path.absolute())
    return 0


def add_session_extract(actions_of_session: argparse._SubParsersAction[Any]) -> None:
    """``session extract``, added to the ``session`` command's actions."""
    extract = add_command(
        actions_of_session,
        "extract",
        summary="the case decisions and actions of a session, for the case record",
        description=(
            "Print (or write with --out) only the decisions, their rationale and the actions\n"
            "of a supervision session, grouped by case reference, ready to paste into a\n"
            "case-management system. The agenda, discussion, case notes, wellbeing, learning\n"
            "and CPD are never included. Decisions and actions without a case are listed\n"
            "under 'General'. A --out name ending in .docx writes a Word document; any other\n"
            "name, plain text. The anonymisation check runs first, as for 'export'."
        ),
        epilog=(
            "examples:\n"
            "  supervision-journal session extract 12\n"
            "  supervision-journal session extract 12 --case K7 --out k7.docx"
        ),
        handler=_session_extract,
    )
    extract.add_argument("id", type=id_arg, metavar="ID", help="the session record's id")
    extract.add_argument("--case", metavar="REF", help="only this case reference")
    extract.add_argument("--out", type=path_arg, metavar="FILE", help="write to FILE")
    extract.add_argument(
        "--redact", action="store_true", help="replace likely identifiers with [redacted]"
    )
    extract.add_argument(
        "--allow-identifiers", action="store_true", help="write even if identifiers are found"
    )


# -- registration ----------------------------------------------------------------------------------


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    depth = add_command(
        subparsers,
        "depth",
        summary="prompts to deepen one reflection",
        description=(
            "Show which stages of a guided reflection's model are answered, how much of the\n"
            "writing describes, analyses, weighs other views and plans action, and prompts\n"
            "to go further. The rules are in docs/companion.md; this is never a grade.\n"
            "--json adds the rubric level (Hatton and Smith 1995) for scripts."
        ),
        epilog="examples:\n  supervision-journal depth 12\n  supervision-journal depth 12 --json",
        handler=_depth,
    )
    depth.add_argument("id", type=entry_id_arg, metavar="ID", help="the entry's id")
    depth.add_argument("--json", action="store_true", help="print a JSON object")

    flag = add_command(
        subparsers,
        "flag",
        summary="flag an entry to bring to supervision",
        description="Flag an entry (or a passage of it) for your next supervision session.",
        epilog="examples:\n  supervision-journal flag 12 --partner 1",
        handler=_flag,
    )
    flag.add_argument("id", type=entry_id_arg, metavar="ID", help="the entry's id")
    flag.add_argument("--partner", type=id_arg, metavar="ID", help="for this partner only")
    flag.add_argument("--passage", default="", metavar="TEXT", help="the passage to bring")

    unflag = add_command(
        subparsers,
        "unflag",
        summary="remove an entry's flags",
        description="Remove every open flag from an entry.",
        handler=_unflag,
    )
    unflag.add_argument("id", type=entry_id_arg, metavar="ID", help="the entry's id")

    prep = add_command(
        subparsers,
        "prep",
        summary="draft the agenda for the next supervision",
        description=(
            "Draft the agenda for your next session with a partner: flagged entries, open and\n"
            "overdue actions, framework items not reflected on for six months, CPD progress\n"
            "and wellbeing since the last session. Nothing is sent anywhere."
        ),
        epilog="examples:\n  supervision-journal prep --partner 1 --json",
        handler=_prep,
    )
    prep.add_argument("--partner", type=id_arg, metavar="ID", required=True)
    prep.add_argument("--json", action="store_true", help="print a JSON object")

    wellbeing = add_command(
        subparsers,
        "wellbeing",
        summary="your wellbeing check-ins (private to the vault)",
        description=(
            "List your wellbeing check-ins, or add one with 'wellbeing add'. When emotional\n"
            "impact has stayed at 4 or 5 for the period you chose (--period DAYS, default 14),\n"
            "a gentle suggestion to raise it in supervision appears. Never diagnostic."
        ),
        epilog=(
            "examples:\n"
            "  supervision-journal wellbeing add --impact 4 --energy 2 --word stretched\n"
            "  supervision-journal wellbeing --json"
        ),
        handler=_wellbeing,
    )
    wellbeing.add_argument("--json", action="store_true", help="print a JSON object")
    wellbeing.add_argument("--last", type=id_arg, default=20, metavar="N", help="show N")
    wellbeing.add_argument(
        "--period", type=int, metavar="DAYS", help="set the period for the suggestion (3-90)"
    )
    add = add_command(
        add_actions(wellbeing, "wellbeing_action"),
        "add",
        summary="add a check-in",
        description="Add a wellbeing check-in.",
        handler=_wellbeing_add,
    )
    add.add_argument("--impact", type=_scale, required=True, metavar="N", help="1 low - 5 high")
    add.add_argument("--energy", type=_scale, required=True, metavar="N", help="1 low - 5 high")
    add.add_argument("--word", default="", metavar="W", help="one word for how it feels")
    add.add_argument("--entry", type=entry_id_arg, metavar="ID", help="the entry it follows")
