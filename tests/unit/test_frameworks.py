"""The framework library: bundled data content and the validating loader."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest

from supervision_app.core.frameworks import (
    KINDS,
    Framework,
    FrameworkFileError,
    FrameworkLibrary,
    bundled_framework_files,
    default_framework_folder,
    format_ref,
    load_framework,
    load_library,
    loads_framework,
    parse_framework,
    parse_ref,
    preload_bundled,
)

BAD = Path(__file__).resolve().parents[1] / "data" / "frameworks_bad"

# Checked by hand against seed document 000_8f4703851e65598d.txt ("Relationships and social
# connection", Research in Practice, 2024): its list of capabilities, in its order.
LONELINESS_CAPABILITIES = [
    ("ready-to-talk", "Be ready to talk about loneliness"),
    ("asking-questions", "Understand how to ask questions"),
    ("listen-empathise", "Listen and empathise"),
    ("signpost", "Know how to signpost in response"),
    ("sensitive-feelings", "Be sensitive about feelings that arise"),
    ("support-you-can-offer", "Know the support you can offer"),
    ("purpose-confidentiality-consent", "Be clear about purpose, confidentiality, consent"),
]

PCF_DOMAINS = [
    "Professionalism",
    "Values and ethics",
    "Diversity and equality",
    "Rights, justice and economic wellbeing",
    "Knowledge",
    "Critical reflection and analysis",
    "Skills and interventions",
    "Contexts and organisations",
    "Professional leadership",
]

EXPECTED_IDS = {
    "loneliness-capabilities", "loneliness-strategies", "strengths-based-capabilities",
    "connecting-people", "relational-social-care", "relationship-based-supervision", "pcf",
    "swe-standards", "hcpc-cpd-standards", "kss-adults", "kss-children",
    "kss-practice-supervisors-adults", "kss-practice-supervisors-children", "gibbs", "kolb",
    "four-by-four-by-four", "loneliness-check-in", "warm-handover",
    # Added by issue 13: the other UK nations, practice themes, the early career standards.
    "scw-code", "sssc-codes", "niscc-standards", "trauma-informed-practice",
    "anti-oppressive-practice", "relational-capability", "basis-relational-practices",
    "use-of-self-boundaries-power", "child-family-early-career-standards",
}  # fmt: skip


@pytest.fixture(scope="module")
def library() -> FrameworkLibrary:
    return load_library()


def _labels(framework: Framework) -> list[str]:
    return [item.label for item in framework.items]


# -- bundled data ----------------------------------------------------------------------------


def test_every_bundled_file_validates_and_ids_are_unique(library: FrameworkLibrary) -> None:
    files = sorted(default_framework_folder().glob("*.toml"))
    assert len(files) == len(library) >= len(EXPECTED_IDS)
    assert EXPECTED_IDS <= set(library.ids())
    assert len(set(library.ids())) == len(library)
    for path in files:
        # Convention: a file is named after its framework id.
        assert load_framework(path).id == path.stem


def test_loneliness_capabilities_match_the_seed_list_in_order(library: FrameworkLibrary) -> None:
    framework = library.get("loneliness-capabilities")
    assert framework.kind == "framework"
    assert [(item.id, item.label) for item in framework.items] == LONELINESS_CAPABILITIES
    # The seed's reflective question is put in our own words (issue 13, item 9).
    assert any("centre of my practice" in q for q in framework.reflective_questions)
    assert not any("additional element" in q for q in framework.reflective_questions)


def test_every_item_has_a_source_and_two_to_five_prompts(library: FrameworkLibrary) -> None:
    for framework in library:
        assert framework.source.title and framework.source.publisher
        assert framework.source.url or framework.source.location, framework.id
        assert isinstance(framework.source.year, int)
        for item in framework.items:
            assert item.source.title, item.ref
            assert item.source.url or item.source.location, item.ref
            if not item.source_is_own:
                assert item.source == framework.source
            assert 2 <= len(item.prompts) <= 5, item.ref
            sentences = re.findall(r"[.!?](?:\s|$)", item.explanation)
            assert 1 <= len(sentences) <= 3, f"{item.ref}: explanation should be 1-3 sentences"


def test_relationship_based_supervision_is_resourced_and_in_one_voice(
    library: FrameworkLibrary,
) -> None:
    framework = library.get("relationship-based-supervision")
    # Everything is cited to the CareKnowledge report the wording comes from.
    assert not any(item.source_is_own for item in framework.items)
    assert framework.source.publisher.startswith("CareKnowledge")
    assert framework.groups == (
        "Key features of the supervisory relationship",
        "What practice supervisors offer (CareKnowledge's summary)",
    )
    assert len(framework.items_in_group("Key features of the supervisory relationship")) == 4
    assert framework.item("model-critical-reflection").unconfirmed
    # No heading repeats one of the adult practice supervisors' statement.
    supervisors = {i.label.casefold() for i in library.get("kss-practice-supervisors-adults").items}
    assert not supervisors & {i.label.casefold() for i in framework.items}
    # One voice: the supervisee's ("my supervisor", never "my team").
    prompts = " ".join(p for item in framework.items for p in item.prompts).casefold()
    assert "my team" not in prompts and "my supervisor" in prompts


def test_item_source_override_is_kept() -> None:
    data = _valid()
    data["items"][0]["source"] = {
        "title": "Other", "publisher": "Department of Health and Social Care", "year": 2018,
        "url": "https://www.gov.uk/x",
    }  # fmt: skip
    framework = parse_framework(data, "custom.json")
    assert framework.items[0].source_is_own
    assert framework.items[0].source.publisher == "Department of Health and Social Care"
    assert framework.items[1].source == framework.source


def test_pcf_has_nine_domains_in_order_and_groups(library: FrameworkLibrary) -> None:
    pcf = library.get("pcf")
    assert _labels(pcf) == PCF_DOMAINS
    assert {"Purpose", "Practice", "Impact"} <= set(pcf.groups)
    assert [i.label for i in pcf.items_in_group("Practice")] == PCF_DOMAINS[4:7]
    assert pcf.source.publisher.startswith("British Association of Social Workers")
    assert pcf.source.year == 2018


def test_reflective_models_have_their_stages_in_order(library: FrameworkLibrary) -> None:
    gibbs = library.get("gibbs")
    kolb = library.get("kolb")
    assert gibbs.kind == kolb.kind == "model"
    assert _labels(gibbs) == [
        "Description", "Feelings", "Evaluation", "Analysis", "Conclusion", "Action plan",
    ]  # fmt: skip
    assert _labels(kolb) == [
        "Concrete experience",
        "Reflective observation",
        "Abstract conceptualisation",
        "Active experimentation",
    ]
    four = library.get("four-by-four-by-four")
    assert four.groups == ("Functions", "Reflective cycle", "Stakeholders")
    assert [i.label for i in four.items_in_group("Functions")] == [
        "Management", "Support", "Development", "Mediation",
    ]  # fmt: skip
    assert len(four.items_in_group("Reflective cycle")) == 4
    # The four stakeholders are items (flagged: their names could not be confirmed).
    stakeholders = four.items_in_group("Stakeholders")
    assert len(stakeholders) == 4 and all(i.unconfirmed for i in stakeholders)


def test_standards_and_regulator_frameworks(library: FrameworkLibrary) -> None:
    swe = library.get("swe-standards")
    assert len(swe.items) == 6
    assert swe.items[0].label.startswith("Promote the rights, strengths and wellbeing")
    assert swe.items[3].label == "Maintain my continuing professional development"
    # Only standard 4 was seen on Social Work England's own material (issue 13, item 8).
    assert [i.unconfirmed for i in swe.items] == [True, True, True, False, True, True]
    hcpc = library.get("hcpc-cpd-standards")
    assert len(hcpc.items) == 5
    assert hcpc.item("quality-of-practice").label.startswith("Seek to ensure that their CPD")
    assert hcpc.item("written-profile").label.startswith("Upon request, present a written")
    assert "December 2019" in hcpc.description and "occupational therapists" in hcpc.description
    children = library.get("kss-children")
    assert children.items[0].label == "Relationships and effective direct work"
    assert not children.item("role-of-supervision").unconfirmed


def test_kinds_are_covered(library: FrameworkLibrary) -> None:
    for kind in KINDS:
        assert library.by_kind(kind)
    conversations = {f.id for f in library.by_kind("conversation")}
    assert {"loneliness-check-in", "warm-handover"} <= conversations
    assert len(library.get("connecting-people").items) == 11
    assert len(library.get("strengths-based-capabilities").items) == 8
    assert len(library.get("loneliness-strategies").items) == 4
    assert len(library.get("relational-social-care").items) == 3
    with pytest.raises(ValueError):
        library.by_kind("template")


# -- references and search ---------------------------------------------------------------------


def test_item_reference_resolution(library: FrameworkLibrary) -> None:
    framework, item = library.item("loneliness-capabilities:signpost")
    assert framework.id == "loneliness-capabilities"
    assert item.label == "Know how to signpost in response"
    assert item.ref == "loneliness-capabilities:signpost"
    assert format_ref("pcf", "knowledge") == "pcf:knowledge"
    assert parse_ref("pcf:knowledge") == ("pcf", "knowledge")
    assert library.has_ref("pcf:knowledge")
    for bad in ("pcf", "pcf:", ":knowledge", "PCF:knowledge", "pcf:knowledge:x", "pcf knowledge"):
        with pytest.raises(ValueError):
            library.item(bad)
        assert not library.has_ref(bad)
    with pytest.raises(KeyError):
        library.item("no-such-framework:knowledge")
    with pytest.raises(KeyError):
        library.item("pcf:no-such-item")
    assert not library.has_ref("pcf:no-such-item")
    # Every item's own ref round-trips.
    for fw in library:
        for it in fw.items:
            assert library.item(it.ref) == (fw, it)


def test_library_search(library: FrameworkLibrary) -> None:
    refs = [item.ref for _, item in library.search("signpost")]
    assert refs[0] == "loneliness-capabilities:signpost"
    # Case-insensitive, every word must match; label matches come first.
    hits = [item.ref for _, item in library.search("WARM handover")]
    assert hits[0] == "relational-social-care:t-people-warm-handovers"
    explanation_only = [item.ref for _, item in library.search("inner scripts")]
    assert explanation_only == ["loneliness-strategies:maladaptive-social-cognition"]
    assert library.search("   ") == []
    assert library.search("zzzz-no-such-word") == []


def test_library_rejects_duplicates_when_extended(library: FrameworkLibrary) -> None:
    custom = loads_framework(
        (BAD / "missing_field.toml")
        .read_text(encoding="utf-8")
        .replace('version = "1"', 'description = "Now valid."\nversion = "1"'),
        "custom.toml",
    )
    bigger = library.extended([custom])
    assert bigger.get("missing-field") is custom
    assert len(bigger) == len(library) + 1
    with pytest.raises(FrameworkFileError) as err:
        bigger.extended([custom])
    assert "duplicate framework id 'missing-field'" in str(err.value)


# -- malformed files -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("filename", "field", "words"),
    [
        ("missing_field.toml", "description", "required field is missing"),
        ("wrong_type.toml", "source.year", "must be an integer year, found a string"),
        ("too_few_prompts.toml", "items[1].prompts", "needs 2-5 prompts, found 1"),
        ("duplicate_item_id.toml", "items[1].id", "duplicate item id 'first'"),
        ("unknown_key.toml", "items[0].promtps", "unknown key"),
        ("invalid_toml.toml", "line 16", "invalid TOML"),
    ],
)
def test_malformed_files_name_the_file_and_field(filename: str, field: str, words: str) -> None:
    with pytest.raises(FrameworkFileError) as err:
        load_framework(BAD / filename)
    assert err.value.file == filename
    assert err.value.field == field
    assert words in err.value.problem
    assert str(err.value).startswith(f"{filename}: {field}: ")


def test_bad_fixture_folder_fails_as_a_library() -> None:
    with pytest.raises(FrameworkFileError):
        load_library(BAD)


def test_duplicate_framework_id_across_files_names_both(tmp_path: Path) -> None:
    text = (BAD / "duplicate_item_id.toml").read_text(encoding="utf-8")
    text = text.replace('id = "first"\nlabel = "Another"', 'id = "second"\nlabel = "Another"')
    (tmp_path / "a-first.toml").write_text(text, encoding="utf-8")
    (tmp_path / "b-second.toml").write_text(text, encoding="utf-8")
    with pytest.raises(FrameworkFileError) as err:
        load_library(tmp_path)
    assert err.value.file == "b-second.toml"
    assert err.value.field == "id"
    assert "a-first.toml" in str(err.value)


def test_files_parsed_ahead_make_the_same_library_and_are_used_once() -> None:
    """The app's start-up parses the bundled files a few per turn while the unlock dialog
    waits (gui/startup.py); the next load of the bundled library uses those, once."""
    files = bundled_framework_files()
    assert len(files) > 4
    fresh = load_library()
    ahead = preload_bundled(files[:3])
    with_preloaded = load_library()
    assert list(with_preloaded) == list(fresh)
    used = {fw.id: fw for fw in with_preloaded}
    # The preloaded objects themselves were taken (not parsed again) ...
    assert len(ahead) == 3 and all(used[fw.id] is fw for fw in ahead)
    # ... only once.
    again = {fw.id: fw for fw in load_library()}
    assert all(again[fw.id] is not fw and again[fw.id] == fw for fw in ahead)


def test_files_parsed_ahead_are_not_used_for_another_folder(tmp_path: Path) -> None:
    first = bundled_framework_files()[0]
    preload_bundled([first])
    (tmp_path / first.name).write_text(
        first.read_text(encoding="utf-8").replace("name = ", "name = 'Changed' #", 1),
        encoding="utf-8",
    )
    (only,) = load_library(tmp_path)
    assert only.name == "Changed"
    load_library()  # takes the preloaded file, leaving none for the next test


def test_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FrameworkFileError) as err:
        load_library(tmp_path / "nowhere")
    assert err.value.field == "folder"


# -- parse_framework (shared with custom templates) ----------------------------------------------


def _valid() -> dict:
    return {
        "id": "custom-template",
        "name": "My template",
        "kind": "conversation",
        "description": "A custom template.",
        "version": "1",
        "source": {"title": "My notes", "publisher": "Me", "year": 2025, "location": "vault"},
        "items": [
            {"id": "a", "label": "A", "explanation": "First.", "prompts": ["x?", "y?"]},
            {"id": "b", "label": "B", "explanation": "Second.", "prompts": ["x?", "y?", "z?"]},
        ],
    }


def test_parse_framework_accepts_json_round_trip() -> None:
    framework = parse_framework(json.loads(json.dumps(_valid())), "vault:custom")
    assert framework.kind == "conversation"
    assert framework.origin == "vault:custom"
    assert [item.ref for item in framework.items] == ["custom-template:a", "custom-template:b"]
    assert framework.items[1].prompts == ("x?", "y?", "z?")


def _mutated(path: str, value: object) -> dict:
    data = _valid()
    target: dict | list = data
    keys = path.split("/")
    for key in keys[:-1]:
        target = target[int(key)] if isinstance(target, list) else target[key]
    last = keys[-1]
    if value is _DELETE:
        del target[last]  # type: ignore[arg-type]
    elif isinstance(target, list):
        target[int(last)] = value
    else:
        target[last] = value
    return data


_DELETE = object()


@pytest.mark.parametrize(
    ("path", "value", "field", "words"),
    [
        ("kind", "template", "kind", "not one of framework, model, conversation"),
        ("id", "Custom Template", "id", "not a slug"),
        ("id", "custom--template", "id", "not a slug"),
        ("items/0/id", "a_b", "items[0].id", "not a slug"),
        ("name", "   ", "name", "must not be empty"),
        ("name", 3, "name", "must be a string, found an integer"),
        ("version", 1, "version", "must be a string"),
        ("source/year", True, "source.year", "must be an integer year, found a boolean"),
        ("source/year", 20250, "source.year", "out of range"),
        ("source/location", _DELETE, "source.url", "needs a url or a location"),
        ("source/url", "www.example.org", "source.url", "must start with https://"),
        ("source/edition", "2nd", "source.edition", "unknown key"),
        ("items", [], "items", "at least one item"),
        ("items", {"id": "a"}, "items", "must be a list"),
        ("items/1/label", "a", "items[1].label", "duplicate label"),
        ("items/0/prompts", "x?", "items[0].prompts", "must be a list of strings"),
        ("items/0/prompts", ["1", "2", "3", "4", "5", "6"], "items[0].prompts", "found 6"),
        ("items/0/prompts", ["x?", "X?"], "items[0].prompts[1]", "repeats"),
        ("items/0/prompts", ["x?", ""], "items[0].prompts[1]", "must not be empty"),
        ("items/0/unconfirmed", "yes", "items[0].unconfirmed", "must be true or false"),
        ("items/0/explanation", "x" * 601, "items[0].explanation", "too long"),
        ("items/0/source", {"title": "T"}, "items[0].source.publisher", "missing"),
        ("reflective_questions", "Why?", "reflective_questions", "must be a list"),
        ("colour", "blue", "colour", "unknown key in top level"),
    ],
)
def test_parse_framework_rejects(path: str, value: object, field: str, words: str) -> None:
    with pytest.raises(FrameworkFileError) as err:
        parse_framework(_mutated(path, value), "custom.json")
    assert err.value.file == "custom.json"
    assert err.value.field == field
    assert words in err.value.problem


def test_optional_fields_are_parsed() -> None:
    data = _valid()
    data["notes"] = "  Some notes.  "
    data["reflective_questions"] = ["Why?", "How?"]
    data["items"][0].update(
        group="Stage one",
        unconfirmed=True,
        notes="Check wording.",
        source={"title": "Other", "publisher": "P", "year": 2000, "url": "https://example.org"},
    )
    framework = parse_framework(data, "custom.json")
    first = framework.items[0]
    assert framework.notes == "Some notes."
    assert framework.reflective_questions == ("Why?", "How?")
    assert (first.group, first.unconfirmed, first.notes) == ("Stage one", True, "Check wording.")
    assert first.source_is_own and first.source.url == "https://example.org"
    assert not framework.items[1].source_is_own
    assert framework.items[1].source == framework.source
    assert framework.has_unconfirmed
    assert "Other. P (2000). https://example.org" == first.source.citation()


def test_invalid_toml_text_reports_line() -> None:
    with pytest.raises(FrameworkFileError) as err:
        loads_framework('id = "x"\nname = \n', "broken.toml")
    assert err.value.field == "line 2"
    assert isinstance(err.value.__cause__, tomllib.TOMLDecodeError)


def test_uk_wide_and_practice_theme_frameworks(library: FrameworkLibrary) -> None:
    for fid in ("scw-code", "sssc-codes", "niscc-standards", "trauma-informed-practice",
                "anti-oppressive-practice", "relational-capability",
                "basis-relational-practices", "use-of-self-boundaries-power",
                "child-family-early-career-standards"):  # fmt: skip
        assert library.get(fid).kind == "framework"  # linkable, and shown in coverage
    trauma = library.get("trauma-informed-practice")
    assert [i.label for i in trauma.items_in_group("Principles")] == [
        "Safety", "Trustworthiness", "Choice", "Collaboration", "Empowerment",
        "Cultural consideration",
    ]  # fmt: skip
    assert trauma.source.year == 2022
    early = library.get("child-family-early-career-standards")
    assert "1 April 2027" in early.name and "1 April 2027" in early.description
    assert all(item.unconfirmed for item in early.items)  # final headings not checked
    assert "child-family-early-career-standards" in library.get("kss-children").notes
    niscc = library.get("niscc-standards")
    assert (
        not niscc.item("prtl-hours").unconfirmed and niscc.item("conduct-public-trust").unconfirmed
    )
    basis = library.get("basis-relational-practices")
    assert {"core-conversations", "hold-main-relationship"} <= set(basis.item_ids())
    assert library.get("relational-capability").source.location.startswith("Seed document 001")
    assert library.get("use-of-self-boundaries-power").source.location.startswith(
        "Seed document 002"
    )
