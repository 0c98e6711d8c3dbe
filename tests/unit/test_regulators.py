"""Regulators as data: every bundled file validates and is sourced; the rules count right."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest

from supervision_app.core.cpd.model import CpdFields, CpdRecord
from supervision_app.core.cpd.rules import evaluate, period_containing, status_for_year
from supervision_app.core.cpd.year import default_ending_year, summarise_year, year_ending
from supervision_app.core.entries import Entry
from supervision_app.core.regulators import (
    RegulatorFileError,
    default_regulators,
    load_regulator,
    parse_regulator,
)
from supervision_app.paths import resource_path

D = dt.date
FOLDER = resource_path("regulators")
FILES = sorted(FOLDER.glob("*.toml"))
#: The regulators' own web addresses: a rule sourced anywhere else must be unconfirmed.
OWN_HOSTS = {
    "swe": ("socialworkengland.org.uk", "app-swe-ukw-prd-umbraco-01.azurewebsites.net"),
    "scw": ("socialcare.wales",),
    "sssc": ("sssc.uk.com",),
    "niscc": ("niscc.info",),
    "hcpc": ("hcpc-uk.org",),
}
_ids = iter(range(1, 100_000))


def record(day: dt.date, text: str = "", *, peer: str = "", minutes: int = 60) -> CpdRecord:
    entry = Entry(title=text or "r", practice_date=day, minutes=minutes, id=next(_ids))
    fields = CpdFields(description=text or f"d{entry.id}", learning="l", impact="i")
    if peer:
        fields = CpdFields(
            description=fields.description, learning="l", impact="i", peer_learning=peer
        )
    return CpdRecord(entry=entry, cpd=fields)


def test_the_five_regulators_are_bundled() -> None:
    assert list(default_regulators()) == ["swe", "scw", "sssc", "niscc", "hcpc"]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_rule_is_sourced_dated_and_honest_about_confirmation(path: Path) -> None:
    regulator = load_regulator(path)
    hosts = OWN_HOSTS[regulator.id]
    items: list[Any] = [regulator.period, *regulator.rules, *regulator.changes]
    for item in items:
        assert item.source.startswith("https://")
        assert dt.date(2019, 1, 1) <= item.checked <= dt.date.today()
        host = urlparse(item.source).hostname or ""
        own = any(host == h or host.endswith("." + h) for h in hosts)
        # HCPC's own page is the source for the 2019 handover in Social Work England's file.
        handover = regulator.id == "swe" and host.endswith("hcpc-uk.org")
        if not (own or handover):
            assert item.unconfirmed, f"{path.name}: {item} is not from the regulator's pages"
    for rule in regulator.rules:
        assert rule.text.endswith(".")


def test_hcpc_is_not_for_social_workers_in_england() -> None:
    hcpc = default_regulators()["hcpc"]
    assert "not social workers since 2 December 2019" in hcpc.registers
    assert any(c.date == D(2019, 12, 2) for c in hcpc.changes)


def _valid() -> dict[str, Any]:
    return tomllib.loads((FOLDER / "niscc.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d.update(colour="blue"), "colour"),
        (lambda d: d.update(id="other"), "id"),
        (lambda d: d["period"].update(kind="lunar"), "period.kind"),
        (lambda d: d["period"].update(year_end=[11, 30]), "period.year_end"),
        (lambda d: d["rules"][0].update(kind="vibes"), "rules[0].kind"),
        (lambda d: d["rules"][0].pop("value"), "rules[0].value"),
        (lambda d: d["rules"][0].update(roles=["astronaut"]), "rules[0].roles"),
        (lambda d: d["rules"][0].update(source="http://example.org"), "rules[0].source"),
        (lambda d: d["rules"][0].pop("checked"), "rules[0].checked"),
        (
            lambda d: d["rules"][0].update({"from": D(2025, 1, 1), "until": D(2024, 1, 1)}),
            "rules[0].until",
        ),
        (lambda d: d["rules"][4].update(value=3), "rules[4].value"),
        (lambda d: d["changes"].append({"date": "soon"}), "changes[0].date"),
    ],
)
def test_invalid_files_name_the_field(change: Any, field: str) -> None:
    data = _valid()
    data.setdefault("changes", [])
    change(data)
    with pytest.raises(RegulatorFileError) as error:
        parse_regulator(data, "niscc.toml")
    assert error.value.field == field
    assert str(error.value).startswith(f"niscc.toml: {field}: ")


def test_a_broken_file_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "swe.toml"
    bad.write_text("id = ", encoding="utf-8")
    with pytest.raises(RegulatorFileError, match="swe.toml: file: cannot read"):
        load_regulator(bad)


# -- Social Work England -------------------------------------------------------------------


def test_two_identical_records_among_distinct_ones_are_a_warning_not_a_failure() -> None:
    """The defect: 9 records, 4 with a peer, two identical -> 'meets_minimum: false'."""
    records = [
        record(D(2026, m, 1), f"Activity {m}", peer="p" if m <= 4 else "") for m in range(1, 9)
    ]
    records.append(record(D(2026, 10, 1), "Activity 8"))  # a copy of the eighth
    summary = summarise_year(records, year_ending(2026), today=D(2026, 11, 1))
    assert summary.meets_minimum is True
    assert [c.detail for c in summary.checklist] == ["8 of 2", "4 of 1"]
    assert len(summary.warnings) == 1 and "read the same" in summary.warnings[0]


def test_an_empty_year_has_no_vacuous_ticks() -> None:
    summary = summarise_year([], year_ending(2027), today=D(2026, 12, 3))
    assert summary.checklist and not any(c.done for c in summary.checklist)
    assert all("identical" not in c.label for c in summary.checklist)
    assert summary.meets_minimum is False


def test_the_rule_in_force_follows_the_year() -> None:
    swe = default_regulators()["swe"]
    old = evaluate(swe, [record(D(2021, 3, 1))], period=year_ending(2021), today=D(2026, 1, 1))
    assert [c.label for c in old.checks] == ["At least 1 different CPD records (unconfirmed)"]
    assert old.meets is True
    new = evaluate(swe, [record(D(2022, 3, 1))], period=year_ending(2022), today=D(2026, 1, 1))
    assert len(new.checks) == 2 and new.meets is False


# -- periods and other regulators ----------------------------------------------------------


def test_anniversary_periods_repeat_from_the_start_date() -> None:
    niscc = default_regulators()["niscc"]
    start = D(2020, 9, 15)
    period = period_containing(niscc, D(2026, 12, 3), role="social_worker", start=start)
    assert period is not None and (period.start, period.end) == (D(2026, 9, 15), D(2029, 9, 14))
    five = period_containing(niscc, D(2026, 12, 3), role="care_worker", start=start)
    assert five is not None and (five.start, five.end) == (D(2025, 9, 15), D(2030, 9, 14))
    before = period_containing(niscc, D(2019, 1, 1), role="social_worker", start=start)
    assert before is not None and before.start == D(2017, 9, 15)
    assert period_containing(niscc, D(2026, 1, 1), role="care_worker") is None


def test_niscc_counts_90_hours_over_the_period() -> None:
    niscc = default_regulators()["niscc"]
    records = [record(D(2025, 1, 1), minutes=45 * 60), record(D(2026, 1, 1), minutes=90)]
    period = period_containing(niscc, D(2026, 6, 1), role="social_worker", start=D(2024, 4, 1))
    status = evaluate(niscc, records, period=period, today=D(2026, 6, 1), role="social_worker")
    (hours,) = status.checks
    assert hours.detail == "46 h 30 min of 90 hours" and not hours.done
    assert {r.kind for r in status.notes} == {"learning_plan", "sample_check"}


def test_without_a_role_or_start_nothing_is_ticked() -> None:
    niscc = default_regulators()["niscc"]
    status = status_for_year(
        niscc, year_ending(2026), today=D(2026, 6, 1), records_between=lambda a, b: []
    )
    assert status.checks == () and status.meets is None
    assert status.needs == "Choose your role to see the rule that applies to it."
    status = status_for_year(
        niscc,
        year_ending(2026),
        today=D(2026, 6, 1),
        records_between=lambda a, b: [],
        role="social_worker",
    )
    assert status.checks == () and "registration period" in status.needs
    assert any(r.kind == "min_hours" for r in status.notes)  # shown, not ticked


def test_sssc_and_hcpc_set_no_countable_minimum_today() -> None:
    for reg_id in ("sssc", "hcpc"):
        regulator = default_regulators()[reg_id]
        period = period_containing(regulator, D(2026, 6, 1), start=D(2025, 1, 1))
        status = evaluate(regulator, [record(D(2026, 1, 1))], period=period, today=D(2026, 6, 1))
        assert status.checks == () and status.meets is None
        assert status.notes


# -- the default year ----------------------------------------------------------------------


def test_on_3_december_the_default_year_is_the_one_with_records() -> None:
    today = D(2026, 12, 3)  # the 2027 year began two days ago
    assert default_ending_year(D(2026, 11, 20), today) == 2026
    assert default_ending_year(D(2026, 12, 2), today) == 2027
    assert default_ending_year(None, today) == 2027
    assert default_ending_year(D(2024, 5, 1), today) == 2024
