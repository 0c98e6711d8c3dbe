"""The in-app guide, generated from the framework files and the CPD rules so it cannot drift.

Each page is Markdown (shown through the safe preview): what a framework or model is, where
it comes from, how the prompts use it, every item with its prompts, where and when its
wording was checked, and what is still unconfirmed. The CPD pages are read from the
regulators' files (``resources/regulators``, the data the CPD views count with).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from supervision_app.core.cpd.hcpc import (
    DEFAULT_PERIOD_MONTHS,
    MAX_ACTIVITIES,
    MIN_ACTIVITIES,
    STATEMENT_LIMIT,
    SUMMARY_LIMIT,
)
from supervision_app.core.cpd.year import GAP_MONTHS
from supervision_app.core.frameworks import Framework, FrameworkLibrary
from supervision_app.core.regulators import Regulator, Rule

KIND_TITLES = {
    "model": "Reflective models",
    "framework": "Capabilities and standards",
    "conversation": "Practice conversations",
}

HOW_USED = {
    "model": (
        "A guided reflection (Ctrl+Shift+N) with this model asks about one stage at a time,"
        " in this order. Each stage below shows the prompts you will see; you can skip a"
        " stage and come back to it, and your answers are kept under the stage's heading."
    ),
    "framework": (
        "You can link any entry to these items (Ctrl+K), see how often you have reflected"
        " on each in the capability coverage view (Ctrl+3), and choose one item as the focus"
        " of a guided reflection: its prompts are then asked alongside the model's."
    ),
    "conversation": (
        "A guided reflection with this template walks through the conversation step by"
        " step, with the prompts below, and keeps any details it asks for as fields."
    ),
}


@dataclass(frozen=True)
class GuidePage:
    key: str
    title: str
    group: str
    markdown: str


def _escape(text: str) -> str:
    """Markdown-safe text: data never turns into markup by accident."""
    for ch in ("\\", "*", "_", "`", "[", "]", "<", ">", "#"):
        text = text.replace(ch, "\\" + ch)
    return text


def framework_page(fw: Framework) -> GuidePage:
    lines = [f"# {_escape(fw.name)}", "", _escape(fw.description), ""]
    lines += ["## Where it comes from", "", _escape(fw.source.citation()), ""]
    if fw.notes:
        lines += [_escape(fw.notes), ""]
    lines += ["## How the prompts use it", "", HOW_USED.get(fw.kind, HOW_USED["framework"]), ""]
    unconfirmed = [i for i in fw.items if i.unconfirmed]
    if unconfirmed:
        names = ", ".join(_escape(i.label) for i in unconfirmed)
        lines += [
            "## Not yet confirmed",
            "",
            f"We could not confirm the wording of these from a public source: {names}."
            " They are marked *(unconfirmed)* below.",
            "",
        ]
    lines += ["## " + ("Stages" if fw.kind != "framework" else "Items"), ""]
    group = ""
    for item in fw.items:
        if item.group and item.group != group:
            group = item.group
            lines += [f"### {_escape(group)}", ""]
        flag = " *(unconfirmed)*" if item.unconfirmed else ""
        lines += [f"**{_escape(item.label)}**{flag}", "", _escape(item.explanation), ""]
        lines += [f"- {_escape(p)}" for p in item.prompts]
        lines.append("")
        checked = (
            f"Wording checked at {_escape(item.checked_at.text())}." if item.checked_at else ""
        )
        own = f"Source: {_escape(item.source.citation())}" if item.source_is_own else ""
        note = _escape(item.notes) if item.notes else ""
        extra = " ".join(x for x in (checked, own, note) if x)
        if extra:
            lines += [f"*{extra}*", ""]
    if fw.reflective_questions:
        lines += ["## Questions for the whole reflection", ""]
        lines += [f"- {_escape(q)}" for q in fw.reflective_questions]
        lines.append("")
    return GuidePage(fw.id, fw.name, KIND_TITLES.get(fw.kind, fw.kind), "\n".join(lines))


def framework_pages(library: FrameworkLibrary) -> list[GuidePage]:
    """Every framework, grouped by kind (models first), in library order within a kind."""
    order = list(KIND_TITLES)
    ranked = sorted(library, key=lambda f: order.index(f.kind) if f.kind in order else 99)
    return [framework_page(fw) for fw in ranked]


def _day(month_day: tuple[int, int]) -> str:
    month, day = month_day
    return f"{day} {calendar.month_name[month]}"


def _when(day: dt.date) -> str:
    return f"{day.day} {calendar.month_name[day.month]} {day.year}"


#: regulator id -> the framework file with its standards (described on the CPD page too)
REGULATOR_FRAMEWORKS: dict[str, str] = {
    "swe": "swe-standards",
    "scw": "scw-code",
    "sssc": "sssc-codes",
    "niscc": "niscc-standards",
    "hcpc": "hcpc-cpd-standards",
}


def _period_lines(reg: Regulator) -> list[str]:
    period = reg.period
    if period.kind == "fixed" and period.year_end:
        what = f"Everyone's registration year ends on {_day(period.year_end)}."
    else:
        what = (
            f"The period is {period.months} months from your own registration or renewal"
            " date (set it in Tools ▸ CPD settings)."
        )
    lines = ["## Registration period", "", what + " " + _escape(period.deadline), ""]
    lengths = [f"{_escape(r.label)}: {r.months} months" for r in reg.roles if r.months]
    if lengths:
        lines += ["By role: " + "; ".join(lengths) + ".", ""]
    flag = " *(unconfirmed)*" if period.unconfirmed else ""
    lines += [f"*Source: {_escape(period.source)}, checked {_when(period.checked)}.*{flag}", ""]
    return lines


def _rule_lines(reg: Regulator, rule: Rule) -> list[str]:
    labels = {r.id: r.label for r in reg.roles}
    scope = []
    if rule.roles:
        scope.append("for " + ", ".join(_escape(labels.get(r, r)) for r in rule.roles))
    if rule.start:
        scope.append(f"from {_when(rule.start)}")
    if rule.until:
        scope.append(f"until {_when(rule.until)}")
    counted = "The CPD year view counts this" if rule.counted else "Shown, not counted"
    flag = " *(unconfirmed)*" if rule.unconfirmed else ""
    head = f"- **{_escape(rule.text)}**{flag}"
    if scope:
        head += f" ({'; '.join(scope)})"
    lines = [head, f"  {counted}. *Source: {_escape(rule.source)}, checked {_when(rule.checked)}.*"]
    if rule.notes:
        lines.append(f"  {_escape(rule.notes)}")
    return lines


def _hcpc_profile() -> list[str]:
    return [
        "## The HCPC CPD profile",
        "",
        f"For an audit the HCPC asks for a summary of practice (up to {SUMMARY_LIMIT} words)"
        f" and a personal statement (up to {STATEMENT_LIMIT} words) describing"
        f" {MIN_ACTIVITIES} to {MAX_ACTIVITIES} activities, covering the"
        f" {DEFAULT_PERIOD_MONTHS} months before the audit, with gaps of {GAP_MONTHS} months or"
        " more explained. Tools ▸ HCPC CPD profile checks these limits.",
        "",
    ]


def cpd_page(reg: Regulator, library: FrameworkLibrary) -> GuidePage:
    """One regulator's CPD requirements, read from its file in ``resources/regulators``."""
    lines = [f"# CPD for {_escape(reg.name)}", "", f"Registers: {_escape(reg.registers)}.", ""]
    if reg.notes:
        lines += [_escape(reg.notes), ""]
    lines += _period_lines(reg)
    lines += ["## What is required", ""]
    for rule in reg.rules:
        lines += _rule_lines(reg, rule)
    lines.append("")
    if reg.id == "hcpc":
        lines += _hcpc_profile()
    if reg.changes:
        lines += ["## What changed", ""]
        for change in reg.changes:
            flag = " *(unconfirmed)*" if change.unconfirmed else ""
            lines.append(f"- {_when(change.date)}: {_escape(change.text)}{flag}")
        lines.append("")
    framework_id = REGULATOR_FRAMEWORKS.get(reg.id, "")
    if framework_id in library:
        fw = library.get(framework_id)
        lines += [f"## {_escape(fw.name)}", "", _escape(fw.description), ""]
        lines += [
            "Its items are in the framework guide; link entries to them with Ctrl+K.",
            "",
        ]
    lines += [f"*Regulator's page: {_escape(reg.source)}, checked {_when(reg.checked)}.*", ""]
    return GuidePage(f"cpd-{reg.id}", reg.name, "CPD requirements", "\n".join(lines))


def cpd_pages(
    library: FrameworkLibrary,
    regulators: Mapping[str, Regulator],
    chosen: Sequence[str] = (),
) -> list[GuidePage]:
    """One page per regulator, the user's own first (in the order of their settings)."""
    order = [r for r in chosen if r in regulators]
    order += [r for r in regulators if r not in order]
    return [cpd_page(regulators[r], library) for r in order]
