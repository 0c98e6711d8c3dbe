"""The guide pages are generated from the framework files and the CPD rules."""

from __future__ import annotations

from supervision_app.core.cpd.wales import SCW_ROLES
from supervision_app.core.cpd.year import MIN_RECORDS
from supervision_app.core.frameworks import default_library
from supervision_app.core.guide import REGULATORS, cpd_pages, framework_pages


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


def test_cpd_pages_state_the_rules_the_app_applies_chosen_regulator_first() -> None:
    library = default_library()
    pages = cpd_pages(library, "scw")
    assert [p.key for p in pages][0] == "cpd-scw"
    assert {p.key for p in pages} == {f"cpd-{r}" for r in REGULATORS}
    wales = pages[0].markdown
    for label, hours in SCW_ROLES.values():
        assert f"{label}: {hours} hours" in wales
    england = next(p for p in pages if p.key == "cpd-swe").markdown
    assert f"at least {MIN_RECORDS} CPD records" in england
    assert "30 November" in england
