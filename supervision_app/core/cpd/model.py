"""CPD records: the continuing-professional-development details any entry can carry.

What counts as a CPD record
---------------------------
An entry of any kind is a *CPD record* when it has CPD details (a :class:`CpdFields`,
which always names an activity type). The time spent is the entry's own ``minutes``, and
the date is its practice date. An entry of kind ``cpd_activity`` without CPD details is not
counted (the year summary lists it as incomplete), and an entry with CPD details counts
whatever its kind, so a reflection or a supervision note can be evidence too.

A record *has peer reflection* when it says what was learnt from discussing it with a peer
or links to a peer-reflection record; a peer's role or a date alone is not enough.

Plain Python: no Qt, no storage.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from supervision_app.core.entries import Entry
from supervision_app.core.errors import Explained, JournalError
from supervision_app.core.i18n import QT_TRANSLATE_NOOP, Translate, english
from supervision_app.core.i18n import format_duration as format_duration  # re-exported

__all__ = [
    "ACTIVITY_LABELS",
    "CPD_FRAMEWORKS",
    "MAX_ATTACHMENT_BYTES",
    "MAX_FIELD_CHARS",
    "ActivityType",
    "Attachment",
    "AttachmentTooLarge",
    "CpdFields",
    "CpdRecord",
    "InvalidCpd",
    "activity_label",
    "format_duration",
    "format_hours",
    "format_size",
    "signoff_text",
]


class InvalidCpd(JournalError):
    """CPD details that cannot be saved; ``str()`` is one sentence for the user."""


class AttachmentTooLarge(JournalError):
    def __init__(self, filename: str, size: int, limit: int) -> None:
        self.filename, self.size, self.limit = filename, size, limit
        super().__init__(self.message())

    def message(self, translate: Translate = english) -> str:
        return translate(
            "Errors",
            "{name} is {size}; evidence files can be at most {limit} (save a smaller copy, "
            "e.g. a PDF of the certificate).",
        ).format(
            name=self.filename,
            size=format_size(self.size, translate),
            limit=format_size(self.limit, translate),
        )


class ActivityType(StrEnum):
    REFLECTION = "reflection"
    SUPERVISION = "supervision"
    COURSE_OR_TRAINING = "course_or_training"
    READING_OR_RESEARCH = "reading_or_research"
    SHADOWING_OR_OBSERVATION = "shadowing_or_observation"
    PEER_LEARNING = "peer_learning"
    OTHER = "other"


ACTIVITY_LABELS: dict[str, str] = {
    ActivityType.REFLECTION: QT_TRANSLATE_NOOP("Activities", "Reflection"),
    ActivityType.SUPERVISION: QT_TRANSLATE_NOOP("Activities", "Supervision"),
    ActivityType.COURSE_OR_TRAINING: QT_TRANSLATE_NOOP("Activities", "Course or training"),
    ActivityType.READING_OR_RESEARCH: QT_TRANSLATE_NOOP("Activities", "Reading or research"),
    ActivityType.SHADOWING_OR_OBSERVATION: QT_TRANSLATE_NOOP(
        "Activities", "Shadowing or observation"
    ),
    ActivityType.PEER_LEARNING: QT_TRANSLATE_NOOP("Activities", "Peer learning"),
    ActivityType.OTHER: QT_TRANSLATE_NOOP("Activities", "Other"),
}


class _ActivityChoices(Explained):
    """The types of CPD, in a sentence: "reflection, supervision, …" in the language it is
    shown in (a value of a marked error, core/errors.py ``shown``)."""

    def message(self, translate: Translate = english) -> str:
        labels = (translate("Activities", label) for label in ACTIVITY_LABELS.values())
        return ", ".join(label[:1].lower() + label[1:] for label in labels)


#: The frameworks whose items count as "standards addressed" in summaries.
CPD_FRAMEWORKS: tuple[str, ...] = ("swe-standards", "pcf", "hcpc-cpd-standards")

#: Evidence files are kept inside the encrypted vault; 20 MB keeps the vault quick to back up.
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
#: Each text field of the CPD details (the regulators' forms are far shorter).
MAX_FIELD_CHARS = 20_000
MAX_PEER_ROLE = 200


def activity_label(activity_type: str) -> str:
    return ACTIVITY_LABELS.get(activity_type, activity_type.replace("_", " ").capitalize())


def format_hours(minutes: int) -> str:
    """``90`` -> ``"1.5"``; ``0`` -> ``"0"``; at most two decimals, no trailing zeros."""
    text = f"{minutes / 60:.2f}".rstrip("0").rstrip(".")
    return text or "0"


def signoff_text(
    signers: Sequence[tuple[str, str, dt.datetime]], locked_at: dt.datetime | None
) -> str:
    """A supervision record's sign-off in one line, from its (party, name, signed at) rows.

    "Signed by both: locked on 3 Mar 2026", "Signed by you (A. Example) on 3 Mar 2026; not
    yet by your supervision partner", or "Not signed yet".
    """

    def day(moment: dt.datetime) -> str:
        local = moment.astimezone(dt.UTC).date()
        return f"{local.day} {local:%b %Y}"

    if locked_at is not None:
        return f"Signed by both: locked on {day(locked_at)}"
    if not signers:
        return "Not signed yet"
    party, name, at = signers[0]
    who = "you" if party == "owner" else "your supervision partner"
    other = "your supervision partner" if party == "owner" else "you"
    return f"Signed by {who} ({name}) on {day(at)}; not yet by {other}"


def format_size(size: int, translate: Translate = english) -> str:
    """``512 bytes``, ``12 KB``, ``1.5 MB``, ``2 MB``."""
    if size < 1024:
        return translate("Sizes", "{size} bytes").format(size=size)
    if size < 1024 * 1024:
        return translate("Sizes", "{size} KB").format(size=f"{size / 1024:.0f}")
    megabytes = f"{size / (1024 * 1024):.1f}".removesuffix(".0")
    return translate("Sizes", "{size} MB").format(size=megabytes)


@dataclass(frozen=True)
class CpdFields:
    """The CPD details of one entry (the fields of Social Work England's form and more)."""

    activity_type: str = ActivityType.REFLECTION.value
    #: A short description of the activity and why it is relevant to my practice.
    description: str = ""
    #: What I learnt.
    learning: str = ""
    #: The impact on my practice and on the people I work with.
    impact: str = ""
    #: Reflection with a peer (all optional).
    peer_role: str = ""
    peer_date: dt.date | None = None
    peer_learning: str = ""
    #: A peer-reflection record of the supervision feature, when the discussion is kept there.
    peer_reflection_id: int | None = None

    def validated(self) -> CpdFields:
        """A normalised copy, or :class:`InvalidCpd` with a sentence for the user."""
        kind = str(self.activity_type).strip().lower().replace(" ", "_").replace("-", "_")
        if kind not in ACTIVITY_LABELS:
            raise InvalidCpd.marked(
                QT_TRANSLATE_NOOP("Errors", "'{value}' is not a type of CPD; choose {choices}."),
                value=self.activity_type,
                choices=_ActivityChoices(),
            )
        texts = {
            "description": QT_TRANSLATE_NOOP(
                "Errors", "The description is longer than {n} characters."
            ),
            "learning": QT_TRANSLATE_NOOP(
                "Errors", "What you learnt is longer than {n} characters."
            ),
            "impact": QT_TRANSLATE_NOOP("Errors", "The impact is longer than {n} characters."),
            "peer_learning": QT_TRANSLATE_NOOP(
                "Errors", "What you learnt from the peer discussion is longer than {n} characters."
            ),
        }
        for name, sentence in texts.items():
            if len(getattr(self, name)) > MAX_FIELD_CHARS:
                raise InvalidCpd.marked(sentence, n=f"{MAX_FIELD_CHARS:,}")
        role = " ".join(self.peer_role.split())
        if len(role) > MAX_PEER_ROLE:
            raise InvalidCpd.marked(
                QT_TRANSLATE_NOOP("Errors", "The peer's role is longer than {n} characters."),
                n=MAX_PEER_ROLE,
            )
        if self.peer_date is not None and not isinstance(self.peer_date, dt.date):
            raise InvalidCpd.marked(
                QT_TRANSLATE_NOOP("Errors", "The date of the peer discussion must be a date.")
            )
        if self.peer_reflection_id is not None and (
            not isinstance(self.peer_reflection_id, int) or self.peer_reflection_id < 1
        ):
            raise InvalidCpd.marked(
                QT_TRANSLATE_NOOP("Errors", "The linked peer reflection is not a valid record id.")
            )
        return replace(
            self,
            activity_type=kind,
            description=self.description.strip(),
            learning=self.learning.strip(),
            impact=self.impact.strip(),
            peer_role=role,
            peer_learning=self.peer_learning.strip(),
        )

    @property
    def has_peer_reflection(self) -> bool:
        return bool(self.peer_learning.strip()) or self.peer_reflection_id is not None

    @property
    def activity_label(self) -> str:
        return activity_label(self.activity_type)


@dataclass(frozen=True)
class Attachment:
    """An evidence file's details; its bytes stay in the vault until explicitly saved out."""

    id: int
    entry_id: int
    filename: str
    media_type: str
    size: int
    sha256: str
    added_at: dt.datetime


@dataclass(frozen=True)
class CpdRecord:
    """An entry with everything an export or a summary needs: CPD details, links, evidence."""

    entry: Entry
    cpd: CpdFields | None = None
    #: Framework item refs linked to the entry ("framework-id:item-id"), sorted.
    links: tuple[str, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    #: For a supervision record: who has signed it, e.g. "Signed by both: locked on 3 Mar
    #: 2026" (see :func:`signoff_text`); empty for every other entry.
    signoff: str = ""

    @property
    def id(self) -> int:
        assert self.entry.id is not None, "a stored record has an id"
        return self.entry.id

    @property
    def source(self) -> str:
        """The key the anonymisation check files findings and "mark as fine" under."""
        return f"entry:{self.entry.id}"

    @property
    def is_cpd(self) -> bool:
        return self.cpd is not None

    @property
    def date(self) -> dt.date:
        return self.entry.practice_date

    @property
    def minutes(self) -> int:
        return self.entry.minutes

    @property
    def title(self) -> str:
        return self.entry.display_title

    @property
    def has_peer_reflection(self) -> bool:
        return self.cpd is not None and self.cpd.has_peer_reflection

    @property
    def activity_label(self) -> str:
        return self.cpd.activity_label if self.cpd else "—"

    @property
    def standards(self) -> tuple[str, ...]:
        """Links into the CPD frameworks (Social Work England, PCF, HCPC)."""
        return tuple(r for r in self.links if r.partition(":")[0] in CPD_FRAMEWORKS)
