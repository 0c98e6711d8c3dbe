"""Shared fixtures. Qt runs offscreen unless a display is chosen explicitly."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Without a display and without this, Qt aborts the whole pytest process.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Cheap key derivation for every vault the tests make (inherited by the command-line
# subprocesses). Tests about key derivation itself use the ``default_kdf`` fixture.
os.environ["SUPERVISION_JOURNAL_TEST_KDF_ITER"] = "64"
# The app's data folder (automatic backups, the temporary-file registry) in a temporary
# folder, never the real one of whoever runs the tests (inherited by subprocesses too).
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="sj-test-data-")

from supervision_app.formats import register_all  # noqa: E402
from supervision_app.storage.vault import Vault  # noqa: E402

# The test process is a composition root too: the PDF exporter (gui/) is declared here.
register_all()

PASSPHRASE = "correct horse battery staple"


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


@pytest.fixture
def vault(vault_path: Path, clock: FakeClock) -> Iterator[Vault]:
    v = Vault.create(vault_path, PASSPHRASE, clock=clock)
    yield v
    v.close()
