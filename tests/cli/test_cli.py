"""The ``supervision-journal`` command, end to end: real processes on real SQCipher vaults.

Every command runs as ``python -m supervision_app.cli`` in a subprocess; nothing is mocked.
One vault (built through the command line) is shared by the read-only tests; tests that change
a vault make their own.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from supervision_app import __version__
from supervision_app.core.entries import Entry
from supervision_app.storage.vault import Vault
from tests.cli.helpers import CLI_ENV, PASSPHRASE, PROG, fails, ok, run

NEW_PASSPHRASE = "otter kettle meadow lantern"
COMMANDS = ("init", "passwd", "add", "list", "show", "search", "delete")

SUPERVISION_BODY = (
    "## Agenda\n\nCase load review with Sam.\n\n"
    "- Discussed the *Signs of Safety* mapping\n- Agreed a plan for Zoë's transition\n"
)
TRAINING_BODY = "Safeguarding adults training: Making Safeguarding Personal.\nSecond line.\n"


def add_in_process(path: Path, *titles: str) -> list[int]:
    with Vault.open(path, PASSPHRASE) as vault:
        return [vault.entries.add(Entry(title=t, body=f"{t} body text")).id or 0 for t in titles]


@pytest.fixture
def fresh_vault(tmp_path: Path) -> Path:
    """A vault of this test's own, made in-process (quicker than a subprocess)."""
    path = tmp_path / "own.sjvault"
    Vault.create(path, PASSPHRASE).close()
    return path


# -- the shared journal, built with init and add ---------------------------------------------


@dataclass
class Journal:
    path: Path
    init: subprocess.CompletedProcess[str]
    ids: dict[str, int]


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> Journal:
    folder = tmp_path_factory.mktemp("cli")
    path = folder / "new folder" / "journal.sjvault"
    init = run("init", "--vault", path, "--passphrase-stdin", stdin=f"{PASSPHRASE}\n")
    body_file = folder / "supervision.md"
    body_file.write_text(SUPERVISION_BODY, encoding="utf-8")

    def add(*options: str | tuple[str, str | Path], stdin: str = "") -> int:
        args = [a for o in options for a in ((o,) if isinstance(o, str) else o)]
        out = ok(run("add", "--vault", path, *args, stdin=stdin))
        assert out.endswith("\n") and out.strip().isdigit(), out
        return int(out)

    ids = {
        "visit": add(
            "--passphrase-stdin",
            ("--title", "Home visit reflection — café"),
            ("--date", "2026-01-05"),
            ("--tag", "child protection"),
            ("--tag", "Home visits, #reflection"),
            ("--minutes", "45"),
            ("--body", "Visiting the family went well; the child showed me her drawings."),
        ),
        "supervision": add(
            ("--title", "Supervision with Sam"),
            ("--kind", "supervision"),
            ("--date", "2026-03-02"),
            ("--minutes", "90"),
            ("--body-file", body_file),
        ),
        "training": add(
            "--passphrase-stdin",
            ("--title", "Safeguarding training"),
            ("--kind", "CPD-activity"),
            ("--date", "2026-02-10"),
            ("--minutes", "180"),
            ("--body-file", "-"),
            stdin=TRAINING_BODY,
        ),
        # The same practice date as the supervision, added later: listed before it.
        "note": add(
            ("--title", "Team note"), ("--kind", "note"), ("--date", "2026-03-02"), ("--body", "")
        ),
    }
    return Journal(path, init, ids)


def test_init_prints_the_path_and_the_warning(journal: Journal) -> None:
    assert ok(journal.init) == f"{journal.path}\n"
    assert journal.path.is_file()
    assert "cannot recover" in journal.init.stderr or "can recover" in journal.init.stderr
    assert "forgotten" in journal.init.stderr
    assert PASSPHRASE not in journal.init.stdout + journal.init.stderr


def test_add_gives_increasing_ids(journal: Journal) -> None:
    ids = list(journal.ids.values())
    assert ids == sorted(ids) and len(set(ids)) == 4


def test_list_human_newest_practice_date_first(journal: Journal) -> None:
    lines = ok(run("list", "--vault", journal.path)).splitlines()
    ids = journal.ids
    expected = [ids["note"], ids["supervision"], ids["training"], ids["visit"]]
    assert [int(line.split()[0]) for line in lines] == expected
    visit = lines[3]
    assert "2026-01-05" in visit and "Reflection" in visit
    assert "Home visit reflection — café" in visit
    assert "[child protection, Home visits, reflection]" in visit
    assert "CPD activity" in lines[2] and "Safeguarding training" in lines[2]


def test_list_json_shape_and_order(journal: Journal) -> None:
    out = ok(run("list", "--vault", journal.path, "--json"))
    assert "café" in out and "\\u" not in out  # UTF-8 text, not \u escapes
    items = json.loads(out)
    assert [i["id"] for i in items] == [
        journal.ids[k] for k in ("note", "supervision", "training", "visit")
    ]
    for item in items:
        assert set(item) == {"id", "kind", "title", "practice_date", "tags", "updated_at"}
        assert dt.datetime.fromisoformat(item["updated_at"]).tzinfo is not None
    visit = items[3]
    assert visit["kind"] == "reflection"
    assert visit["title"] == "Home visit reflection — café"
    assert visit["practice_date"] == "2026-01-05"
    assert visit["tags"] == ["child protection", "Home visits", "reflection"]
    assert items[2]["kind"] == "cpd_activity"


def test_list_limit_and_vault_before_the_command(journal: Journal) -> None:
    items = json.loads(ok(run("--vault", journal.path, "list", "--limit", "2", "--json")))
    assert [i["id"] for i in items] == [journal.ids["note"], journal.ids["supervision"]]
    lines = ok(run("list", "--vault", journal.path, "--limit", "1")).splitlines()
    assert len(lines) == 1 and lines[0].split()[0] == str(journal.ids["note"])


def test_list_pages_through_a_long_journal(fresh_vault: Path) -> None:
    # More than two pages of 200, many on the same date (the cursor breaks ties by id).
    start = dt.date(2025, 1, 1)
    with Vault.open(fresh_vault, PASSPHRASE) as vault, vault.transaction():
        for n in range(450):
            day = start + dt.timedelta(days=n % 150)
            vault.entries.add(Entry(title=f"Entry {n}", practice_date=day))
    items = json.loads(ok(run("list", "--vault", fresh_vault, "--json")))
    assert len(items) == 450 and len({i["id"] for i in items}) == 450
    keys = [(i["practice_date"], i["id"]) for i in items]
    assert keys == sorted(keys, reverse=True)
    limited = json.loads(ok(run("list", "--vault", fresh_vault, "--json", "--limit", "201")))
    assert limited == items[:201]


def test_list_an_empty_journal(fresh_vault: Path) -> None:
    assert ok(run("list", "--vault", fresh_vault, "--json")) == "[]\n"
    result = run("list", "--vault", fresh_vault)
    assert ok(result) == "" and "No entries" in result.stderr


def test_list_filters_by_kind(journal: Journal) -> None:
    items = json.loads(ok(run("list", "--vault", journal.path, "--kind", "supervision", "--json")))
    assert [i["id"] for i in items] == [journal.ids["supervision"]]


def test_show_human(journal: Journal) -> None:
    out = ok(run("show", "--vault", journal.path, journal.ids["visit"]))
    lines = out.splitlines()
    assert lines[0] == "Home visit reflection — café"
    assert "Kind:     Reflection" in lines
    assert "Date:     2026-01-05" in lines
    assert "Tags:     child protection, Home visits, reflection" in lines
    assert "Minutes:  45" in lines
    assert any(line.startswith("Created:  ") for line in lines)
    assert lines[-1] == "Visiting the family went well; the child showed me her drawings."


def test_show_json_has_every_field(journal: Journal) -> None:
    entry = json.loads(
        ok(run("show", "--vault", journal.path, journal.ids["supervision"], "--json"))
    )
    assert list(entry) == [
        *("id", "kind", "title", "body", "practice_date", "tags", "minutes"),
        *("created_at", "updated_at", "deleted_at"),
    ]
    assert entry["id"] == journal.ids["supervision"]
    assert entry["body"] == SUPERVISION_BODY  # read from --body-file exactly
    assert entry["kind"] == "supervision"
    assert entry["practice_date"] == "2026-03-02"
    assert entry["minutes"] == 90
    assert entry["tags"] == []
    assert entry["deleted_at"] is None
    created = dt.datetime.fromisoformat(entry["created_at"])
    assert created.tzinfo is not None
    assert abs(dt.datetime.now(dt.UTC) - created) < dt.timedelta(minutes=10)


def test_body_file_dash_reads_stdin_after_the_passphrase(journal: Journal) -> None:
    entry = json.loads(ok(run("show", "--vault", journal.path, journal.ids["training"], "--json")))
    assert entry["body"] == TRAINING_BODY
    assert entry["kind"] == "cpd_activity" and entry["minutes"] == 180


def test_search_human_brackets_the_matches(journal: Journal) -> None:
    lines = ok(run("search", "--vault", journal.path, "drawings")).splitlines()
    assert len(lines) == 2
    assert lines[0].split()[0] == str(journal.ids["visit"])
    assert "Home visit reflection — café" in lines[0]
    assert "[drawings]" in lines[1]
    assert "\x02" not in lines[1] and "\x03" not in lines[1]


def test_search_json_shape_and_highlights(journal: Journal) -> None:
    out = ok(run("search", "--vault", journal.path, "safeguarding", "--json"))
    items = json.loads(out)
    assert [i["id"] for i in items] == [journal.ids["training"]]
    item = items[0]
    assert set(item) == {"id", "kind", "title", "practice_date", "tags", "snippet", "highlights"}
    assert "\x02" not in item["snippet"] and "\x03" not in item["snippet"]
    assert item["highlights"]
    for start, end in item["highlights"]:
        assert item["snippet"][start:end].lower() == "safeguarding"


def test_search_matches_word_stems_and_limits(journal: Journal) -> None:
    # "visits" finds "Visiting" (porter stemming); the title and tags match too.
    items = json.loads(ok(run("search", "--vault", journal.path, "visits", "--json")))
    assert [i["id"] for i in items] == [journal.ids["visit"]]
    items = json.loads(ok(run("search", "--vault", journal.path, "--limit", "1", "--json", "2026")))
    assert len(items) <= 1


def test_search_with_no_match_says_so(journal: Journal) -> None:
    result = run("search", "--vault", journal.path, "xylophone")
    assert ok(result) == ""
    assert "No entries match" in result.stderr


@pytest.mark.parametrize("query", ['"unbalanced', "AND OR", "foo:bar", "("])
def test_search_with_malformed_syntax_exits_0(journal: Journal, query: str) -> None:
    json.loads(ok(run("search", "--vault", journal.path, "--json", "--", query)))


# -- exit codes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("add", "--title", "t", "--date", "2026-13-01", "--body", "b"), ("--date", "2026-13-01")),
        (("add", "--title", "t", "--date", "yesterdays", "--body", "b"), ("YYYY-MM-DD",)),
        (("add", "--title", "t", "--kind", "diary", "--body", "b"), ("--kind", "diary")),
        (("add", "--title", "t", "--minutes", "-5", "--body", "b"), ("--minutes",)),
        (("add", "--title", "t", "--minutes", "lots", "--body", "b"), ("--minutes",)),
        (("add", "--body", "b"), ("--title",)),
        (("add", "--title", "t"), ("--body",)),
        (("add", "--title", "t", "--body", "b", "--body-file", "x"), ("--body",)),
        (("list", "--colour"), ("--colour",)),
        (("list", "--limit", "0"), ("--limit",)),
        (("show", "seven"), ("seven",)),
        (("show",), ("ID",)),
        (("frobnicate",), ("frobnicate",)),
        (("--no-such-option",), ("--no-such-option",)),
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, args: tuple[str, ...], words: tuple[str, ...]) -> None:
    line = fails(run(*args, "--vault", tmp_path / "v"), 2, *words)
    assert "--help" in line


def test_unreadable_body_file_exits_2(journal: Journal, tmp_path: Path) -> None:
    missing = tmp_path / "missing.md"
    fails(
        run("add", "--vault", journal.path, "--title", "t", "--body-file", missing), 2, "missing.md"
    )
    latin1 = tmp_path / "latin1.md"
    latin1.write_bytes("caf\xe9".encode("latin-1"))
    fails(run("add", "--vault", journal.path, "--title", "t", "--body-file", latin1), 2, "UTF-8")


def test_no_passphrase_on_stdin_exits_2(journal: Journal) -> None:
    fails(
        run("list", "--vault", journal.path, "--passphrase-stdin", passphrase=None), 2, "passphrase"
    )


def test_init_rejects_a_weak_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "weak.sjvault"
    fails(run("init", "--vault", path, passphrase="short"), 2, "at least 10 characters")
    fails(run("init", "--vault", path, passphrase=" spaced out passphrase"), 2, "space")
    assert not path.exists()


def test_init_rejects_mismatched_passphrases(tmp_path: Path) -> None:
    path = tmp_path / "typo.sjvault"
    fails(run("init", "--vault", path, stdin=f"{PASSPHRASE}x\n"), 2, "do not match")
    assert not path.exists()
    # Two matching lines are accepted.
    assert ok(run("init", "--vault", path, stdin=f"{PASSPHRASE}\n")) == f"{path}\n"


def test_init_over_an_existing_file_exits_4(journal: Journal) -> None:
    before = journal.path.read_bytes()
    fails(run("init", "--vault", journal.path), 4, "already exists")
    assert journal.path.read_bytes() == before


def test_wrong_passphrase_exits_3_and_leaves_the_vault_untouched(journal: Journal) -> None:
    files = {p.name: p.read_bytes() for p in journal.path.parent.iterdir()}
    for command in (("list",), ("delete", "1")):  # a read, and a write that must not happen
        fails(
            run(*command, "--vault", journal.path, passphrase="not the passphrase"),
            3,
            "not correct",
        )
    assert {p.name: p.read_bytes() for p in journal.path.parent.iterdir()} == files


def test_missing_vault_exits_4(tmp_path: Path) -> None:
    fails(run("list", "--vault", tmp_path / "nowhere.sjvault"), 4, "no vault", "nowhere.sjvault")
    fails(run("search", "--vault", tmp_path, "x"), 4, "no vault")  # a folder is not a vault


def _random_file(path: Path) -> None:
    path.write_bytes(os.urandom(1000))


def _plain_sqlite(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.execute("INSERT INTO notes VALUES ('not encrypted')")
    conn.close()


def _empty_file(path: Path) -> None:
    path.write_bytes(b"")


@pytest.mark.parametrize("make", [_random_file, _plain_sqlite, _empty_file])
def test_not_a_vault_exits_4(tmp_path: Path, make: object) -> None:
    path = tmp_path / "other.db"
    make(path)  # type: ignore[operator]
    before = path.read_bytes()
    fails(run("list", "--vault", path), 4, "not a Supervision Journal vault")
    assert path.read_bytes() == before


def test_vault_in_use_exits_4(journal: Journal) -> None:
    held = Vault.open(journal.path, PASSPHRASE)
    try:
        fails(run("list", "--vault", journal.path), 4, "open in another")
    finally:
        held.close()
    ok(run("list", "--vault", journal.path, "--limit", "1"))


def test_show_a_missing_id_exits_1(journal: Journal) -> None:
    fails(run("show", "--vault", journal.path, "9999"), 1, "no entry with id 9999")


# -- commands that change the vault ------------------------------------------------------------


def test_delete_moves_to_the_trash(fresh_vault: Path) -> None:
    keep, gone = add_in_process(fresh_vault, "Keep this reflection", "Bin this reflection")
    out = ok(run("delete", "--vault", fresh_vault, gone))
    assert "Trash" in out and "restore" in out
    listed = json.loads(ok(run("list", "--vault", fresh_vault, "--json")))
    assert [i["id"] for i in listed] == [keep]
    found = json.loads(ok(run("search", "--vault", fresh_vault, "--json", "reflection")))
    assert [i["id"] for i in found] == [keep]
    with Vault.open(fresh_vault, PASSPHRASE) as vault:
        assert vault.entries.get(gone).deleted_at is not None
        assert vault.entries.get(keep).deleted_at is None
    assert "already in the Trash" in ok(run("delete", "--vault", fresh_vault, gone))
    fails(run("delete", "--vault", fresh_vault, "9999"), 1, "9999")


def test_passwd_changes_the_passphrase(fresh_vault: Path) -> None:
    (entry_id,) = add_in_process(fresh_vault, "Still here")
    result = run(
        "passwd", "--vault", fresh_vault, "--passphrase-stdin", stdin=f"{NEW_PASSPHRASE}\n"
    )
    assert "changed" in ok(result)
    fails(run("list", "--vault", fresh_vault), 3)
    listed = json.loads(
        ok(run("list", "--vault", fresh_vault, "--json", passphrase=NEW_PASSPHRASE))
    )
    assert [i["id"] for i in listed] == [entry_id]


def test_passwd_refuses_a_wrong_old_or_weak_new_passphrase(fresh_vault: Path) -> None:
    new_line = f"{NEW_PASSPHRASE}\n"
    fails(run("passwd", "--vault", fresh_vault, passphrase="wrong old one", stdin=new_line), 3)
    fails(run("passwd", "--vault", fresh_vault, stdin="too short\n"), 2, "at least")
    mismatched = f"{new_line}something else\n"
    fails(run("passwd", "--vault", fresh_vault, stdin=mismatched), 2, "match")
    ok(run("list", "--vault", fresh_vault))  # the old passphrase still works


def test_passwd_in_a_folder_with_uri_characters(tmp_path: Path) -> None:
    folder = tmp_path / "cases #2?x=1"
    folder.mkdir()
    path = folder / "journal.sjvault"
    Vault.create(path, PASSPHRASE).close()
    before = set(tmp_path.rglob("*"))
    ok(run("passwd", "--vault", path, stdin=f"{NEW_PASSPHRASE}\n"))
    assert set(tmp_path.rglob("*")) == before  # no stray file made by a mis-parsed URI
    with Vault.open(path, NEW_PASSPHRASE) as vault:
        with pytest.raises(Exception, match="not correct"):
            vault.change_passphrase("not the passphrase", PASSPHRASE)


# -- interactive use, help, version, imports ---------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="needs a pseudo-terminal")
def test_interactive_init_prompts_without_echo(tmp_path: Path) -> None:
    import pty
    import select

    path = tmp_path / "typed.sjvault"
    pid, fd = pty.fork()
    if pid == 0:  # the child: stdin, stdout and the controlling terminal are the pty
        os.execve(
            sys.executable,
            [sys.executable, "-m", "supervision_app.cli", "init", "--vault", str(path)],
            CLI_ENV,
        )
    seen = b""

    def read_until(marker: bytes) -> None:
        nonlocal seen
        while marker not in seen:
            ready, _, _ = select.select([fd], [], [], 30)
            assert ready, seen
            try:
                chunk = os.read(fd, 1024)
            except OSError:
                chunk = b""
            assert chunk, seen
            seen += chunk

    read_until(b"New passphrase: ")
    os.write(fd, f"{PASSPHRASE}\n".encode())
    read_until(b"Repeat the new passphrase: ")
    os.write(fd, f"{PASSPHRASE}\n".encode())
    read_until(b"forgotten")
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 0
    assert PASSPHRASE.encode() not in seen
    assert str(path).encode() in seen
    with Vault.open(path, PASSPHRASE):
        pass


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_exits_0(command: str | None) -> None:
    args = ["--help"] if command is None else [command, "--help"]
    out = ok(run(*args, passphrase=None))
    assert out.startswith(f"usage: {PROG}{'' if command is None else ' ' + command}")
    if command is None:
        for name in COMMANDS:
            assert name in out
        assert "Exit codes" in out
    elif command != "passwd":
        assert "--vault PATH" in out


def test_version() -> None:
    assert ok(run("--version", passphrase=None)) == f"{PROG} {__version__}\n"


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).with_name(PROG)
    if not script.exists():
        pytest.skip("the package is not installed in this environment")
    result = subprocess.run(
        [script, "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.stdout == f"{PROG} {__version__}\n"


def test_the_cli_does_not_import_qt() -> None:
    code = (
        "import sys, supervision_app.cli as c\n"
        "c.build_parser()\n"
        "import supervision_app.storage.vault\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), "
        "[m for m in sys.modules if m.startswith('PySide6')]\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr


def test_an_empty_passphrase_is_a_wrong_passphrase(tmp_path: Path) -> None:
    """An empty line on standard input used to end in "Something unexpected went wrong"."""
    path = tmp_path / "journal.sjvault"
    ok(run("init", "--vault", path, stdin=PASSPHRASE + "\n"))
    fails(run("list", "--vault", path, passphrase=""), 3, "passphrase")
