"""The CPD and export settings, each declared once (key, type, default, meaning).

They live in the vault's encrypted ``settings`` table (never in QSettings): a name or a
never-export list is as sensitive as the journal. :class:`CpdSettings` is the typed view;
``storage/cpd.py`` reads and writes it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from supervision_app.core.cpd.wales import SCW_ROLES
from supervision_app.core.cpd.year import DEFAULT_YEAR_END, validate_year_end
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
        "Your name as it appears on exported portfolios (text; default empty).",
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
        "scw_role",
        str,
        None,
        "Social Care Wales role",
        "Social Care Wales role: care_worker, social_worker or manager (or null).",
        group=_CPD,
        generated=False,
    ),
    Setting(
        "scw_period_start",
        str,
        None,
        "Registration period starts",
        "First day of the Social Care Wales registration period (YYYY-MM-DD).",
        group=_CPD,
        generated=False,
    ),
)
declare(*DECLARED)
#: key -> meaning. The values are JSON in the ``settings`` table.
SETTINGS_DOC: dict[str, str] = {s.key: s.explanation for s in DECLARED}
KEYS = tuple(SETTINGS_DOC)


@dataclass(frozen=True)
class CpdSettings:
    practitioner_name: str = ""
    never_export: tuple[str, ...] = ()
    year_end: tuple[int, int] = DEFAULT_YEAR_END
    scw_role: str | None = None
    scw_period_start: dt.date | None = None
    problems: list[str] = field(default_factory=list, compare=False)

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
        role = values.get("scw_role")
        if role is not None and role not in SCW_ROLES:
            problems.append("scw_role")
            role = None
        start = None
        raw_start = values.get("scw_period_start")
        if raw_start:
            try:
                start = dt.date.fromisoformat(str(raw_start))
            except ValueError:
                problems.append("scw_period_start")
        return cls(
            practitioner_name=" ".join(name.split()),
            never_export=tuple(w.strip() for w in raw_list if w.strip()),
            year_end=year_end,
            scw_role=role,
            scw_period_start=start,
            problems=problems,
        )

    def to_values(self) -> dict[str, Any]:
        return {
            "practitioner_name": self.practitioner_name,
            "never_export": list(self.never_export),
            "cpd_year_end": list(self.year_end),
            "scw_role": self.scw_role,
            "scw_period_start": self.scw_period_start.isoformat()
            if self.scw_period_start
            else None,
        }
