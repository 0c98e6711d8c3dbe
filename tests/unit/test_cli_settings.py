"""How ``settings set`` reads a value, by the shape of the setting's default."""

from __future__ import annotations

import pytest

from supervision_app.cli.commands.settings import parse_value
from supervision_app.cli.common import UsageError


def test_lists_take_commas_or_several_values() -> None:
    assert parse_value("k", ["Heron Court, Kestrel", "Owl"], [], []) == [
        "Heron Court",
        "Kestrel",
        "Owl",
    ]
    assert parse_value("k", [""], [], ["Old"]) == []


def test_a_day_and_month() -> None:
    assert parse_value("year_end", ["31", "Mar"], [11, 30], [11, 30]) == [3, 31]
    assert parse_value("year_end", ["29/2"], [11, 30], [11, 30]) == [2, 29]
    with pytest.raises(UsageError, match="day and month"):
        parse_value("year_end", ["31 Feb"], [11, 30], [11, 30])


def test_dates_and_nothing() -> None:
    doc = "First day (YYYY-MM-DD)."
    assert parse_value("start", ["1/4/2025"], None, None, doc) == "2025-04-01"
    assert parse_value("start", ["none"], None, "2025-04-01", doc) is None
    assert parse_value("name", ["  C. Davies "], "", "") == "C. Davies"


def test_mappings_merge_pairs_and_read_dates() -> None:
    current = {"scw": "social_worker", "sssc": "2024-01-01"}
    assert parse_value("roles", ["niscc=social_worker"], {}, current) == {
        "scw": "social_worker",
        "sssc": "2024-01-01",
        "niscc": "social_worker",
    }
    assert parse_value("starts", ["scw=1 Apr 2025, sssc="], {}, current) == {"scw": "2025-04-01"}
    assert parse_value("roles", ['{"scw": "manager"}'], {}, current) == {"scw": "manager"}
    with pytest.raises(UsageError, match="NAME=VALUE"):
        parse_value("roles", ["social_worker"], {}, current)
