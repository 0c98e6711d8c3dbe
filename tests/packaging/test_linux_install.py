"""The Linux archive's menu entry, AppStream data, install.sh and uninstall.sh.

The scripts run for real (bash, a temporary HOME) over the archive's real layout, made by
``packaging/linux/stage.sh``; the PyInstaller bundle inside is stood in for by a small
script, because building the real one takes a minute (``packaging/test-bundle.sh`` installs
the real bundle the same way and runs its self-test).
"""

from __future__ import annotations

import os
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from supervision_app import __version__

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
NAME = "supervision-journal"
APP_ID = "io.github.supervisionjournal.SupervisionJournal"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

FAKE_APP = """#!/bin/sh
if [ "$1" = "--self-test" ]; then
  [ -z "$FAKE_SELF_TEST_FAILS" ] || { echo "FAILED 1/1 export a PDF: no fonts"; exit 1; }
  echo "All 1 checks passed in 0.1 s."; exit 0
fi
echo "fake app $*"
"""


def _run(*args: str | Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, env=env, timeout=60, check=False
    )


def _tree(home: Path) -> dict[str, str]:
    """Every path under ``home`` with its kind (and a link's target)."""
    tree = {}
    for path in sorted(home.rglob("*")):
        rel = path.relative_to(home).as_posix()
        tree[rel] = f"-> {os.readlink(path)}" if path.is_symlink() else (
            "dir" if path.is_dir() else "file"
        )  # fmt: skip
    return tree


@pytest.fixture
def staged(tmp_path: Path) -> Path:
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    (bundle / NAME).write_text(FAKE_APP)
    (bundle / NAME).chmod(0o755)
    (bundle / "_internal").mkdir()
    (bundle / "_internal" / "data.txt").write_text("bundled file\n")
    stage = tmp_path / f"{NAME}-{__version__}"
    subprocess.run([LINUX / "stage.sh", bundle, stage], check=True, timeout=60)
    return stage


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A home folder that already holds a journal and another app's menu entry."""
    home = tmp_path / "home"
    journal = home / ".local" / "share" / NAME / "journal.sjvault"
    journal.parent.mkdir(parents=True)
    journal.write_bytes(b"\x00" * 4096)
    other = home / ".local" / "share" / "applications" / "other.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\n")
    return home


def _env(home: Path, **extra: str) -> dict[str, str]:
    return {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", **extra}


def test_desktop_file_validates() -> None:
    result = _run("desktop-file-validate", LINUX / f"{NAME}.desktop", env=_env(Path("/")))
    assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr


def test_metainfo_validates_and_names_this_version() -> None:
    result = _run("appstreamcli", "validate", "--no-net", METAINFO, env=_env(Path("/")))
    assert result.returncode == 0, result.stdout + result.stderr
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.find("launchable").text == f"{NAME}.desktop"  # type: ignore[union-attr]
    # The newest release is the package's own version: bump both together.
    assert root.find("releases/release").get("version") == __version__  # type: ignore[union-attr]


def test_stage_lays_out_the_archive(staged: Path) -> None:
    names = {p.relative_to(staged).as_posix() for p in staged.rglob("*") if p.is_file()}
    assert {
        "install.sh", "uninstall.sh", "LICENSE", "README.txt", f"{NAME}/{NAME}",
        f"share/{NAME}.desktop", f"share/{APP_ID}.metainfo.xml", f"share/icons/{NAME}.svg",
    } <= names  # fmt: skip
    assert {f"share/icons/{NAME}-{s}.png" for s in SIZES} <= names
    assert os.access(staged / "install.sh", os.X_OK) and os.access(staged / "uninstall.sh", os.X_OK)


def test_install_then_uninstall_leaves_home_as_it_was(staged: Path, home: Path) -> None:
    before = _tree(home)
    result = _run(staged / "install.sh", env=_env(home))
    assert result.returncode == 0, result.stderr
    assert "All 1 checks passed" in result.stdout

    local = home / ".local"
    opt = local / "opt" / NAME
    assert (opt / "_internal" / "data.txt").read_text() == "bundled file\n"
    launcher = local / "bin" / NAME
    assert launcher.is_symlink() and launcher.resolve() == (opt / NAME).resolve()
    assert _run(launcher, "--version", env=_env(home)).stdout == "fake app --version\n"
    desktop = local / "share" / "applications" / f"{NAME}.desktop"
    assert f'Exec="{opt / NAME}"' in desktop.read_text()
    assert _run("desktop-file-validate", desktop, env=_env(home)).returncode == 0
    for size in SIZES:
        png = local / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png"
        assert png.read_bytes() == (staged / "share" / "icons" / f"{NAME}-{size}.png").read_bytes()
    assert (local / "share" / "icons" / "hicolor" / "scalable" / "apps" / f"{NAME}.svg").is_file()
    assert (local / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert os.access(opt / "uninstall.sh", os.X_OK)

    # Removed with the installed copy of uninstall.sh, as README.txt tells the user.
    result = _run(opt / "uninstall.sh", env=_env(home))
    assert result.returncode == 0, result.stderr
    assert "journal" in result.stdout
    assert _tree(home) == before


def test_installing_again_replaces_the_first_installation(staged: Path, home: Path) -> None:
    before = _tree(home)
    assert _run(staged / "install.sh", "--no-check", env=_env(home)).returncode == 0
    installed = _tree(home)
    result = _run(staged / "install.sh", "--no-check", env=_env(home))
    assert result.returncode == 0, result.stderr
    assert _tree(home) == installed
    assert _run(staged / "uninstall.sh", env=_env(home)).returncode == 0
    assert _tree(home) == before


def test_a_failing_self_test_installs_nothing(staged: Path, home: Path) -> None:
    before = _tree(home)
    result = _run(staged / "install.sh", env=_env(home, FAKE_SELF_TEST_FAILS="1"))
    assert result.returncode == 1
    assert "FAILED 1/1 export a PDF: no fonts" in result.stderr
    assert "nothing was installed" in result.stderr
    assert _tree(home) == before


def test_uninstall_without_an_installation_says_so(home: Path) -> None:
    result = _run(LINUX / "uninstall.sh", env=_env(home))
    assert result.returncode == 1
    assert "not installed" in result.stderr


def test_xdg_data_home_is_honoured(staged: Path, home: Path, tmp_path: Path) -> None:
    data = tmp_path / "xdg-data"
    env = _env(home, XDG_DATA_HOME=str(data))
    assert _run(staged / "install.sh", "--no-check", env=env).returncode == 0
    assert (data / "applications" / f"{NAME}.desktop").is_file()
    assert not (home / ".local" / "share" / "applications" / f"{NAME}.desktop").exists()
    assert _run(staged / "uninstall.sh", env=env).returncode == 0
    assert not data.exists()


def test_files_someone_else_installed_are_never_overwritten(staged: Path, home: Path) -> None:
    """A ``supervision-journal`` command from pipx (say) stays, and nothing is installed."""
    bin_dir = home / ".local" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / NAME).symlink_to(home / ".local" / "pipx" / "venvs" / NAME / "bin" / NAME)
    before = _tree(home)
    result = _run(staged / "install.sh", "--no-check", env=_env(home))
    assert result.returncode == 1
    assert str(bin_dir / NAME) in result.stderr and "Nothing was installed" in result.stderr
    assert _tree(home) == before


def test_the_manifest_lists_files_then_only_folders_install_made(staged: Path, home: Path) -> None:
    assert _run(staged / "install.sh", "--no-check", env=_env(home)).returncode == 0
    manifest = (home / ".local" / "opt" / NAME / "installed-files").read_text().splitlines()
    assert "" not in manifest
    folders = [line for line in manifest if line.endswith("/")]
    # .local/share/applications existed (another app's entry is there): not listed.
    assert f"{home}/.local/share/applications/" not in folders
    assert f"{home}/.local/opt/" in folders and f"{home}/.local/bin/" in folders
    assert f"{home}/.local/share/applications/{NAME}.desktop" in manifest
