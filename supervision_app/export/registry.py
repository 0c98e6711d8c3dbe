"""The exporter registry: small exporter classes, looked up by format name.

Writing an exporter
-------------------
Subclass :class:`Exporter`, set ``name`` (the ``--format`` value), ``label`` (for menus and
file dialogs) and ``extension`` (without the dot), implement :meth:`Exporter.write`, and
decorate the class with :func:`register`::

    @register
    class CsvExporter(Exporter):
        name, label, extension = "csv", "CSV spreadsheet", "csv"

        def write(self, records, path, options):
            with atomic_file(path, newline="") as handle:   # export/atomic.py
                ...
            return ExportResult(path, len(records))

``write`` must write atomically (:func:`supervision_app.core.atomic.atomic_write` or
``atomic_file``) and must not import Qt; import heavy libraries (docx, xlsxwriter) inside
``write`` so that listing the formats stays cheap. ``records`` have already been chosen
(storage/selection.py) and, when the user asked for it, redacted: an exporter never scans
or redacts by itself. Problems the user should see but that do not stop the export (two
identical records, a statement over its word limit) go into ``ExportResult.warnings``.

Built-in exporters are declared in :data:`_BUILTIN` by module path (the PDF portfolio, laid
out with Qt, is declared by the composition roots: :mod:`supervision_app.formats`), so
:func:`names` and :func:`info` never import them and the command line imports Qt only to
write a PDF: the module is imported on the first :func:`get` of one of its names, and its
``@register`` runs then.
"""

from __future__ import annotations

import datetime as dt
import importlib
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from supervision_app.core.errors import JournalError
from supervision_app.core.i18n import QT_TRANSLATE_NOOP, Text, Translate, english

if TYPE_CHECKING:
    from supervision_app.core.cpd.hcpc import HcpcProfile
    from supervision_app.core.cpd.model import CpdRecord
    from supervision_app.core.frameworks import FrameworkLibrary

__all__ = [
    "ExportOptions",
    "ExportResult",
    "Exporter",
    "ExporterInfo",
    "UnknownFormat",
    "get",
    "info",
    "names",
    "register",
    "register_lazy",
]


class UnknownFormat(JournalError):
    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(self.message())

    def message(self, translate: Translate = english) -> str:
        return translate("Errors", "'{name}' is not an export format; choose from {names}.").format(
            name=self.name, names=", ".join(names())
        )


class FormatUnavailable(JournalError):
    """``reason`` is marked with ``QT_TRANSLATE_NOOP("Errors", …)`` where it is raised, or
    a :class:`~supervision_app.core.i18n.Text` with its values."""

    def __init__(self, name: str, reason: str) -> None:
        self.name, self.reason = name, reason
        super().__init__(self.message())

    def message(self, translate: Translate = english) -> str:
        return translate("Errors", "The {name} export is not available here ({reason}).").format(
            name=self.name,
            reason=(
                self.reason.render(translate)
                if isinstance(self.reason, Text)
                else translate("Errors", self.reason)
            ),
        )


@dataclass(frozen=True)
class ExportOptions:
    """Everything an exporter may need besides the records."""

    #: The "practitioner name" setting, for cover pages.
    practitioner_name: str = ""
    #: The period the user chose (None: open-ended); exporters show it on the cover.
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    #: Injected so tests (and "generated on" lines) do not depend on the real date.
    today: dt.date = field(default_factory=dt.date.today)
    #: True when the records were redacted (exporters may say so on the cover).
    redacted: bool = False
    #: The framework library for labels of linked standards (None: the bundled one).
    library: FrameworkLibrary | None = None
    #: The HCPC profile (summary, statement, evidence), for the ``hcpc`` exporter.
    hcpc_profile: HcpcProfile | None = None
    #: The open vault, for exporters of the whole vault (``scope = "vault"``) only.
    vault: Any = None
    #: Format-specific extras, by name.
    extra: dict[str, Any] = field(default_factory=dict)

    def framework_library(self) -> FrameworkLibrary:
        if self.library is not None:
            return self.library
        from supervision_app.core.frameworks import default_library

        return default_library()


@dataclass
class ExportResult:
    path: Path
    #: How many records were written.
    records: int
    #: Sentences for the user: written, but worth a look.
    warnings: list[str] = field(default_factory=list)


class Exporter(ABC):
    """One export format. Instances are cheap and hold no state between exports."""

    name: ClassVar[str]
    label: ClassVar[str]
    extension: ClassVar[str]
    #: "selection": writes the records it is given; "vault": writes the whole vault from
    #: ``options.vault`` (e.g. a full JSONL backup) and may ignore ``records``.
    scope: ClassVar[str] = "selection"
    #: Whether the anonymisation check runs before this export (a lossless backup that
    #: only the user can decrypt may opt out; say so in the label).
    checks_identifiers: ClassVar[bool] = True

    @abstractmethod
    def write(
        self, records: Sequence[CpdRecord], path: Path, options: ExportOptions
    ) -> ExportResult:
        """Write ``records`` to ``path`` atomically and report what was written."""


@dataclass(frozen=True)
class ExporterInfo:
    name: str
    label: str
    extension: str
    module: str


_E = TypeVar("_E", bound=type[Exporter])

#: name -> (module, label, extension); imported on first use.
_BUILTIN: dict[str, tuple[str, str, str]] = {
    "docx": ("supervision_app.export.docx_export", "Word document (editable)", "docx"),
    "xlsx": ("supervision_app.export.xlsx_export", "Excel workbook", "xlsx"),
    "csv": ("supervision_app.export.csv_export", "CSV spreadsheet", "csv"),
    "md": ("supervision_app.export.markdown_export", "Markdown", "md"),
    "html": ("supervision_app.export.html_export", "Web page (HTML)", "html"),
    "swe": ("supervision_app.export.swe_export", "Social Work England form text", "txt"),
    "hcpc": ("supervision_app.export.hcpc_export", "HCPC CPD profile (Word)", "docx"),
    "jsonl": ("supervision_app.export.jsonl_export", "Whole vault (JSON Lines)", "jsonl"),
}
_lazy: dict[str, tuple[str, str, str]] = dict(_BUILTIN)
_classes: dict[str, type[Exporter]] = {}


def register(cls: _E) -> _E:
    """Class decorator: make ``cls`` available under ``cls.name``."""
    for attribute in ("name", "label", "extension"):
        if not isinstance(getattr(cls, attribute, None), str):
            raise TypeError(f"{cls.__name__} needs a class attribute '{attribute}' (a string)")
    _classes[cls.name] = cls
    _lazy.setdefault(cls.name, (cls.__module__, cls.label, cls.extension))
    return cls


def register_lazy(
    name: str, module: str, label: str, extension: str, *, position: int | None = None
) -> None:
    """Declare a format whose module is imported (and registers itself) on first use.

    ``position`` places it in :func:`names` (menus list formats in that order); default last.
    """
    entries = [(k, v) for k, v in _lazy.items() if k != name]
    where = len(entries) if position is None else position
    entries.insert(where, (name, (module, label, extension)))
    _lazy.clear()
    _lazy.update(entries)


def names() -> list[str]:
    """Every format name, built-in order first, without importing any exporter."""
    return list(dict.fromkeys([*_lazy, *_classes]))


def info(name: str) -> ExporterInfo:
    """Label and extension of a format, without importing its module."""
    if name in _classes:
        cls = _classes[name]
        return ExporterInfo(name, cls.label, cls.extension, cls.__module__)
    if name in _lazy:
        module, label, extension = _lazy[name]
        return ExporterInfo(name, label, extension, module)
    raise UnknownFormat(name)


def get(name: str) -> Exporter:
    """A new exporter for ``name``, importing its module if needed."""
    if name not in _classes:
        if name not in _lazy:
            raise UnknownFormat(name)
        module = _lazy[name][0]
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as error:
            if error.name != module:
                raise FormatUnavailable(
                    name, Text("Errors", "{module} is not installed", module=error.name)
                ) from None
            raise FormatUnavailable(
                name, QT_TRANSLATE_NOOP("Errors", "it is not part of this version")
            ) from None
        if name not in _classes:
            raise FormatUnavailable(
                name,
                Text("Errors", "{module} registers no exporter named '{name}'", module=module,
                     name=name),
            )  # fmt: skip
    return _classes[name]()
