"""Supervision records as Markdown: the journal entry's body, and the text of exports.

The entry body is the record without its signatures (so it can be searched), followed by
its addenda. Once a record is signed its body only ever grows: each new addendum is
appended with :func:`compose_addendum_markdown`, which gives exactly the text that
:func:`compose_session_markdown` puts after the record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from supervision_app.core.frameworks import FrameworkLibrary, default_library
from supervision_app.core.i18n import Translate, english, format_duration, month_name
from supervision_app.core.supervision.model import (
    PARTNER_ROLES,
    REVIEW_STATUSES,
    SESSION_TYPES,
    Addendum,
    SessionRecord,
    Signature,
)
from supervision_app.core.supervision.views import (
    PeerReflection,
)

#: Short names for the frameworks that guide discussion headings.
_SHORT_NAMES = {"four-by-four-by-four": "4x4x4", "kolb": "Kolb"}
ADDENDA_HEADING = "## Addenda"


def format_date(value: dt.date, translate: Translate = english) -> str:
    """``3 Mar 2026`` (the same in every locale: records and exports keep English; the
    window passes its ``translate`` for the month)."""
    return f"{value.day} {month_name(value.month, translate, short=True)} {value.year}"


def format_timestamp(value: dt.datetime, translate: Translate = english) -> str:
    """``3 Mar 2026 14:05 UTC``: timestamps of signatures are kept in UTC."""
    value = value.astimezone(dt.UTC)
    text = translate("Dates", "{date} {time} UTC")
    return text.format(date=format_date(value.date(), translate), time=f"{value:%H:%M}")


def session_title(
    session_type: str, partner_name: str, session_date: dt.date, translate: Translate = english
) -> str:
    """``Supervision with AB — 3 Mar 2026`` (group and peer sessions say so). The entry's
    stored title is English; the window passes its ``translate``."""
    if session_type == "group":
        text = translate("Sessions", "Group supervision with {partner} — {date}")
    elif session_type == "peer_reflection":
        text = translate("Sessions", "Peer reflection with {partner} — {date}")
    else:
        text = translate("Sessions", "Supervision with {partner} — {date}")
    partner = partner_name or translate("Sessions", "a partner")
    return text.format(partner=partner, date=format_date(session_date, translate))


def peer_reflection_title(reflection: PeerReflection, translate: Translate = english) -> str:
    """``Peer reflection with a team manager — 3 Mar 2026`` (stored English, like
    :func:`session_title`)."""
    role = reflection.peer_role or translate("Sessions", "a peer")
    text = translate("Sessions", "Peer reflection with {partner} — {date}")
    return text.format(partner=role, date=format_date(reflection.reflected_on, translate))


def discussion_label(ref: str, library: FrameworkLibrary | None = None) -> str:
    """``Support (4x4x4)`` for a known item; the reference itself otherwise."""
    library = library if library is not None else default_library()
    try:
        framework, item = library.item(ref)
    except (KeyError, ValueError):
        return ref
    return f"{item.label} ({_SHORT_NAMES.get(framework.id, framework.name)})"


def _block(heading: str, text: str) -> list[str]:
    return [f"## {heading}", "", text, ""] if text else []


def _action_detail(owner: str, due: dt.date | None) -> str:
    details = []
    if owner:
        details.append(f"owner: {owner}")
    if due is not None:
        details.append(f"due {format_date(due)}")
    return f" ({'; '.join(details)})" if details else ""


def _signature_line(signature: Signature) -> str:
    who = "You" if signature.party == "owner" else "Partner"
    return f"- {who}: signed as “{signature.name}” on {format_timestamp(signature.signed_at)}"


def _base(record: SessionRecord, library: FrameworkLibrary | None) -> list[str]:
    role = PARTNER_ROLES.get(record.partner_role, "")
    lines = [
        f"**Date:** {format_date(record.session_date)}  ",
        f"**With:** {record.partner_name or 'a partner'}"
        + (f" ({role.lower()})  " if role else "  "),
        f"**Type:** {SESSION_TYPES.get(record.session_type, record.session_type)} · "
        f"**Duration:** {format_duration(record.minutes)}",
        "",
    ]
    if record.agenda:
        lines += ["## Agenda", ""]
        lines += [f"{n}. {item}" for n, item in enumerate(record.agenda, 1)] + [""]
    if record.action_reviews:
        lines += ["## Actions from earlier sessions", ""]
        for review in record.action_reviews:
            action = review.action
            text = action.text if action else f"Action {review.action_id}"
            detail = _action_detail(action.owner, action.due_date) if action else ""
            note = f" — {review.note}" if review.note else ""
            lines.append(f"- **{REVIEW_STATUSES[review.status]}:** {text}{detail}{note}")
        lines.append("")
    if record.discussion:
        lines += ["## Discussion", ""]
        for section in record.discussion:
            lines += [f"### {discussion_label(section.ref, library)}", "", section.text, ""]
    wellbeing = record.wellbeing
    if wellbeing.own_wellbeing or wellbeing.emotional_impact:
        lines += ["## Wellbeing", ""]
        if wellbeing.own_wellbeing:
            lines += ["**Own wellbeing:** " + wellbeing.own_wellbeing, ""]
        if wellbeing.emotional_impact:
            lines += ["**Emotional impact of the work:** " + wellbeing.emotional_impact, ""]
    if record.case_discussions:
        lines += ["## Case discussions", ""]
        for case in record.case_discussions:
            lines += [f"### Case {case.case_ref}", ""] + ([case.text, ""] if case.text else [])
    if record.decisions:
        lines += ["## Decisions", ""]
        for decision in record.decisions:
            lines.append(f"- **Decision:** {decision.decision}")
            if decision.rationale:
                lines.append(f"  **Rationale:** {decision.rationale}")
        lines.append("")
    if record.learning or record.cpd:
        lines += ["## Learning and CPD", ""]
        if record.learning:
            lines += [record.learning, ""]
        if record.cpd:
            lines += ["**CPD:** " + record.cpd, ""]
    if record.new_actions:
        lines += ["## New actions", ""]
        for action in record.new_actions:
            status = "" if action.status == "open" else f" [{action.status}]"
            lines.append(f"- {action.text}{_action_detail(action.owner, action.due_date)}{status}")
        lines.append("")
    if record.reevaluation:
        lines += _block(
            "Re-evaluation of the supervisory relationship",
            record.reevaluation_notes or "The relationship was re-evaluated at this session.",
        )
    if record.next_session is not None:
        lines += _block("Next session", format_date(record.next_session))
    return lines


def compose_addendum_markdown(
    addendum: Addendum, *, first: bool, include_signatures: bool = False
) -> str:
    """The text an addendum adds after the record (``first`` adds the Addenda heading).

    Every piece of a composed record starts and ends with a line break, so appending this to
    an entry's body gives what :func:`compose_session_markdown` would give.
    """
    head = f"\n{ADDENDA_HEADING}\n" if first else ""
    text = (
        f"{head}\n### Addendum of {format_timestamp(addendum.created_at)} "
        f"by {addendum.author}\n\n{addendum.text.strip()}\n"
    )
    if include_signatures and addendum.signatures:
        text += "\n" + "\n".join(_signature_line(s) for s in addendum.signatures) + "\n"
    return text


def compose_session_markdown(
    record: SessionRecord,
    *,
    include_signatures: bool = True,
    library: FrameworkLibrary | None = None,
) -> str:
    """The record as Markdown: with its sign-off for exports; without it for the entry body."""
    text = "\n".join(_base(record, library)).rstrip() + "\n"
    if include_signatures:
        signed = "\n".join(_signature_line(s) for s in record.signatures) or "Not signed yet."
        text += f"\n## Sign-off\n\n{signed}\n"
    for index, addendum in enumerate(record.addenda):
        text += compose_addendum_markdown(
            addendum, first=index == 0, include_signatures=include_signatures
        )
    return text


def compose_peer_reflection_markdown(reflection: PeerReflection) -> str:
    lines = [
        f"**Date:** {format_date(reflection.reflected_on)}  ",
        f"**Peer's role:** {reflection.peer_role}"
        + (
            f"  \n**Time spent:** {format_duration(reflection.minutes)}"
            if reflection.minutes
            else ""
        ),
        "",
    ]
    if reflection.topic:
        lines += _block("Topic", reflection.topic)
    lines += _block("Discussion", reflection.discussion)
    lines += _block("What I learnt", reflection.learning)
    return "\n".join(lines).rstrip() + "\n"


def agenda_lines(items: Iterable[str]) -> list[str]:
    """Numbered agenda lines for session views and exports."""
    return [f"{n}. {item}" for n, item in enumerate(items, 1)]
