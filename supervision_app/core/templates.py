"""Custom templates and template-set files shared within a team.

A template is framework data (the same fields as a file in ``resources/frameworks``) of
kind ``model`` or ``conversation``. A template-set file holds templates only, never entry
content, and is validated whole before anything is imported.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from supervision_app.core.errors import Explained
from supervision_app.core.frameworks import Framework, FrameworkFileError, parse_framework
from supervision_app.core.guided import TEMPLATE_KINDS
from supervision_app.core.i18n import QT_TRANSLATE_NOOP, Translate, english
from supervision_app.core.parse_problems import json_reason

SET_FORMAT = "supervision-journal-templates"
SET_VERSION = 1
TEMPLATES_KEY = "templates"


class TemplateSetError(Explained, ValueError):
    """A template-set file that cannot be imported; ``str()`` says why, for the user
    (:meth:`message` in the window's language)."""

    #: The template's own error, when one template in the file is not valid.
    reason: FrameworkFileError | None = None

    @classmethod
    def because(cls, reason: FrameworkFileError) -> TemplateSetError:
        error = cls(str(reason))
        error.reason = reason
        return error

    def message(self, translate: Translate = english) -> str:
        return self.reason.message(translate) if self.reason else super().message(translate)


def framework_to_data(fw: Framework) -> dict[str, Any]:
    """The inverse of ``parse_framework`` for templates: plain data ready for JSON."""
    source: dict[str, Any] = {
        "title": fw.source.title,
        "publisher": fw.source.publisher,
        "year": fw.source.year,
    }
    for key in ("url", "location", "authors"):
        if getattr(fw.source, key):
            source[key] = getattr(fw.source, key)
    data: dict[str, Any] = {
        "id": fw.id,
        "name": fw.name,
        "kind": fw.kind,
        "description": fw.description,
        "version": fw.version,
        "source": source,
        "items": [],
    }
    if fw.reflective_questions:
        data["reflective_questions"] = list(fw.reflective_questions)
    if fw.notes:
        data["notes"] = fw.notes
    if fw.fields:
        data["fields"] = [{"name": f.name, "label": f.label, "kind": f.kind} for f in fw.fields]
    for item in fw.items:
        entry: dict[str, Any] = {
            "id": item.id,
            "label": item.label,
            "explanation": item.explanation,
            "prompts": list(item.prompts),
        }
        if item.group:
            entry["group"] = item.group
        data["items"].append(entry)
    return data


def parse_template(data: Any, origin: str) -> Framework:
    """Validate one custom template, raising ``FrameworkFileError`` naming the field."""
    if not isinstance(data, dict):
        raise FrameworkFileError(
            origin, "template", QT_TRANSLATE_NOOP("Frameworks", "must be an object")
        )
    fw = parse_framework(data, origin)
    if fw.kind not in TEMPLATE_KINDS:
        raise FrameworkFileError(
            origin,
            "kind",
            QT_TRANSLATE_NOOP("Frameworks", "a template must be one of {kinds}"),
            kinds=", ".join(TEMPLATE_KINDS),
        )
    return fw


def dump_template_set(templates: Iterable[Framework]) -> str:
    payload = {
        "format": SET_FORMAT,
        "version": SET_VERSION,
        "templates": [framework_to_data(t) for t in templates],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def load_template_set(text: str, filename: str = "template file") -> list[Framework]:
    """Every template in the file, or :class:`TemplateSetError` and nothing."""
    try:
        payload = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TemplateSetError.marked(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} is not valid JSON (line {line}, column {column}: {reason})."
            ),
            file=filename,
            line=exc.lineno,
            column=exc.colno,
            reason=json_reason(exc),
        ) from None
    if not isinstance(payload, dict) or payload.get("format") != SET_FORMAT:
        raise TemplateSetError.marked(
            QT_TRANSLATE_NOOP("Errors", "{file} is not a Supervision Journal template file."),
            file=filename,
        )
    if payload.get("version") != SET_VERSION:
        raise TemplateSetError.marked(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} has template file version {found}; this app reads version {known}.",
            ),
            file=filename,
            found=repr(payload.get("version")),
            known=SET_VERSION,
        )
    extra = set(payload) - {"format", "version", "templates"}
    if extra:
        raise TemplateSetError.marked(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} has unexpected fields ({fields}); a template file holds templates only.",
            ),
            file=filename,
            fields=", ".join(sorted(extra)),
        )
    raw = payload.get(TEMPLATES_KEY)
    if not isinstance(raw, list) or not raw:
        raise TemplateSetError.marked(
            QT_TRANSLATE_NOOP("Errors", "{file} has no templates."), file=filename
        )
    result: list[Framework] = []
    seen: set[str] = set()
    for n, data in enumerate(raw):
        try:
            # Where in the file: its JSON path (a key name, not a word to translate).
            fw = parse_template(data, f"{filename}: {TEMPLATES_KEY}[{n}]")
        except FrameworkFileError as exc:
            raise TemplateSetError.because(exc) from None
        if fw.id in seen:
            raise TemplateSetError.marked(
                QT_TRANSLATE_NOOP("Errors", "{file}: templates[{n}]: id: '{id}' appears twice."),
                file=filename,
                n=n,
                id=fw.id,
            )
        seen.add(fw.id)
        result.append(fw)
    return result
