"""Depth of reflection on written (synthetic) examples at each of Hatton and Smith's levels."""

from __future__ import annotations

from supervision_app.core.companion.depth import assess, report_json, sentences_of
from supervision_app.core.frameworks import default_library
from supervision_app.core.guided import GuidedReflection, compose_markdown

DESCRIPTIVE = (
    "I visited Mrs A at home on Tuesday. We talked about her week and the day centre. "
    "She showed me her garden. I left at three o'clock."
)
DESCRIPTIVE_REFLECTION = DESCRIPTIVE + (
    " She was quiet at first because her daughter had not phoned. "
    "I think the visit helped her to talk about it."
)
DIALOGIC = DESCRIPTIVE_REFLECTION + (
    " From her daughter's point of view, the calls may feel like pressure. "
    "On the other hand, Mrs A might have felt I was rushing her. "
    "Next time I will leave more silence before moving on."
)
CRITICAL = DIALOGIC + (
    " The council's transport policy and the lack of resources shape how often she can go out,"
    " and my own assumptions about family duty coloured what I heard."
)


def test_levels_rise_with_the_writing() -> None:
    levels = [assess(t).level.number for t in (DESCRIPTIVE, DESCRIPTIVE_REFLECTION, DIALOGIC)]
    assert levels == [1, 2, 3]
    assert assess(CRITICAL).level.number == 4
    assert assess(CRITICAL).level.name == "Critical reflection"


def test_prompts_follow_what_is_missing() -> None:
    plain = assess(DESCRIPTIVE)
    assert plain.amount("describes") == "much"
    assert plain.amount("analyses") == "not yet"
    assert any("whose view is missing" in p for p in plain.prompts)
    assert any("differently" in p for p in plain.prompts)
    dialogic = assess(DIALOGIC)
    assert not any("whose view is missing" in p for p in dialogic.prompts)
    assert not any("differently" in p for p in dialogic.prompts)
    assert any("wider context" in p for p in dialogic.prompts)
    assert dialogic.counts["action"] == 1
    # More of the writing analyses and weighs views as the examples deepen.
    assert assess(DESCRIPTIVE).share("describes") > dialogic.share("describes")


def test_headings_of_a_guided_reflection_are_not_cues() -> None:
    library = default_library()
    gibbs = library.get("gibbs")
    guided = GuidedReflection("gibbs", answers={"description": DESCRIPTIVE})
    body = compose_markdown(gibbs, guided)
    guided = guided.with_answer("analysis", "Met her.")  # two words, no cue
    report = assess(body, template=gibbs, guided=guided)
    assert "## Description" in body
    assert report.level.number == 1
    assert [s.id for s in report.stages if s.answered] == ["description", "analysis"]
    assert any("“Feelings” stage is still empty" in p for p in report.prompts)
    assert sentences_of("## Analysis\n\nWe met.") == ["We met."]


def test_4x4x4_counts_only_its_cycle() -> None:
    library = default_library()
    model = library.get("four-by-four-by-four")
    guided = GuidedReflection(model.id, answers={"experience": "A visit.", "support": "Fine."})
    report = assess("A visit happened today.", template=model, guided=guided)
    assert [s.id for s in report.stages] == [
        "experience",
        "reflection",
        "analysis",
        "action-planning",
    ]
    data = report_json(report, 7)
    assert data["stages_answered"] == ["experience"]
    assert data["level"] == {"number": 1, "name": "Descriptive writing"}


def test_empty_text_gets_a_starting_prompt() -> None:
    report = assess("")
    assert report.sentences == 0
    assert report.level.number == 1
    assert report.prompts and "what happened" in report.prompts[-1]
