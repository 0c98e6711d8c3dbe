"""The CPD and export settings, each declared once (key, type, default, meaning).

They live in the vault's encrypted ``settings`` table (never in QSettings): a name or a
never-export list is as sensitive as the journal. :class:`CpdSettings` is the typed view;
``storage/cpd/settings.py`` reads and writes it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from supervision_app.core.cpd.year import DEFAULT_YEAR_END, validate_year_end
from supervision_app.core.regulators import DEFAULT_REGULATOR, default_regulators
from supervision_app.core.settings import Setting, declare

_CPD = "CPD and exports"
#: Declared in the one registry (``core/settings.py``); the CPD page of Preferences edits
#: them with its own form, so the generated dialog skips them.
DECLARED = (
    Setting(
        "practitioner_name",
        str,
        "",
        "Your name",
        "Your name as it appears on exported portfolios and supervision sign-off (text; "
        "default empty; stored once, as the supervision owner's name).",
        group=_CPD,
        generated=False,
    ),
    Setting(
        "never_export",
        list,
        [],
        "Never export",
        "Words and names the anonymisation check always flags (list of text).",
        group=_CPD,
        generated=False,
    ),
    Setting(
        "cpd_year_end",
        list,
        list(DEFAULT_YEAR_END),
        "Registration year ends on",
        "Last day of the registration year as [month, day] (default [11, 30]).",
        group=_CPD,
        generated=False,
    ),
    Setting(
        "regulator",
        list,
        [DEFAULT_REGULATOR],
        "Your regulator",
        "Your regulator(s), one or more of swe, scw, sssc, niscc, hcpc (list; default "
        '["swe"]: Social Work England). More than one for people registered in more than '
        "one nation.",
        group=_CPD,
        generated=False,
    ),
    Setting(
        "regulator_roles",
        dict,
        {},
        "Your role with each regulator",
        'Your role with each regulator that has roles, e.g. {"scw": "social_worker"} '
        "(roles: see the regulator's file in resources/regulators).",
        group=_CPD,
        generated=False,
    ),
    Setting(
        "registration_starts",
        dict,
        {},
        "Registration period starts",
        "First day of your current registration period with each regulator whose period "
        'runs from your own registration date, e.g. {"scw": "2025-04-01"}.',
        group=_CPD,
        generated=False,
    ),
)
declare(*DECLARED)
#: key -> meaning. The values are JSON in the ``settings`` table.
SETTINGS_DOC: dict[str, str] = {s.key: s.explanation for s in DECLARED}
#: Read for vaults saved before regulators were data (Social Care Wales only).
LEGACY_KEYS = ("scw_role", "scw_period_start")
KEYS = (*SETTINGS_DOC, *LEGACY_KEYS)


@dataclass(frozen=True)
class CpdSettings:
    practitioner_name: str = ""
    never_export: tuple[str, ...] = ()
    year_end: tuple[int, int] = DEFAULT_YEAR_END
    regulators: tuple[str, ...] = (DEFAULT_REGULATOR,)
    roles: Mapping[str, str] = field(default_factory=dict)
    period_starts: Mapping[str, dt.date] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list, compare=False)

    def role_for(self, regulator: str) -> str | None:
        return self.roles.get(regulator)

    def start_for(self, regulator: str) -> dt.date | None:
        return self.period_starts.get(regulator)

    @property
    def primary_regulator(self) -> str:
        return self.regulators[0] if self.regulators else DEFAULT_REGULATOR

    @classmethod
    def from_values(cls, values: Mapping[str, Any]) -> CpdSettings:
        """Typed settings; a bad stored value falls back to its default and is reported."""
        problems: list[str] = []
        name = values.get("practitioner_name") or ""
        if not isinstance(name, str):
            problems.append("practitioner_name")
            name = ""
        raw_list = values.get("never_export") or []
        if not isinstance(raw_list, list) or not all(isinstance(w, str) for w in raw_list):
            problems.append("never_export")
            raw_list = []
        year_end = DEFAULT_YEAR_END
        raw_end = values.get("cpd_year_end")
        if raw_end is not None:
            try:
                month, day = (int(v) for v in raw_end)
                validate_year_end(month, day)
                year_end = (month, day)
            except (TypeError, ValueError):
                problems.append("cpd_year_end")
        known = default_regulators()
        regulators, roles, starts = _regulators(values, known, problems)
        return cls(
            practitioner_name=" ".join(name.split()),
            never_export=tuple(w.strip() for w in raw_list if w.strip()),
            year_end=year_end,
            regulators=regulators,
            roles=roles,
            period_starts=starts,
            problems=problems,
        )

    def to_values(self) -> dict[str, Any]:
        return {
            "practitioner_name": self.practitioner_name,
            "never_export": list(self.never_export),
            "cpd_year_end": list(self.year_end),
            "regulator": list(self.regulators),
            "regulator_roles": dict(self.roles),
            "registration_starts": {k: v.isoformat() for k, v in self.period_starts.items()},
            # Cleared so an old Social Care Wales value never overrides the new keys.
            "scw_role": None,
            "scw_period_start": None,
        }


def _regulators(
    values: Mapping[str, Any], known: Mapping[str, Any], problems: list[str]
) -> tuple[tuple[str, ...], dict[str, str], dict[str, dt.date]]:
    raw = values.get("regulator")
    roles_raw = values.get("regulator_roles")
    starts_raw = values.get("registration_starts")
    legacy_role, legacy_start = values.get("scw_role"), values.get("scw_period_start")
    if raw is None and legacy_role:
        raw = [DEFAULT_REGULATOR, "scw"]
    if roles_raw is None and legacy_role:
        roles_raw = {"scw": legacy_role}
    if starts_raw is None and legacy_start:
        starts_raw = {"scw": legacy_start}
    if isinstance(raw, str):
        raw = [raw]
    regulators: tuple[str, ...] = (DEFAULT_REGULATOR,)
    if raw is not None:
        if isinstance(raw, list) and raw and all(r in known for r in raw):
            regulators = tuple(dict.fromkeys(raw))
        else:
            problems.append("regulator")
    roles: dict[str, str] = {}
    if roles_raw is not None:
        if not isinstance(roles_raw, Mapping):
            problems.append("regulator_roles")
        else:
            for reg, role in roles_raw.items():
                regulator = known.get(reg)
                if role is None:
                    continue
                if regulator is None or regulator.role(role) is None:
                    problems.append("regulator_roles")
                else:
                    roles[reg] = role
    starts: dict[str, dt.date] = {}
    if starts_raw is not None:
        if not isinstance(starts_raw, Mapping):
            problems.append("registration_starts")
        else:
            for reg, text in starts_raw.items():
                if text is None:
                    continue
                try:
                    if reg not in known:
                        raise ValueError(reg)
                    starts[reg] = dt.date.fromisoformat(str(text))
                except ValueError:
                    problems.append("registration_starts")
    return regulators, roles, starts
