"""The anonymisation check over whole records, and redaction of the exported copy.

A record's text is scanned field by field (title, text, the CPD fields, each tag, each
evidence file name), with :func:`supervision_app.core.scan.scanner.scan_text`. A finding the user
marked as fine is keyed by (record source, kind, exact text) and not reported again for that
record. Redaction works on copies: the vault is never changed.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace

from supervision_app.core.cpd.hcpc import HcpcProfile
from supervision_app.core.cpd.model import CpdRecord
from supervision_app.core.i18n import QT_TRANSLATE_NOOP
from supervision_app.core.scan.scanner import Finding, redact, scan_text

__all__ = [
    "FIELD_LABELS",
    "REDACTED",
    "FieldFinding",
    "profile_texts",
    "record_texts",
    "redact_profile",
    "redact_records",
    "scan_profile",
    "scan_records",
]

REDACTED = "[redacted]"

#: Field name -> label for the review dialog. Tags and evidence files are "tag:N" and
#: "attachment:ID" (one field each, so one can be redacted without touching the others).
#: The window looks each label up under "Locations".
FIELD_LABELS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("Locations", "Title"),
    "body": QT_TRANSLATE_NOOP("Locations", "Text"),
    "description": QT_TRANSLATE_NOOP("Locations", "Description and why it is relevant"),
    "learning": QT_TRANSLATE_NOOP("Locations", "What I learnt"),
    "impact": QT_TRANSLATE_NOOP("Locations", "Impact on practice"),
    "peer_role": QT_TRANSLATE_NOOP("Locations", "Peer's role"),
    "peer_learning": QT_TRANSLATE_NOOP("Locations", "Learning from the peer discussion"),
    "tag": QT_TRANSLATE_NOOP("Locations", "Tag"),
    "attachment": QT_TRANSLATE_NOOP("Locations", "Evidence file name"),
    "summary": QT_TRANSLATE_NOOP("Locations", "Summary of practice"),
    "statement": QT_TRANSLATE_NOOP("Locations", "Personal statement"),
    "gap": QT_TRANSLATE_NOOP("Locations", "Explanation of a gap"),
}


@dataclass(frozen=True)
class FieldFinding:
    """A finding in one field of one record (offsets are into that field's text)."""

    source: str
    field: str
    finding: Finding

    @property
    def key(self) -> tuple[str, str, str]:
        """What "mark as fine" stores: (source, kind, text)."""
        return (self.source, self.finding.kind.value, self.finding.text)

    @property
    def field_label(self) -> str:
        return FIELD_LABELS.get(self.field.partition(":")[0], self.field)

    @property
    def kind_label(self) -> str:
        return self.finding.label


def record_texts(record: CpdRecord, fields: Collection[str] | None = None) -> dict[str, str]:
    """The record's exported text, by field name; ``fields`` limits it to those fields
    (prefixes "tag" and "attachment" stand for every tag and evidence file)."""
    entry, cpd = record.entry, record.cpd
    texts = {"title": entry.title, "body": entry.body}
    if cpd is not None:
        texts |= {
            "description": cpd.description,
            "learning": cpd.learning,
            "impact": cpd.impact,
            "peer_role": cpd.peer_role,
            "peer_learning": cpd.peer_learning,
        }
    texts |= {f"tag:{n}": tag for n, tag in enumerate(entry.tags)}
    texts |= {f"attachment:{a.id}": a.filename for a in record.attachments}
    if fields is not None:
        texts = {k: v for k, v in texts.items() if k.partition(":")[0] in fields}
    return {k: v for k, v in texts.items() if v}


def profile_texts(profile: HcpcProfile) -> dict[str, str]:
    texts = {"summary": profile.summary, "statement": profile.statement}
    texts |= {f"gap:{key}": note for key, note in profile.gap_notes.items()}
    return {k: v for k, v in texts.items() if v}


def _scan(
    source: str,
    texts: dict[str, str],
    never_export: Iterable[str],
    dismissed: Collection[tuple[str, str, str]],
) -> list[FieldFinding]:
    found = []
    for field, text in texts.items():
        for finding in scan_text(text, never_export):
            item = FieldFinding(source, field, finding)
            if item.key not in dismissed:
                found.append(item)
    return found


def scan_records(
    records: Iterable[CpdRecord],
    never_export: Iterable[str] = (),
    dismissed: Collection[tuple[str, str, str]] = frozenset(),
    *,
    fields: Collection[str] | None = None,
    step: Callable[[int, int], object] | None = None,
) -> list[tuple[CpdRecord, list[FieldFinding]]]:
    """Records with at least one finding not marked as fine, each with its findings.

    ``fields`` limits the check to the fields an export writes (None: every field).
    ``step(done, total)`` is called after each record: a worker reports progress with it,
    and may raise there to stop the check (the app's Cancel).
    """
    never = tuple(never_export)
    records = list(records)
    results = []
    for done, record in enumerate(records, 1):
        found = _scan(record.source, record_texts(record, fields), never, dismissed)
        if found:
            results.append((record, found))
        if step is not None:
            step(done, len(records))
    return results


def scan_profile(
    profile: HcpcProfile,
    never_export: Iterable[str] = (),
    dismissed: Collection[tuple[str, str, str]] = frozenset(),
) -> list[FieldFinding]:
    return _scan(profile.source, profile_texts(profile), tuple(never_export), dismissed)


def _redacted(texts: dict[str, str], found: Sequence[FieldFinding]) -> dict[str, str]:
    by_field: dict[str, list[Finding]] = {}
    for item in found:
        by_field.setdefault(item.field, []).append(item.finding)
    return {f: redact(texts[f], findings, REDACTED) for f, findings in by_field.items()}


def redact_records(
    records: Sequence[CpdRecord], findings: Iterable[FieldFinding]
) -> list[CpdRecord]:
    """Copies of ``records`` with every finding replaced by ``[redacted]``."""
    by_source: dict[str, list[FieldFinding]] = {}
    for item in findings:
        by_source.setdefault(item.source, []).append(item)
    result = []
    for record in records:
        found = by_source.get(record.source)
        if not found:
            result.append(record)
            continue
        new = _redacted(record_texts(record), found)
        entry = record.entry
        tags = tuple(new.get(f"tag:{n}", tag) for n, tag in enumerate(entry.tags))
        entry = replace(
            entry, title=new.get("title", entry.title), body=new.get("body", entry.body), tags=tags
        )
        cpd = record.cpd
        if cpd is not None:
            cpd = replace(
                cpd,
                description=new.get("description", cpd.description),
                learning=new.get("learning", cpd.learning),
                impact=new.get("impact", cpd.impact),
                peer_role=new.get("peer_role", cpd.peer_role),
                peer_learning=new.get("peer_learning", cpd.peer_learning),
            )
        attachments = tuple(
            replace(a, filename=new.get(f"attachment:{a.id}", a.filename))
            for a in record.attachments
        )
        result.append(replace(record, entry=entry, cpd=cpd, attachments=attachments))
    return result


def redact_profile(profile: HcpcProfile, findings: Iterable[FieldFinding]) -> HcpcProfile:
    found = [f for f in findings if f.source == profile.source]
    if not found:
        return profile
    new = _redacted(profile_texts(profile), found)
    notes = {k: new.get(f"gap:{k}", v) for k, v in profile.gap_notes.items()}
    return replace(
        profile,
        summary=new.get("summary", profile.summary),
        statement=new.get("statement", profile.statement),
        gap_notes=notes,
    )
