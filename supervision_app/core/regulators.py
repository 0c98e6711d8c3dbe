"""The regulators' CPD rules as data: one sourced, dated TOML file per regulator.

A rule change is a data change. Each file under ``resources/regulators/`` names the
regulator, its registration period (one fixed year for everyone, or a period running from
each person's own registration date), its rules with the dates they apply ``from`` and
``until``, and what changed when. Every rule and change carries the ``source`` it was read
from and the day it was ``checked``; anything not confirmed from the regulator's own pages
says ``unconfirmed = true``. :func:`parse_regulator` validates a plain mapping and raises
:class:`RegulatorFileError` naming the file and field. See ``docs/cpd.md``.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

__all__ = [
    "COUNTED_KINDS",
    "DEFAULT_REGULATOR",
    "RULE_KINDS",
    "Change",
    "Period",
    "Regulator",
    "RegulatorFileError",
    "Role",
    "Rule",
    "default_regulators",
    "load_regulator",
    "load_regulators",
    "parse_regulator",
]

DEFAULT_REGULATOR = "swe"
#: Rules the app can count (a tick or a cross) ...
COUNTED_KINDS = ("min_records", "min_peer_records", "min_hours")
#: ... and rules it can only show (or, for distinct_records, warn about).
RULE_KINDS = (
    *COUNTED_KINDS,
    "distinct_records",
    "keep_record",
    "declaration",
    "sample_check",
    "learning_plan",
)
PERIOD_KINDS = ("fixed", "anniversary")
_ORDER = ("swe", "scw", "sssc", "niscc", "hcpc")

_TOP = {"id", "name", "nation", "registers", "checked", "source", "notes", "period"}
_TOP |= {"roles", "rules", "changes"}
_PERIOD = {"kind", "months", "year_end", "deadline", "source", "checked", "notes", "unconfirmed"}
_ROLE = {"id", "label", "months"}
_RULE = {"id", "kind", "value", "roles", "from", "until", "text", "source", "checked"}
_RULE |= {"unconfirmed", "notes"}
_CHANGE = {"date", "text", "source", "checked", "unconfirmed", "notes"}


class RegulatorFileError(ValueError):
    """``str(error)`` reads ``"<file>: <field>: <problem>"``."""

    def __init__(self, file: str, field: str, problem: str) -> None:
        self.file, self.field, self.problem = file, field, problem
        super().__init__(f"{file}: {field}: {problem}")


@dataclass(frozen=True)
class Period:
    kind: str  # "fixed" (same year end for everyone) or "anniversary" (own start date)
    months: int
    deadline: str
    source: str
    checked: dt.date
    year_end: tuple[int, int] | None = None
    unconfirmed: bool = False
    notes: str = ""


@dataclass(frozen=True)
class Role:
    id: str
    label: str
    months: int | None = None  # overrides the period's length for this role


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    text: str
    source: str
    checked: dt.date
    value: float | None = None
    roles: tuple[str, ...] = ()  # empty: every role
    start: dt.date | None = None  # ``from`` in the file
    until: dt.date | None = None
    unconfirmed: bool = False
    notes: str = ""

    @property
    def counted(self) -> bool:
        return self.kind in COUNTED_KINDS

    def applies(self, day: dt.date, role: str | None) -> bool:
        """In force on ``day`` for ``role`` (a role-specific rule needs the role)."""
        if self.start and day < self.start or self.until and day > self.until:
            return False
        return not self.roles or role in self.roles


@dataclass(frozen=True)
class Change:
    date: dt.date
    text: str
    source: str
    checked: dt.date
    unconfirmed: bool = False
    notes: str = ""


@dataclass(frozen=True)
class Regulator:
    id: str
    name: str
    nation: str
    registers: str
    source: str
    checked: dt.date
    period: Period
    rules: tuple[Rule, ...]
    roles: tuple[Role, ...] = ()
    changes: tuple[Change, ...] = ()
    notes: str = ""

    def role(self, role_id: str | None) -> Role | None:
        return next((r for r in self.roles if r.id == role_id), None)

    def period_months(self, role_id: str | None) -> int:
        role = self.role(role_id)
        return role.months if role and role.months else self.period.months

    def rules_on(self, day: dt.date, role: str | None) -> tuple[Rule, ...]:
        return tuple(r for r in self.rules if r.applies(day, role))

    @property
    def has_unconfirmed(self) -> bool:
        return (
            self.period.unconfirmed
            or any(r.unconfirmed for r in self.rules)
            or any(c.unconfirmed for c in self.changes)
        )


class _Check:
    def __init__(self, filename: str) -> None:
        self.filename = filename

    def fail(self, field: str, problem: str) -> RegulatorFileError:
        return RegulatorFileError(self.filename, field, problem)

    def table(self, value: object, field: str, allowed: set[str]) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            raise self.fail(field, "must be a table")
        for key in value:
            if key not in allowed:
                raise self.fail(f"{field}.{key}" if field else key, "unknown key")
        return value

    def text(self, data: Mapping[str, Any], key: str, field: str, *, required: bool = True) -> str:
        value = data.get(key, "")
        if not isinstance(value, str) or (required and not value.strip()):
            raise self.fail(f"{field}{key}", "must be non-empty text")
        return value.strip()

    def date(self, data: Mapping[str, Any], key: str, field: str) -> dt.date | None:
        value = data.get(key)
        if value is None:
            return None
        if type(value) is not dt.date:
            raise self.fail(f"{field}{key}", "must be a date such as 2025-04-01")
        return value

    def required_date(self, data: Mapping[str, Any], key: str, field: str) -> dt.date:
        value = self.date(data, key, field)
        if value is None:
            raise self.fail(f"{field}{key}", "is required")
        return value

    def flag(self, data: Mapping[str, Any], key: str, field: str) -> bool:
        value = data.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(f"{field}{key}", "must be true or false")
        return value

    def source(self, data: Mapping[str, Any], field: str) -> str:
        url = self.text(data, "source", field)
        if not url.startswith("https://"):
            raise self.fail(f"{field}source", "must be an https:// address")
        return url

    def array(self, value: object, field: str) -> Sequence[Any]:
        if not isinstance(value, list):
            raise self.fail(field, "must be an array of tables")
        return value


def parse_regulator(data: Mapping[str, Any], filename: str) -> Regulator:
    """Validate one regulator's mapping (as read from TOML)."""
    c = _Check(filename)
    c.table(data, "", _TOP)
    reg_id = c.text(data, "id", "")
    if filename.endswith(".toml") and Path(filename).stem != reg_id:
        raise c.fail("id", f"must match the file name ({Path(filename).stem})")
    period = _period(c, c.table(data.get("period"), "period", _PERIOD))
    roles = tuple(
        _role(c, r, f"roles[{n}]") for n, r in enumerate(c.array(data.get("roles", []), "roles"))
    )
    role_ids = {r.id for r in roles}
    if len(role_ids) != len(roles):
        raise c.fail("roles", "role ids must be unique")
    raw_rules = c.array(data.get("rules"), "rules")
    if not raw_rules:
        raise c.fail("rules", "needs at least one rule")
    rules = tuple(_rule(c, r, f"rules[{n}]", role_ids) for n, r in enumerate(raw_rules))
    if len({r.id for r in rules}) != len(rules):
        raise c.fail("rules", "rule ids must be unique")
    changes = tuple(
        _change(c, r, f"changes[{n}]")
        for n, r in enumerate(c.array(data.get("changes", []), "changes"))
    )
    return Regulator(
        id=reg_id,
        name=c.text(data, "name", ""),
        nation=c.text(data, "nation", ""),
        registers=c.text(data, "registers", ""),
        source=c.source(data, ""),
        checked=c.required_date(data, "checked", ""),
        period=period,
        rules=rules,
        roles=roles,
        changes=tuple(sorted(changes, key=lambda ch: ch.date)),
        notes=c.text(data, "notes", "", required=False),
    )


def _period(c: _Check, data: Mapping[str, Any]) -> Period:
    kind = data.get("kind")
    if kind not in PERIOD_KINDS:
        raise c.fail("period.kind", f"must be one of {', '.join(PERIOD_KINDS)}")
    months = data.get("months")
    if not isinstance(months, int) or isinstance(months, bool) or not 1 <= months <= 120:
        raise c.fail("period.months", "must be a whole number of months (1-120)")
    year_end = data.get("year_end")
    if kind == "fixed":
        if not (
            isinstance(year_end, list)
            and len(year_end) == 2
            and all(isinstance(v, int) for v in year_end)
        ):
            raise c.fail("period.year_end", "a fixed period needs year_end = [month, day]")
        try:
            dt.date(2024, *year_end)
        except ValueError as exc:
            raise c.fail("period.year_end", "is not a day of the year") from exc
    elif year_end is not None:
        raise c.fail("period.year_end", "only a fixed period has a year end")
    return Period(
        kind=kind,
        months=months,
        deadline=c.text(data, "deadline", "period."),
        source=c.source(data, "period."),
        checked=c.required_date(data, "checked", "period."),
        year_end=(year_end[0], year_end[1]) if year_end else None,
        unconfirmed=c.flag(data, "unconfirmed", "period."),
        notes=c.text(data, "notes", "period.", required=False),
    )


def _role(c: _Check, raw: object, field: str) -> Role:
    data = c.table(raw, field, _ROLE)
    months = data.get("months")
    if months is not None and (not isinstance(months, int) or not 1 <= months <= 120):
        raise c.fail(f"{field}.months", "must be a whole number of months (1-120)")
    return Role(c.text(data, "id", f"{field}."), c.text(data, "label", f"{field}."), months)


def _rule(c: _Check, raw: object, field: str, role_ids: set[str]) -> Rule:
    data = c.table(raw, field, _RULE)
    f = f"{field}."
    kind = data.get("kind")
    if kind not in RULE_KINDS:
        raise c.fail(f"{f}kind", f"must be one of {', '.join(RULE_KINDS)}")
    value = data.get("value")
    if kind in COUNTED_KINDS:
        if not isinstance(value, int | float) or isinstance(value, bool) or value <= 0:
            raise c.fail(f"{f}value", f"a {kind} rule needs a positive value")
    elif value is not None:
        raise c.fail(f"{f}value", f"a {kind} rule has no value")
    roles = data.get("roles", [])
    if not isinstance(roles, list) or any(r not in role_ids for r in roles):
        raise c.fail(f"{f}roles", "must list role ids declared under [[roles]]")
    start, until = c.date(data, "from", f), c.date(data, "until", f)
    if start and until and until < start:
        raise c.fail(f"{f}until", "is before from")
    return Rule(
        id=c.text(data, "id", f),
        kind=kind,
        text=c.text(data, "text", f),
        source=c.source(data, f),
        checked=c.required_date(data, "checked", f),
        value=value,
        roles=tuple(roles),
        start=start,
        until=until,
        unconfirmed=c.flag(data, "unconfirmed", f),
        notes=c.text(data, "notes", f, required=False),
    )


def _change(c: _Check, raw: object, field: str) -> Change:
    data = c.table(raw, field, _CHANGE)
    f = f"{field}."
    return Change(
        date=c.required_date(data, "date", f),
        text=c.text(data, "text", f),
        source=c.source(data, f),
        checked=c.required_date(data, "checked", f),
        unconfirmed=c.flag(data, "unconfirmed", f),
        notes=c.text(data, "notes", f, required=False),
    )


def load_regulator(path: Path) -> Regulator:
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise RegulatorFileError(path.name, "file", f"cannot read: {exc}") from exc
    return parse_regulator(data, path.name)


def load_regulators(folder: Path) -> dict[str, Regulator]:
    """Every ``*.toml`` in ``folder`` by id: the four UK social care regulators in the
    order of the nations' registers, then the rest by name."""
    found = [load_regulator(p) for p in sorted(Path(folder).glob("*.toml"))]
    found.sort(key=lambda r: (_ORDER.index(r.id) if r.id in _ORDER else len(_ORDER), r.name))
    return {r.id: r for r in found}


@cache
def default_regulators() -> dict[str, Regulator]:
    """The bundled regulators (``resources/regulators``), loaded once."""
    from supervision_app.paths import resource_path

    return load_regulators(resource_path("regulators"))
