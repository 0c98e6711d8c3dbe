"""The case-record extract: a session's decisions, rationale and actions, per case.

SCIE's guide on effective supervision keeps two records: case decisions go on the person's
own case file; the supervisee's reflective and personal record stays separate. So this
extract takes *only* decisions (with their rationale) and actions; the agenda, the
discussion notes, the case discussion text, wellbeing, learning, CPD and re-evaluation are
never read. A decision or action with no case reference (records made before case
references existed, or general ones) is listed under "General".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from supervision_app.core.supervision.markdown import format_date
from supervision_app.core.supervision.model import SessionRecord

GENERAL = "General"


@dataclass
class CaseExtract:
    case_ref: str
    decisions: list[tuple[str, str]] = field(default_factory=list)
    #: (text, owner, due date as text)
    actions: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class SessionExtract:
    session_id: int | None
    heading: str
    cases: tuple[CaseExtract, ...]

    def text(self) -> str:
        """Plain text, ready to paste into a case-management system."""
        return "\n\n".join(case_text(self.heading, c) for c in self.cases) + "\n"

    def all_text(self) -> str:
        """Every string the extract holds (for the anonymisation check)."""
        return self.text()


def case_text(heading: str, case: CaseExtract) -> str:
    lines = [f"Case: {case.case_ref}", heading, ""]
    if case.decisions:
        lines.append("Decisions")
        for n, (decision, rationale) in enumerate(case.decisions, 1):
            lines.append(f"{n}. {decision}")
            if rationale:
                lines.append(f"   Rationale: {rationale}")
    if case.actions:
        if case.decisions:
            lines.append("")
        lines.append("Actions")
        for text, owner, due in case.actions:
            extra = "; ".join(x for x in (f"owner: {owner}" if owner else "", due) if x)
            lines.append(f"- {text}" + (f" ({extra})" if extra else ""))
    return "\n".join(lines)


def extract_cases(record: SessionRecord, case_ref: str | None = None) -> SessionExtract:
    """The extract of ``record``; only ``case_ref`` when given (case-insensitive)."""
    cases: dict[str, CaseExtract] = {}

    def case(ref: str) -> CaseExtract:
        key = ref.strip() or GENERAL
        return cases.setdefault(key.casefold(), CaseExtract(key))

    for d in record.decisions:
        case(d.case_ref).decisions.append((d.decision, d.rationale))
    for a in record.new_actions:
        due = f"due {format_date(a.due_date)}" if a.due_date else ""
        case(a.case_ref).actions.append((a.text, a.owner, due))
    chosen = [
        c
        for key, c in cases.items()
        if case_ref is None or key == (case_ref.strip() or GENERAL).casefold()
    ]
    # Named cases in order of reference, "General" last.
    chosen.sort(key=lambda c: (c.case_ref == GENERAL, c.case_ref.casefold()))
    heading = f"Supervision decision record, {format_date(record.session_date)}"
    return SessionExtract(record.id, heading, tuple(chosen))
