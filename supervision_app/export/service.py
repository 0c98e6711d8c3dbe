"""Running an export: choose, check for identifiers, redact if asked, write.

Two steps so a dialog can show the findings in between::

    plan = plan_export(vault, "pdf", Selection(date_from=..., cpd_only=True))
    plan.findings          # [(record, [FieldFinding, ...]), ...] not yet marked as fine
    result = write_export(plan, path, redact=True)   # or allow_identifiers=True

``write_export`` refuses (:class:`IdentifiersFound`) while findings remain unless the user
chose to redact them or to export them as they are. The plan holds everything it needs, so
writing does not touch the vault.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from supervision_app.core.cpd.hcpc import HcpcProfile
from supervision_app.core.cpd.model import CpdRecord
from supervision_app.core.cpd.settings import CpdSettings
from supervision_app.core.errors import JournalError
from supervision_app.core.i18n import QT_TRANSLATE_NOOP, Translate, english
from supervision_app.core.selection import Selection
from supervision_app.export import registry
from supervision_app.export.anonymise import (
    FieldFinding,
    redact_profile,
    redact_records,
    scan_profile,
    scan_records,
)
from supervision_app.export.registry import Exporter, ExportOptions, ExportResult
from supervision_app.storage.cpd.profile import DismissalRepository, HcpcProfileRepository
from supervision_app.storage.cpd.records import load_records
from supervision_app.storage.cpd.settings import CpdSettingsStore
from supervision_app.storage.selection import select_ids
from supervision_app.storage.vault import is_vault_file

if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault

__all__ = ["ExportPlan", "IdentifiersFound", "plan_export", "run_export", "write_export"]


class IdentifiersFound(JournalError):
    def __init__(self, findings: int, records: int) -> None:
        self.findings = findings
        self.records = records
        super().__init__(self.message())

    def message(self, translate: Translate = english) -> str:
        return translate(
            "Errors",
            "The anonymisation check found {identifiers} in {records}; review them, then "
            "export with redaction (replacing each with [redacted]) or confirm that they may "
            "be exported as they are.",
        ).format(
            identifiers=translate("Errors", "%n likely identifier(s)", "", self.findings),
            records=translate("Errors", "%n record(s)", "", self.records),
        )


class BadOutputPath(JournalError):
    pass


class CannotRedact(JournalError):
    def __init__(self, label: str) -> None:
        self.label = label
        super().__init__(self.message())

    def message(self, translate: Translate = english) -> str:
        return translate(
            "Errors",
            "The {label} export is not checked for identifiers and cannot be redacted; "
            "choose another format for a redacted copy.",
        ).format(label=self.label)


#: The record fields each format writes (None: all); only these are checked.
FORMAT_FIELDS: dict[str, frozenset[str] | None] = {
    "swe": frozenset({"title", "description", "learning", "impact", "peer_role", "peer_learning"}),
    "hcpc": frozenset(
        {"title", "description", "learning", "impact", "peer_role", "peer_learning", "attachment"}
    ),
}
#: Formats that only make sense for CPD records.
CPD_ONLY_FORMATS = frozenset({"swe", "hcpc"})


@dataclass
class ExportPlan:
    format: str
    selection: Selection
    records: list[CpdRecord]
    settings: CpdSettings
    profile: HcpcProfile | None = None
    findings: list[tuple[CpdRecord, list[FieldFinding]]] = field(default_factory=list)
    profile_findings: list[FieldFinding] = field(default_factory=list)
    vault_path: Path | None = None
    vault: object = None
    #: For whole-vault formats: the entries chosen, or None for all of them.
    entry_ids: list[int] | None = None

    @property
    def finding_count(self) -> int:
        return sum(len(f) for _, f in self.findings) + len(self.profile_findings)

    @property
    def records_with_findings(self) -> int:
        return len(self.findings) + (1 if self.profile_findings else 0)

    def all_findings(self) -> list[FieldFinding]:
        return [f for _, found in self.findings for f in found] + self.profile_findings


def plan_export(
    vault: Vault,
    fmt: str,
    selection: Selection,
    *,
    today: dt.date | None = None,
    step: Callable[[int, int], object] | None = None,
) -> ExportPlan:
    """Load the records for ``fmt`` and run the anonymisation check on what it will write
    (``step(done, total)`` after each record checked: see :func:`scan_records`)."""
    exporter = registry.get(fmt)
    today = today or dt.date.today()
    settings = CpdSettingsStore(vault).load()
    if fmt in CPD_ONLY_FORMATS:
        selection = replace(selection, cpd_only=True)
    if exporter.scope == "vault":
        # The whole vault, read by the exporter itself; a narrower choice is passed as ids.
        entry_ids = None if selection == Selection() else select_ids(vault, selection)
        return ExportPlan(
            fmt, selection, [], settings, vault_path=vault.path, vault=vault, entry_ids=entry_ids
        )
    ids = select_ids(vault, selection)
    profile = None
    if fmt == "hcpc":
        profile = HcpcProfileRepository(vault).latest()
        if selection.date_from is None and selection.date_to is None:
            start, end = profile.period(today)
            selection = replace(selection, date_from=start, date_to=end)
            ids = select_ids(vault, selection)
        ids = list(dict.fromkeys([*ids, *profile.evidence_ids]))
    records = load_records(vault, ids)
    records.sort(key=lambda r: (r.date, r.id))
    plan = ExportPlan(
        fmt, selection, records, settings, profile, vault_path=vault.path, vault=vault
    )
    if exporter.checks_identifiers:
        dismissed = DismissalRepository(vault).all()
        plan.findings = scan_records(
            records, settings.never_export, dismissed, fields=FORMAT_FIELDS.get(fmt), step=step
        )
        if profile is not None:
            plan.profile_findings = scan_profile(profile, settings.never_export, dismissed)
    return plan


def check_output_path(path: Path, vault_path: Path | None) -> Path:
    path = Path(path).expanduser()
    if path.is_dir():
        raise BadOutputPath.marked(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder; give a file name to export to."),
            path=path,
        )
    if not path.parent.is_dir():
        raise BadOutputPath.marked(
            QT_TRANSLATE_NOOP("Errors", "The folder {parent} does not exist."), parent=path.parent
        )
    if vault_path is not None and is_vault_file(path, vault_path):
        raise BadOutputPath.marked(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is the vault itself; choose another file to export to."
            ),
            path=path,
        )
    return path


def write_export(
    plan: ExportPlan,
    path: Path | str,
    *,
    redact: bool = False,
    allow_identifiers: bool = False,
    today: dt.date | None = None,
    exporter: Exporter | None = None,
) -> ExportResult:
    """Write the plan's records to ``path`` (atomically) and return what was written.

    With findings left, exactly one of ``redact`` (replace each with ``[redacted]`` in the
    exported copy) or ``allow_identifiers`` must be chosen, or :class:`IdentifiersFound`.
    """
    target = check_output_path(Path(path), plan.vault_path)
    exporter = exporter or registry.get(plan.format)
    if redact and not exporter.checks_identifiers:
        raise CannotRedact(exporter.label)
    records, profile = plan.records, plan.profile
    found = plan.all_findings()
    if found and not (redact or allow_identifiers):
        raise IdentifiersFound(plan.finding_count, plan.records_with_findings)
    if found and redact:
        records = redact_records(records, found)
        if profile is not None:
            profile = redact_profile(profile, found)
    options = ExportOptions(
        practitioner_name=plan.settings.practitioner_name,
        period_start=plan.selection.date_from,
        period_end=plan.selection.date_to,
        today=today or dt.date.today(),
        redacted=bool(found) and redact,
        hcpc_profile=profile,
        vault=plan.vault if exporter.scope == "vault" else None,
        extra={"year_end": plan.settings.year_end}
        | ({} if plan.entry_ids is None else {"entry_ids": plan.entry_ids})
        | _dashboard(exporter, plan, today or dt.date.today()),
    )
    return exporter.write(records, target, options)


def _dashboard(exporter: Exporter, plan: ExportPlan, today: dt.date) -> dict[str, object]:
    """The dashboard's figures for the PDF portfolio's charts, over the export's period
    (or the twelve months to today). Figures only: no text the user wrote."""
    from supervision_app.storage.vault import Vault

    if exporter.name != "pdf" or not isinstance(plan.vault, Vault):
        return {}
    from supervision_app.core.cpd.year import add_months
    from supervision_app.storage.find.figures import dashboard_figures

    end = plan.selection.date_to or today
    start = plan.selection.date_from or add_months(end.replace(day=1), -11)
    return {"figures": dashboard_figures(plan.vault, start, end, today)}


def run_export(
    vault: Vault,
    fmt: str,
    path: Path | str,
    selection: Selection | None = None,
    *,
    redact: bool = False,
    allow_identifiers: bool = False,
    today: dt.date | None = None,
) -> ExportResult:
    """:func:`plan_export` then :func:`write_export`, for the command line and tests."""
    plan = plan_export(vault, fmt, selection or Selection(), today=today)
    return write_export(plan, path, redact=redact, allow_identifiers=allow_identifiers, today=today)
