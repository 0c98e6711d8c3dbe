"""``actions`` and ``session list|export|import`` end to end, in real processes on real vaults.

The commands run as ``supervision-journal`` through :func:`supervision_app.cli.main`; until
the lead adds ``supervision_app.cli_supervision`` to ``COMMAND_MODULES`` the runner adds it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from supervision_app.core.supervision import Action, CaseDiscussion
from supervision_app.core.supervision_people import Partner
from supervision_app.storage.supervision import SupervisionRepository
from supervision_app.storage.vault import Vault

PASSPHRASE = "correct horse battery staple"
PROG = "supervision-journal"
CODE = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$")
_ENV = {k: v for k, v in os.environ.items() if k != "SUPERVISION_JOURNAL_DEBUG"}
TODAY = dt.date.today()


def run(*args: str | Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "supervision_app.cli", *map(str, args)],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_ENV,
        timeout=60,
        check=False,
    )


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def fails(result: subprocess.CompletedProcess[str], code: int, *words: str) -> str:
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith(f"{PROG}: ")
    for word in words:
        assert word in line
    return line


def _signed_session(repo: SupervisionRepository, pid: int, day: dt.date, **fields: object) -> int:
    record = repo.sessions.create(replace(repo.sessions.draft(pid, day), **fields))  # type: ignore[arg-type]
    assert record.id is not None
    repo.signoff.sign(record.id, "owner", "Ada")
    repo.signoff.sign(record.id, "partner", "CS")
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
    result = run(
        "session",
        "export",
        str(setup.signed),
        "--out",
        out,
        "--vault",
        setup.supervisor,
        stdin=PASSPHRASE + "\n",
    )
    [code] = ok(result).splitlines()
    assert CODE.match(code) and "another channel" in result.stderr
    assert out.read_bytes()[:16] != b"SQLite format 3\x00"

    imported = ok(
        run(
            "session",
            "import",
            out,
            "--vault",
            setup.supervisee,
            stdin=f"{PASSPHRASE}\n{code}\n",
        )
    )
    assert "1 record(s) imported" in imported
    rows = json.loads(
        ok(run("actions", "--json", "--vault", setup.supervisee, stdin=PASSPHRASE + "\n"))
    )
    assert [r["text"] for r in rows] == ["Overdue action", "Later action", "Undated action"]
    assert {r["partner_name"] for r in rows} == {"Ada"}

    fails(
        run(
            "session",
            "import",
            out,
            "--vault",
            setup.supervisee,
            stdin=f"{PASSPHRASE}\n{code}\n",
        ),
        1,
        "already in your journal",
    )


def test_import_refusals_have_clear_messages(setup: Setup) -> None:
    out = setup.out
    code = ok(
        run(
            "session",
            "export",
            str(setup.signed),
            "--out",
            out,
            "--vault",
            setup.supervisor,
            stdin=PASSPHRASE + "\n",
        )
    ).strip()
    target = setup.supervisee
    wrong = "0000-0000-0000-0000-0000"
    fails(
        run("session", "import", out, "--vault", target, stdin=f"{PASSPHRASE}\n{wrong}\n"),
        1,
        "one-time passphrase is not correct",
    )
    fails(
        run("session", "import", out, "--vault", target, stdin=f"wrong vault pass\n{code}\n"),
        3,
        "passphrase is not correct for this vault",
    )
    fails(
        run("session", "import", out, "--vault", target, stdin=f"{PASSPHRASE}\n"),
        2,
        "No passphrase",
    )
    raw = bytearray(out.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    out.write_bytes(bytes(raw))
    fails(
        run("session", "import", out, "--vault", target, stdin=f"{PASSPHRASE}\n{code}\n"),
        1,
        "damaged",
    )
    fails(
        run(
            "session",
            "import",
            out,
            "--vault",
            Path(str(target)).with_name("none.sjvault"),
            stdin=f"{PASSPHRASE}\n{code}\n",
        ),
        4,
        "no vault",
    )
    with Vault.open(target, PASSPHRASE) as vault:
        assert SupervisionRepository(vault).sessions.summaries() == []


def test_export_refusals(setup: Setup) -> None:
    vault, out = setup.supervisor, setup.out
    fails(
        run(
            "session",
            "export",
            str(setup.draft),
            "--out",
            out,
            "--vault",
            vault,
            stdin=PASSPHRASE,
        ),
        1,
        "signed by both",
    )
    fails(
        run(
            "session",
            "export",
            str(setup.named),
            "--out",
            out,
            "--vault",
            vault,
            stdin=PASSPHRASE,
        ),
        1,
        "may identify someone",
        "--allow-identifiers",
    )
    assert not out.exists()
    fails(run("session", "export", "--out", out, "--vault", vault, stdin=PASSPHRASE), 2)
    fails(run("session", "export", "12", "--vault", vault, stdin=PASSPHRASE), 2, "--out")
    code = ok(
        run(
            "session",
            "export",
            str(setup.named),
            "--out",
            out,
            "--vault",
            vault,
            "--allow-identifiers",
            stdin=PASSPHRASE,
        )
    ).strip()
    assert CODE.match(code)
    fails(
        run(
            "session",
            "export",
            str(setup.signed),
            "--out",
            out,
            "--vault",
            vault,
            stdin=PASSPHRASE,
        ),
        1,
        "already exists",
    )


def test_history_export(setup: Setup) -> None:
    out = setup.out
    code = ok(
        run(
            "session",
            "export",
            "--partner",
            str(setup.cs),
            "--out",
            out,
            "--vault",
            setup.supervisor,
            stdin=PASSPHRASE,
        )
    ).strip()
    assert "1 record(s) imported" in ok(
        run(
            "session",
            "import",
            out,
            "--vault",
            setup.supervisee,
            stdin=f"{PASSPHRASE}\n{code}\n",
        )
    )
