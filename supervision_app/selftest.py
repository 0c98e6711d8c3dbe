"""``supervision-journal --self-test``: a headless round trip through the installed app.

Run after installing (from a wheel, pipx or the bundle) to check that the parts a user
relies on are present and work together on this machine: the framework data, SQLCipher,
full-text search, the PDF engine (Qt, offscreen) and the Word exporter. Everything happens
in a temporary folder with synthetic text and is deleted afterwards; the user's own vault
is never opened.

Each step prints one line as it passes; the first failure prints what failed and why, and
the exit code is 1 (0 when every step passed).
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import shutil
import sys
import tempfile
import time
import traceback
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from supervision_app import APP_NAME, __version__

#: A made-up word that no framework or template text contains, so a search that finds it
#: found our entry.
MARKER = "zephyrquill"
PASSPHRASE = "self-test passphrase, not a secret"
TITLE = f"Self-test reflection {MARKER}"
BODY = (
    "A synthetic reflection written by the self-test.\n\n"
    f"We talked about a {MARKER} in supervision and agreed the next step."
)


#: Encrypted backups (make_backup, verify_backup); the step runs only when it exists.
BACKUP_MODULE = "supervision_app.storage.backup"


class SelfTestFailure(Exception):
    """A check that did not hold; the message says what was expected."""


def check(condition: object, message: str) -> None:
    if not condition:
        raise SelfTestFailure(message)


@dataclass
class _State:
    folder: Path
    vault: Any = None
    entry_id: int = 0
    ref: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def vault_path(self) -> Path:
        return self.folder / "vault" / "self-test.sjvault"


Step = tuple[str, Callable[[_State], str]]


def _frameworks(state: _State) -> str:
    from supervision_app.core.frameworks import default_framework_folder, default_library

    library = default_library()
    check(len(library) > 0, "the framework library is empty")
    framework = library.get("loneliness-capabilities")
    check(framework.items, "the loneliness capabilities have no items")
    state.ref = framework.items[0].ref
    return f"{len(library)} frameworks from {default_framework_folder()}"


def _create(state: _State) -> str:
    from supervision_app.storage.vault import Vault
    from supervision_app.storage.versions import sqlcipher_version

    state.vault = Vault.create(state.vault_path, PASSPHRASE)
    return f"SQLCipher {sqlcipher_version()}, schema {state.vault.schema_version}"


def _write(state: _State) -> str:
    from supervision_app.core.entries import Entry

    entry = state.vault.entries.add(Entry(title=TITLE, body=BODY, tags=("self-test",)))
    state.entry_id = entry.id or 0
    check(state.vault.entries.count() == 1, "the new entry is not counted")
    return f"entry {entry.id}"


def _search(state: _State) -> str:
    hits = state.vault.entries.search(MARKER)
    check([h.id for h in hits] == [state.entry_id], f"searching '{MARKER}' found {len(hits)}")
    return f"'{MARKER}' found"


def _link(state: _State) -> str:
    state.vault.links.add_links(state.entry_id, [state.ref])
    links = state.vault.links.links_of(state.entry_id)
    check(links == (state.ref,), f"the entry's links are {links}, not ({state.ref},)")
    return state.ref


def _export(fmt: str) -> Callable[[_State], str]:
    def step(state: _State) -> str:
        from supervision_app.export.service import run_export

        path = state.folder / f"self-test.{fmt}"
        # Synthetic text: the identifier check has nothing to find, and would only refuse.
        result = run_export(state.vault, fmt, path, allow_identifiers=True)
        check(result.records == 1, f"{result.records} records exported, not 1")
        data = path.read_bytes()
        if fmt == "pdf":
            check(data.startswith(b"%PDF-"), "the file is not a PDF")
            check(b"%%EOF" in data[-1024:], "the PDF is cut short")
        else:
            with zipfile.ZipFile(path) as archive:
                document = archive.read("word/document.xml").decode("utf-8")
            check(MARKER in document, "the Word document does not contain the entry")
        return f"{len(data):,} bytes"

    return step


def _backup(state: _State) -> str:
    """An encrypted, verified copy at a path of our own (never the user's backup folder)."""
    backup = importlib.import_module(BACKUP_MODULE)
    path = state.folder / "self-test-backup.sjvault"
    backup.make_backup(state.vault, reason="self-test", out=path)
    backup.verify_backup(path, PASSPHRASE)
    check(MARKER.encode() not in path.read_bytes(), "the backup holds the entry unencrypted")
    return f"{path.stat().st_size:,} bytes, verified"


def _lock(state: _State) -> str:
    state.vault.close()
    check(not state.vault.is_open, "the vault is still open")
    for path in state.vault_path.parent.iterdir():
        data = path.read_bytes()
        check(MARKER.encode() not in data, f"{path.name} holds the entry's text unencrypted")
        check(not data.startswith(b"SQLite format 3"), f"{path.name} is not encrypted")
    return "closed; no plaintext on disk"


def _wrong_passphrase(state: _State) -> str:
    from supervision_app.core.errors import WrongPassphrase
    from supervision_app.storage.vault import Vault

    try:
        Vault.open(state.vault_path, PASSPHRASE + " (wrong)").close()
    except WrongPassphrase:
        return "refused"
    raise SelfTestFailure("a wrong passphrase opened the vault")


def _reopen(state: _State) -> str:
    from supervision_app.storage.vault import Vault

    state.vault = vault = Vault.open(state.vault_path, PASSPHRASE)
    entry = vault.entries.get(state.entry_id)
    check((entry.title, entry.body) == (TITLE, BODY), "the entry changed after reopening")
    check(vault.links.links_of(state.entry_id) == (state.ref,), "the link was lost after reopening")
    check(len(vault.entries.search(MARKER)) == 1, "search fails after reopening")
    vault.close()
    return "entry, link and search intact"


def has_backup() -> bool:
    """Backups are checked once the app has them (``storage/backup.py``)."""
    return importlib.util.find_spec(BACKUP_MODULE) is not None


def steps() -> list[Step]:
    result: list[Step] = [
        ("framework library loads", _frameworks),
        ("create an encrypted vault", _create),
        ("write an entry", _write),
        ("search finds it", _search),
        ("link it to a framework item", _link),
        ("export a PDF", _export("pdf")),
        ("export a Word document", _export("docx")),
    ]
    if has_backup():
        result.append(("back up the vault", _backup))
    result += [
        ("lock (close) the vault", _lock),
        ("a wrong passphrase is refused", _wrong_passphrase),
        ("reopen and check", _reopen),
    ]
    return result


def run_self_test(out: IO[str] | None = None, *, only: list[Step] | None = None) -> int:
    """Run every step (or ``only`` these) in a temporary folder; 0 if all passed, 1 at the
    first failure."""
    out = out or sys.stdout
    from supervision_app.formats import register_all

    # The PDF engine needs a QGuiApplication; offscreen works with or without a display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    register_all()
    print(f"{APP_NAME} {__version__} self-test (Python {sys.version.split()[0]})", file=out)
    folder = Path(tempfile.mkdtemp(prefix="supervision-journal-self-test-"))
    state = _State(folder)
    # Anything the storage layer keeps in the app's data folder (backups, their index) goes
    # to the temporary folder too (Linux; elsewhere the steps write only below ``folder``).
    saved_data_home = os.environ.get("XDG_DATA_HOME")
    os.environ["XDG_DATA_HOME"] = str(folder / "data")
    all_steps = steps() if only is None else only
    started = time.perf_counter()
    try:
        for number, (name, step) in enumerate(all_steps, 1):
            try:
                detail = step(state)
            except Exception as error:  # report any failure by the step's name
                print(f"FAILED {number}/{len(all_steps)} {name}: {_describe(error)}", file=out)
                if os.environ.get("SUPERVISION_JOURNAL_DEBUG"):
                    traceback.print_exc()
                return 1
            print(f"ok     {number}/{len(all_steps)} {name} ({detail})", file=out)
            out.flush()
    finally:
        if state.vault is not None and state.vault.is_open:
            state.vault.close()
        shutil.rmtree(folder, ignore_errors=True)
        if saved_data_home is None:
            os.environ.pop("XDG_DATA_HOME", None)
        else:
            os.environ["XDG_DATA_HOME"] = saved_data_home
    print(f"All {len(all_steps)} checks passed in {time.perf_counter() - started:.1f} s.", file=out)
    return 0


def _describe(error: Exception) -> str:
    text = str(error) or type(error).__name__
    return text if isinstance(error, SelfTestFailure) else f"{type(error).__name__}: {text}"
