"""Rules every bundled framework file keeps (issue 13): provenance and prompts that open
reflection rather than tick boxes."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

import pytest

from supervision_app.core.frameworks import (
    Framework,
    FrameworkFileError,
    FrameworkLibrary,
    load_library,
    loads_framework,
    parse_framework,
)

YES_NO_SHARE = 0.15
# A question that can be answered "yes" or "no" usually starts with an auxiliary verb.
AUXILIARIES = frozenset(
    "is are was were do does did have has had can could will would should shall may might must"
    .split()
)  # fmt: skip
# Questions that ask for a date or a name are form fields, not reflection.
FORM_LIKE = re.compile(r"^(when (is|are|will|was)|by when|what date|who will)\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def library() -> FrameworkLibrary:
    return load_library()


def all_prompts(framework: Framework) -> list[str]:
    return [p for item in framework.items for p in item.prompts] + list(
        framework.reflective_questions
    )


def is_yes_no(prompt: str) -> bool:
    return prompt.split()[0].casefold().strip(",") in AUXILIARIES


def test_heuristic_recognises_yes_no_questions() -> None:
    assert is_yes_no("Did I act promptly?") and is_yes_no("Is my workload safe?")
    assert not is_yes_no("How did I act?") and not is_yes_no("What is missing?")
    assert FORM_LIKE.match("When is the next check-in?")
    assert not FORM_LIKE.match("When did I last raise it?")


def test_at_most_fifteen_percent_of_prompts_are_yes_no(library: FrameworkLibrary) -> None:
    for framework in library:
        prompts = all_prompts(framework)
        closed = [p for p in prompts if is_yes_no(p)]
        assert len(closed) <= YES_NO_SHARE * len(prompts), (framework.id, closed)


def test_form_like_questions_are_fields_not_prompts(library: FrameworkLibrary) -> None:
    for framework in library:
        form_like = [p for p in all_prompts(framework) if FORM_LIKE.match(p)]
        assert not form_like, (framework.id, form_like)
    check_in = library.get("loneliness-check-in")
    assert [f.name for f in check_in.fields] == ["next-check-in", "follow-up-by", "follow-up-date"]
    assert check_in.fields[0].kind == "date" and check_in.fields[1].kind == "text"


def test_no_prompt_appears_in_two_frameworks(library: FrameworkLibrary) -> None:
    where: dict[str, set[str]] = defaultdict(set)
    for framework in library:
        for prompt in all_prompts(framework):
            where[" ".join(prompt.casefold().split())].add(framework.id)
    shared = {p: ids for p, ids in where.items() if len(ids) > 1}
    assert not shared, shared


def test_every_item_records_where_and_when_its_wording_was_checked(
    library: FrameworkLibrary,
) -> None:
    for framework in library:
        for item in framework.items:
            checked = item.checked_at
            assert checked is not None, item.ref
            assert checked.where.startswith(("https://", "http://", "seed ")), item.ref
            assert dt.date(2024, 1, 1) <= checked.on <= dt.date.today(), item.ref


# -- the loader enforces it ------------------------------------------------------------------

ITEM = """
[[items]]
id = "first"
label = "First"
explanation = "The first item."
prompts = ["How?", "Why?"]
"""
HEAD = """id = "x"
name = "X"
kind = "conversation"
description = "A fixture."
version = "1"
[source]
title = "T"
publisher = "P"
year = 2024
location = "here"
"""


@pytest.mark.parametrize(
    ("checked", "field", "words"),
    [
        ("", "items[0].checked_at", "required field is missing"),
        ('checked_at = { where = "somewhere", on = 2026-12-03 }', "items[0].checked_at.where",
         "web address or a seed id"),
        ('checked_at = { where = "seed 004", on = "yesterday" }', "items[0].checked_at.on",
         "must be a date"),
        ('checked_at = { where = "seed 004", on = 2026-12-03T10:00:00 }',
         "items[0].checked_at.on", "not a date and time"),
        ('checked_at = { where = "seed 004" }', "items[0].checked_at.on", "missing"),
        ('checked_at = "seed 004"', "items[0].checked_at", "must be a table"),
    ],
)  # fmt: skip
def test_framework_files_must_record_checked_at(checked: str, field: str, words: str) -> None:
    with pytest.raises(FrameworkFileError) as err:
        loads_framework(HEAD + ITEM + checked + "\n", "x.toml")
    assert err.value.field == field
    assert words in err.value.problem


def test_checked_at_is_parsed_and_optional_for_a_users_own_templates() -> None:
    good = loads_framework(
        HEAD + ITEM + 'checked_at = { where = "https://example.org/p", on = 2026-12-03 }\n', "x"
    )
    checked = good.items[0].checked_at
    assert checked is not None and checked.on == dt.date(2026, 12, 3)
    assert checked.text() == "https://example.org/p (2026-12-03)"
    own = loads_framework(HEAD + ITEM, "mine.toml", require_checked=False)
    assert own.items[0].checked_at is None


# -- conversation fields ---------------------------------------------------------------------


def _template(**extra: object) -> dict:
    data: dict = {
        "id": "t", "name": "T", "kind": "conversation", "description": "D.", "version": "1",
        "source": {"title": "T", "publisher": "P", "year": 2024, "location": "here"},
        "items": [{"id": "a", "label": "A", "explanation": "E.", "prompts": ["How?", "Why?"]}],
    }  # fmt: skip
    data.update(extra)
    return data


def test_fields_are_parsed_with_text_as_the_default_kind() -> None:
    fw = parse_framework(
        _template(fields=[{"name": "next", "label": "Next", "kind": "date"},
                          {"name": "who", "label": "Who"}]),
        "t.json",
    )  # fmt: skip
    assert [(f.name, f.label, f.kind, f.key) for f in fw.fields] == [
        ("next", "Next", "date", "field:next"),
        ("who", "Who", "text", "field:who"),
    ]


@pytest.mark.parametrize(
    ("extra", "field", "words"),
    [
        ({"kind": "model", "fields": [{"name": "n", "label": "N"}]}, "fields",
         "only a conversation template"),
        ({"fields": []}, "fields", "list of 1-8"),
        ({"fields": [{"name": "n", "label": "N", "kind": "number"}]}, "fields[0].kind",
         "not one of text, date"),
        ({"fields": [{"name": "n", "label": "N"}, {"name": "n", "label": "M"}]},
         "fields[1].name", "duplicate field name"),
        ({"fields": [{"name": "N N", "label": "N"}]}, "fields[0].name", "not a slug"),
        ({"fields": [{"label": "N"}]}, "fields[0].name", "missing"),
        ({"fields": [{"name": "n", "label": "N", "size": 3}]}, "fields[0].size", "unknown key"),
    ],
)  # fmt: skip
def test_bad_fields_are_rejected(extra: dict, field: str, words: str) -> None:
    with pytest.raises(FrameworkFileError) as err:
        parse_framework(_template(**extra), "t.json")
    assert err.value.field == field
    assert words in err.value.problem


def test_a_copied_conversation_template_keeps_its_fields(library: FrameworkLibrary) -> None:
    from supervision_app.core.templates import framework_to_data, parse_template

    original = library.get("loneliness-check-in")
    data = framework_to_data(original)
    data.update(id="my-check-in", name="My check-in")
    assert parse_template(data, "vault:my-check-in").fields == original.fields


def test_the_framework_docs_list_every_framework_and_unconfirmed_item(
    library: FrameworkLibrary,
) -> None:
    """docs/frameworks.md says per framework what was confirmed and what was not."""
    from pathlib import Path

    docs = (Path(__file__).resolve().parents[2] / "docs" / "frameworks.md").read_text(
        encoding="utf-8"
    )
    for framework in library:
        assert f"### `{framework.id}`" in docs, framework.id
        for item in framework.items:
            if item.unconfirmed:
                assert f"- {item.label}." in docs, item.ref
            assert item.checked_at is not None and item.checked_at.where in docs, item.ref
