"""The framework library: professional frameworks, reflective models and conversation templates.

Each framework lives in one TOML file under ``resources/frameworks/`` (see
``docs/frameworks.md`` for the format). Journal entries link to framework items by a
fully-qualified reference string ``"framework_id:item_id"``, for example
``"loneliness-capabilities:signpost"``.

Everything here is plain Python (no Qt) so the CLI, the exporters and the tests can use it.
Validation lives in :mod:`supervision_app.core.frameworks_check`; it is strict on purpose
(unknown keys are errors) so a typo in a data file fails loudly in CI, not silently in the app.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from supervision_app.core.frameworks_check import parse_framework
from supervision_app.core.frameworks_extras import CheckedAt, TemplateField
from supervision_app.core.frameworks_schema import (
    KINDS,
    REF_SEPARATOR,
    Framework,
    FrameworkFileError,
    FrameworkItem,
    Source,
    format_ref,
    parse_ref,
)
from supervision_app.core.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "KINDS",
    "CheckedAt",
    "TemplateField",
    "REF_SEPARATOR",
    "Framework",
    "FrameworkFileError",
    "FrameworkItem",
    "FrameworkLibrary",
    "Source",
    "default_framework_folder",
    "default_library",
    "format_ref",
    "load_framework",
    "load_library",
    "loads_framework",
    "parse_framework",
    "parse_ref",
]


_TOML_LINE = re.compile(r"\(at line (\d+)")


def toml_error_line(exc: Exception) -> int | None:
    """The line number of a ``tomllib.TOMLDecodeError`` (3.11 only has it in the message)."""
    line = getattr(exc, "lineno", None)
    if isinstance(line, int):
        return line
    match = _TOML_LINE.search(str(exc))
    return int(match.group(1)) if match else None


def default_framework_folder() -> Path:
    """The bundled ``resources/frameworks`` folder."""
    from supervision_app.paths import resource_path

    return resource_path("frameworks")


def loads_framework(text: str, filename: str, *, require_checked: bool = True) -> Framework:
    """Parse and validate one framework from TOML text; ``filename`` is used in messages.

    Framework files must record for every item where its wording was checked
    (``checked_at``); ``require_checked=False`` relaxes that for a user's own templates.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = toml_error_line(exc)
        field = f"line {line}" if line is not None else "TOML"
        raise FrameworkFileError(
            filename, field, QT_TRANSLATE_NOOP("Frameworks", "invalid TOML: {reason}"), reason=exc
        ) from exc
    return parse_framework(data, filename, require_checked=require_checked)


def load_framework(path: Path) -> Framework:
    """Read, parse and validate one framework file (by convention named ``<id>.toml``)."""
    path = Path(path)
    name = path.name
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FrameworkFileError(
            name, "file", QT_TRANSLATE_NOOP("Frameworks", "cannot read: {reason}"), reason=exc
        ) from exc
    return loads_framework(text, name)


class FrameworkLibrary:
    """An ordered, read-only collection of frameworks with reference resolution and search."""

    def __init__(self, frameworks: Iterable[Framework] = ()) -> None:
        by_id: dict[str, Framework] = {}
        ordered: list[Framework] = []
        for framework in frameworks:
            previous = by_id.get(framework.id)
            if previous is not None:
                raise FrameworkFileError(
                    framework.origin,
                    "id",
                    QT_TRANSLATE_NOOP(
                        "Frameworks", "duplicate framework id '{id}' (also in {origin})"
                    ),
                    id=framework.id,
                    origin=previous.origin,
                )
            by_id[framework.id] = framework
            ordered.append(framework)
        self._by_id = by_id
        self._frameworks = tuple(ordered)

    # -- collection protocol -------------------------------------------------------------
    @property
    def frameworks(self) -> tuple[Framework, ...]:
        return self._frameworks

    def __iter__(self) -> Iterator[Framework]:
        return iter(self._frameworks)

    def __len__(self) -> int:
        return len(self._frameworks)

    def __contains__(self, framework_id: object) -> bool:
        return framework_id in self._by_id

    def __repr__(self) -> str:
        return f"FrameworkLibrary({[f.id for f in self._frameworks]!r})"

    def ids(self) -> tuple[str, ...]:
        return tuple(f.id for f in self._frameworks)

    # -- look-ups ------------------------------------------------------------------------
    def get(self, framework_id: str) -> Framework:
        """The framework with this id; ``KeyError`` if there is none."""
        try:
            return self._by_id[framework_id]
        except KeyError:
            raise KeyError(f"no framework with id '{framework_id}'") from None

    def item(self, ref: str) -> tuple[Framework, FrameworkItem]:
        """Resolve ``"framework_id:item_id"``, following an alias of a renamed item.

        An old id listed in a framework's ``aliases`` resolves to its current item (possibly
        in another framework), so links kept in existing vaults keep working. Raises
        ``ValueError`` for a malformed reference and ``KeyError`` when the framework or the
        item is not in the library.
        """
        framework_id, item_id = parse_ref(ref)
        framework = self.get(framework_id)
        try:
            return framework, framework.item(item_id)
        except KeyError:
            target = framework.alias_target(item_id)
            if target is None:
                raise
        target_fw, target_item = parse_ref(target)
        framework = self.get(target_fw)
        return framework, framework.item(target_item)  # one hop: aliases never chain

    def canonical_ref(self, ref: str) -> str:
        """The current ref for ``ref`` (itself unless it is an alias); unresolvable refs are
        returned unchanged so callers never lose them."""
        try:
            return self.item(ref)[1].ref
        except (KeyError, ValueError):
            return ref

    def aliases_to(self, ref: str) -> tuple[str, ...]:
        """Old refs (from any framework's ``aliases``) that now resolve to ``ref``."""
        return tuple(
            format_ref(fw.id, old)
            for fw in self._frameworks
            for old, target in fw.aliases
            if target == ref
        )

    def alias_map(self) -> dict[str, str]:
        """Every old ref in the library mapped to its current ref."""
        return {
            format_ref(fw.id, old): target for fw in self._frameworks for old, target in fw.aliases
        }

    def has_ref(self, ref: str) -> bool:
        """True when ``ref`` is well formed and resolves (entries may hold stale refs)."""
        try:
            self.item(ref)
        except (KeyError, ValueError):
            return False
        return True

    def by_kind(self, kind: str) -> tuple[Framework, ...]:
        if kind not in KINDS:
            raise ValueError(f"unknown kind '{kind}'; expected one of {', '.join(KINDS)}")
        return tuple(f for f in self._frameworks if f.kind == kind)

    def search(self, text: str) -> list[tuple[Framework, FrameworkItem]]:
        """Items whose label, explanation or group contain every word of ``text``.

        Case-insensitive. Items whose label matches every word come first; otherwise the
        library order is kept. An empty query matches nothing.
        """
        words = text.casefold().split()
        if not words:
            return []
        label_hits: list[tuple[Framework, FrameworkItem]] = []
        other_hits: list[tuple[Framework, FrameworkItem]] = []
        for framework in self._frameworks:
            for item in framework.items:
                label = item.label.casefold()
                haystack = " ".join((label, item.explanation.casefold(), item.group.casefold()))
                if all(word in haystack for word in words):
                    hits = label_hits if all(w in label for w in words) else other_hits
                    hits.append((framework, item))
        return label_hits + other_hits

    def extended(self, extra: Iterable[Framework]) -> FrameworkLibrary:
        """A new library with ``extra`` frameworks (e.g. custom templates) appended."""
        return FrameworkLibrary((*self._frameworks, *extra))


def _library_order(framework: Framework) -> tuple[int, str]:
    return (KINDS.index(framework.kind), framework.name.casefold())


def load_library(folder: Path | None = None) -> FrameworkLibrary:
    """Load and validate every ``*.toml`` file in ``folder`` (default: the bundled folder).

    Frameworks are ordered by kind (frameworks, models, conversations), then by name.
    The first invalid file raises :class:`FrameworkFileError`; duplicate ids across
    files are an error naming both files.
    """
    bundled = folder is None
    folder = Path(folder) if folder is not None else default_framework_folder()
    if not folder.is_dir():
        raise FrameworkFileError(
            str(folder), "folder", QT_TRANSLATE_NOOP("Frameworks", "framework folder not found")
        )
    load = _preloaded_or_load if bundled else load_framework
    frameworks = [load(path) for path in sorted(folder.glob("*.toml"))]
    # Check duplicates in file order, so the message names files predictably.
    library = FrameworkLibrary(frameworks)
    _check_alias_targets(library)
    return FrameworkLibrary(sorted(frameworks, key=_library_order))


def _check_alias_targets(library: FrameworkLibrary) -> None:
    """An alias must lead to a current item of a loaded framework (never to another alias)."""
    for fw in library:
        for old, target in fw.aliases:
            target_fw, target_item = parse_ref(target)
            if target_fw not in library or target_item not in library.get(target_fw).item_ids():
                raise FrameworkFileError(
                    fw.origin,
                    f"aliases.{old}",
                    QT_TRANSLATE_NOOP("Frameworks", "'{target}' is not an item in the library"),
                    target=target,
                )


#: Bundled files parsed ahead by :func:`preload_bundled`, used (once) by the next
#: :func:`load_library` of the bundled folder.
_preloaded: dict[Path, Framework] = {}


def bundled_framework_files() -> list[Path]:
    return sorted(default_framework_folder().glob("*.toml"))


def preload_bundled(paths: Iterable[Path]) -> list[Framework]:
    """Parse some bundled files ahead of :func:`default_library` (and return them). Loading
    the whole library is ~50 ms of CPU; the app's start-up spreads it over turns of the event
    loop while the unlock dialog waits for the passphrase, so no turn delays a key press."""
    parsed = []
    for path in paths:
        parsed.append(load_framework(path))
        _preloaded[path] = parsed[-1]
    return parsed


def _preloaded_or_load(path: Path) -> Framework:
    preloaded = _preloaded.get(path)
    if preloaded is None:
        return load_framework(path)
    del _preloaded[path]
    return preloaded


@lru_cache(maxsize=1)
def default_library() -> FrameworkLibrary:
    """The bundled library, loaded once per process."""
    return load_library()
