"""Importers: our JSONL, jrnl's and Day One's JSON, a folder of Markdown files, CSV.

Each one reads and checks the whole source before writing anything, then writes in one
transaction; a bad source imports nothing and :class:`InvalidImport` names the line, row,
entry, file or field of each problem. :func:`run_import` picks the importer by name (the
``import --format`` value); the modules themselves are imported only when used.

For the CSV column-mapping dialog: :func:`.csv_import.csv_preview`,
:func:`.csv_import.guess_mapping` and :func:`.csv_import.import_csv`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from supervision_app.core.i18n import QT_TRANSLATE_NOOP
from supervision_app.core.imports import ImportResult, InvalidImport, ReadEntries

if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault

__all__ = [
    "FORMATS",
    "ImportFormat",
    "ImportResult",
    "InvalidImport",
    "ReadEntries",
    "read_entries",
    "run_import",
]


@dataclass(frozen=True)
class ImportFormat:
    name: str
    label: str
    #: True when the source is a folder rather than a file.
    folder: bool = False
    #: File name patterns for a file dialog.
    patterns: tuple[str, ...] = ()


FORMATS: dict[str, ImportFormat] = {
    f.name: f
    for f in (
        ImportFormat(
            "jsonl",
            QT_TRANSLATE_NOOP("ImportDialog", "Supervision Journal backup (JSON Lines)"),
            patterns=("*.jsonl",),
        ),
        ImportFormat(
            "jrnl", QT_TRANSLATE_NOOP("ImportDialog", "jrnl JSON export"), patterns=("*.json",)
        ),
        ImportFormat(
            "dayone",
            QT_TRANSLATE_NOOP("ImportDialog", "Day One JSON export"),
            patterns=("*.zip", "*.json"),
        ),
        ImportFormat(
            "markdown", QT_TRANSLATE_NOOP("ImportDialog", "Folder of Markdown files"), folder=True
        ),
        ImportFormat(
            "csv", QT_TRANSLATE_NOOP("ImportDialog", "CSV spreadsheet"), patterns=("*.csv", "*.txt")
        ),
    )
}


def read_entries(
    name: str,
    path: Path,
    *,
    mapping: dict[str, str] | None = None,
    today: dt.date | None = None,
    date_order: str | None = None,
    skip_invalid: bool = False,
) -> ReadEntries:
    """Read and check a jrnl, Day One, Markdown or CSV source, before any vault is opened.

    A CSV file without ``mapping`` is our own export read back, or read with
    :func:`.csv_import.guess_mapping`'s guess; ``date_order`` (``"dmy"``/``"mdy"``) settles
    numeric dates the file leaves open. ``skip_invalid`` (Markdown) leaves bad notes out.
    """
    if name == "jrnl":
        from supervision_app.export.importers.jrnl import read_jrnl

        return read_jrnl(path)
    if name == "dayone":
        from supervision_app.export.importers.dayone import read_dayone

        return read_dayone(path)
    if name == "markdown":
        from supervision_app.export.importers.markdown_folder import read_markdown_folder

        return read_markdown_folder(path, skip_invalid=skip_invalid)
    if name == "csv":
        from supervision_app.export.importers.csv_import import read_csv

        return read_csv(path, mapping, today or dt.date.today(), date_order=date_order)
    raise ValueError(f"no entry reader for {name!r}")


def run_import(
    vault: Vault,
    name: str,
    path: Path | str,
    *,
    mapping: dict[str, str] | None = None,
    dry_run: bool = False,
    date_order: str | None = None,
    skip_invalid: bool = False,
) -> ImportResult:
    """Import ``path`` in format ``name`` into ``vault``, all or nothing (or, with
    ``skip_invalid``, every valid note of a Markdown folder)."""
    from supervision_app.storage.vault import VaultFileChosen, is_vault_file

    path = Path(path)
    if is_vault_file(path, vault.path):
        raise VaultFileChosen(path)
    if name == "jsonl":
        from supervision_app.storage.jsonl.restore import import_jsonl

        return import_jsonl(vault, path, dry_run=dry_run)
    from supervision_app.storage.bulk import local_today, write_entries

    read = read_entries(
        name,
        path,
        mapping=mapping,
        today=local_today(vault),
        date_order=date_order,
        skip_invalid=skip_invalid,
    )
    return write_entries(vault, read, dry_run=dry_run)
