"""The ``jsonl`` format of the exporter registry: a lossless backup of the whole vault."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from supervision_app.core.errors import JournalError
from supervision_app.core.i18n import Text, Translate, english
from supervision_app.export.registry import Exporter, ExportOptions, ExportResult, register
from supervision_app.storage.jsonl.dump import export_jsonl


class JsonlCannotRedact(JournalError):
    def __init__(self) -> None:
        super().__init__(self.message())

    def message(self, translate: Translate = english) -> str:
        return translate(
            "Errors",
            "A JSON Lines backup holds the whole vault and cannot be redacted; export it"
            " without redaction, or choose another format for a redacted copy.",
        )


@register
class JsonlExporter(Exporter):
    """Every table of the vault, attachments included; re-import gives the same vault.

    It ignores the chosen records (``scope = "vault"``) unless ``options.extra`` holds
    ``"entry_ids"``. It does not run the anonymisation check: a backup that left anything
    out would not be lossless, so redaction is refused rather than silently skipped.
    """

    name = "jsonl"
    label = "Whole vault (JSON Lines)"
    extension = "jsonl"
    scope = "vault"
    checks_identifiers = False

    def write(self, records: Sequence[Any], path: Path, options: ExportOptions) -> ExportResult:
        if options.redacted:
            raise JsonlCannotRedact()
        if options.vault is None:
            raise ValueError("the JSONL export needs options.vault")
        summary = export_jsonl(options.vault, path, options.extra.get("entry_ids"))
        result = ExportResult(path, summary.entries)
        result.warnings.append(
            Text(
                "Exports",
                "The file holds everything in the vault, unencrypted; keep it somewhere safe.",
            )
        )
        return result
