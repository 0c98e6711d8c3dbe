"""Custom templates and template-set files shared within a team.

A template is framework data (the same fields as a file in ``resources/frameworks``) of
kind ``model`` or ``conversation``. A template-set file holds templates only, never entry
content, and is validated whole before anything is imported.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from supervision_app.core.frameworks import Framework, FrameworkFileError, parse_framework
from supervision_app.core.guided import TEMPLATE_KINDS

SET_FORMAT = "supervision-journal-templates"
SET_VERSION = 1


class TemplateSetError(ValueError):
    """A template-set file that cannot be imported; ``str()`` says why, for the user."""


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
        raise FrameworkFileError(origin, "template", "must be an object")
    fw = parse_framework(data, origin)
    if fw.kind not in TEMPLATE_KINDS:
        raise FrameworkFileError(
            origin, "kind", f"a template must be one of {', '.join(TEMPLATE_KINDS)}"
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
        raise TemplateSetError(
            f"{filename} is not valid JSON (line {exc.lineno}: {exc.msg})."
        ) from None
    if not isinstance(payload, dict) or payload.get("format") != SET_FORMAT:
        raise TemplateSetError(f"{filename} is not a Supervision Journal template file.")
    if payload.get("version") != SET_VERSION:
        raise TemplateSetError(
            f"{filename} has template file version {payload.get('version')!r}; "
            f"this app reads version {SET_VERSION}."
        )
    extra = set(payload) - {"format", "version", "templates"}
    if extra:
        raise TemplateSetError(
            f"{filename} has unexpected fields ({', '.join(sorted(extra))}); "
            "a template file holds templates only."
        )
    raw = payload.get("templates")
    if not isinstance(raw, list) or not raw:
        raise TemplateSetError(f"{filename} has no templates.")
    result: list[Framework] = []
    seen: set[str] = set()
    for n, data in enumerate(raw):
        try:
            fw = parse_template(data, f"{filename}: templates[{n}]")
        except FrameworkFileError as exc:
            raise TemplateSetError(str(exc)) from None
        if fw.id in seen:
            raise TemplateSetError(f"{filename}: templates[{n}]: id: '{fw.id}' appears twice.")
        seen.add(fw.id)
        result.append(fw)
    return result
