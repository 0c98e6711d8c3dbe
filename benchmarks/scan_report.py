"""How well the anonymisation check does on the synthetic corpus.

Run ``python -m benchmarks.scan_report`` from the repository root.  It prints, per kind of
identifier, how many planted identifiers were found (recall) and how many findings were real
(precision), then the overall recall and the false-positive rate on clean sentences, and
lists every miss and every false alarm in context.

:func:`evaluate` returns the same numbers for the tests; it takes the scanner as an argument
so the tests can check that a broken scanner scores badly.

Definitions:

* A planted identifier is *covered* when the findings together span all of it (so
  :func:`redact` would remove every character of it).  It is *found* when it is covered and
  a finding of the expected kind overlaps it.  Recall per kind counts *found*; the overall
  recall counts *covered*, whatever the kind, because that is what protects the person.
* A finding is *true* when it overlaps a planted identifier.  Precision per kind is true
  findings of that kind / all findings of that kind, over the whole corpus.
* The false-positive rate is findings on clean sentences / clean sentences.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from supervision_app.core.scan.scanner import Finding, FindingKind, scan_text
from tests.data.anon_corpus import Planted, Sample, build_corpus

Scanner = Callable[[str, Iterable[str]], Sequence[Finding]]
_T = TypeVar("_T")


@dataclass
class KindScore:
    planted: int = 0
    found: int = 0
    findings: int = 0
    true_findings: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.planted if self.planted else 1.0

    @property
    def precision(self) -> float:
        return self.true_findings / self.findings if self.findings else 1.0


@dataclass
class ScanReport:
    by_kind: dict[str, KindScore]
    planted: int
    covered: int
    found: int
    clean_sentences: int
    clean_findings: int
    clean_sentences_flagged: int
    misses: list[tuple[Sample, Planted]] = field(default_factory=list)
    false_alarms: list[tuple[Sample, Finding]] = field(default_factory=list)

    @property
    def recall(self) -> dict[str, float]:
        return {kind: score.recall for kind, score in self.by_kind.items()}

    @property
    def precision(self) -> dict[str, float]:
        return {kind: score.precision for kind, score in self.by_kind.items()}

    @property
    def overall_recall(self) -> float:
        """Planted identifiers fully covered by findings of any kind."""
        return self.covered / self.planted if self.planted else 1.0

    @property
    def overall_kind_recall(self) -> float:
        """Planted identifiers covered and reported as the expected kind."""
        return self.found / self.planted if self.planted else 1.0

    @property
    def false_positive_rate(self) -> float:
        """Findings on clean sentences per clean sentence."""
        return self.clean_findings / self.clean_sentences if self.clean_sentences else 0.0

    @property
    def overall_precision(self) -> float:
        total = sum(s.findings for s in self.by_kind.values())
        true = sum(s.true_findings for s in self.by_kind.values())
        return true / total if total else 1.0


def _covered(p: Planted, findings: Sequence[Finding]) -> bool:
    """Whether the findings together span every character of ``p``."""
    pos = p.start
    for f in sorted(findings, key=lambda f: f.start):
        if f.start <= pos < f.end:
            pos = f.end
        if pos >= p.end:
            return True
    return False


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def evaluate(samples: Sequence[Sample] | None = None, scan: Scanner = scan_text) -> ScanReport:
    """Run ``scan`` over the corpus (default: :func:`build_corpus`) and score it."""
    if samples is None:
        samples = build_corpus()
    by_kind = {str(kind): KindScore() for kind in FindingKind}
    report = ScanReport(by_kind, 0, 0, 0, 0, 0, 0)
    for sample in samples:
        findings = list(scan(sample.text, sample.never_export))
        for p in sample.planted:
            score = by_kind.setdefault(p.kind, KindScore())
            score.planted += 1
            report.planted += 1
            covered = _covered(p, findings)
            right_kind = any(
                f.kind == p.kind and _overlaps(f.start, f.end, p.start, p.end) for f in findings
            )
            report.covered += covered
            if covered and right_kind:
                score.found += 1
                report.found += 1
            else:
                report.misses.append((sample, p))
        for f in findings:
            score = by_kind.setdefault(str(f.kind), KindScore())
            score.findings += 1
            if any(_overlaps(f.start, f.end, p.start, p.end) for p in sample.planted):
                score.true_findings += 1
            else:
                report.false_alarms.append((sample, f))
        if sample.is_clean:
            report.clean_sentences += 1
            report.clean_findings += len(findings)
            report.clean_sentences_flagged += bool(findings)
    return report


def _first_per_kind(items: list[_T], kind_of: Callable[[_T], str], limit: int) -> list[_T]:
    seen: dict[str, int] = {}
    chosen = []
    for item in items:
        kind = kind_of(item)
        if seen.get(kind, 0) < limit:
            seen[kind] = seen.get(kind, 0) + 1
            chosen.append(item)
    return chosen


def format_report(report: ScanReport, per_kind: int = 4) -> str:
    lines = [
        "Anonymisation check on the synthetic corpus",
        "",
        f"{'kind':<16}{'planted':>8}{'found':>7}{'recall':>8}{'findings':>10}{'precision':>11}",
    ]
    for kind, s in report.by_kind.items():
        lines.append(
            f"{kind:<16}{s.planted:>8}{s.found:>7}{s.recall:>8.3f}{s.findings:>10}"
            f"{s.precision:>11.3f}"
        )
    lines += [
        "",
        f"overall recall (covered, any kind): {report.overall_recall:.3f}"
        f"  ({report.covered}/{report.planted})",
        f"overall recall (right kind):        {report.overall_kind_recall:.3f}"
        f"  ({report.found}/{report.planted})",
        f"overall precision:                  {report.overall_precision:.3f}",
        f"false-positive rate (findings per clean sentence): {report.false_positive_rate:.3f}"
        f"  ({report.clean_findings}/{report.clean_sentences})",
        f"clean sentences with any finding:   {report.clean_sentences_flagged}"
        f"/{report.clean_sentences}",
    ]
    if report.misses:
        lines += ["", f"Misses ({len(report.misses)}; up to {per_kind} of each kind):"]
        for sample, p in _first_per_kind(report.misses, lambda m: m[1].kind, per_kind):
            lines.append(f"  {p.kind}: {p.text!r} in {sample.text!r}")
    if report.false_alarms:
        lines += ["", f"False alarms ({len(report.false_alarms)}; up to {per_kind} of each kind):"]
        for sample, f in _first_per_kind(report.false_alarms, lambda a: str(a[1].kind), per_kind):
            lines.append(f"  {f.kind}: {f.context(sample.text, width=30)}")
    return "\n".join(lines)


def main() -> int:
    print(format_report(evaluate()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
