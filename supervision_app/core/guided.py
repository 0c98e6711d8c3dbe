"""Guided reflection: a template's prompts answered one at a time, kept as structured fields.

The entry's Markdown body is composed from the answers (one heading per answered step), so
the text reads well anywhere, while the answers stay separate for exports and coverage.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal

from supervision_app.core.i18n import Translate, english

if TYPE_CHECKING:  # the library is loaded only when a reflection is guided
    from supervision_app.core.frameworks import Framework, FrameworkItem

Status = Literal["draft", "complete"]
TEMPLATE_KINDS = ("model", "conversation")


@dataclass(frozen=True)
class GuidedReflection:
    template_id: str
    focus_ref: str | None = None
    answers: dict[str, str] = field(default_factory=dict)
    status: Status = "draft"

    def answer(self, step_id: str) -> str:
        return self.answers.get(step_id, "")

    def with_answer(self, step_id: str, text: str) -> GuidedReflection:
        answers = dict(self.answers)
        if text.strip():
            answers[step_id] = text
        else:
            answers.pop(step_id, None)
        return replace(self, answers=answers)

    def unanswered(self, template: Framework) -> list[FrameworkItem]:
        return [step for step in template.items if not self.answer(step.id).strip()]

    def links(self) -> tuple[str, ...]:
        """Framework items the reflection addressed (its focus, when it has one)."""
        return (self.focus_ref,) if self.focus_ref else ()


def compose_markdown(
    template: Framework, guided: GuidedReflection, focus: FrameworkItem | None = None
) -> str:
    """The entry body: a focus line, each answered step under its own heading, then the
    template's filled-in fields (e.g. the date of the next check-in) as a short list."""
    parts: list[str] = []
    if focus is not None:
        parts.append(f"*Focus: {focus.label}*")
    for step in template.items:
        text = guided.answer(step.id).strip()
        if text:
            parts.append(f"## {step.label}\n\n{text}")
    filled = [(f.label, guided.answer(f.key).strip()) for f in template.fields]
    lines = [f"- **{label}:** {value}" for label, value in filled if value]
    if lines:
        parts.append("\n".join(lines))
    return "\n\n".join(parts) + ("\n" if parts else "")


def prompts_for(
    step: FrameworkItem, focus: FrameworkItem | None, translate: Translate = english
) -> list[str]:
    """The step's own prompts, followed by the focus item's first prompt as a lens (the
    lead-in is translated; the prompts are framework data, quoted as published)."""
    prompts = list(step.prompts)
    if focus is not None and focus.prompts:
        lead = translate("Prompts", "With “{focus}” in mind: {prompt}")
        prompts.append(lead.format(focus=focus.label, prompt=focus.prompts[0]))
    return prompts
