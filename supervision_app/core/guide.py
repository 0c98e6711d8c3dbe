"""The in-app guide, generated from the framework files and the CPD rules so it cannot drift.

Each page is Markdown (shown through the safe preview): what a framework or model is, where
it comes from, how the prompts use it, every item with its prompts, where and when its
wording was checked, and what is still unconfirmed. The CPD pages state the rules the app
applies, read from the constants the CPD views use.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass

from supervision_app.core.cpd.hcpc import (
    DEFAULT_PERIOD_MONTHS,
    MAX_ACTIVITIES,
    MIN_ACTIVITIES,
    STATEMENT_LIMIT,
    SUMMARY_LIMIT,
)
from supervision_app.core.cpd.wales import PERIOD_YEARS, SCW_ROLES
from supervision_app.core.cpd.year import (
    DEFAULT_YEAR_END,
    GAP_MONTHS,
    MIN_PEER_RECORDS,
    MIN_RECORDS,
)
from supervision_app.core.frameworks import Framework, FrameworkLibrary

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


#: regulator id -> (name, framework file id with its CPD expectations)
REGULATORS: dict[str, tuple[str, str]] = {
    "swe": ("Social Work England", "swe-standards"),
    "scw": ("Social Care Wales", "scw-code"),
    "sssc": ("Scottish Social Services Council (SSSC)", "sssc-codes"),
    "niscc": ("Northern Ireland Social Care Council (NISCC)", "niscc-standards"),
    "hcpc": ("Health and Care Professions Council (HCPC)", "hcpc-cpd-standards"),
}


def _rules(regulator: str) -> list[str]:
    """What the app checks for ``regulator``, from the constants the CPD views use."""
    if regulator == "swe":
        return [
            f"- The registration year ends on {_day(DEFAULT_YEAR_END)} (you can change the"
            " end date in Tools ▸ CPD settings).",
            f"- The CPD year view (Ctrl+5) checks for at least {MIN_RECORDS} CPD records in the"
            f" year, at least {MIN_PEER_RECORDS} of them reflected on with a peer, and that no"
            " two records are identical.",
            f"- It points out gaps of {GAP_MONTHS} months or more between activities.",
            "- Export writes each record in the fields of Social Work England's online form.",
        ]
    if regulator == "scw":
        hours = "; ".join(f"{label}: {h} hours" for label, h in SCW_ROLES.values())
        return [
            f"- Hours of CPD are counted over the {PERIOD_YEARS} years of a registration"
            f" period, from the start date you set in CPD settings. {hours}.",
            "- Each CPD record's time is the entry's own minutes.",
        ]
    if regulator == "hcpc":
        return [
            f"- For an audit the HCPC asks for a summary of practice (up to {SUMMARY_LIMIT}"
            f" words) and a personal statement (up to {STATEMENT_LIMIT} words) describing"
            f" {MIN_ACTIVITIES} to {MAX_ACTIVITIES} activities.",
            f"- The profile covers the {DEFAULT_PERIOD_MONTHS} months before the audit date,"
            f" with gaps of {GAP_MONTHS} months or more explained.",
        ]
    return [
        "- The app records your learning and exports it; it does not yet count this"
        " regulator's requirement for you. The standards below say what is expected.",
    ]


def cpd_page(regulator: str, library: FrameworkLibrary) -> GuidePage:
    name, framework_id = REGULATORS[regulator]
    lines = [f"# CPD for {name}", "", "## What the app checks", "", *_rules(regulator), ""]
    if framework_id in library:
        fw = library.get(framework_id)
        lines += [f"## {_escape(fw.name)}", "", _escape(fw.description), ""]
        if fw.notes:
            lines += [_escape(fw.notes), ""]
        lines += [f"Source: {_escape(fw.source.citation())}", ""]
        if fw.has_unconfirmed:
            lines += ["Some headings are not yet confirmed: see the framework guide.", ""]
    return GuidePage(f"cpd-{regulator}", f"CPD: {name}", "CPD requirements", "\n".join(lines))


def cpd_pages(library: FrameworkLibrary, chosen: str | None = None) -> list[GuidePage]:
    """One page per regulator, the chosen one first."""
    ids = sorted(REGULATORS, key=lambda r: r != chosen)
    return [cpd_page(r, library) for r in ids]
