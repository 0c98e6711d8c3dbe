"""Social Care Wales, read from its data file (``resources/regulators/scw.toml``).

Until 31 March 2025 Social Care Wales counted hours over each three-year registration
(45 for social care workers, 90 for social workers and managers). From 1 April 2025 there
is no hours requirement: registrants keep their own record, confirm it at renewal and a
sample is checked. :func:`scw_status` applies whichever rule is in force for the period,
so a social worker renewing now sees no "of 90 hours" target.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from supervision_app.core.cpd.model import CpdRecord
from supervision_app.core.cpd.rules import RegulatorStatus, evaluate, period_containing
from supervision_app.core.regulators import default_regulators

__all__ = ["SCW", "scw_roles", "scw_status"]

SCW = "scw"


def scw_roles() -> dict[str, str]:
    """role id -> label, from the data file."""
    return {role.id: role.label for role in default_regulators()[SCW].roles}


def scw_status(
    records: Sequence[CpdRecord], *, role: str, period_start: dt.date, today: dt.date
) -> RegulatorStatus:
    """The rule in force for the registration period that contains today."""
    if role not in scw_roles():
        raise ValueError(f"unknown Social Care Wales role '{role}'")
    regulator = default_regulators()[SCW]
    period = period_containing(regulator, today, role=role, start=period_start)
    return evaluate(regulator, records, period=period, today=today, role=role)
