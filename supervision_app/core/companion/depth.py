"""Depth of reflection: which stages of a model were answered, and what the writing does.

Transparent rules a user can read in Help (``docs/companion.md`` and the app's "How the
reflection prompts work"): each sentence is sorted by the cue words it contains into
*describes*, *analyses*, *considers other perspectives*, *plans action*, and whether it
reaches for the *wider context*. From those a level is read off, following Hatton and Smith's
(1995) four levels of reflective writing, with Moon's (2004) levels and Kember et al.'s
(1999, 2008) categories alongside. Published studies found such rubrics unreliable as grades
(Wald et al. 2012 replication: inter-rater ICC 0.35-0.45), so the app shows only the prompts;
the level is given to scripts and tests (``depth --json``), never as a score or pass mark.

Everything is computed here, from text already in the vault: nothing leaves the machine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from supervision_app.core.i18n import Text

if TYPE_CHECKING:
    from supervision_app.core.frameworks import Framework
    from supervision_app.core.guided import GuidedReflection

#: The four kinds of writing the indicator shows, in its order (key, label).
ASPECTS: tuple[tuple[str, str], ...] = (
    ("describes", "Describes"),
    ("analyses", "Analyses"),
    ("perspectives", "Other perspectives"),
    ("action", "Plans action"),
)

#: Cue words and phrases, matched whole-word and case-insensitively. A sentence with none of
#: the analysis, perspective or action cues counts as description.
CUES: dict[str, tuple[str, ...]] = {
    "analyses": (
        "because",
        "why",
        "reason",
        "so that",
        "therefore",
        "as a result",
        "led to",
        "meant that",
        "explain",
        "explains",
        "theory",
        "research",
        "evidence",
        "suggests",
        "i realised",
        "i noticed",
        "i think",
        "i wonder",
        "pattern",
        "on reflection",
        "looking back",
        "made sense",
        "learned",
        "learnt",
    ),
    "perspectives": (
        "point of view",
        "perspective",
        "perspectives",
        "might have felt",
        "may have felt",
        "might have seen",
        "may have seen",
        "would have felt",
        "from their side",
        "in their shoes",
        "on the other hand",
        "alternatively",
        "whereas",
        "however",
        "another way",
        "other view",
        "her view",
        "his view",
        "their view",
        "could have",
        "might have",
        "disagreed",
    ),
    "action": (
        "next time",
        "i will",
        "i'll",
        "i would",
        "i plan",
        "plan to",
        "in future",
        "in the future",
        "going forward",
        "i need to",
        "i intend",
        "i am going to",
        "i'm going to",
        "would do differently",
        "by next",
        "i want to try",
        "i'd like to try",
    ),
    "wider": (
        "power",
        "policy",
        "policies",
        "discrimination",
        "inequality",
        "inequalities",
        "poverty",
        "structural",
        "society",
        "political",
        "oppression",
        "anti-oppressive",
        "racism",
        "culture",
        "cultural",
        "ethics",
        "ethical",
        "rights",
        "values",
        "assumption",
        "assumptions",
        "bias",
        "resources",
        "the organisation",
    ),
}


@dataclass(frozen=True)
class Level:
    number: int
    name: str
    #: The matching level in Moon (2004) and category in Kember et al. (1999, 2008).
    moon: str
    kember: str
    #: The rule, as Help shows it.
    rule: str


LEVELS: tuple[Level, ...] = (
    Level(
        1,
        "Descriptive writing",
        "Descriptive writing",
        "Habitual action (non-reflection)",
        "No reasons and no other view: the writing reports what happened.",
    ),
    Level(
        2,
        "Descriptive reflection",
        "Descriptive account with some reflection",
        "Understanding",
        "Some reasons are given (analysis cues), from one point of view.",
    ),
    Level(
        3,
        "Dialogic reflection",
        "Reflective writing (1)",
        "Reflection",
        "Reasons are given and other views or alternatives are weighed.",
    ),
    Level(
        4,
        "Critical reflection",
        "Reflective writing (2)",
        "Critical reflection",
        "As dialogic reflection, and the wider context (policy, power, values, resources)"
        " is brought in.",
    ),
)

#: The sources, credited in Help and docs.
SOURCES: tuple[str, ...] = (
    "Hatton, N. and Smith, D. (1995) 'Reflection in teacher education: towards definition and"
    " implementation', Teaching and Teacher Education 11(1), 33-49.",
    "Moon, J. A. (2004) A Handbook of Reflective and Experiential Learning: Theory and"
    " Practice. RoutledgeFalmer (the generic framework for reflective writing).",
    "Kember, D. et al. (1999) 'Determining the level of reflective thinking from students'"
    " written journals', Assessment and Evaluation in Higher Education 24(1); Kember, D.,"
    " McKay, J., Sinclair, K. and Wong, F. K. Y. (2008) 'A four-category scheme for coding"
    " and assessing the level of reflection in written work', Assessment and Evaluation in"
    " Higher Education 33(4).",
    "Wald, H. S. et al. (2012) REFLECT rubric; a later replication found poor inter-rater"
    " reliability, which is why these are prompts, never a score.",
)

#: For a guided reflection, the stages whose answers count (other template items, e.g. the
#: 4x4x4 functions and stakeholders, are lenses rather than stages).
MODEL_STAGES: dict[str, tuple[str, ...]] = {
    "four-by-four-by-four": ("experience", "reflection", "analysis", "action-planning"),
}

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_HEADING = re.compile(r"^\s{0,3}(#{1,6}\s|\*Focus:|- \*\*)")


def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = sorted((re.escape(w) for w in words), key=len, reverse=True)
    return re.compile(r"(?<![\w'])(" + "|".join(alternatives) + r")(?![\w'])", re.IGNORECASE)


_PATTERNS = {key: _pattern(words) for key, words in CUES.items()}


@dataclass(frozen=True)
class Stage:
    id: str
    label: str
    answered: bool
    #: The stage's first prompt, offered when it is empty.
    prompt: str = ""


@dataclass(frozen=True)
class DepthReport:
    sentences: int
    #: Sentences of each aspect (a sentence may analyse and plan at once).
    counts: dict[str, int]
    #: Distinct cue words found, per aspect (and "wider").
    cues_found: dict[str, tuple[str, ...]]
    level: Level
    prompts: tuple[str, ...]
    model: str = ""
    stages: tuple[Stage, ...] = ()

    def share(self, aspect: str) -> float:
        return self.counts.get(aspect, 0) / self.sentences if self.sentences else 0.0

    def amount(self, aspect: str) -> str:
        """A word, not a number, for the indicator: none, a little, some, much."""
        count = self.counts.get(aspect, 0)
        share = self.share(aspect)
        if count == 0:
            return "not yet"
        if share < 0.2:
            return "a little"
        if share < 0.5:
            return "some"
        return "much"


def sentences_of(text: str) -> list[str]:
    """The prose sentences of Markdown text (headings, focus and field lines left out, so a
    guided reflection's "## Analysis" heading is not taken for analysis)."""
    prose = "\n".join(line for line in text.splitlines() if not _HEADING.match(line))
    return [s.strip() for s in _SENTENCE_END.split(prose) if len(s.strip().split()) >= 2]


def _stages(template: Framework, guided: GuidedReflection) -> tuple[Stage, ...]:
    wanted = MODEL_STAGES.get(template.id)
    items = [i for i in template.items if wanted is None or i.id in wanted]
    return tuple(
        Stage(
            i.id,
            i.label,
            bool(guided.answer(i.id).strip()),
            i.prompts[0] if i.prompts else "",
        )
        for i in items
    )


def level_for(found: dict[str, int]) -> Level:
    """The rule of :data:`LEVELS`, from sentence counts per aspect (and "wider")."""
    analyses = found.get("analyses", 0) > 0
    perspectives = found.get("perspectives", 0) > 0
    if not analyses and not perspectives:
        return LEVELS[0]
    if not (analyses and perspectives):
        return LEVELS[1]
    if found.get("wider", 0) == 0:
        return LEVELS[2]
    return LEVELS[3]


def _prompts(counts: dict[str, int], level: Level, stages: tuple[Stage, ...]) -> list[str]:
    """The prompts as core.i18n.Text: English for the command line, the window's language
    where the depth dialog shows them (a stage's label and prompt are the template's own)."""
    prompts: list[str] = []
    empty = [s for s in stages if not s.answered]
    for stage in empty[:3]:
        if stage.prompt:
            prompts.append(
                Text("Prompts", "The “{stage}” stage is still empty: {prompt}",
                     stage=stage.label, prompt=stage.prompt)
            )  # fmt: skip
        else:
            prompts.append(
                Text("Prompts", "The “{stage}” stage is still empty.", stage=stage.label)
            )
    if sum(counts.values()) == 0:
        return prompts + [
            Text("Prompts", "Start with what happened: who was there, and what was said and done?")
        ]
    if counts.get("analyses", 0) == 0:
        prompts.append(
            Text(
                "Prompts",
                "You described what happened; why do you think it went the way it did?",
            )
        )
    if counts.get("perspectives", 0) == 0:
        prompts.append(
            Text(
                "Prompts",
                "You described the situation; whose view is missing? How might the person, their"
                " family or a colleague have seen it?",
            )
        )
    if counts.get("action", 0) == 0:
        prompts.append(Text("Prompts", "What would you do differently, or keep doing, next time?"))
    if level.number == 3:
        prompts.append(
            Text(
                "Prompts",
                "You weighed more than one view; what wider context shaped this: policy,"
                " resources, power or values?",
            )
        )
    if level.number == 4 and counts.get("action", 0):
        prompts.append(
            Text(
                "Prompts",
                "You have described, questioned and planned; is there something here worth"
                " bringing to supervision?",
            )
        )
    return prompts


def assess(
    text: str,
    *,
    template: Framework | None = None,
    guided: GuidedReflection | None = None,
) -> DepthReport:
    """The depth report of an entry's text (and its guided answers, when it has them)."""
    sentences = sentences_of(text)
    counts = {key: 0 for key, _ in ASPECTS}
    wider = 0
    found: dict[str, set[str]] = {key: set() for key in CUES}
    for sentence in sentences:
        hits = {key: {m.lower() for m in p.findall(sentence)} for key, p in _PATTERNS.items()}
        for key, words in hits.items():
            found[key] |= words
        thinking = False
        for key in ("analyses", "perspectives", "action"):
            if hits[key]:
                counts[key] += 1
                thinking = True
        if hits["wider"]:
            wider += 1
        if not thinking:
            counts["describes"] += 1
    level = level_for({**counts, "wider": wider})
    stages = _stages(template, guided) if template is not None and guided is not None else ()
    return DepthReport(
        sentences=len(sentences),
        counts=counts,
        cues_found={k: tuple(sorted(v)) for k, v in found.items() if v},
        level=level,
        prompts=tuple(_prompts(counts, level, stages)),
        model=template.name if template is not None and guided is not None else "",
        stages=stages,
    )


def report_json(report: DepthReport, entry_id: int | None = None) -> dict[str, object]:
    """The ``depth --json`` shape (documented in docs/cli.md: add fields, never remove)."""
    return {
        "entry_id": entry_id,
        "model": report.model or None,
        "stages": [{"id": s.id, "label": s.label, "answered": s.answered} for s in report.stages],
        "stages_answered": [s.id for s in report.stages if s.answered],
        "sentences": report.sentences,
        "aspects": {
            key: {"sentences": report.counts[key], "amount": report.amount(key)}
            for key, _ in ASPECTS
        },
        "cues_found": {k: list(v) for k, v in report.cues_found.items()},
        "level": {"number": report.level.number, "name": report.level.name},
        "prompts": list(report.prompts),
    }
