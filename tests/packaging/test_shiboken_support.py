"""shiboken's signature support as files (packaging/shiboken_support.py, issue 16 item 8).

Made for a copy of the installed shiboken6 package (never the environment's own), in real
processes: Qt then loads the support modules from the folder, and works as before.
"""

from __future__ import annotations

import importlib.util
import os
import py_compile
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "shiboken_support.py"

_WHERE_AND_AN_ERROR = """
import sys
import PySide6.QtCore
from PySide6.QtCore import QObject
print("LOADER", sys.modules["shibokensupport.signature.loader"].__file__)
try:
    QObject().setObjectName(1, 2)
except TypeError as error:
    print("ERROR", " ".join(str(error).split()))
"""


def _support_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("shiboken_support", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _run(*args: str, path: Path | None) -> subprocess.CompletedProcess[str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "SBK_EMBED", "PYTHONPYCACHEPREFIX", "PYTHONDONTWRITEBYTECODE")
    }
    if path is not None:
        env["PYTHONPATH"] = str(path)
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=env, timeout=120, check=True
    )


def test_the_embedded_modules_are_written_out(tmp_path: Path) -> None:
    modules = _support_module().write_sources(tmp_path)
    assert "shibokensupport.signature.loader" in modules
    assert "shibokensupport" in modules and "signature_bootstrap" not in modules
    for name in modules:
        base = tmp_path / name.replace(".", "/")
        source = base / "__init__.py" if base.is_dir() else base.with_suffix(".py")
        py_compile.compile(str(source), doraise=True)


def test_qt_loads_the_support_from_the_folder_once_made(tmp_path: Path) -> None:
    spec = importlib.util.find_spec("shiboken6")
    assert spec is not None and spec.origin is not None
    copy = tmp_path / "site"
    shutil.copytree(
        Path(spec.origin).parent,
        copy / "shiboken6",
        ignore=shutil.ignore_patterns("__pycache__", "files.dir*"),
    )
    before = _run("-c", _WHERE_AND_AN_ERROR, path=copy).stdout
    assert "LOADER shibokensupport/signature/loader.py" in before  # the embedded copy

    made = _run(str(SCRIPT), path=copy).stdout.strip()
    folder = copy / "shiboken6" / "files.dir"
    assert Path(made) == folder.resolve()
    assert list((folder / "shibokensupport" / "signature" / "__pycache__").glob("loader.*.pyc"))
    after = _run("-c", _WHERE_AND_AN_ERROR, path=copy).stdout
    assert f"LOADER {folder.resolve()}/shibokensupport/signature/loader.py" in after
    # The signature machinery answers a wrong call as before.
    assert before.split("ERROR", 1)[1] == after.split("ERROR", 1)[1]
    assert "setObjectName" in after.split("ERROR", 1)[1]

    assert _run(str(SCRIPT), path=copy).stdout.strip() == made  # made once: left as it is
    _run(str(SCRIPT), "--remove", path=copy)
    assert not folder.exists()
    assert (
        "LOADER shibokensupport/signature/loader.py"
        in _run("-c", _WHERE_AND_AN_ERROR, path=copy).stdout
    )
