"""What was typed in a supervision dialog, kept through a lock.

Locking closes every dialog. A peer reflection or an addendum being written (the idle lock
comes after 5 minutes without a key, which thinking can take) would be lost with it, while
typing in the editors is kept. :func:`take_drafts` reads them before the dialogs close, in
memory only (as a change that could not be saved is: gui/saving.py); :func:`reopen` opens
the dialogs again with the text after unlock. An untouched dialog is not kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QDialog

from supervision_app.core.supervision.views import PeerReflection
from supervision_app.gui.supervision.peer_dialog import PeerReflectionDialog
from supervision_app.gui.supervision.signoff_dialog import AddendumDialog


@dataclass(frozen=True)
class PeerDraft:
    reflection: PeerReflection


@dataclass(frozen=True)
class AddendumDraft:
    session_id: int
    text: str
    author: str


Draft = PeerDraft | AddendumDraft


def take_drafts(dialogs: Sequence[QDialog]) -> list[Draft]:
    """The typed text of the open peer reflection and addendum dialogs."""
    drafts: list[Draft] = []
    for dialog in dialogs:
        if isinstance(dialog, PeerReflectionDialog):
            form = dialog.form
            typed = (form.peer_role.text(), form.topic.text(), form.discussion.text())
            if any(t.strip() for t in (*typed, form.learning.text())):
                drafts.append(PeerDraft(form.value()))
        elif isinstance(dialog, AddendumDialog) and dialog.session_id is not None:
            if dialog.text.text().strip():
                drafts.append(
                    AddendumDraft(dialog.session_id, dialog.text.text(), dialog.author.text())
                )
    return drafts


def reopen(
    drafts: Sequence[Draft],
    new_peer_reflection: Callable[[], PeerReflectionDialog | None],
    add_addendum: Callable[[int], AddendumDialog | None],
) -> int:
    """Open each draft's dialog again with its text; the number reopened."""
    reopened = 0
    for draft in drafts:
        if isinstance(draft, PeerDraft):
            peer = new_peer_reflection()
            if peer is not None:
                peer.form.load(draft.reflection)
                reopened += 1
        else:
            addendum = add_addendum(draft.session_id)
            if addendum is not None:
                addendum.text.set_text(draft.text)
                addendum.author.setText(draft.author)
                reopened += 1
    return reopened
