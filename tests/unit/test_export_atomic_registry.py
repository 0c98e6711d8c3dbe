"""Atomic writes and the exporter registry."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from supervision_app.core.atomic import atomic_file, atomic_write
from supervision_app.core.cpd.model import CpdRecord
from supervision_app.export import registry
from supervision_app.export.registry import (
    Exporter,
    ExportOptions,
    ExportResult,
    FormatUnavailable,
    UnknownFormat,
)


def test_atomic_write_bytes_and_callable(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    atomic_write(target, b"first")
    assert target.read_bytes() == b"first"
    atomic_write(target, lambda temp: temp.write_bytes(b"second"))
    assert target.read_bytes() == b"second"
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_failed_writer_leaves_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "portfolio.pdf"
    target.write_bytes(b"old")

    def half_then_fail(temp: Path) -> None:
        temp.write_bytes(b"half a PDF")
        raise RuntimeError("renderer crashed")

    with pytest.raises(RuntimeError, match="renderer crashed"):
        atomic_write(target, half_then_fail)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["portfolio.pdf"]
    fresh = tmp_path / "new.docx"
    with pytest.raises(RuntimeError):
        atomic_write(fresh, half_then_fail)
    assert not fresh.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["portfolio.pdf"]


def test_atomic_file_streams_and_cleans_up(tmp_path: Path) -> None:
    target = tmp_path / "rows.csv"
    with atomic_file(target, encoding="utf-8-sig", newline="") as handle:
        handle.write("a,b\r\n")
        assert not target.exists()  # nothing visible until the block ends
    assert target.read_bytes() == b"\xef\xbb\xbfa,b\r\n"
    with pytest.raises(ZeroDivisionError), atomic_file(target) as handle:
        handle.write("partial")
        1 / 0  # noqa: B018
    assert target.read_bytes() == b"\xef\xbb\xbfa,b\r\n"
    assert len(list(tmp_path.iterdir())) == 1
    with pytest.raises(ValueError):
        with atomic_file(target, "a"):
            pass


def test_every_built_in_format_is_listed_with_label_and_extension() -> None:
    names = registry.names()
    assert names[:9] == ["pdf", "docx", "xlsx", "csv", "md", "html", "swe", "hcpc", "jsonl"]
    info = registry.info("swe")
    assert (info.extension, info.module) == ("txt", "supervision_app.export.swe_export")
    with pytest.raises(UnknownFormat, match="'rtf' is not an export format"):
        registry.get("rtf")


@pytest.mark.parametrize("name", ["docx", "xlsx", "csv", "md", "html", "swe", "hcpc"])
def test_get_imports_and_instantiates(name: str) -> None:
    exporter = registry.get(name)
    assert exporter.name == name
    assert exporter.extension == registry.info(name).extension


def test_listing_formats_imports_no_exporter_and_no_qt() -> None:
    code = (
        "import sys; from supervision_app.export import registry; registry.names();"
        " [registry.info(n) for n in registry.names()];"
        " bad = [m for m in sys.modules if m.startswith(('PySide6', 'docx', 'openpyxl'))"
        " or m.endswith('_export')]; print(bad)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_register_a_new_format_and_lazy_modules() -> None:
    @registry.register
    class Upper(Exporter):
        name, label, extension = "test-upper", "Titles in capitals", "txt"

        def write(
            self, records: Sequence[CpdRecord], path: Path, options: ExportOptions
        ) -> ExportResult:
            atomic_write(path, "\n".join(r.title.upper() for r in records).encode())
            return ExportResult(path, len(records))

    try:
        assert "test-upper" in registry.names()
        assert isinstance(registry.get("test-upper"), Upper)
        registry.register_lazy("test-missing", "supervision_app.export.no_such_module", "X", "x")
        with pytest.raises(FormatUnavailable, match="not part of this version"):
            registry.get("test-missing")
        with pytest.raises(TypeError):
            registry.register(type("Bad", (Exporter,), {"write": lambda *a: None}))
    finally:
        registry._classes.pop("test-upper", None)
        registry._lazy.pop("test-upper", None)
        registry._lazy.pop("test-missing", None)
