"""``actions`` and ``session list|export|import`` end to end, in real processes on real vaults.

The commands run as ``supervision-journal`` through :func:`supervision_app.cli.main`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from supervision_app.core.supervision.model import Action, CaseDiscussion
from supervision_app.core.supervision.people import Partner
from supervision_app.storage.supervision.repository import SupervisionRepository
from supervision_app.storage.vault import Vault
from tests.cli import helpers
from tests.cli.helpers import PASSPHRASE, fails, ok

CODE = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$")
TODAY = dt.date.today()


def run(*args: str | Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """These tests type the passphrase (and any code) themselves, in ``stdin``."""
    return helpers.run(*args, stdin=stdin, passphrase=None)


def export_session(
    vault: Path, out: Path, *args: str, stdin: str = PASSPHRASE
) -> subprocess.CompletedProcess[str]:
    """``session export ARGS --out OUT --vault VAULT``, the vault's passphrase typed in."""
    return run("session", "export", *args, "--out", out, "--vault", vault, stdin=stdin)


def import_session(
    vault: Path, out: Path, stdin: str, *args: str
) -> subprocess.CompletedProcess[str]:
    """``session import OUT --vault VAULT``, typing ``stdin`` (passphrase, then the code)."""
    return run("session", "import", out, "--vault", vault, *args, stdin=stdin)


def identity(vault: Path) -> str:
    """The vault's key fingerprint, as ``identity`` prints it."""
    return ok(run("identity", "--vault", vault, stdin=PASSPHRASE + "\n")).strip()


def accept_all(vault: Path) -> list[int]:
    """Accept every pending proposal through the command line; returns the records' ids."""
    listed = ok(run("session", "proposals", "--json", "--vault", vault, stdin=PASSPHRASE))
    return [
        int(ok(run("session", "accept", str(p["id"]), "--vault", vault, stdin=PASSPHRASE)))
        for p in json.loads(listed)
    ]


def _signed_session(repo: SupervisionRepository, pid: int, day: dt.date, **fields: object) -> int:
    record = repo.sessions.create(replace(repo.sessions.draft(pid, day), **fields))  # type: ignore[arg-type]
    assert record.id is not None
    repo.signoff.sign(record.id, "owner", "Ada", confirm_name=True)
    repo.signoff.sign(record.id, "partner", "CS", confirm_name=True)
    return record.id


@dataclass(frozen=True)
class Setup:
    supervisor: Path
    supervisee: Path
    signed: int
    named: int
    draft: int
    cs: int
    out: Path


@pytest.fixture
def setup(tmp_path: Path) -> Setup:
    """A supervisor's vault with signed and unsigned records, and an empty supervisee's vault."""
    supervisor = tmp_path / "supervisor.sjvault"
    supervisee = tmp_path / "supervisee.sjvault"
    with Vault.create(supervisor, PASSPHRASE) as vault:
        repo = SupervisionRepository(vault)
        repo.owner.set_name("Ada")
        cs = repo.partners.add(Partner("CS", "supervisee")).id
        ef = repo.partners.add(Partner("EF", "supervisee")).id
        assert cs is not None and ef is not None
        signed = _signed_session(
            repo,
            cs,
            TODAY - dt.timedelta(days=30),
            new_actions=(
                Action("Later action", "CS", TODAY + dt.timedelta(days=5)),
                Action("Overdue action", "CS", TODAY - dt.timedelta(days=3)),
                Action("Undated action"),
            ),
        )
        named = _signed_session(
            repo,
            ef,
            TODAY - dt.timedelta(days=10),
            case_discussions=(CaseDiscussion("R-4", "Mrs Brightwater-Quince was upset."),),
        )
        draft = repo.sessions.create(repo.sessions.draft(cs, TODAY)).id
    Vault.create(supervisee, PASSPHRASE).close()
    assert draft is not None
    return Setup(supervisor, supervisee, signed, named, draft, cs, tmp_path / "record.sjexchange")


def test_actions_lists_open_actions_overdue_first(setup: Setup) -> None:
    vault = setup.supervisor
    rows = json.loads(ok(run("actions", "--json", "--vault", vault, stdin=PASSPHRASE + "\n")))
    assert [r["text"] for r in rows] == ["Overdue action", "Later action", "Undated action"]
    assert [r["overdue"] for r in rows] == [True, False, False]
    assert rows[0]["days_overdue"] == 3 and rows[0]["session_id"] == setup.signed
    assert rows[0]["partner_name"] == "CS" and rows[2]["due_date"] is None
    lines = ok(run("actions", "--vault", vault, stdin=PASSPHRASE + "\n")).splitlines()
    assert len(lines) == 3 and "OVERDUE" in lines[0] and "OVERDUE" not in lines[1]
    assert f"session {setup.signed}" in lines[0]


def test_session_list(setup: Setup) -> None:
    rows = json.loads(
        ok(run("session", "list", "--json", "--vault", setup.supervisor, stdin=PASSPHRASE))
    )
    assert [(r["id"], r["locked"]) for r in rows] == [
        (setup.draft, False),
        (setup.named, True),
        (setup.signed, True),
    ]


def test_export_and_import_round_trip(setup: Setup) -> None:
    out = setup.out
    result = export_session(setup.supervisor, out, str(setup.signed), stdin=PASSPHRASE + "\n")
    [code] = ok(result).splitlines()
    assert CODE.match(code) and "another channel" in result.stderr
    assert out.read_bytes()[:16] != b"SQLite format 3\x00"

    # The first file from the supervisor: refused until its key is confirmed.
    fingerprint = identity(setup.supervisor)
    fails(
        import_session(setup.supervisee, out, f"{PASSPHRASE}\n{code}\n"),
        1,
        "first file from Ada",
        fingerprint,
        "--trust-fingerprint",
    )
    imported = ok(
        import_session(
            setup.supervisee, out, f"{PASSPHRASE}\n{code}\n", "--trust-fingerprint", fingerprint
        )
    )
    assert "0 records imported" in imported and "1 proposal in your name" in imported
    assert ok(run("actions", "--vault", setup.supervisee, stdin=PASSPHRASE + "\n")) == ""
    accept_all(setup.supervisee)
    rows = json.loads(
        ok(run("actions", "--json", "--vault", setup.supervisee, stdin=PASSPHRASE + "\n"))
    )
    assert [r["text"] for r in rows] == ["Overdue action", "Later action", "Undated action"]
    assert {r["partner_name"] for r in rows} == {"Ada"}

    fails(
        import_session(setup.supervisee, out, f"{PASSPHRASE}\n{code}\n"),
        1,
        "already in your journal",
    )


def test_import_refusals_have_clear_messages(setup: Setup) -> None:
    out = setup.out
    code = ok(
        export_session(setup.supervisor, out, str(setup.signed), stdin=PASSPHRASE + "\n")
    ).strip()
    target = setup.supervisee
    wrong = "0000-0000-0000-0000-0000"
    fails(
        import_session(target, out, f"{PASSPHRASE}\n{wrong}\n"),
        1,
        "one-time passphrase is not correct",
    )
    fails(
        import_session(target, out, f"wrong vault pass\n{code}\n"),
        3,
        "passphrase is not correct for this vault",
    )
    fails(
        import_session(target, out, f"{PASSPHRASE}\n"),
        2,
        "No passphrase",
    )
    raw = bytearray(out.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    out.write_bytes(bytes(raw))
    fails(
        import_session(target, out, f"{PASSPHRASE}\n{code}\n"),
        1,
        "damaged",
    )
    fails(
        import_session(target.with_name("none.sjvault"), out, f"{PASSPHRASE}\n{code}\n"),
        4,
        "no vault",
    )
    with Vault.open(target, PASSPHRASE) as vault:
        assert SupervisionRepository(vault).sessions.summaries() == []


def test_export_refusals(setup: Setup) -> None:
    vault, out = setup.supervisor, setup.out
    fails(
        export_session(vault, out, str(setup.draft)),
        1,
        "signed by both",
    )
    fails(
        export_session(vault, out, str(setup.named)),
        1,
        "may identify someone",
        "--allow-identifiers",
    )
    assert not out.exists()
    fails(export_session(vault, out), 2)
    fails(run("session", "export", "12", "--vault", vault, stdin=PASSPHRASE), 2, "--out")
    code = ok(export_session(vault, out, str(setup.named), "--allow-identifiers")).strip()
    assert CODE.match(code)
    fails(
        export_session(vault, out, str(setup.signed)),
        1,
        "already exists",
    )


def test_history_export(setup: Setup) -> None:
    out = setup.out
    code = ok(export_session(setup.supervisor, out, "--partner", str(setup.cs))).strip()
    fingerprint = identity(setup.supervisor)
    assert "1 proposal in your name" in ok(
        import_session(
            setup.supervisee, out, f"{PASSPHRASE}\n{code}\n", "--trust-fingerprint", fingerprint
        )
    )
    assert len(accept_all(setup.supervisee)) == 1


@pytest.mark.parametrize("companion", ["", "-wal", ".lock"])
def test_the_vault_itself_is_refused_as_a_record_or_exchange_file(
    setup: Setup, companion: str
) -> None:
    """The journal's own vault (or a companion file of it) given as the record's JSON or
    as the exchange file is named as a wrong choice, before anything reads it; the vault
    is unchanged."""
    vault = setup.supervisor
    own = Path(f"{vault}{companion}")
    if companion:
        own.write_bytes(b"")  # as while the vault is open
    before = vault.read_bytes()
    fails(
        run(
            "session",
            "add",
            "--vault",
            vault,
            "--partner",
            str(setup.cs),
            "--date",
            TODAY.isoformat(),
            "--from-file",
            own,
        ),
        1,
        "your journal's own vault file",
    )
    code = "0000-0000-0000-0000-0000"
    fails(import_session(vault, own, f"{PASSPHRASE}\n{code}\n"), 1, "journal's own vault file")
    assert vault.read_bytes() == before
