"""CPD and export commands: export, scan (the anonymisation check) and cpd-summary.

The vault, the exporters (and Qt, for a PDF only) are imported inside the handlers.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from supervision_app.cli.args import date_arg, kind_arg, path_arg
from supervision_app.cli.common import (
    EXIT_IDENTIFIERS,
    PROG,
    add_command,
    note,
    open_vault,
    print_json,
)

if TYPE_CHECKING:
    from supervision_app.core.selection import Selection

#: The export was refused, or ``scan`` found something: likely identifiers in the records.

_SELECTION_HELP = (
    "Choosing records: every option given must match; with none, every entry is used.\n"
    "--framework-item takes an item (pcf:knowledge) or a whole framework (pcf)."
)


def _add_selection_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("choosing records")
    group.add_argument(
        "--from",
        dest="date_from",
        type=date_arg,
        metavar="DATE",
        help="only entries dated on or after DATE (YYYY-MM-DD)",
    )
    group.add_argument(
        "--to",
        dest="date_to",
        type=date_arg,
        metavar="DATE",
        help="only entries dated on or before DATE (YYYY-MM-DD)",
    )
    group.add_argument(
        "--kind",
        type=kind_arg,
        action="append",
        default=[],
        metavar="KIND",
        help="only entries of this kind (repeat for several)",
    )
    group.add_argument("--tag", metavar="TAG", help="only entries with this tag")
    group.add_argument(
        "--framework-item",
        metavar="REF",
        help="only entries linked to this framework item or framework",
    )
    group.add_argument(
        "--cpd-only",
        action="store_true",
        help="only entries with CPD details (always so for swe and hcpc)",
    )


def _selection(args: argparse.Namespace) -> Selection:
    from supervision_app.core.selection import Selection

    return Selection(
        date_from=args.date_from,
        date_to=args.date_to,
        kinds=tuple(args.kind),
        tag=args.tag,
        framework_item=args.framework_item,
        cpd_only=args.cpd_only,
    ).validated()


def _refuse(message: str) -> int:
    sys.stderr.write(f"{PROG}: {message}\n")
    return EXIT_IDENTIFIERS


# -- export --------------------------------------------------------------------------------------


def _export(args: argparse.Namespace) -> int:
    from supervision_app.export import registry
    from supervision_app.export.service import check_output_path, plan_export, write_export

    registry.info(args.format)  # an unknown format fails before the passphrase is asked
    selection = _selection(args)
    with open_vault(args) as vault:
        check_output_path(args.out, vault.path)
        plan = plan_export(vault, args.format, selection)
        if plan.finding_count and not (args.redact or args.allow_identifiers):
            n, records = plan.finding_count, plan.records_with_findings
            return _refuse(
                f"The anonymisation check found {n} likely identifier{'s' if n != 1 else ''} "
                f"in {records} record{'s' if records != 1 else ''}, so nothing was exported. "
                f"Run '{PROG} scan' to see them; then export again with --redact to replace "
                "each with [redacted] in the exported copy, or with --allow-identifiers to "
                "export them as they are."
            )
        result = write_export(
            plan, args.out, redact=args.redact, allow_identifiers=args.allow_identifiers
        )
    print(result.path.absolute())
    note(f"Exported {result.records} record{'s' if result.records != 1 else ''}.")
    if plan.finding_count and args.redact:
        note(
            f"Replaced {plan.finding_count} likely identifier"
            f"{'s' if plan.finding_count != 1 else ''} with [redacted] in the exported copy; "
            "the journal is unchanged."
        )
    for warning in result.warnings:
        note(f"Warning: {warning}")
    return 0


# -- scan ----------------------------------------------------------------------------------------


def _scan(args: argparse.Namespace) -> int:
    from supervision_app.export.anonymise import record_texts, scan_records
    from supervision_app.storage.cpd.profile import DismissalRepository
    from supervision_app.storage.cpd.settings import CpdSettingsStore
    from supervision_app.storage.selection import load_selection

    selection = _selection(args)
    with open_vault(args) as vault:
        records = load_selection(vault, selection)
        settings = CpdSettingsStore(vault).load()
        results = scan_records(records, settings.never_export, DismissalRepository(vault).all())
    rows = []
    for record, findings in results:
        texts = record_texts(record)
        for item in findings:
            rows.append(
                {
                    "entry_id": record.id,
                    "title": record.entry.title,
                    "practice_date": record.date.isoformat(),
                    "field": item.field,
                    "field_label": item.field_label,
                    "kind": item.finding.kind.value,
                    "kind_label": item.kind_label,
                    "text": item.finding.text,
                    "start": item.finding.start,
                    "end": item.finding.end,
                    "context": item.finding.context(texts[item.field]),
                }
            )
    if args.json:
        print_json(rows)
    else:
        current = None
        for row in rows:
            if row["entry_id"] != current:
                current = row["entry_id"]
                print(f"{row['entry_id']:>6}  {row['practice_date']}  {row['title'] or 'Untitled'}")
            print(f"        {row['field_label']} · {row['kind_label']}: {row['context']}")
    n = len(rows)
    note(
        f"{n} likely identifier{'s' if n != 1 else ''} in {len(results)} of {len(records)} "
        f"record{'s' if len(records) != 1 else ''}."
        if n
        else f"No likely identifiers in {len(records)} record{'s' if len(records) != 1 else ''}."
    )
    return EXIT_IDENTIFIERS if n else 0


# -- cpd-summary ---------------------------------------------------------------------------------


def _summary(args: argparse.Namespace) -> int:
    import datetime as dt

    from supervision_app.cli.commands.export_summary import summary_json, summary_lines
    from supervision_app.core.cpd.rules import status_for_year
    from supervision_app.core.cpd.year import (
        default_ending_year,
        summarise_year,
        year_containing,
        year_ending,
    )
    from supervision_app.core.frameworks import default_library
    from supervision_app.core.regulators import default_regulators
    from supervision_app.storage.cpd.repository import CpdRepository
    from supervision_app.storage.cpd.settings import CpdSettingsStore

    today = dt.date.today()
    regulators = default_regulators()
    with open_vault(args) as vault:
        settings = CpdSettingsStore(vault).load()
        end = settings.year_end
        repository = CpdRepository(vault)
        if args.year:
            year = year_ending(args.year, end)
        else:  # the most recent year with records, not an empty two-day-old one
            latest = repository.latest_date(year_containing(today, end).end)
            year = year_ending(default_ending_year(latest, today, end), end)
        primary = regulators[settings.primary_regulator]
        summary = summarise_year(
            repository.records_between(year.start, year.end),
            year,
            today=today,
            regulator=primary,
            role=settings.role_for(primary.id),
        )

        def between(start: dt.date, last: dt.date) -> list[Any]:
            return repository.records_between(start, last, include_incomplete=False)

        statuses = [
            status_for_year(
                regulators[reg_id],
                year,
                today=today,
                records_between=between,
                role=settings.role_for(reg_id),
                start=settings.start_for(reg_id),
            )
            for reg_id in settings.regulators
        ]
    library = default_library()
    if args.json:
        print_json(summary_json(summary, library, statuses))
    else:
        for line in summary_lines(summary, library, statuses):
            print(line)
    return 0


def _year_arg(text: str) -> int:
    if not (text.isdigit() and len(text) == 4):
        raise argparse.ArgumentTypeError(f"'{text}' is not a year such as 2026.")
    return int(text)


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    from supervision_app.export import registry
    from supervision_app.formats import register_all

    register_all()

    formats = registry.names()
    export = add_command(
        subparsers,
        "export",
        summary="export records as a CPD portfolio, spreadsheet or regulator's form text",
        description=(
            "Write the chosen records to a file, after the anonymisation check.\n\n"
            "Formats:\n" + "".join(f"  {n:<6} {registry.info(n).label}\n" for n in formats) + "\n"
            "If the check finds likely identifiers (names, NHS or National Insurance numbers,\n"
            "postcodes, phone numbers, email addresses, dates of birth, addresses), nothing is\n"
            f"written and the command exits with {EXIT_IDENTIFIERS}; use --redact to replace each\n"
            "with [redacted] in the exported copy (the journal is not changed), or\n"
            "--allow-identifiers to export them as they are. Findings marked as fine in the\n"
            "app are not counted.\n\n" + _SELECTION_HELP
        ),
        epilog=(
            "examples:\n"
            "  supervision-journal export --format pdf --out portfolio.pdf --from 2025-12-01\n"
            "  supervision-journal export --format swe --out swe.txt --redact\n"
            "  supervision-journal export --format xlsx --out cpd.xlsx --cpd-only --tag training"
        ),
        handler=_export,
    )
    export.add_argument(
        "--format",
        required=True,
        choices=formats,
        metavar="FORMAT",
        help="one of: " + ", ".join(formats),
    )
    export.add_argument(
        "--out",
        required=True,
        metavar="PATH",
        type=path_arg,
        help="the file to write (replaced if it exists)",
    )
    choice = export.add_mutually_exclusive_group()
    choice.add_argument(
        "--redact",
        action="store_true",
        help="replace every finding of the check with [redacted] in the export",
    )
    choice.add_argument(
        "--allow-identifiers",
        action="store_true",
        help="export even if the check finds likely identifiers",
    )
    _add_selection_options(export)

    scan = add_command(
        subparsers,
        "scan",
        summary="check records for names and other likely identifiers",
        description=(
            "Run the anonymisation check and list each finding in context (the finding\n"
            "between [[ and ]]). Exits with 0 when nothing is found and with "
            f"{EXIT_IDENTIFIERS} when\nsomething is. Words on your never-export list are always "
            "found; findings marked as\nfine in the app are not listed.\n\n" + _SELECTION_HELP
        ),
        handler=_scan,
    )
    scan.add_argument("--json", action="store_true", help="print the findings as JSON")
    _add_selection_options(scan)

    summary = add_command(
        subparsers,
        "cpd-summary",
        summary="CPD records, hours and the regulator's minimum for a registration year",
        description=(
            "Summarise a registration year: CPD records, hours, records with peer reflection,\n"
            "standards covered, gaps of three months or more, and your regulator's rule (set\n"
            "with the regulator setting; Social Work England by default: at least 2 different\n"
            "records, at least 1 reflected on with a peer) with the days left. The year ends\n"
            "on 30 November unless set otherwise; --year names the year it ends in (2026:\n"
            "1 Dec 2025 to 30 Nov 2026). Without --year: the most recent year with records."
        ),
        handler=_summary,
    )
    summary.add_argument(
        "--year",
        type=_year_arg,
        metavar="YYYY",
        help="the registration year ending in YYYY (default: the most recent with records)",
    )
    summary.add_argument("--json", action="store_true", help="print the summary as JSON")
