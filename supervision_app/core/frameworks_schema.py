"""Data classes of framework files (see ``docs/frameworks.md``), their limits and item
references; core/frameworks_check.py validates a file's mapping into them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from supervision_app.core.errors import Explained
from supervision_app.core.frameworks_extras import CheckedAt, TemplateField
from supervision_app.core.i18n import Text, Translate, english, rendered

KINDS: tuple[str, ...] = ("framework", "model", "conversation")
"""``framework``: capabilities/standards to link entries to; ``model``: a reflective model
whose items are ordered stages; ``conversation``: a template whose items are ordered
questions."""

REF_SEPARATOR = ":"
MIN_PROMPTS = 2
MAX_PROMPTS = 5
MAX_EXPLANATION_CHARS = 600
MAX_PROMPT_CHARS = 300
MAX_LABEL_CHARS = 160
MIN_YEAR = 1800
MAX_YEAR = 2100

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class FrameworkFileError(Explained, ValueError):
    """A framework file (or mapping) failed validation.

    ``str(error)`` reads ``"<file>: <field>: <problem>"``, e.g.
    ``"pcf.toml: items[3].prompts: needs 2-5 prompts, found 1"``. ``problem`` is marked
    with ``QT_TRANSLATE_NOOP("Frameworks", …)`` with ``{name}`` for each of ``values``: a
    user's own template is checked by the same rules, and the window shows
    :meth:`message` in its language. A value named ``found`` (a kind of value, from
    ``frameworks_check.type_name``) is translated too.
    """

    def __init__(self, file: str, field: str, problem: str, **values: object) -> None:
        self.file = file
        self.field = field
        self.source, self.values = problem, values
        #: The problem in English, its values filled in.
        self.problem = self.problem_text()
        super().__init__(f"{file}: {field}: {self.problem}")

    def problem_text(self, translate: Translate = english) -> str:
        values = {key: rendered(value, translate) for key, value in self.values.items()}
        if "found" in values:
            values["found"] = translate("Frameworks", str(values["found"]))
        return translate("Frameworks", self.source).format(**values)

    def message(self, translate: Translate = english) -> str:
        return translate("Frameworks", "{file}: {field}: {problem}").format(
            file=self.file, field=self.field, problem=self.problem_text(translate)
        )


@dataclass(frozen=True)
class Source:
    """Where a framework (or an item) comes from."""

    title: str
    publisher: str
    year: int
    url: str = ""
    location: str = ""
    authors: str = ""

    def citation(self) -> str:
        """A short human-readable citation, e.g. for exports."""
        lead = f"{self.authors} ({self.year}) " if self.authors else ""
        tail = f" ({self.year})" if not self.authors else ""
        where = self.url or self.location
        text = f"{lead}{self.title}. {self.publisher}{tail}."
        return f"{text} {where}" if where else text


@dataclass(frozen=True)
class FrameworkItem:
    """One capability, standard, stage or question.

    ``source`` is always set: the item's own source when ``source_is_own`` is true,
    otherwise the framework's.
    """

    framework_id: str
    id: str
    label: str
    explanation: str
    prompts: tuple[str, ...]
    source: Source
    group: str = ""
    unconfirmed: bool = False
    source_is_own: bool = False
    notes: str = ""
    checked_at: CheckedAt | None = None
    """Where and when the wording was checked (required in bundled files)."""

    @property
    def ref(self) -> str:
        """The fully-qualified reference stored in entries, ``"framework_id:item_id"``."""
        return format_ref(self.framework_id, self.id)


@dataclass(frozen=True)
class Framework:
    id: str
    name: str
    kind: str
    description: str
    version: str
    source: Source
    items: tuple[FrameworkItem, ...]
    reflective_questions: tuple[str, ...] = ()
    notes: str = ""
    origin: str = ""
    """The file (or other origin) it was loaded from, for messages."""
    fields: tuple[TemplateField, ...] = ()
    """Form-like answers of a conversation template (see ``frameworks_extras``)."""
    aliases: tuple[tuple[str, str], ...] = ()
    """``(old item id, current ref)`` pairs so links to renamed items still resolve."""

    def alias_target(self, item_id: str) -> str | None:
        """The current ref an old item id of this framework points to, if it is an alias."""
        for old, target in self.aliases:
            if old == item_id:
                return target
        return None

    def item(self, item_id: str) -> FrameworkItem:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(f"framework '{self.id}' has no item '{item_id}'")

    def item_ids(self) -> tuple[str, ...]:
        return tuple(item.id for item in self.items)

    @property
    def groups(self) -> tuple[str, ...]:
        """Group names in first-appearance order (empty groups excluded)."""
        seen: dict[str, None] = {}
        for item in self.items:
            if item.group:
                seen.setdefault(item.group, None)
        return tuple(seen)

    def items_in_group(self, group: str) -> tuple[FrameworkItem, ...]:
        return tuple(item for item in self.items if item.group == group)

    @property
    def has_unconfirmed(self) -> bool:
        return any(item.unconfirmed for item in self.items)


def format_ref(framework_id: str, item_id: str) -> str:
    return f"{framework_id}{REF_SEPARATOR}{item_id}"


def parse_ref(ref: str) -> tuple[str, str]:
    """Split ``"framework_id:item_id"``; ``ValueError`` unless both halves are slugs."""
    if not isinstance(ref, str):
        raise ValueError(Text("Frameworks", "a framework reference must be text"))
    framework_id, sep, item_id = ref.partition(REF_SEPARATOR)
    if not sep or not is_slug(framework_id) or not is_slug(item_id):
        raise ValueError(
            Text("Frameworks", "malformed framework reference '{ref}'; expected 'framework:item'",
                 ref=ref)
        )  # fmt: skip
    return framework_id, item_id


def is_slug(value: object) -> bool:
    return isinstance(value, str) and _SLUG.fullmatch(value) is not None
