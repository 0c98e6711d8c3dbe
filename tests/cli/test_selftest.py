"""``--self-test``: the installed app's round trip, run as a user runs it."""

from __future__ import annotations

import io
import re
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from supervision_app import selftest
from tests.cli.helpers import CLI_ENV, fails, ok, run


@dataclass
class SelfTestRun:
    output: str
    tmp: Path  # its TMPDIR
    home: Path  # its HOME
    data: Path  # its XDG_DATA_HOME (not made beforehand)


@pytest.fixture(scope="module")
def self_test_run(tmp_path_factory: pytest.TempPathFactory) -> SelfTestRun:
    """One whole self-test (about 1.2 CPU s: a PDF and a Word export), which the two tests
    below read: its own temporary folder (other runs on the machine cannot disturb the
    comparison), home and data folder."""
    root = tmp_path_factory.mktemp("self-test")
    tmp, home, data = root / "tmp", root / "home", root / "data"
    tmp.mkdir()
    home.mkdir()
    env = {**CLI_ENV, "TMPDIR": str(tmp), "HOME": str(home), "XDG_DATA_HOME": str(data)}
    env.pop("XDG_CONFIG_HOME", None)
    return SelfTestRun(ok(run("--self-test", passphrase=None, env=env)), tmp, home, data)


def test_self_test_passes_names_every_step_and_leaves_nothing_behind(
    self_test_run: SelfTestRun,
) -> None:
    out = self_test_run.output
    assert list(self_test_run.tmp.iterdir()) == []  # ... and removes it
    lines = out.splitlines()
    names = [name for name, _ in selftest.steps()]
    assert len(names) >= 10
    for number, name in enumerate(names, 1):
        assert any(
            line.startswith("ok ") and f"{number}/{len(names)} {name}" in line for line in lines
        ), (name, out)
    assert lines[-1].startswith(f"All {len(names)} checks passed")
    # The framework data came from the package's own resources folder.
    assert re.search(r"\d+ frameworks from .*resources[/\\]frameworks", out)
    assert "SQLCipher 4." in out


def test_self_test_writes_nothing_in_the_users_folders(self_test_run: SelfTestRun) -> None:
    """Backups and anything else kept in the data folder go to the temporary folder."""
    assert not self_test_run.data.exists()
    home = self_test_run.home
    assert sorted(p.relative_to(home).as_posix() for p in home.rglob("*")) == []


def test_self_test_takes_no_command() -> None:
    fails(run("--self-test", "frameworks", passphrase=None), 2, "--self-test")


def test_a_failing_step_is_named_and_stops_the_run(tmp_path: Path) -> None:
    """The report names the step that failed and why; later steps do not run."""
    real = dict(selftest.steps())
    ran: list[str] = []

    def broken_search(state: selftest._State) -> str:
        ran.append("search")
        # A real search for a word the entry does not hold: the check must fail.
        hits = state.vault.entries.search("absentword")
        selftest.check(len(hits) == 1, f"searching 'absentword' found {len(hits)}")
        return "unreachable"

    def later(state: selftest._State) -> str:
        ran.append("later")
        return ""

    out = io.StringIO()
    code = selftest.run_self_test(
        out,
        only=[
            ("create an encrypted vault", real["create an encrypted vault"]),
            ("write an entry", real["write an entry"]),
            ("search finds it", broken_search),
            ("never reached", later),
        ],
    )
    assert code == 1
    report = out.getvalue().splitlines()
    assert report[-1] == "FAILED 3/4 search finds it: searching 'absentword' found 0"
    assert ran == ["search"]


#: The self-test as the command line runs it, with a step after the first that waits for a
#: line on stdin: the whole run takes about 0.2 s, so a test process descheduled for that
#: long (two xdist workers on two busy cores) sent its Ctrl+C after the last step and the
#: run ended 0. Waiting in a step makes the signal land mid-run every time.
HELD_SELF_TEST = """
import sys
from supervision_app import selftest
real = selftest.steps
selftest.steps = lambda: real()[:1] + [("wait", lambda state: sys.stdin.readline())] + real()[1:]
from supervision_app.cli import main
sys.exit(main(["--self-test"]))
"""


def test_ctrl_c_stops_the_self_test_and_cleans_up(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", HELD_SELF_TEST],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**CLI_ENV, "TMPDIR": str(tmp_path)},
    )
    assert process.stdout is not None
    process.stdout.readline()  # the title line
    assert process.stdout.readline().startswith("ok     1/")
    # The run works in a folder of its own under TMPDIR ...
    assert [p.name.startswith("supervision-journal-self-test-") for p in tmp_path.iterdir()] == [
        True
    ]
    process.send_signal(signal.SIGINT)  # while the second step waits
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert err.strip() == "supervision-journal: Cancelled."
    assert list(tmp_path.iterdir()) == []  # ... and removes it
