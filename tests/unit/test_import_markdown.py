"""A folder of Markdown files, with and without front matter, into a real vault."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

from supervision_app.export.importers import InvalidImport
from supervision_app.export.importers.frontmatter import parse_front_matter, split_front_matter
from supervision_app.export.importers.markdown_folder import import_markdown_folder
from supervision_app.storage.vault import Vault
from tests.unit.test_jsonl_roundtrip import vault_state

SAMPLE = Path(__file__).parent.parent / "data" / "imports" / "markdown"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    copy = tmp_path / "notes"
    shutil.copytree(SAMPLE, copy)
    return copy


def _by_title(vault: Vault) -> dict[str, object]:
    return {s.title: vault.entries.get(s.id) for s in vault.entries.page(limit=50)}


def test_the_sample_folder_imports_one_entry_per_file(vault: Vault, folder: Path) -> None:
    hidden = folder / ".obsidian"
    hidden.mkdir()
    (hidden / "workspace.md").write_text("# Not a note\n", encoding="utf-8")
    result = import_markdown_folder(vault, folder)
    assert result.entries == 3
    entries = _by_title(vault)
    assert set(entries) == {
        "Home visit: reflection",
        "Strengths-based practice",
        "2026-02-03 Team meeting",
    }
    visit = entries["Home visit: reflection"]
    assert visit.practice_date == dt.date(2026, 2, 5)  # type: ignore[attr-defined]
    assert visit.tags == ("home visit", "risk, and safety")  # type: ignore[attr-defined]
    assert visit.minutes == 75 and visit.kind == "reflection"  # type: ignore[attr-defined]
    reading = entries["Strengths-based practice"]
    assert reading.body == "Chapter 3 made me rethink how I open assessments."  # type: ignore[attr-defined]
    assert reading.tags == ("reading", "strengths-based practice")  # type: ignore[attr-defined]
    meeting = entries["2026-02-03 Team meeting"]
    assert meeting.practice_date == dt.date(2026, 2, 3)  # type: ignore[attr-defined]
    assert [s.title for s in vault.entries.search("referral")] == ["2026-02-03 Team meeting"]


def test_without_any_date_the_file_s_modification_day_is_used(vault: Vault, tmp_path: Path) -> None:
    note = tmp_path / "undated" / "Thoughts.md"
    note.parent.mkdir()
    note.write_text("Just text.\n", encoding="utf-8")
    moment = dt.datetime(2025, 7, 14, 12, 0).timestamp()
    os.utime(note, (moment, moment))
    import_markdown_folder(vault, note.parent)
    [entry] = vault.entries.page()
    assert (entry.title, entry.practice_date) == ("Thoughts", dt.date(2025, 7, 14))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("---\ndate: someday\n---\nBody", ["bad.md, line 2, field 'date'", "someday"]),
        ("---\ntitle: x\nBody without a closing line", ["bad.md, line 1", "never closed"]),
        ("---\nminutes: lots\n---\n", ["line 2, field 'minutes'", "lots"]),
        ("---\ntitle: [a, b]\n---\n", ["line 2, field 'title'", "a list"]),
        ("---\ntitle: |\n  two lines\n---\n", ["line 2", "YAML block", "one value"]),
        ("---\ntitle: 'open\n---\n", ["line 2", "not closed"]),
        # An unclosed list was "a YAML block, map or reference ('[bad'); write one value".
        ("---\ntags: [visit, carers\n---\n", ["line 2", "'tags' starts a list", "end it with ]"]),
        ("---\n  stray indented\n---\n", ["line 2", "not a 'key: value' line"]),
    ],
)
def test_a_bad_file_imports_nothing(
    vault: Vault, folder: Path, text: str, words: list[str]
) -> None:
    (folder / "bad.md").write_text(text, encoding="utf-8")
    before = vault_state(vault)
    with pytest.raises(InvalidImport) as caught:
        import_markdown_folder(vault, folder)
    message = str(caught.value)
    for word in words:
        assert word in message
    assert vault_state(vault) == before


def test_not_utf8_no_files_not_a_folder(vault: Vault, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(InvalidImport, match="no Markdown files"):
        import_markdown_folder(vault, tmp_path / "empty")
    with pytest.raises(InvalidImport, match="not a folder"):
        import_markdown_folder(vault, tmp_path / "missing")
    (tmp_path / "empty" / "latin.md").write_bytes("Caf\u00e9".encode("cp1252"))
    with pytest.raises(InvalidImport, match="latin.md is not UTF-8 text"):
        import_markdown_folder(vault, tmp_path / "empty")
    assert vault.entries.count() == 0


def test_front_matter_forms() -> None:
    lines, rest, first = split_front_matter(
        "---\ntags: [a, 'b, c', \"d\"]\nlist:\n- x\n-   y\ntitle: It's issue#1 # a comment\n"
        "kind: note # a comment\n...\nBody"
    )
    fields = parse_front_matter(lines, {"tags", "list", "title", "kind"})
    assert fields["tags"].value == ["a", "b, c", "d"]
    assert fields["list"].value == ["x", "y"] and fields["list"].line == 3
    assert fields["title"].value == "It's issue#1"  # as YAML: " #" starts a comment
    assert fields["kind"].value == "note"
    assert (rest, first) == ("Body", 9)
    assert split_front_matter("No front matter") == ([], "No front matter", 1)


OBSIDIAN = Path(__file__).parent.parent / "data" / "imports" / "obsidian-vault"


@pytest.fixture
def obsidian(tmp_path: Path) -> Path:
    copy = tmp_path / "vault"
    shutil.copytree(OBSIDIAN, copy)
    return copy


def test_an_obsidian_vault_names_every_bad_file_and_line(vault: Vault, obsidian: Path) -> None:
    """The defect: one template placeholder refused the whole folder with a wrong message."""
    before = vault_state(vault)
    with pytest.raises(InvalidImport) as caught:
        import_markdown_folder(vault, obsidian)
    assert caught.value.problems == [
        "Supervision/Session notes.md, line 5, field 'minutes': "
        "'lots' is not a number of minutes (use 90 or 1:30)",
        "Supervision/Unclosed.md, line 1: "
        "the front matter that starts on line 1 is never closed with ---",
    ]
    assert caught.value.valid == 3  # the notes that could be imported on their own
    assert vault_state(vault) == before


def test_an_obsidian_vault_imports_its_valid_notes_on_request(vault: Vault, obsidian: Path) -> None:
    result = import_markdown_folder(vault, obsidian, skip_invalid=True)
    assert result.entries == 3
    assert "left out 2 templates in Templates/" in result.summary()
    assert "left out 2 notes with problems (listed below)" in result.summary()
    assert [d.split(",")[0] for d in result.dropped] == [
        "Supervision/Session notes.md",
        "Supervision/Unclosed.md",
    ]
    notes = _by_title(vault)
    daily = notes["Monday 2 March"]
    # date: {{date}} is a placeholder, so the created date counts.
    assert daily.practice_date == dt.date(2026, 3, 2)  # type: ignore[attr-defined]
    assert daily.tags == ("daily", "loneliness", "safeguarding")  # type: ignore[attr-defined]
    updated = daily.updated_at.astimezone()  # type: ignore[attr-defined]
    assert (updated.date(), updated.hour, updated.minute) == (dt.date(2026, 3, 2), 17, 40)
    visit = notes["A home visit that changed my plan"]
    assert visit.practice_date == dt.date(2026, 2, 14)  # type: ignore[attr-defined]
    # Inline tags, but not "#3" (a number), a link's "#heating" or code.
    assert visit.tags == ("reflection", "home-visit", "cost-of-living")  # type: ignore[attr-defined]
    assert visit.minutes == 45  # type: ignore[attr-defined]
    assert notes["Reading list"].tags == ("reading",)  # type: ignore[attr-defined]
    assert not any("{{" in str(getattr(n, "body", "")) for n in notes.values())


def test_placeholders_read_as_absent() -> None:
    lines, _rest, _first = split_front_matter(
        "---\ndate: {{date}}\ntitle: '{{title}}'\nwhen: <% tp.date.now() %>\n"
        "tags: [a, '{{tag}}']\nlist:\n  - '{{x}}'\n  - b\n---\n"
    )
    fields = parse_front_matter(lines, {"date", "title", "when", "tags", "list"})
    assert set(fields) == {"tags", "list"}
    assert fields["tags"].value == ["a"] and fields["list"].value == ["b"]


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        # A string is split as Obsidian splits it: at commas and spaces (a tag has no spaces).
        ("tags: visit carers", ("visit", "carers")),
        ("tags: visit, carers", ("visit", "carers")),
        ("tags: 'visit,carers  risk'", ("visit", "carers", "risk")),
        ("tags: '#visit #carers'", ("visit", "carers")),
        # A list keeps its items whole, as Obsidian does.
        ("tags: [home visit, carers]", ("home visit", "carers")),
        ("tags:\n  - home visit\n  - carers", ("home visit", "carers")),
    ],
)
def test_a_tags_string_splits_as_obsidian_splits_it(
    vault: Vault, tmp_path: Path, line: str, tags: tuple[str, ...]
) -> None:
    note = tmp_path / "notes" / "Visit.md"
    note.parent.mkdir()
    note.write_text(f"---\ndate: 2026-03-01\n{line}\n---\nSynthetic text.\n", encoding="utf-8")
    import_markdown_folder(vault, note.parent)
    [summary] = vault.entries.page()
    assert vault.entries.get(summary.id or 0).tags == tags
