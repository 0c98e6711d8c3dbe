"""The guide pages are generated from the framework files and the CPD rules."""

from __future__ import annotations

from supervision_app.core.frameworks import default_library
from supervision_app.core.guide import cpd_page, cpd_pages, framework_pages
from supervision_app.core.regulators import default_regulators


def test_every_framework_has_a_page_with_its_source_items_and_checks() -> None:
    library = default_library()
    pages = {p.key: p for p in framework_pages(library)}
    assert set(pages) == set(library.ids())
    for fw in library:
        text = pages[fw.id].markdown
        assert "## Where it comes from" in text and "## How the prompts use it" in text
        assert str(fw.source.year) in text
        for item in fw.items:
            assert item.prompts[0].split()[0] in text
        if fw.has_unconfirmed:
            assert "## Not yet confirmed" in text and "*(unconfirmed)*" in text
        else:
            assert "unconfirmed" not in text


def test_models_come_first_in_the_guide() -> None:
    pages = framework_pages(default_library())
    assert pages[0].group == "Reflective models"
    groups = [p.group for p in pages]
    assert groups.index("Capabilities and standards") > groups.index("Reflective models")


def test_cpd_pages_are_read_from_the_regulator_files_own_first() -> None:
    library = default_library()
    regulators = default_regulators()
    pages = cpd_pages(library, regulators, ("scw", "swe"))
    assert [p.key for p in pages][:2] == ["cpd-scw", "cpd-swe"]
    assert {p.key for p in pages} == {f"cpd-{r}" for r in regulators}
    for page in pages:
        reg = regulators[page.key.removeprefix("cpd-")]
        for rule in reg.rules:
            assert rule.text.split()[0] in page.markdown
        if any(rule.unconfirmed for rule in reg.rules):
            assert "*(unconfirmed)*" in page.markdown
    wales = pages[0].markdown
    assert "36 months from your own registration" in wales
    assert "Social care worker" in wales
    england = pages[1].markdown
    assert "30 November" in england and "The CPD year view counts this" in england


def test_a_changed_rule_file_changes_the_page() -> None:
    import dataclasses

    library = default_library()
    swe = default_regulators()["swe"]
    rule = dataclasses.replace(swe.rules[1], text="At least three different pieces of CPD.")
    changed = dataclasses.replace(swe, rules=(rule,))
    assert "three different pieces" in cpd_page(changed, library).markdown
