"""The wheel and sdist carry everything: built from a copy of the checkout, installed into a
fresh virtual environment outside it, and run there as a user runs it.

To stay fast and offline the build uses the shared environment's setuptools
(``--no-isolation``) and the new environment reaches the dependencies (PySide6, sqlcipher3...)
through a ``.pth`` line naming the shared site-packages; the app itself comes only from the
wheel, and a test proves the checkout is not on ``sys.path``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from supervision_app.storage.keying import TEST_KDF_ITER_ENV

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "supervision_app" / "resources"
_IGNORE = shutil.ignore_patterns(
    ".venv*", ".git", ".pytest_cache", ".mypy_cache", ".ruff_cache", "__pycache__", "*.egg-info"
)
#: Folders at the top of the checkout that hold build output, not sources.
_TOP_LEVEL_OUTPUT = {"build", "dist"}


def _ignore(folder: str, names: list[str]) -> set[str]:
    ignored = set(_IGNORE(folder, names))
    if Path(folder) == ROOT:
        ignored |= _TOP_LEVEL_OUTPUT & set(names)
    if Path(folder) == ROOT / "benchmarks":
        ignored |= {"out"} & set(names)
    return ignored


@dataclass
class Installed:
    tmp: Path
    wheel: Path
    sdist: Path
    venv: Path
    env: dict[str, str]

    @property
    def bin(self) -> Path:
        return self.venv / ("Scripts" if sys.platform == "win32" else "bin")

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            list(args),
            capture_output=True,
            text=True,
            cwd=self.tmp,
            env=self.env,
            timeout=180,
            check=False,
        )


def _resource_files() -> list[str]:
    return sorted(
        p.relative_to(ROOT).as_posix()
        for p in RESOURCES.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "src"
    shutil.copytree(ROOT, source, ignore=_ignore)
    dist = tmp / "dist"
    # sdist first, then the wheel built from the unpacked sdist: a file the sdist misses
    # is missing from the wheel too.
    build = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dist), str(source)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    (wheel,) = dist.glob("*.whl")
    (sdist,) = dist.glob("*.tar.gz")

    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    venv_python = venv / "bin" / "python"
    site = subprocess.run(
        [str(venv_python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # Dependencies from the shared environment; lines in a .pth only extend sys.path (the
    # shared environment's own .pth files, such as an editable install, are not run).
    Path(site, "_shared_dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    install = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(venv_python),
            "install",
            "-q",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],  # fmt: skip
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert install.returncode == 0, install.stderr
    home = tmp / "home"
    home.mkdir()
    env = {
        "PATH": f"{venv / 'bin'}{os.pathsep}/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        # The self-test's vaults with the suite's cheap key derivation (tests/conftest.py):
        # these tests are about what the wheel holds; 256,000 iterations cost 0.9 CPU s here.
        TEST_KDF_ITER_ENV: os.environ[TEST_KDF_ITER_ENV],
    }
    yield Installed(tmp, wheel, sdist, venv, env)


def test_wheel_holds_every_resource(installed: Installed) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    expected = _resource_files()
    assert any(name.endswith(".toml") for name in expected)
    assert [f for f in expected if f not in names] == []
    assert any(n.endswith("/licenses/LICENSE") for n in names)


def test_sdist_holds_every_resource_and_the_packaging(installed: Installed) -> None:
    with tarfile.open(installed.sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    wanted = [*_resource_files(), "LICENSE", "README.md", "pyproject.toml", "dev"]
    wanted += [
        p.relative_to(ROOT).as_posix()
        for folder in ("packaging", "tests")
        for p in (ROOT / folder).rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    ]
    assert [f for f in wanted if f not in names] == []
    assert not [n for n in names if n.endswith(".pyc")]


def test_the_checkout_is_not_on_the_path(installed: Installed) -> None:
    probe = installed.run(
        str(installed.bin / "python"),
        "-c",
        "import json, sys, supervision_app; "
        "print(json.dumps({'file': supervision_app.__file__, 'path': sys.path}))",
    )
    assert probe.returncode == 0, probe.stderr
    seen = json.loads(probe.stdout)
    assert Path(seen["file"]).is_relative_to(installed.venv)
    # The shared environment's site-packages (named by the .pth for the dependencies) may sit
    # inside the checkout, as ./dev makes .venv there; what matters is that no entry can
    # import the checkout's own package.
    for entry in seen["path"]:
        folder = Path(entry or installed.tmp).resolve()
        assert folder != ROOT.resolve(), entry
        source = folder / "supervision_app"
        if source.exists():
            assert folder.is_relative_to(installed.venv.resolve()), entry


def test_frameworks_json_from_the_wheel(installed: Installed) -> None:
    result = installed.run(str(installed.bin / "supervision-journal"), "frameworks", "--json")
    assert result.returncode == 0, result.stderr
    frameworks = json.loads(result.stdout)
    ids = {f["id"] for f in frameworks}
    assert len(ids) == len(list((RESOURCES / "frameworks").glob("*.toml")))
    assert "loneliness-capabilities" in ids


def test_self_test_from_the_wheel(installed: Installed) -> None:
    result = installed.run(str(installed.bin / "supervision-journal"), "--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert "checks passed" in result.stdout.splitlines()[-1]
    # The framework data came from the installed package, not the checkout.
    assert f"frameworks from {installed.venv}" in result.stdout


def test_version_from_the_wheel(installed: Installed) -> None:
    from supervision_app import __version__

    result = installed.run(str(installed.bin / "supervision-journal"), "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"supervision-journal {__version__}"
    assert f"-{__version__}-" in installed.wheel.name
