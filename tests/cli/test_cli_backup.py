"""backup, backups, restore and the daily backup through the real command line."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.helpers import PASSPHRASE, fails, ok, run

EXIT_USAGE = 2


def _init(tmp_path: Path) -> Path:
    path = tmp_path / "journal.sjvault"
    ok(run("init", "--vault", path, stdin=f"{PASSPHRASE}\n"))
    return path


def test_backup_backups_and_restore(tmp_path: Path) -> None:
    path = _init(tmp_path)
    ok(run("add", "--vault", path, "--title", "kept", "--body", "in every backup"))
    made = Path(ok(run("backup", "--vault", path)).strip())
    assert made.is_file() and made.suffix == ".sjbackup"
    ok(run("add", "--vault", path, "--title", "later", "--body", "after the backup"))

    listed = json.loads(ok(run("backups", "--json", "--vault", path)))
    # The first command of the day made the daily backup (of the empty vault).
    assert [b["entries"] for b in listed] == [1, 0]
    assert listed[0]["path"] == str(made)
    human = ok(run("backups", "--vault", path))
    assert "1 entries" in human and str(made) in human
    assert str(made) in ok(run("backups", "--no-count", "--vault", path, passphrase=None))

    # Without --yes and without a terminal to ask at, nothing happens.
    fails(run("restore", str(made), "--vault", path), EXIT_USAGE, "--yes")
    out = ok(run("restore", str(made), "--yes", "--vault", path))
    assert "kept at" in out
    titles = ok(run("list", "--vault", path))
    assert "kept" in titles and "later" not in titles
    aside = [p for p in tmp_path.iterdir() if ".replaced-" in p.name]
    assert len(aside) == 1


def test_backup_out_and_its_mistakes(tmp_path: Path) -> None:
    path = _init(tmp_path)
    out = tmp_path / "copy.sjbackup"
    assert ok(run("backup", "--out", out, "--vault", path)).strip() == str(out)
    fails(run("backup", "--out", out, "--vault", path), EXIT_USAGE, "already exists")
    fails(run("backup", "--out", tmp_path / "no" / "x", "--vault", path), EXIT_USAGE, "folder")


def test_restore_refuses_a_backup_with_another_passphrase(tmp_path: Path) -> None:
    path = _init(tmp_path)
    out = tmp_path / "copy.sjbackup"
    ok(run("backup", "--out", out, "--vault", path))
    before = path.read_bytes()
    result = run("restore", str(out), "--yes", "--vault", path, passphrase="wrong wrong wrong")
    fails(result, 3, "passphrase")
    assert path.read_bytes() == before


def test_backups_kept_is_a_setting(tmp_path: Path) -> None:
    path = _init(tmp_path)
    assert json.loads(ok(run("settings", "--json", "--vault", path)))["backups_kept"] == 14
    ok(run("settings", "set", "backups_kept", "2", "--vault", path))
    assert json.loads(ok(run("settings", "--json", "--vault", path)))["backups_kept"] == 2
    fails(run("settings", "set", "backups_kept", "0", "--vault", path), EXIT_USAGE, "1 to 1000")
    for _ in range(3):
        ok(run("backup", "--vault", path))
    assert len(json.loads(ok(run("backups", "--json", "--vault", path)))) == 2


def test_a_passphrase_typed_in_either_unicode_form_opens_the_vault_and_backups(
    tmp_path: Path,
) -> None:
    """An accented passphrase typed decomposed (NFD, as some keyboards send it) for a vault
    made with it composed (NFC), and the reverse: the same passphrase to the user."""
    import unicodedata

    nfc = unicodedata.normalize("NFC", "Crème brûlée à côté de Zoë")
    nfd = unicodedata.normalize("NFD", nfc)
    path = tmp_path / "journal.sjvault"
    ok(run("init", "--vault", path, passphrase=nfd, stdin=f"{nfd}\n"))
    ok(run("add", "--vault", path, "--title", "kept", "--body", "synthetic", passphrase=nfc))
    assert "kept" in ok(run("list", "--vault", path, passphrase=nfd))
    made = Path(ok(run("backup", "--vault", path, passphrase=nfc)).strip())
    listed = json.loads(ok(run("backups", "--json", "--vault", path, passphrase=nfd)))
    assert listed[0]["path"] == str(made) and listed[0]["entries"] == 1
    ok(run("restore", str(made), "--yes", "--vault", path, passphrase=nfd))
    assert "kept" in ok(run("list", "--vault", path, passphrase=nfc))
    fails(run("list", "--vault", path, passphrase=nfc + " no"), 3, "not correct")
