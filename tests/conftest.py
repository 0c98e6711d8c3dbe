"""Shared fixtures. Qt runs offscreen unless a display is chosen explicitly."""

from __future__ import annotations

import atexit
import datetime as dt
import gc
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Without a display and without this, Qt aborts the whole pytest process.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Cheap key derivation for every vault the tests make (inherited by the command-line
# subprocesses). Tests about key derivation itself use the ``default_kdf`` fixture.
os.environ["SUPERVISION_JOURNAL_TEST_KDF_ITER"] = "64"


def _ram_temp_folder() -> str | None:
    """``/dev/shm`` where it can hold the tests' temporary files, else None.

    Every vault a test makes is a real SQLCipher file, and SQLite syncs each commit to disk:
    on this machine's disk a small vault with five entries takes 0.3 s to make, in memory
    0.05 s, and the whole suite spends minutes waiting on syncs. Nothing a test checks
    depends on the data reaching the platter (a SIGKILL leaves the page cache intact; a
    full disk is simulated with ``max_page_count``). Only where the folder allows running
    programs (the packaging tests do) and, for root, the immutable flag that
    :func:`tests.damage_helpers.read_only` uses (tmpfs has it from Linux 6.0).
    """
    shm = "/dev/shm"
    if sys.platform != "linux" or "TMPDIR" in os.environ:
        return None  # a folder chosen by whoever runs the tests wins
    try:
        if not os.access(shm, os.W_OK | os.X_OK) or os.statvfs(shm).f_flag & os.ST_NOEXEC:
            return None
        if os.geteuid() == 0:
            with tempfile.NamedTemporaryFile(dir=shm) as probe:
                chattr = ["chattr", "+i", probe.name]
                if subprocess.run(chattr, capture_output=True, check=False).returncode:
                    return None
                subprocess.run(["chattr", "-i", probe.name], capture_output=True, check=True)
    except (OSError, subprocess.SubprocessError):
        return None
    return shm


# Set before the first temporary folder is made; pytest's own (tmp_path) follows, and the
# xdist workers and the command-line subprocesses inherit it.
if (_ram := _ram_temp_folder()) is not None:
    os.environ["TMPDIR"] = _ram
    tempfile.tempdir = None  # pytest's capture has already asked: ask again
# The app's data folder (automatic backups, the temporary-file registry) in a temporary
# folder, never the real one of whoever runs the tests (inherited by subprocesses too).
os.environ["XDG_DATA_HOME"] = _data_home = tempfile.mkdtemp(prefix="sj-test-data-")
atexit.register(shutil.rmtree, _data_home, True)
# Hundreds of tests start the command line as a subprocess. Where the environment says not
# to write bytecode (PYTHONDONTWRITEBYTECODE), each of them compiled the package's sources
# again: about 40% of every start. An installed app has its bytecode (pip compiles it), so
# the subprocesses keep theirs in one folder, never next to the sources. So do the xdist
# workers, which inherit this environment: each compiled the package and assertion-rewrote
# every test module again at every run (about 10 s of CPU per worker, a fifth of a worker's
# start-up and collection); pytest's own cache folder keeps that bytecode from one run to
# the next, as __pycache__ folders do wherever bytecode may be written. Python checks each
# file's recorded source size and time, so a changed source is compiled again.
if "PYTHONPYCACHEPREFIX" not in os.environ:
    _pytest_cache = Path(__file__).resolve().parents[1] / ".pytest_cache"
    _pycache = _pytest_cache / "pycache"
    try:
        _pycache.mkdir(parents=True, exist_ok=True)
        if not (_pytest_cache / ".gitignore").exists():  # pytest adds it only to a folder it makes
            (_pytest_cache / ".gitignore").write_text("# Created by pytest automatically.\n*\n")
    except OSError:  # a read-only checkout: one temporary folder for the run
        _pycache = Path(tempfile.mkdtemp(prefix="sj-test-pyc-"))
        atexit.register(shutil.rmtree, _pycache, True)
    os.environ["PYTHONPYCACHEPREFIX"] = sys.pycache_prefix = str(_pycache)
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
sys.dont_write_bytecode = False  # this process too (a run without xdist workers)

from supervision_app.formats import register_all  # noqa: E402
from supervision_app.storage.keying import TEST_KDF_ITER_ENV  # noqa: E402
from supervision_app.storage.vault import Vault  # noqa: E402
from supervision_app.storage.vault_file import make_private_dir  # noqa: E402

# The test process is a composition root too: the PDF exporter (gui/) is declared here.
register_all()

PASSPHRASE = "correct horse battery staple"

#: The order files are handed to the xdist workers (``--dist loadfile`` with
#: ``--no-loadscope-reorder``): the longest first, the many short unit files last, so the two
#: workers end together. xdist's own reorder (the most tests first) left the single 200-kill
#: test and the wheel builds to the end, with the other worker idle.
_FILE_ORDER = ("slow", "tests/gui/", "tests/cli/", "tests/packaging/", "tests/unit/")


def _file_rank(item: pytest.Item) -> int:
    if item.get_closest_marker("slow") is not None:
        return 0
    path = item.nodeid.split("::", 1)[0]
    return next((i for i, p in enumerate(_FILE_ORDER) if path.startswith(p)), len(_FILE_ORDER))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Whole files by rank (a file with a slow test counts as slow), each file in its order."""
    rank: dict[str, int] = {}
    for item in items:
        path = item.nodeid.split("::", 1)[0]
        rank[path] = min(rank.get(path, len(_FILE_ORDER)), _file_rank(item))
    items.sort(key=lambda item: rank[item.nodeid.split("::", 1)[0]])


@pytest.hookimpl(trylast=True)
def pytest_collection_finish() -> None:
    """What collection made (the modules, every test item, the parsed parameters) lives to
    the end of the run: moved out of the collector's sight, so that the full collections as
    the tests' objects pile up (and pytest's own at the end) stop walking it again each time:
    about 0.5 CPU s a process. Objects the tests make are collected as ever."""
    gc.collect()
    gc.freeze()


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: dt.datetime | None = None) -> None:
        self.now = start or dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += dt.timedelta(**kwargs)


@pytest.fixture
def default_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLCipher's own key derivation (256,000 iterations), as the app uses it."""
    monkeypatch.delenv("SUPERVISION_JOURNAL_TEST_KDF_ITER")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vaults" / "journal.sjvault"


@pytest.fixture(scope="session")
def _empty_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str | None]:
    """A new vault made once (with the key derivation the run uses), and that derivation."""
    path = tmp_path_factory.mktemp("empty-vault") / "journal.sjvault"
    Vault.create(path, PASSPHRASE, clock=FakeClock()).close()
    return path, os.environ.get(TEST_KDF_ITER_ENV)


@pytest.fixture
def vault(
    vault_path: Path, clock: FakeClock, _empty_vault: tuple[Path, str | None]
) -> Iterator[Vault]:
    """A new vault at ``vault_path``, unlocked: a copy of one made by ``Vault.create`` for the
    run (0.02 CPU s each, ~300 tests; a copy and an unlock 0.003). So each test's vault has
    the same salt and signing key pair as the others' (made anew, each would have its own),
    which no test compares across tests; tests of making a vault call ``Vault.create``
    themselves. With another key derivation (``default_kdf``), it is made anew."""
    template, derivation = _empty_vault
    if os.environ.get(TEST_KDF_ITER_ENV) != derivation:
        v = Vault.create(vault_path, PASSPHRASE, clock=clock)
    else:
        make_private_dir(vault_path.parent)
        with open(os.open(vault_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as out:
            out.write(template.read_bytes())
        v = Vault.open(vault_path, PASSPHRASE, clock=clock)
    yield v
    v.close()
