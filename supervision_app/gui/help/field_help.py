"""What each field is for, shown as its tooltip (and read out as its accessible description).

Kept in one table keyed by the field's accessible name, so the help sits next to the other
help and a field built anywhere (the entry editor, the CPD panel, a session record, a row
added later) gets it. A field that already has a tooltip keeps its own.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

#: The context the help is filed and looked up under (declared in ``texts.CONTEXTS``);
#: lupdate needs it written out as a literal in each QT_TRANSLATE_NOOP.
_C = "FieldHelp"
FIELD_HELP: dict[str, object] = {  # QT_TRANSLATE_NOOP is typed as returning object
    # The entry editor
    "Title": QT_TRANSLATE_NOOP(
        "FieldHelp", "A short name for the entry, as it appears in the list and in exports."
    ),
    "Kind of entry": QT_TRANSLATE_NOOP(
        "FieldHelp",
        "Reflection, supervision note, CPD activity or note: it decides where the entry counts.",
    ),
    "Minutes spent": QT_TRANSLATE_NOOP(
        "FieldHelp",
        "How long the activity took; CPD totals and hours for your regulator add these up.",
    ),
    "Tags": QT_TRANSLATE_NOOP(
        "FieldHelp",
        "Your own labels, separated by commas, to find related entries again (e.g. visit, team).",
    ),
    "Entry text (Markdown)": QT_TRANSLATE_NOOP(
        "FieldHelp",
        "What happened and what you make of it. Misspelt words are underlined: right-click for"
        " suggestions. Never write the full name of a person you support.",
    ),
    "Your answer": QT_TRANSLATE_NOOP(
        "FieldHelp",
        "Your answer to this prompt; it is kept under the prompt's heading in the entry.",
    ),
    # The CPD panel
    "Type of activity": QT_TRANSLATE_NOOP(
        "FieldHelp",
        "The kind of learning, as your regulator groups it (course, reading, supervision…).",
    ),
    "Description and why it is relevant": QT_TRANSLATE_NOOP(
        "FieldHelp",
        "What the activity was and why it matters for your practice.",
    ),
    "What I learnt": QT_TRANSLATE_NOOP(
        "FieldHelp", "The learning you took from it, in your own words."
    ),
    "Impact on my practice and the people I work with": QT_TRANSLATE_NOOP(
        "FieldHelp",
        "What you now do differently, and the difference it makes to the people you support.",
    ),
    "Linked peer reflection": QT_TRANSLATE_NOOP(
        "FieldHelp",
        "A peer reflection in your journal about this activity (Social Work England asks for one).",
    ),
    "Peer's role": QT_TRANSLATE_NOOP(
        "FieldHelp",
        "The role of the colleague you discussed it with, not their name.",
    ),
    "What I learnt from discussing it with a peer": QT_TRANSLATE_NOOP(
        "FieldHelp", "What the conversation with a peer added to your learning."
    ),
    "Standards addressed": QT_TRANSLATE_NOOP(
        "FieldHelp",
        "The standards or capabilities this activity shows; exports list them with the record.",
    ),
    # A supervision session record
    "Agenda, one item per line": QT_TRANSLATE_NOOP(
        "FieldHelp", "What you plan to talk about; each line becomes one agenda item in the record."
    ),
    "Own wellbeing": QT_TRANSLATE_NOOP(
        "FieldHelp", "How the supervisee is, as a person, not only as a worker."
    ),
    "Emotional impact of the work": QT_TRANSLATE_NOOP(
        "FieldHelp",
        "How the work is affecting them: what stays with them after a visit or a shift.",
    ),
    "Re-evaluation notes": QT_TRANSLATE_NOOP(
        "FieldHelp",
        "What is working in your supervision, what is not, and what you agreed to change.",
    ),
    "Case discussion notes": QT_TRANSLATE_NOOP(
        "FieldHelp",
        "What was discussed about this case. Use initials or a reference, never a full name.",
    ),
    "Decision": QT_TRANSLATE_NOOP("FieldHelp", "What was decided, in one line."),
    "Rationale for the decision": QT_TRANSLATE_NOOP(
        "FieldHelp", "Why: the reasons and the evidence, so the decision can be understood later."
    ),
    "Action": QT_TRANSLATE_NOOP(
        "FieldHelp", "What will be done; open actions come back at the next session."
    ),
    "Owner of the action": QT_TRANSLATE_NOOP("FieldHelp", "Who will do it (a role or initials)."),
    "Learning": QT_TRANSLATE_NOOP(
        "FieldHelp", "What was learnt in this session, by either of you."
    ),
    "CPD": QT_TRANSLATE_NOOP("FieldHelp", "Learning to record as CPD, or to plan for."),
}


def help_for(accessible_name: str) -> str | None:
    text = FIELD_HELP.get(accessible_name)
    return None if text is None else QCoreApplication.translate(_C, str(text))


def apply_field_help(root: QWidget) -> int:
    """Give ``root`` and its children without a tooltip the help for their accessible name.
    Returns how many got one."""
    count = 0
    for widget in (root, *root.findChildren(QWidget)):
        if widget.toolTip():
            continue
        text = help_for(widget.accessibleName())
        if text:
            widget.setToolTip(text)
            if not widget.accessibleDescription():
                widget.setAccessibleDescription(text)
            count += 1
    return count
