"""shiboken's signature support as ordinary modules, so that it is not compiled at every start.

Every process that imports ``PySide6.QtCore`` first runs shiboken6's "signature support"
(``shibokensupport``: 13 Python modules embedded in ``libshiboken6`` as a zip of *source*),
and compiles all of them again each time: ~20-30 ms of CPU before the app's unlock dialog
can paint (issue 16 item 8; docs/performance.md, "shiboken's support modules"). shiboken
itself offers the way out: when a folder ``files.dir`` exists beside ``shiboken6/__init__.py``
it imports the same modules from there, as files, whose bytecode Python caches like any
other module's (``SBK_EMBED=0`` makes it; ``SBK_EMBED=1`` removes it).

``python packaging/shiboken_support.py`` makes that folder for the running interpreter's
shiboken6 (the development environment: ``./dev`` runs it), with the bytecode compiled and
the folder renamed into place whole, so a process starting meanwhile sees either no folder
(and the embedded copy, as before) or a complete one. ``--remove`` takes it away again.
The PyInstaller spec uses :func:`write_sources` to put the same modules in the bundle.
"""

from __future__ import annotations

import compileall
import os
import shutil
import sys
from pathlib import Path

FOLDER = "files.dir"


def _embedded_zip():  # type: ignore[no-untyped-def]
    """The zip of sources shiboken embeds (its own bootstrap reads it the same way)."""
    import PySide6.QtCore  # noqa: F401  (loads signature_bootstrap)

    bootstrap = sys.modules["signature_bootstrap"]
    return bootstrap.prepare_zipfile()[1].zfile


def write_sources(target: Path) -> list[str]:
    """Write the embedded support modules' sources under ``target``; returns their module
    names (``signature_bootstrap`` aside: shiboken has it loaded before it looks)."""
    archive = _embedded_zip()
    modules = []
    for name in archive.namelist():
        if not name.endswith(".py") or name == "signature_bootstrap.py":
            continue
        path = target / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(archive.read(name))
        module = name.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
        modules.append(module)
    return sorted(modules)


def shiboken_folder() -> Path:
    """Where shiboken looks (found without importing shiboken6: a quick no-op when made)."""
    import importlib.util

    spec = importlib.util.find_spec("shiboken6")
    if spec is None or spec.origin is None:
        raise RuntimeError("shiboken6 is not installed")
    return Path(spec.origin).resolve().parent / FOLDER


def install() -> Path:
    """Make ``files.dir`` beside the running interpreter's shiboken6 (or leave it)."""
    folder = shiboken_folder()
    if folder.exists():
        return folder
    staging = folder.with_name(f"{FOLDER}.{os.getpid()}.tmp")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        write_sources(staging)
        archive = _embedded_zip()  # shiboken's own layout has the bootstrap there too
        (staging / "signature_bootstrap.py").write_bytes(archive.read("signature_bootstrap.py"))
        if not compileall.compile_dir(staging, quiet=1):
            raise RuntimeError(f"could not compile the modules in {staging}")
        staging.rename(folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return folder


def main(argv: list[str]) -> int:
    if argv == ["--remove"]:
        shutil.rmtree(shiboken_folder(), ignore_errors=True)
        return 0
    if argv:
        print("usage: shiboken_support.py [--remove]", file=sys.stderr)
        return 2
    print(install())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
