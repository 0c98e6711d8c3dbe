"""The filter options shared by ``search``, ``list`` and ``stats``, and what they mean."""

from __future__ import annotations

from supervision_app.cli.args import date_arg, kind_arg
from supervision_app.cli.common import UsageError
from supervision_app.core.entries import KINDS

# Not typing's own: a command-line search does not import typing (tests/cli/test_cli_index.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

    from supervision_app.core.find.filters import SearchFilters
    from supervision_app.storage.vault import Vault


def add_date_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--from",
        dest="date_from",
        type=date_arg,
        metavar="DATE",
        help="only practice dates on or after DATE (YYYY-MM-DD)",
    )
    parser.add_argument(
        "--to",
        dest="date_to",
        type=date_arg,
        metavar="DATE",
        help="only practice dates on or before DATE (YYYY-MM-DD)",
    )


def add_filter_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--kind",
        type=kind_arg,
        metavar="KIND",
        help=f"only entries of this kind ({', '.join(KINDS)})",
    )
    parser.add_argument(
        "--tag",
        action="append",
        default=[],
        metavar="TAG",
        help="only entries with this tag; repeat for entries with every one of the tags",
    )
    parser.add_argument(
        "--framework-item",
        metavar="REF",
        help="only entries linked to this framework item, e.g. pcf:critical-reflection",
    )
    parser.add_argument(
        "--partner",
        metavar="NAME",
        help="only supervision sessions with this partner (name as in the app, or id)",
    )
    add_date_options(parser)
    parser.add_argument(
        "--cpd-year",
        type=int,
        metavar="YEAR",
        help="only the CPD registration year ending in YEAR (your year end, see cpd-summary)",
    )


def _partner_id(vault: Vault, text: str) -> int:
    partners = vault.supervision.partners.list()
    for p in partners:
        if str(p.id) == text.strip() or p.name.casefold() == text.strip().casefold():
            assert p.id is not None
            return p.id
    raise UsageError(f"There is no supervision partner called '{text}'.")


def _any_filter(args: argparse.Namespace) -> bool:
    return bool(
        args.kind
        or args.tag
        or args.framework_item
        or args.partner
        or args.date_from
        or args.date_to
        or args.cpd_year is not None
    )


def filters_from_args(args: argparse.Namespace, vault: Vault) -> SearchFilters | None:
    """The filters the options ask for (None for none: a plain search then imports nothing
    of them); a partner is looked up by name in the vault."""
    if not _any_filter(args):
        return None
    from supervision_app.core.find.filters import InvalidFilter, SearchFilters

    year_end = vault.cpd_settings.load().year_end if args.cpd_year is not None else None
    filters = SearchFilters(
        kind=args.kind,
        tags=tuple(args.tag),
        framework_ref=args.framework_item.strip() if args.framework_item else None,
        partner_id=_partner_id(vault, args.partner) if args.partner else None,
        date_from=args.date_from,
        date_to=args.date_to,
        cpd_year=args.cpd_year,
        **({"year_end": year_end} if year_end else {}),
    )
    try:
        return filters.validated()
    except InvalidFilter as error:
        raise UsageError(str(error)) from None
