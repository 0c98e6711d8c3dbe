"""Signed records end to end through the command line, with three journals (issue 11).

Ada supervises Cal; Eve is a third person who learnt a one-time passphrase. Every forged
file is built with the app's own code (as someone acting in bad faith would), then
imported into Cal's journal with the real command. Each one is refused or arrives only as
a proposal: nothing is ever locked as signed by Cal, and Cal's open actions do not change
until Cal accepts.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import pty
import select
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from supervision_app.core.supervision.codec import swap_parties
from supervision_app.core.supervision.people import Partner
from supervision_app.core.supervision.rules import canonical_json, sha256_hex
from supervision_app.core.supervision.signing import (
    b64,
    file_message,
    make_proof,
    record_content_sha256,
    sign_bytes,
)
from supervision_app.storage.supervision.exchange import (
    export_session,
    read_exchange_file,
    write_container,
)
from supervision_app.storage.supervision.exchange_file import read_container
from supervision_app.storage.supervision.identity import IdentityRepository
from supervision_app.storage.vault import Vault
from tests.cli.helpers import CLI_ENV, PASSPHRASE, fails, ok, run

DAY = dt.date(2026, 1, 5)


def cli(vault: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """Run a command on ``vault`` (its passphrase is typed first)."""
    return run(*args, "--vault", vault, stdin=stdin)


def as_json(vault: Path, *args: str) -> Any:
    return json.loads(ok(cli(vault, *args, "--json")))


def set_name(vault: Path, name: str) -> None:
    with Vault.open(vault, PASSPHRASE) as v:
        v.supervision.owner.set_name(name)


def private_key(vault: Path) -> bytes:
    with Vault.open(vault, PASSPHRASE) as v:
        return IdentityRepository(v).private_key()


def export(vault: Path, session_id: int, out: Path) -> str:
    return ok(cli(vault, "session", "export", str(session_id), "--out", str(out))).strip()


def import_file(vault: Path, path: Path, code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return cli(vault, "session", "import", str(path), *args, stdin=f"{code}\n")


@dataclass
class Journals:
    ada: Path
    cal: Path
    eve: Path
    record: int  # the signed record in Ada's journal
    genuine: Path  # Ada's exchange file of it
    code: str  # its one-time passphrase, which Eve learnt
    folder: Path

    def state(self) -> tuple[Any, ...]:
        """Cal's records, signatures, addenda, open actions and partners: what a forgery must
        not change (read in-process: the import under test is the real command)."""
        from supervision_app.storage.supervision.data import all_supervision_data

        with Vault.open(self.cal, PASSPHRASE) as v:
            data = all_supervision_data(v)["tables"]
            bodies = v.conn.execute("SELECT id, body FROM entries ORDER BY id").fetchall()
        data.pop("supervision_proposals")  # proposals are the one thing a forgery may add
        data.pop("supervision_imports")
        return json.dumps(data, sort_keys=True), bodies


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Journals:
    """Built once: each test gets its own copy (see :func:`journals`)."""
    tmp_path = tmp_path_factory.mktemp("journals")
    paths = [tmp_path / f"{who}.sjvault" for who in ("ada", "cal", "eve")]
    for path, name in zip(paths, ("Ada", "Cal", "Eve"), strict=True):
        ok(run("init", "--vault", path, stdin=f"{PASSPHRASE}\n{PASSPHRASE}\n", passphrase=None))
        set_name(path, name)
    ada, cal, eve = paths
    cal_id = as_json(ada, "partner", "add", "--name", "Cal", "--role", "supervisee")["id"]
    record = int(
        ok(
            cli(
                ada,
                "session",
                "add",
                "--partner",
                str(cal_id),
                "--date",
                DAY.isoformat(),
                "--agenda",
                "Caseload review",
                "--action",
                "Read the lone-working guidance",
            )
        )
    )
    ok(cli(ada, "session", "sign", str(record), "--owner-name", "Ada", "--partner-name", "Cal"))
    genuine = tmp_path / "genuine.sjexchange"
    code = export(ada, record, genuine)
    # Cal confirms Ada's fingerprint (read out with the passphrase) and signs the record.
    fingerprint = ok(cli(ada, "identity")).strip()
    ok(import_file(cal, genuine, code, "--trust-fingerprint", fingerprint))
    [proposal] = as_json(cal, "session", "proposals")
    ok(cli(cal, "session", "accept", str(proposal["id"])))
    assert len(as_json(cal, "actions")) == 1
    return Journals(ada, cal, eve, record, genuine, code, tmp_path)


@pytest.fixture
def journals(prepared: Journals, tmp_path: Path) -> Journals:
    """The three journals as :func:`prepared` left them, copied for this test alone."""
    copies = {}
    for name in ("ada", "cal", "eve", "genuine"):
        source = getattr(prepared, name)
        copies[name] = tmp_path / source.name
        shutil.copyfile(source, copies[name])
    return replace(prepared, folder=tmp_path, **copies)


# -- building files as a forger would --------------------------------------------------------------


def _pieces(j: Journals) -> tuple[dict[str, Any], dict[str, Any]]:
    """The genuine file's manifest and payload, as Ada's journal wrote them."""
    contents = read_exchange_file(j.genuine, j.code)
    payload = {
        "relationship": dict(contents.relationship),
        "sessions": [swap_parties(dict(d)) for d in contents.data],
    }
    return dict(contents.manifest), payload


def forge(
    j: Journals,
    name: str,
    payload: dict[str, Any],
    key: bytes,
    manifest: dict[str, Any] | None = None,
) -> Path:
    """A complete, well-formed exchange file signed with ``key``."""
    from supervision_app.core.supervision.signing import public_key_of

    base = manifest or _pieces(j)[0]
    text = canonical_json(payload)
    sessions = payload["sessions"]
    base = {
        **base,
        "payload_sha256": sha256_hex(text),
        "record_uids": [s["uid"] for s in sessions],
        "record_count": len(sessions),
        "signer_public_key": b64(public_key_of(key)),
    }
    manifest_text = canonical_json(base)
    path = j.folder / f"{name}.sjexchange"
    write_container(
        path, j.code, manifest_text, text, signature=sign_bytes(key, file_message(manifest_text))
    )
    return path


def new_record(j: Journals, key: bytes, uid: str, **changes: Any) -> dict[str, Any]:
    """A record never signed by Cal, claiming both signatures (Ada's proved by ``key``)."""
    _, payload = _pieces(j)
    data = {**payload["sessions"][0], "uid": uid, "addenda": [], **changes}
    content = record_content_sha256(data)
    at = "2026-02-02T10:00:00+00:00"
    proof = make_proof(key, uid, None, content, "Ada", at)
    data["signatures"] = [
        {"party": "owner", "name": "Ada", "signed_at": at, "proof": proof.to_dict()},
        {"party": "partner", "name": "Cal", "signed_at": at},
    ]
    return data


def refused(j: Journals, path: Path, *words: str, code: str | None = None) -> None:
    before = j.state()
    fails(import_file(j.cal, path, code or j.code), 1, *words)
    assert j.state() == before


def only_proposed(j: Journals, path: Path, kind: str) -> dict[str, Any]:
    before = j.state()
    out = ok(import_file(j.cal, path, j.code))
    assert "0 records imported" in out and "1 proposal in your name" in out
    assert j.state() == before  # no record, addendum or action changed
    proposal = as_json(j.cal, "session", "proposals")[-1]
    assert proposal["kind"] == kind and proposal["status"] == "pending"
    return dict(proposal)


def no_signature_as_cal_unless_made_by_cal(j: Journals) -> None:
    for summary in as_json(j.cal, "session", "list"):
        shown = as_json(j.cal, "session", "show", str(summary["id"]))
        signatures = shown["signatures"] + [s for a in shown["addenda"] for s in a["signatures"]]
        for s in signatures:
            if s["party"] == "owner":
                assert s["status"] == "made_here", s


# -- the forgeries -------------------------------------------------------------------------------


def test_a_new_record_claiming_both_signatures_is_only_proposed(journals: Journals) -> None:
    j = journals
    ada_key = private_key(j.ada)  # Ada herself, acting in bad faith
    _, payload = _pieces(j)
    payload["sessions"] = [new_record(j, ada_key, "forged-1", learning="Cal agreed to it all.")]
    proposal = only_proposed(j, forge(j, "claims", payload, ada_key), "record")
    assert proposal["claimed_name"] == "Cal" and "awaiting your sign-off" in proposal["summary"]
    ok(cli(j.cal, "session", "reject", str(proposal["id"])))
    assert as_json(j.cal, "session", "proposals") == []
    no_signature_as_cal_unless_made_by_cal(j)
    # The same file again proposes nothing new.
    refused(j, j.folder / "claims.sjexchange", "already in your journal")


def test_an_addendum_in_the_importers_name_is_only_proposed(journals: Journals) -> None:
    j = journals
    ada_key = private_key(j.ada)
    _, payload = _pieces(j)
    record = payload["sessions"][0]
    at = "2026-03-01T09:00:00+00:00"
    addendum = {
        "uid": "forged-addendum",
        "text": "The supervisee withdrew the concern.",
        "author": "Cal",
        "created_at": at,
        "locked_at": at,
        "signatures": [
            {"party": "owner", "name": "Ada", "signed_at": at},
            {"party": "partner", "name": "Cal", "signed_at": at},
        ],
    }
    record["addenda"] = [addendum]
    proposal = only_proposed(j, forge(j, "addendum", payload, ada_key), "addendum")
    assert proposal["text"] == "The supervisee withdrew the concern."
    no_signature_as_cal_unless_made_by_cal(j)


def test_a_review_closing_the_importers_action_waits_for_them(journals: Journals) -> None:
    j = journals
    ada_key = private_key(j.ada)
    [action] = as_json(j.cal, "actions")
    _, payload = _pieces(j)
    review = {
        "action_uid": action["uid"],
        "text": action["text"],
        "owner": "",
        "due_date": None,
        "status": "done",
        "note": "Done, says Ada.",
    }
    record = new_record(
        j,
        ada_key,
        "forged-review",
        session_date="2026-02-02",
        action_reviews=[review],
        new_actions=[],
    )
    payload["sessions"] = [record]
    proposal = only_proposed(j, forge(j, "review", payload, ada_key), "record")
    assert proposal["action_updates"] == [
        "Marks your action “Read the lone-working guidance” as done"
    ]
    assert len(as_json(j.cal, "actions")) == 1  # still open until Cal accepts
    ok(cli(j.cal, "session", "accept", str(proposal["id"])))
    assert as_json(j.cal, "actions") == []
    no_signature_as_cal_unless_made_by_cal(j)


def test_a_file_re_signed_by_a_third_persons_key_is_refused(journals: Journals) -> None:
    j = journals
    eve_key = private_key(j.eve)
    _, payload = _pieces(j)
    payload["sessions"] = [new_record(j, eve_key, "from-eve")]
    # With Ada's name and the link to Ada's journal copied from the genuine file...
    refused(j, forge(j, "eve", payload, eve_key), "different key", "Ada")
    # ...or posing as a new partner with the same name.
    payload["relationship"]["exporter_partner_uid"] = "a-new-journal"
    payload["relationship"]["exporter_partner_link_uid"] = None
    refused(j, forge(j, "eve-new", payload, eve_key), "not signed with the key you confirmed")
    # An unsigned file in the old format, from someone who knows the passphrase.
    _, payload = _pieces(j)
    manifest, _ = _pieces(j)
    text = canonical_json(payload)
    old = {**manifest, "version": 1, "payload_sha256": sha256_hex(text)}
    del old["signer_public_key"]
    write_container(j.folder / "old.sjexchange", j.code, canonical_json(old), text)
    refused(j, j.folder / "old.sjexchange", "not signed")


def test_a_file_changed_after_signing_is_refused(journals: Journals) -> None:
    j = journals
    manifest, payload = _pieces(j)
    signature = read_container(j.genuine, j.code).signature  # Ada's, kept as it was
    payload["sessions"][0]["learning"] = "Changed after it was signed."
    text = canonical_json(payload)
    changed = {**manifest, "payload_sha256": sha256_hex(text)}
    path = j.folder / "changed.sjexchange"
    write_container(path, j.code, canonical_json(changed), text, signature=signature)
    refused(j, path, "signature does not match")
    # The payload changed alone: its checksum in the signed manifest no longer matches.
    path = j.folder / "changed-payload.sjexchange"
    write_container(path, j.code, canonical_json(manifest), text, signature=signature)
    refused(j, path, "checksum")


def test_an_appended_page_is_refused(journals: Journals) -> None:
    j = journals
    path = j.folder / "appended.sjexchange"
    path.write_bytes(j.genuine.read_bytes() + os.urandom(4096))
    refused(j, path, "added to it")


# -- the honest path -----------------------------------------------------------------------------


def _signatures(shown: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(addendum uid or "", name signed as, when signed with a key) of every signature, each
    proved by a key (made here or verified): the same in both journals whoever's view."""
    groups = [("", shown["signatures"])] + [(a["uid"], a["signatures"]) for a in shown["addenda"]]
    found = []
    for where, items in groups:
        for s in items:
            assert s["status"] in ("made_here", "verified"), s
            found.append((where, s["signed_as"], s["proof_signed_at"]))
    return sorted(found)


def test_the_honest_path_gives_both_the_same_verified_history(journals: Journals) -> None:
    j = journals
    # Cal's sign-off goes back to Ada, who confirms Cal's fingerprint in turn.
    [cal_copy] = as_json(j.cal, "session", "list")
    back = j.folder / "back.sjexchange"
    code = export(j.cal, cal_copy["id"], back)
    cal_fp = ok(cli(j.cal, "identity")).strip()
    fails(import_file(j.ada, back, code), 1, cal_fp)
    out = ok(import_file(j.ada, back, code, "--trust-fingerprint", cal_fp.lower()))
    assert "1 signature verified" in out
    # Ada adds an addendum and signs it; Cal countersigns it in Cal's own journal.
    addendum = int(ok(cli(j.ada, "session", "addendum", str(j.record), "--text", "Date moved.")))
    ok(cli(j.ada, "session", "sign-addendum", str(addendum), "--owner-name", "Ada"))
    one = j.folder / "addendum.sjexchange"
    out = ok(import_file(j.cal, one, export(j.ada, j.record, one)))
    assert "1 addendum added" in out
    [shown] = [as_json(j.cal, "session", "show", str(cal_copy["id"]))]
    [cal_addendum] = shown["addenda"]
    ok(cli(j.cal, "session", "sign-addendum", str(cal_addendum["id"]), "--owner-name", "Cal"))
    two = j.folder / "countersigned.sjexchange"
    out = ok(import_file(j.ada, two, export(j.cal, cal_copy["id"], two)))
    assert "1 signature added to addenda" in out

    ada_view = as_json(j.ada, "session", "show", str(j.record))
    cal_view = as_json(j.cal, "session", "show", str(cal_copy["id"]))
    assert ada_view["record_sha256"] == cal_view["record_sha256"]
    assert ada_view["addenda"][0]["locked"] and cal_view["addenda"][0]["locked"]
    assert _signatures(ada_view) == _signatures(cal_view)
    for view, me in ((ada_view, "Ada"), (cal_view, "Cal")):
        statuses = {(s["signed_as"], s["status"]) for s in view["signatures"]}
        other = "Cal" if me == "Ada" else "Ada"
        assert statuses == {(me, "made_here"), (other, "verified")}
    history = ok(cli(j.cal, "session", "show", str(cal_copy["id"])))
    assert "verified from the partner's key" in history and "made in this journal" in history


# -- confirming at a terminal ----------------------------------------------------------------------


def _read_until(fd: int, marker: bytes, timeout: float = 60) -> bytes:
    seen = b""
    end = time.monotonic() + timeout
    while marker not in seen and time.monotonic() < end:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                seen += os.read(fd, 4096)
            except OSError:
                break
    return seen


@pytest.mark.parametrize("answer", ["yes", "no"])
def test_at_a_terminal_the_key_is_trusted_only_on_yes(tmp_path: Path, answer: str) -> None:
    """Without --trust-fingerprint, a person at a terminal sees the fingerprint and types yes."""
    ada, cal = tmp_path / "ada.sjvault", tmp_path / "cal.sjvault"
    with Vault.create(ada, PASSPHRASE) as v:
        sup = v.supervision
        sup.owner.set_name("Ada")
        pid = sup.partners.add(Partner("Cal", "supervisee")).id or 0
        record = sup.sessions.create(sup.sessions.draft(pid, DAY))
        sup.signoff.sign(record.id or 0, "owner", "Ada")
        sup.signoff.sign(record.id or 0, "partner", "Cal")
        fingerprint = sup.identity.fingerprint()
        out = tmp_path / "record.sjexchange"
        code = export_session(v, record.id or 0, out).passphrase
    Vault.create(cal, PASSPHRASE).close()

    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "supervision_app.cli", "session", "import", str(out)]
        + ["--vault", str(cal), "--passphrase-stdin"],
        stdin=slave,
        stdout=subprocess.PIPE,
        stderr=slave,
        env=CLI_ENV,
    )
    os.close(slave)
    try:
        os.write(master, f"{PASSPHRASE}\n{code}\n".encode())
        shown = _read_until(master, b"Type yes")
        assert fingerprint.encode() in shown and b"same channel" in shown
        os.write(master, f"{answer}\n".encode())
        stdout, _ = proc.communicate(timeout=60)
        rest = _read_until(master, b"\n", timeout=2)
    finally:
        os.close(master)
    with Vault.open(cal, PASSPHRASE) as v:
        pending = v.supervision.proposals.list()
        partners = v.supervision.partners.list()
    if answer == "yes":
        assert proc.returncode == 0 and b"1 proposal in your name" in stdout
        assert len(pending) == 1 and [p.name for p in partners] == ["Ada"]
    else:
        assert proc.returncode == 1 and stdout == b"" and b"nothing was imported" in rest
        assert pending == [] and partners == []


def test_a_partner_with_a_restored_journal_is_confirmed_again(journals: Journals) -> None:
    """Ada restores her journal (same records, a new key): refused until Cal forgets the old
    key and compares the new one; her old signatures then stay typed names for Cal."""
    j = journals
    with Vault.open(j.ada, PASSPHRASE) as v:  # what a restore from a backup leaves: no key
        v.conn.execute("DELETE FROM vault_identity")
    new_fp = ok(cli(j.ada, "identity")).strip()
    again = j.folder / "again.sjexchange"
    addendum = int(ok(cli(j.ada, "session", "addendum", str(j.record), "--text", "Moved.")))
    ok(cli(j.ada, "session", "sign-addendum", str(addendum), "--owner-name", "Ada"))
    code = export(j.ada, j.record, again)
    refused(j, again, "different key", "forget the old one", code=code)
    [ada] = as_json(j.cal, "partner", "list")
    ok(cli(j.cal, "partner", "forget-key", str(ada["id"])))
    assert as_json(j.cal, "partner", "list")[0]["key_fingerprint"] is None
    fails(import_file(j.cal, again, code), 1, new_fp)
    out = ok(import_file(j.cal, again, code, "--trust-fingerprint", new_fp))
    assert "1 addendum added" in out
    assert as_json(j.cal, "partner", "list")[0]["key_fingerprint"] == new_fp
    [record] = as_json(j.cal, "session", "list")
    shown = as_json(j.cal, "session", "show", str(record["id"]))
    assert {s["party"]: s["status"] for s in shown["signatures"]} == {
        "owner": "made_here",
        "partner": "verified",  # kept from the first file, made with Ada's old key
    }
    assert [s["status"] for s in shown["addenda"][0]["signatures"]] == ["verified"]
