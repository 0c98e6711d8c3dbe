"""The anonymisation check: find likely identifiers in text before it is exported.

Before any export the app scans the selected records, shows each :class:`Finding` in
context (:meth:`Finding.context`), and the user either edits the record, replaces the text
with ``[redacted]`` in the exported copy only (:func:`redact`), or marks the finding as
fine.  Nothing here changes a stored record.

The check is deliberately cautious (it prefers a false alarm to a missed identifier) but it
is a heuristic, not a guarantee: a first name on its own ("Jamie was upset") is only found if
the user puts it on the "never export" list.

Plain Python (no Qt); the patterns live in :mod:`.scan_patterns`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from supervision_app.core.i18n import QT_TRANSLATE_NOOP
from supervision_app.core.scan import patterns as p

__all__ = [
    "KIND_LABELS",
    "Finding",
    "FindingKind",
    "is_valid_ni_number",
    "merge_findings",
    "nhs_number_is_valid",
    "phone_is_plausible",
    "redact",
    "scan_text",
]


class FindingKind(StrEnum):
    """What sort of identifier a finding looks like."""

    NEVER_EXPORT = "never_export"
    TITLED_NAME = "titled_name"
    RELATION_NAME = "relation_name"
    NHS_NUMBER = "nhs_number"
    NI_NUMBER = "ni_number"
    POSTCODE = "postcode"
    PHONE = "phone"
    EMAIL = "email"
    DATE_OF_BIRTH = "date_of_birth"
    STREET_ADDRESS = "street_address"


#: Short descriptions for the review dialog (the window translates them: core/i18n.py).
KIND_LABELS: dict[FindingKind, str] = {
    FindingKind.NEVER_EXPORT: QT_TRANSLATE_NOOP("Identifiers", "On your never-export list"),
    FindingKind.TITLED_NAME: QT_TRANSLATE_NOOP("Identifiers", "Name with a title"),
    FindingKind.RELATION_NAME: QT_TRANSLATE_NOOP("Identifiers", "Name of a family member or carer"),
    FindingKind.NHS_NUMBER: QT_TRANSLATE_NOOP("Identifiers", "NHS number"),
    FindingKind.NI_NUMBER: QT_TRANSLATE_NOOP("Identifiers", "National Insurance number"),
    FindingKind.POSTCODE: QT_TRANSLATE_NOOP("Identifiers", "Postcode"),
    FindingKind.PHONE: QT_TRANSLATE_NOOP("Identifiers", "Phone number"),
    FindingKind.EMAIL: QT_TRANSLATE_NOOP("Identifiers", "Email address"),
    FindingKind.DATE_OF_BIRTH: QT_TRANSLATE_NOOP("Identifiers", "Date of birth"),
    FindingKind.STREET_ADDRESS: QT_TRANSLATE_NOOP("Identifiers", "Street address"),
}

#: When findings overlap, the merged finding keeps the kind that comes first here: the
#: user's own list, then checked numbers, then structured formats, then name heuristics.
_PRIORITY: tuple[FindingKind, ...] = (
    FindingKind.NEVER_EXPORT,
    FindingKind.NHS_NUMBER,
    FindingKind.NI_NUMBER,
    FindingKind.EMAIL,
    FindingKind.DATE_OF_BIRTH,
    FindingKind.PHONE,
    FindingKind.POSTCODE,
    FindingKind.STREET_ADDRESS,
    FindingKind.TITLED_NAME,
    FindingKind.RELATION_NAME,
)
_RANK = {kind: rank for rank, kind in enumerate(_PRIORITY)}


@dataclass(frozen=True)
class Finding:
    """One likely identifier: ``text == scanned_text[start:end]``."""

    kind: FindingKind
    start: int
    end: int
    text: str

    @property
    def label(self) -> str:
        return KIND_LABELS[self.kind]

    def matches(self, text: str) -> bool:
        """Whether this finding still fits ``text`` (false once the record has been edited)."""
        return 0 <= self.start < self.end <= len(text) and text[self.start : self.end] == self.text

    def context(self, text: str, width: int = 40, marks: tuple[str, str] = ("[[", "]]")) -> str:
        """Up to ``width`` characters either side of the finding, with the finding marked.

        Whitespace (including line breaks) is collapsed to single spaces and an ellipsis
        shows where the excerpt was cut.  Raises :class:`ValueError` if the finding does not
        fit ``text`` (the record was edited after the scan).
        """
        if not self.matches(text):
            raise ValueError("This finding no longer matches the text; scan the record again.")
        lo = max(0, self.start - width)
        hi = min(len(text), self.end + width)
        before = _squash(text[lo : self.start])
        after = _squash(text[self.end : hi])
        if lo > 0:
            before = before.lstrip()
        if hi < len(text):
            after = after.rstrip()
        return (
            ("…" if lo > 0 else "")
            + before
            + marks[0]
            + _squash(self.text)
            + marks[1]
            + after
            + ("…" if hi < len(text) else "")
        )


def _squash(s: str) -> str:
    return re.sub(r"\s+", " ", s)


# --------------------------------------------------------------------------- validators


def nhs_number_is_valid(digits: str) -> bool:
    """Whether ``digits`` (spaces, hyphens and full stops allowed) is a 10-digit NHS number
    whose check digit passes the modulus 11 test."""
    d = re.sub(r"[\s.-]", "", digits)
    if len(d) != 10 or not d.isascii() or not d.isdigit():
        return False
    total = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    if check == 10:  # no number is issued with this check digit
        return False
    return check == int(d[9])


_NI_FULL = re.compile(r"[A-Z]{2}[0-9]{6}[A-D]")
_NI_BAD_FIRST = frozenset("DFIQUV")
_NI_BAD_SECOND = frozenset("DFIOQUV")
_NI_BAD_PREFIXES = frozenset({"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"})


def is_valid_ni_number(s: str) -> bool:
    """Whether ``s`` (any case, spaces and hyphens allowed) is a National Insurance number
    in the official format: two prefix letters, six digits and a suffix A-D."""
    t = re.sub(r"[\s-]", "", s).upper()
    return (
        _NI_FULL.fullmatch(t) is not None
        and t[0] not in _NI_BAD_FIRST
        and t[1] not in _NI_BAD_SECOND
        and t[:2] not in _NI_BAD_PREFIXES
    )


def phone_is_plausible(number: str) -> bool:
    """Whether ``number`` (as written: +44, (0), spaces, brackets, hyphens) has the length
    and leading digits of a UK landline, mobile or non-geographic number, or, with another
    country code, the 8 to 15 digits of an international number."""
    s = number.strip()
    if s.startswith("+") and not s.startswith("+44"):
        return 8 <= len(re.sub(r"\D", "", s)) <= 15
    if s.startswith("+44") or s.startswith("0044"):
        rest = re.sub(r"\D", "", s[3:] if s.startswith("+") else s[4:])
        national = rest if rest.startswith("0") else "0" + rest
    else:
        national = re.sub(r"\D", "", s)
    if not national.startswith("0") or national[1:2] not in set("1235789"):
        return False
    if len(national) == 11:
        return True
    # A few areas (and 0800) still have 10-digit numbers.
    return len(national) == 10 and national[1] in "18"


# --------------------------------------------------------------------------- detectors

_Detector = Callable[[str], Iterator[Finding]]


def _finding(kind: FindingKind, text: str, start: int, end: int) -> Finding:
    return Finding(kind, start, end, text[start:end])


def _find_nhs(text: str) -> Iterator[Finding]:
    for m in p.NHS_RE.finditer(text):
        if nhs_number_is_valid(m.group()):
            yield _finding(FindingKind.NHS_NUMBER, text, m.start(), m.end())


def _find_ni(text: str) -> Iterator[Finding]:
    for m in p.NI_RE.finditer(text):
        if is_valid_ni_number(m.group()):
            yield _finding(FindingKind.NI_NUMBER, text, m.start(), m.end())


def _find_simple(kind: FindingKind, pattern: re.Pattern[str]) -> _Detector:
    def find(text: str) -> Iterator[Finding]:
        for m in pattern.finditer(text):
            yield _finding(kind, text, m.start(), m.end())

    return find


def _find_phone(text: str) -> Iterator[Finding]:
    for pattern in (p.PHONE_RE, p.PHONE_INTL_RE):
        for m in pattern.finditer(text):
            if phone_is_plausible(m.group()):
                yield _finding(FindingKind.PHONE, text, m.start(), m.end())


def _find_dob(text: str) -> Iterator[Finding]:
    for pattern in (p.DOB_BEFORE_RE, p.DOB_AFTER_RE):
        for m in pattern.finditer(text):
            yield _finding(FindingKind.DATE_OF_BIRTH, text, m.start("date"), m.end("date"))


_TOKEN = re.compile(r"\S+")


def _name_tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [
        (start + m.start(), start + m.end(), m.group()) for m in _TOKEN.finditer(text[start:end])
    ]


def _trim_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop non-names from either end of a captured name; ``None`` if nothing is left or
    the phrase names a service or a concept rather than a person."""
    tokens = _name_tokens(text, start, end)
    titled = [i for i, t in enumerate(tokens) if t[2].rstrip(".") in p.TITLES]
    if titled and titled[-1] < len(tokens) - 1:
        # Whatever comes before a title is not part of the name (the titled detector
        # reports "Mrs Johnson"; here only the name after the title is kept).
        tokens = tokens[titled[-1] + 1 :]
    while tokens and tokens[0][2] in p.NOT_NAMES:
        tokens.pop(0)
    while tokens and (tokens[-1][2] in p.TRAILING_NOT_NAMES or tokens[-1][2].islower()):
        tokens.pop()
    if not tokens:
        return None
    if any(t[2] in p.INSTITUTION_WORDS or t[2] in p.CONCEPT_WORDS for t in tokens):
        return None
    return tokens[0][0], tokens[-1][1]


_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])*\.?")


def _find_titled(text: str) -> Iterator[Finding]:
    for m in p.TITLED_RE.finditer(text):
        tokens = _name_tokens(text, m.start("name"), m.end("name"))
        surname = next((t for t in tokens if not _INITIALS.fullmatch(t[2])), None)
        if surname is None or surname[2] in p.TITLED_NOT_NAMES:
            continue
        # Trim a trailing non-name ("Mrs Okafor Tuesday"), never the surname itself.
        end = m.end("name")
        if tokens[-1] is not surname and tokens[-1][2] in p.TRAILING_NOT_NAMES:
            end = tokens[-2][1]
        yield _finding(FindingKind.TITLED_NAME, text, m.start(), end)


def _find_relation(text: str) -> Iterator[Finding]:
    for pattern in (p.RELATION_THEN_NAME_RE, p.NAME_POSSESSIVE_RE, p.NAME_THEN_RELATION_RE):
        for m in pattern.finditer(text):
            span = _trim_name(text, m.start("name"), m.end("name"))
            if span is not None:
                yield _finding(FindingKind.RELATION_NAME, text, *span)


def _find_street(text: str) -> Iterator[Finding]:
    for m in p.STREET_RE.finditer(text):
        words = m.group("street").split()
        if words[0] in p.COUNT_WORDS:
            continue
        suffix = text[m.end("street") : m.end()].rstrip(".")
        if suffix == "Court" and words[-1] in p.COURT_WORDS:
            continue
        yield _finding(FindingKind.STREET_ADDRESS, text, m.start(), m.end())


_DETECTORS: tuple[_Detector, ...] = (
    _find_nhs,
    _find_ni,
    _find_simple(FindingKind.EMAIL, p.EMAIL_RE),
    _find_dob,
    _find_phone,
    _find_simple(FindingKind.POSTCODE, p.POSTCODE_RE),
    _find_street,
    _find_titled,
    _find_relation,
)


# --------------------------------------------------------------------------- never export


@lru_cache(maxsize=32)
def _never_export_re(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    alternatives = []
    for phrase in phrases:
        words = phrase.split()
        if not words:
            continue
        escaped = [re.sub(r"['’]", "['’]", re.escape(w)) for w in words]
        alternatives.append(r"\s+".join(escaped))
    if not alternatives:
        return None
    # Longest first, so "Jamie Smith" wins over "Jamie" at the same place.
    alternatives.sort(key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


def _find_never_export(text: str, never_export: Iterable[str]) -> Iterator[Finding]:
    unique = {s.strip().casefold(): s.strip() for s in never_export if s.strip()}
    pattern = _never_export_re(tuple(sorted(unique.values())))
    if pattern is None:
        return
    for m in pattern.finditer(text):
        yield _finding(FindingKind.NEVER_EXPORT, text, m.start(), m.end())


# --------------------------------------------------------------------------- public API


def merge_findings(findings: Iterable[Finding], text: str) -> list[Finding]:
    """Sort by start and merge findings that overlap (sharing at least one character) into
    one covering both, keeping the more specific kind (see ``_PRIORITY``)."""
    merged: list[Finding] = []
    for f in sorted(findings, key=lambda f: (f.start, -f.end, _RANK[f.kind])):
        if merged and f.start < merged[-1].end:
            last = merged[-1]
            kind = last.kind if _RANK[last.kind] <= _RANK[f.kind] else f.kind
            merged[-1] = _finding(kind, text, last.start, max(last.end, f.end))
        else:
            merged.append(f)
    return merged


def scan_text(text: str, never_export: Iterable[str] = ()) -> list[Finding]:
    """Find likely identifiers in ``text``.

    ``never_export`` holds the user's own words and phrases (a client's surname, a
    nickname, a street): matched case-insensitively as whole words, any run of spaces in a
    phrase matching any run of whitespace, and ``'`` matching ``’``.

    Returns findings sorted by start, with overlapping findings merged.
    """
    if isinstance(never_export, str):  # one phrase passed on its own, not its characters
        never_export = (never_export,)
    found: list[Finding] = list(_find_never_export(text, never_export))
    for detect in _DETECTORS:
        found.extend(detect(text))
    return merge_findings(found, text)


def redact(text: str, findings: Iterable[Finding], replacement: str = "[redacted]") -> str:
    """``text`` with each finding's span replaced by ``replacement``.

    Every offset refers to the original text (the result is built in one pass, which is
    the same as replacing right to left); overlapping or
    touching findings are merged first so each stretch is replaced once.  Raises
    :class:`ValueError` if a finding does not fit ``text`` (the record was edited after the
    scan), because redacting the wrong characters would be worse than failing.
    """
    spans: list[list[int]] = []
    for f in sorted(findings, key=lambda f: (f.start, f.end)):
        if not f.matches(text):
            raise ValueError("A finding no longer matches the text; scan the record again.")
        if spans and f.start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], f.end)
        else:
            spans.append([f.start, f.end])
    parts: list[str] = []
    pos = 0
    for start, end in spans:
        parts += [text[pos:start], replacement]
        pos = end
    parts.append(text[pos:])
    return "".join(parts)
