"""Validation of framework files: :func:`parse_framework` checks a plain mapping (from TOML
or JSON) and builds a :class:`~.frameworks_schema.Framework`, so the same rules apply to the
bundled TOML files and to custom templates a user keeps in the vault. Every problem is a
:class:`~.frameworks_schema.FrameworkFileError` naming the file and the field."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from supervision_app.core.frameworks_extras import parse_aliases, parse_checked_at, parse_fields
from supervision_app.core.frameworks_schema import (
    KINDS,
    MAX_EXPLANATION_CHARS,
    MAX_LABEL_CHARS,
    MAX_PROMPT_CHARS,
    MAX_PROMPTS,
    MAX_YEAR,
    MIN_PROMPTS,
    MIN_YEAR,
    Framework,
    FrameworkFileError,
    FrameworkItem,
    Source,
    is_slug,
)
from supervision_app.core.i18n import QT_TRANSLATE_NOOP

_FRAMEWORK_KEYS = frozenset(
    {"id", "name", "kind", "description", "version", "source", "notes",
     "reflective_questions", "items", "fields", "aliases"}
)  # fmt: skip
_FRAMEWORK_REQUIRED = ("id", "name", "kind", "description", "version", "source", "items")
_ITEM_KEYS = frozenset(
    {"id", "label", "explanation", "prompts", "group", "unconfirmed", "source", "notes",
     "checked_at"}
)  # fmt: skip
_ITEM_REQUIRED = ("id", "label", "explanation", "prompts")
_SOURCE_KEYS = frozenset({"title", "publisher", "year", "authors", "url", "location"})
_SOURCE_REQUIRED = ("title", "publisher", "year")


class Checker:
    """Validates values, raising :class:`FrameworkFileError` with the file and field path."""

    def __init__(self, filename: str) -> None:
        self.filename = filename

    def fail(self, field: str, problem: str, **values: object) -> FrameworkFileError:
        """``problem`` marked with ``QT_TRANSLATE_NOOP("Frameworks", …)``, ``{name}`` for
        each of ``values``."""
        return FrameworkFileError(self.filename, field, problem, **values)

    def table(self, value: object, field: str) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            raise self.fail(
                field,
                QT_TRANSLATE_NOOP("Frameworks", "must be a table, found {found}"),
                found=type_name(value),
            )
        return value

    def keys(
        self,
        data: Mapping[str, Any],
        field: str,
        allowed: frozenset[str],
        required: tuple[str, ...],
    ) -> None:
        prefix = f"{field}." if field else ""
        for key in data:
            if key not in allowed:
                raise self.fail(
                    f"{prefix}{key}",
                    QT_TRANSLATE_NOOP(
                        "Frameworks", "unknown key in {where}; allowed keys are {allowed}"
                    ),
                    where=field or "top level",
                    allowed=", ".join(sorted(allowed)),
                )
        for key in required:
            if key not in data:
                raise self.fail(
                    f"{prefix}{key}", QT_TRANSLATE_NOOP("Frameworks", "required field is missing")
                )

    def text(self, value: object, field: str, max_chars: int | None = None) -> str:
        if not isinstance(value, str):
            raise self.fail(
                field,
                QT_TRANSLATE_NOOP("Frameworks", "must be a string, found {found}"),
                found=type_name(value),
            )
        stripped = value.strip()
        if not stripped:
            raise self.fail(field, QT_TRANSLATE_NOOP("Frameworks", "must not be empty"))
        if max_chars is not None and len(stripped) > max_chars:
            raise self.fail(
                field,
                QT_TRANSLATE_NOOP("Frameworks", "is too long ({n} characters, at most {most})"),
                n=len(stripped),
                most=max_chars,
            )
        return stripped

    def slug(self, value: object, field: str) -> str:
        text = self.text(value, field)
        if not is_slug(text) or text != value:
            raise self.fail(
                field,
                QT_TRANSLATE_NOOP(
                    "Frameworks",
                    "'{value}' is not a slug (lower-case letters, digits and single hyphens)",
                ),
                value=value,
            )
        return text

    def boolean(self, value: object, field: str) -> bool:
        if not isinstance(value, bool):
            raise self.fail(
                field,
                QT_TRANSLATE_NOOP("Frameworks", "must be true or false, found {found}"),
                found=type_name(value),
            )
        return value

    def year(self, value: object, field: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(
                field,
                QT_TRANSLATE_NOOP("Frameworks", "must be an integer year, found {found}"),
                found=type_name(value),
            )
        if not MIN_YEAR <= value <= MAX_YEAR:
            raise self.fail(
                field,
                QT_TRANSLATE_NOOP("Frameworks", "year {year} is out of range {low}-{high}"),
                year=value,
                low=MIN_YEAR,
                high=MAX_YEAR,
            )
        return value

    def text_list(
        self, value: object, field: str, min_len: int, max_len: int, max_chars: int
    ) -> tuple[str, ...]:
        if not isinstance(value, list | tuple):
            raise self.fail(
                field,
                QT_TRANSLATE_NOOP("Frameworks", "must be a list of strings, found {found}"),
                found=type_name(value),
            )
        if not min_len <= len(value) <= max_len:
            raise self.fail(
                field,
                QT_TRANSLATE_NOOP("Frameworks", "needs {low}-{high} entries, found {n}"),
                low=min_len,
                high=max_len,
                n=len(value),
            )
        texts = tuple(self.text(entry, f"{field}[{i}]", max_chars) for i, entry in enumerate(value))
        seen: set[str] = set()
        for i, entry in enumerate(texts):
            if entry.casefold() in seen:
                raise self.fail(
                    f"{field}[{i}]", QT_TRANSLATE_NOOP("Frameworks", "repeats an earlier entry")
                )
            seen.add(entry.casefold())
        return texts

    def source(self, value: object, field: str) -> Source:
        data = self.table(value, field)
        self.keys(data, field, _SOURCE_KEYS, _SOURCE_REQUIRED)
        url = self.text(data["url"], f"{field}.url") if "url" in data else ""
        if url and not url.startswith(("https://", "http://")):
            raise self.fail(
                f"{field}.url",
                QT_TRANSLATE_NOOP("Frameworks", "must start with https:// or http://"),
            )
        location = self.text(data["location"], f"{field}.location") if "location" in data else ""
        if not url and not location:
            raise self.fail(
                f"{field}.url",
                QT_TRANSLATE_NOOP("Frameworks", "a source needs a url or a location (or both)"),
            )
        authors = self.text(data["authors"], f"{field}.authors") if "authors" in data else ""
        return Source(
            title=self.text(data["title"], f"{field}.title"),
            publisher=self.text(data["publisher"], f"{field}.publisher"),
            year=self.year(data["year"], f"{field}.year"),
            url=url,
            location=location,
            authors=authors,
        )

    def item(
        self,
        value: object,
        field: str,
        framework_id: str,
        framework_source: Source,
        require_checked: bool = False,
    ) -> FrameworkItem:
        data = self.table(value, field)
        required = (*_ITEM_REQUIRED, "checked_at") if require_checked else _ITEM_REQUIRED
        self.keys(data, field, _ITEM_KEYS, required)
        checked = (
            parse_checked_at(self, data["checked_at"], f"{field}.checked_at")
            if "checked_at" in data
            else None
        )
        prompts = data["prompts"]
        if isinstance(prompts, list | tuple) and not MIN_PROMPTS <= len(prompts) <= MAX_PROMPTS:
            raise self.fail(
                f"{field}.prompts",
                QT_TRANSLATE_NOOP("Frameworks", "needs {low}-{high} prompts, found {n}"),
                low=MIN_PROMPTS,
                high=MAX_PROMPTS,
                n=len(prompts),
            )
        own_source = self.source(data["source"], f"{field}.source") if "source" in data else None
        return FrameworkItem(
            framework_id=framework_id,
            id=self.slug(data["id"], f"{field}.id"),
            label=self.text(data["label"], f"{field}.label", MAX_LABEL_CHARS),
            explanation=self.text(
                data["explanation"], f"{field}.explanation", MAX_EXPLANATION_CHARS
            ),
            prompts=self.text_list(
                prompts, f"{field}.prompts", MIN_PROMPTS, MAX_PROMPTS, MAX_PROMPT_CHARS
            ),
            source=own_source or framework_source,
            source_is_own=own_source is not None,
            group=self.text(data["group"], f"{field}.group") if "group" in data else "",
            unconfirmed=(
                self.boolean(data["unconfirmed"], f"{field}.unconfirmed")
                if "unconfirmed" in data
                else False
            ),
            notes=self.text(data["notes"], f"{field}.notes") if "notes" in data else "",
            checked_at=checked,
        )


def type_name(value: object) -> str:
    names = {
        bool: QT_TRANSLATE_NOOP("Frameworks", "a boolean"),
        int: QT_TRANSLATE_NOOP("Frameworks", "an integer"),
        float: QT_TRANSLATE_NOOP("Frameworks", "a number"),
        str: QT_TRANSLATE_NOOP("Frameworks", "a string"),
        list: QT_TRANSLATE_NOOP("Frameworks", "a list"),
        tuple: QT_TRANSLATE_NOOP("Frameworks", "a list"),
        dict: QT_TRANSLATE_NOOP("Frameworks", "a table"),
    }
    return names.get(type(value), type(value).__name__)


def parse_framework(
    data: Mapping[str, Any], filename: str, *, require_checked: bool = False
) -> Framework:
    """Validate a framework mapping (from TOML or JSON) and build a :class:`Framework`.

    ``require_checked``: every item must say where its wording was checked (bundled files;
    a user's own templates need not). Raises :class:`FrameworkFileError` naming
    ``filename`` and the offending field.
    """
    check = Checker(filename)
    data = check.table(data, "top level")
    check.keys(data, "", _FRAMEWORK_KEYS, _FRAMEWORK_REQUIRED)

    framework_id = check.slug(data["id"], "id")
    kind = check.text(data["kind"], "kind")
    if kind not in KINDS:
        raise check.fail(
            "kind",
            QT_TRANSLATE_NOOP("Frameworks", "'{kind}' is not one of {kinds}"),
            kind=kind,
            kinds=", ".join(KINDS),
        )
    source = check.source(data["source"], "source")

    raw_items = data["items"]
    if not isinstance(raw_items, list | tuple):
        raise check.fail(
            "items",
            QT_TRANSLATE_NOOP("Frameworks", "must be a list of [[items]] tables, found {found}"),
            found=type_name(raw_items),
        )
    if not raw_items:
        raise check.fail("items", QT_TRANSLATE_NOOP("Frameworks", "needs at least one item"))
    items: list[FrameworkItem] = []
    ids: dict[str, int] = {}
    labels: dict[str, int] = {}
    for index, raw in enumerate(raw_items):
        field = f"items[{index}]"
        item = check.item(raw, field, framework_id, source, require_checked)
        if item.id in ids:
            raise check.fail(
                f"{field}.id",
                QT_TRANSLATE_NOOP("Frameworks", "duplicate item id '{id}' (also items[{n}])"),
                id=item.id,
                n=ids[item.id],
            )
        label_key = item.label.casefold()
        if label_key in labels:
            raise check.fail(
                f"{field}.label",
                QT_TRANSLATE_NOOP("Frameworks", "duplicate label '{label}' (also items[{n}])"),
                label=item.label,
                n=labels[label_key],
            )
        ids[item.id] = index
        labels[label_key] = index
        items.append(item)

    questions: tuple[str, ...] = ()
    if "reflective_questions" in data:
        questions = check.text_list(
            data["reflective_questions"], "reflective_questions", 1, 10, MAX_PROMPT_CHARS
        )

    fields = parse_fields(check, data["fields"], kind) if "fields" in data else ()
    aliases = (
        parse_aliases(check, data["aliases"], framework_id, frozenset(ids))
        if "aliases" in data
        else ()
    )
    return Framework(
        id=framework_id,
        name=check.text(data["name"], "name", MAX_LABEL_CHARS),
        kind=kind,
        description=check.text(data["description"], "description", MAX_EXPLANATION_CHARS),
        version=check.text(data["version"], "version"),
        source=source,
        items=tuple(items),
        reflective_questions=questions,
        notes=check.text(data["notes"], "notes") if "notes" in data else "",
        origin=filename,
        fields=fields,
        aliases=aliases,
    )
