"""Provenance, form fields and id aliases of framework files (validated by the schema).

Kept apart from :mod:`supervision_app.core.frameworks_schema` so that module stays small:

- ``checked_at`` on an item records where its wording was checked (a URL or a seed
  document) and when; bundled files must give it for every item.
- ``fields`` on a conversation template are form-like answers (a date, a short text) that
  the guided panel shows as simple inputs rather than as reflective prompts.
- ``aliases`` map an item id that was renamed or merged to its current item, so links kept
  in existing vaults still resolve.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from supervision_app.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from supervision_app.core.frameworks_check import Checker

FIELD_KINDS: tuple[str, ...] = ("text", "date")
MAX_FIELDS = 8
FIELD_PREFIX = "field:"
"""Guided answers keep field values under ``"field:<name>"`` beside the step answers."""

_SEED = re.compile(r"seed \d{3}(?: .*)?")
_CHECKED_KEYS = frozenset({"where", "on"})
_FIELD_KEYS = frozenset({"name", "label", "kind"})


@dataclass(frozen=True)
class CheckedAt:
    """Where an item's wording was checked (a web address or ``seed 004``) and when."""

    where: str
    on: dt.date

    def text(self) -> str:
        return f"{self.where} ({self.on.isoformat()})"


@dataclass(frozen=True)
class TemplateField:
    """A form-like answer of a conversation template, e.g. the date of the next check-in."""

    name: str
    label: str
    kind: str = "text"

    @property
    def key(self) -> str:
        """The key its value is stored under among the guided answers."""
        return FIELD_PREFIX + self.name


def parse_checked_at(check: Checker, value: object, field: str) -> CheckedAt:
    data = check.table(value, field)
    check.keys(data, field, _CHECKED_KEYS, ("where", "on"))
    where = check.text(data["where"], f"{field}.where")
    if not (where.startswith(("https://", "http://")) or _SEED.fullmatch(where)):
        raise check.fail(
            f"{field}.where",
            QT_TRANSLATE_NOOP(
                "Frameworks", "must be a web address or a seed id such as 'seed 004'"
            ),
        )
    return CheckedAt(where=where, on=_date(check, data["on"], f"{field}.on"))


def _date(check: Checker, value: object, field: str) -> dt.date:
    if isinstance(value, dt.datetime):
        raise check.fail(
            field,
            QT_TRANSLATE_NOOP("Frameworks", "must be a date (YYYY-MM-DD), not a date and time"),
        )
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise check.fail(field, QT_TRANSLATE_NOOP("Frameworks", "must be a date (YYYY-MM-DD)"))


def parse_fields(check: Checker, value: object, kind: str) -> tuple[TemplateField, ...]:
    if kind != "conversation":
        raise check.fail(
            "fields",
            QT_TRANSLATE_NOOP("Frameworks", "only a conversation template can have fields"),
        )
    if not isinstance(value, list | tuple) or not 1 <= len(value) <= MAX_FIELDS:
        raise check.fail(
            "fields",
            QT_TRANSLATE_NOOP("Frameworks", "must be a list of 1-{most} [[fields]] tables"),
            most=MAX_FIELDS,
        )
    fields: list[TemplateField] = []
    names: set[str] = set()
    for index, raw in enumerate(value):
        where = f"fields[{index}]"
        data = check.table(raw, where)
        check.keys(data, where, _FIELD_KEYS, ("name", "label"))
        name = check.slug(data["name"], f"{where}.name")
        if name in names:
            raise check.fail(
                f"{where}.name",
                QT_TRANSLATE_NOOP("Frameworks", "duplicate field name '{name}'"),
                name=name,
            )
        names.add(name)
        kind_text = check.text(data["kind"], f"{where}.kind") if "kind" in data else "text"
        if kind_text not in FIELD_KINDS:
            raise check.fail(
                f"{where}.kind",
                QT_TRANSLATE_NOOP("Frameworks", "'{kind}' is not one of text, date"),
                kind=kind_text,
            )
        fields.append(
            TemplateField(name=name, label=check.text(data["label"], f"{where}.label", 120),
                          kind=kind_text)
        )  # fmt: skip
    return tuple(fields)


def parse_aliases(
    check: Checker, value: object, framework_id: str, item_ids: frozenset[str]
) -> tuple[tuple[str, str], ...]:
    """``old-id = "new-id"`` (same framework) or ``old-id = "framework:item"``.

    Returns ``(old item id, fully-qualified target ref)`` pairs. Targets in this framework
    are checked here; targets elsewhere are checked when the whole library is loaded.
    """
    from supervision_app.core.frameworks_schema import format_ref, is_slug, parse_ref

    data: Mapping[str, Any] = check.table(value, "aliases")
    pairs: list[tuple[str, str]] = []
    for old, target in data.items():
        field = f"aliases.{old}"
        if not is_slug(old):
            raise check.fail(
                field, QT_TRANSLATE_NOOP("Frameworks", "'{old}' is not a slug"), old=old
            )
        if old in item_ids:
            raise check.fail(
                field,
                QT_TRANSLATE_NOOP(
                    "Frameworks", "'{old}' is a current item id and cannot be an alias"
                ),
                old=old,
            )
        text = check.text(target, field)
        if ":" in text:
            try:
                target_fw, target_item = parse_ref(text)
            except ValueError as exc:
                raise check.fail(field, "{reason}", reason=exc) from None
            if target_fw == framework_id and target_item not in item_ids:
                raise check.fail(
                    field,
                    QT_TRANSLATE_NOOP("Frameworks", "no item '{item}' in this framework"),
                    item=target_item,
                )
            pairs.append((old, text))
        else:
            if text not in item_ids:
                raise check.fail(
                    field,
                    QT_TRANSLATE_NOOP("Frameworks", "no item '{item}' in this framework"),
                    item=text,
                )
            pairs.append((old, format_ref(framework_id, text)))
    return tuple(pairs)
