"""Entries: create, edit, trash, list pages, and full-text search."""

from __future__ import annotations

import datetime as dt

import pytest

from supervision_app.core.entries import Entry, normalise_tags, parse_date
from supervision_app.core.errors import EntryNotFound, InvalidEntry
from supervision_app.storage.entries import MARK_END, MARK_START, plain_words_query
from supervision_app.storage.vault import Vault
from tests.conftest import FakeClock


def _add(vault: Vault, title: str, day: int, body: str = "", **kw: object) -> Entry:
    return vault.entries.add(
        Entry(title=title, body=body, practice_date=dt.date(2026, 1, day), **kw)  # type: ignore[arg-type]
    )


def test_create_sets_timestamps_from_clock(vault: Vault, clock: FakeClock) -> None:
    e = _add(vault, "First", 5, minutes=45, kind="cpd_activity", tags=("Training", " training "))
    assert e.id is not None
    got = vault.entries.get(e.id)
    assert got.created_at == clock.now == got.updated_at
    assert got.practice_date == dt.date(2026, 1, 5)
    assert got.minutes == 45 and got.kind == "cpd_activity"
    assert got.tags == ("Training",)  # duplicates differing in case and space collapse


def test_edit_changes_updated_but_not_created(vault: Vault, clock: FakeClock) -> None:
    e = _add(vault, "Draft", 5, "first words")
    created = clock.now
    clock.advance(minutes=3)
    vault.entries.update(Entry(**{**e.__dict__, "body": "second words", "tags": ("edited",)}))
    got = vault.entries.get(e.id or 0)
    assert got.body == "second words"
    assert got.created_at == created and got.updated_at == clock.now
    assert vault.entries.search("second")[0].id == e.id
    assert vault.entries.search("first") == []  # the old text left the index
    assert vault.entries.page(tag="edited")[0].id == e.id


def _index_writes(vault: Vault) -> list[tuple[object, ...]]:
    """The search index's own storage (every segment and its structure record): it changes
    whenever the index takes an entry out or puts one in."""
    return vault.conn.execute("SELECT id, block FROM entries_fts_data ORDER BY id").fetchall()


def test_an_update_writes_only_what_changed(vault: Vault, clock: FakeClock) -> None:
    """A new date or length leaves the search index alone (re-indexing a long entry costs
    ~4 ms of an autosave); changed text, title or tags still reach it."""
    e = _add(vault, "Long reflection", 5, "handover " * 2000, tags=("visits",))
    before = _index_writes(vault)
    clock.advance(minutes=1)
    same_text = vault.entries.update(
        Entry(**{**e.__dict__, "minutes": 30, "practice_date": dt.date(2026, 1, 6)})
    )
    assert _index_writes(vault) == before
    got = vault.entries.get(e.id or 0)
    assert (got.minutes, got.practice_date, got.updated_at) == (30, dt.date(2026, 1, 6), clock.now)
    assert vault.entries.page(tag="visits")[0].id == e.id  # tags kept, not rewritten
    vault.entries.update(Entry(**{**same_text.__dict__, "tags": ("supervision",)}))
    assert _index_writes(vault) != before
    assert vault.entries.page(tag="visits") == []
    assert vault.entries.page(tag="supervision")[0].id == e.id
    assert vault.entries.search("supervision")[0].id == e.id  # tags are indexed too
    vault.entries.update(
        Entry(**{**same_text.__dict__, "title": "Renamed", "body": "safeguarding"})
    )
    assert vault.entries.search("safeguarding")[0].id == e.id
    assert vault.entries.search("handover") == []
    assert vault.entries.search("renamed")[0].id == e.id


def test_update_missing_entry(vault: Vault) -> None:
    with pytest.raises(EntryNotFound):
        vault.entries.update(Entry(title="ghost", id=999))


def test_trash_restore_and_empty(vault: Vault) -> None:
    keep = _add(vault, "Keep", 1, "alpha")
    gone = _add(vault, "Gone", 2, "alpha")
    vault.entries.trash(gone.id or 0)
    assert [s.id for s in vault.entries.page()] == [keep.id]
    assert [s.id for s in vault.entries.trashed()] == [gone.id]
    assert [s.id for s in vault.entries.search("alpha")] == [keep.id]
    assert vault.entries.count() == 1 and vault.entries.count(trash=True) == 1
    vault.entries.restore(gone.id or 0)
    assert {s.id for s in vault.entries.search("alpha")} == {keep.id, gone.id}
    vault.entries.trash(gone.id or 0)
    assert vault.entries.empty_trash() == 1
    with pytest.raises(EntryNotFound):
        vault.entries.get(gone.id or 0)
    assert vault.entries.count(trash=True) == 0


def test_pages_follow_practice_date_with_keyset_cursor(vault: Vault) -> None:
    for day in (3, 1, 7, 7, 2, 9, 5):
        _add(vault, f"Day {day}", day)
    seen: list[tuple[dt.date, int]] = []
    after = None
    while True:
        page = vault.entries.page(after=after, limit=3)
        if not page:
            break
        seen.extend((s.practice_date, s.id) for s in page)
        after = vault.entries.cursor_of(page[-1])
    assert len(seen) == 7
    assert seen == sorted(seen, reverse=True)
    assert [d.day for d, _ in seen] == [9, 7, 7, 5, 3, 2, 1]


def test_list_filters_by_kind_and_tag(vault: Vault) -> None:
    _add(vault, "A", 1, kind="note", tags=("loneliness",))
    _add(vault, "B", 2, kind="reflection", tags=("Loneliness", "visit"))
    _add(vault, "C", 3, kind="reflection")
    assert [s.title for s in vault.entries.page(kind="reflection")] == ["C", "B"]
    assert [s.title for s in vault.entries.page(tag="loneliness")] == ["B", "A"]
    assert vault.entries.all_tags() == [("loneliness", 2), ("visit", 1)]


def test_search_ranks_and_snippets(vault: Vault) -> None:
    _add(vault, "Training day", 1, "A day on safeguarding adults.")
    best = _add(
        vault, "Safeguarding reflection", 2, "Safeguarding, safeguarding and more safeguarding."
    )
    _add(vault, "Unrelated", 3, "Nothing to see here.")
    hits = vault.entries.search("safeguarding")
    assert [h.id for h in hits][0] == best.id
    assert len(hits) == 2
    assert all(MARK_START in h.snippet and MARK_END in h.snippet for h in hits)


def test_search_covers_title_body_and_tags(vault: Vault) -> None:
    e = _add(vault, "Plain title", 1, "plain body", tags=("warmhandover",))
    assert [h.id for h in vault.entries.search("warmhandover")] == [e.id]
    assert [h.id for h in vault.entries.search("title")] == [e.id]


def test_search_stems_and_prefixes(vault: Vault) -> None:
    e = _add(vault, "Visits", 1, "We talked about connecting with neighbours.")
    assert [h.id for h in vault.entries.search("connected")] == [e.id]  # porter stemming
    assert [h.id for h in vault.entries.search("neighb", plain=True, prefix_last=True)] == [e.id]
    assert vault.entries.search("neighb", plain=True) == []


@pytest.mark.parametrize(
    "query",
    [
        '"unbalanced',
        "AND OR",
        "foo:bar",
        "(",
        ")",
        "NEAR(",
        "*",
        "-",
        "child-protection",
        "what's up?",
        "^",
        "a AND",
        '""',
        "'; DROP TABLE entries; --",
    ],
)
def test_malformed_queries_are_plain_words(vault: Vault, query: str) -> None:
    _add(vault, "Child protection conference", 1, "what's up with the foo bar AND more")
    hits = vault.entries.search(query)  # never raises
    assert isinstance(hits, list)
    assert vault.entries.count() == 1


def test_malformed_query_still_finds_its_words(vault: Vault) -> None:
    e = _add(vault, "Child protection conference", 1, "")
    assert [h.id for h in vault.entries.search('"child protection')] == [e.id]
    assert [h.id for h in vault.entries.search("protection (")] == [e.id]


def test_plain_words_query_quotes_everything() -> None:
    assert plain_words_query('say "hi" OR bye') == '"say" "hi" "OR" "bye"'
    assert plain_words_query("net", prefix_last=True) == '"net"*'
    assert plain_words_query("  ...  ") == ""


def test_validation_messages() -> None:
    with pytest.raises(InvalidEntry, match="Minutes"):
        Entry(title="x", minutes=-5).validated()
    with pytest.raises(InvalidEntry, match="kind"):
        Entry(title="x", kind="no spaces allowed").validated()
    with pytest.raises(InvalidEntry, match="YYYY-MM-DD"):
        parse_date("31/01/2026")
    assert Entry(title="  lots   of  space ").validated().title == "lots of space"
    assert normalise_tags("a, #b, A ,, c") == ("a", "b", "c")


def test_fts_index_stays_consistent(vault: Vault) -> None:
    e = _add(vault, "One", 1, "original text")
    for i in range(3):
        vault.entries.update(Entry(**{**e.__dict__, "body": f"revision {i}"}))
    vault.entries.trash(e.id or 0)
    vault.entries.restore(e.id or 0)
    vault.conn.execute("INSERT INTO entries_fts (entries_fts, rank) VALUES ('integrity-check', 1)")
    assert [h.id for h in vault.entries.search("revision")] == [e.id]
    assert vault.entries.search("original") == []


def test_search_finds_non_ascii_tags(vault: Vault) -> None:
    e = _add(vault, "Plain", 1, "nothing here", tags=("Zoë's group",))
    assert [h.id for h in vault.entries.search("Zoë")] == [e.id]
    assert vault.entries.get(e.id or 0).tags == ("Zoë's group",)


def test_quick_search_ranks_only_the_newest_matches(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    from supervision_app.storage import entries as entries_module

    monkeypatch.setattr(entries_module, "QUICK_CANDIDATES", 3)
    ids = [_add(vault, f"Visit {i}", 1 + i, "lunch club " * (10 - i)).id for i in range(6)]
    full = vault.entries.search("lunch")
    assert not vault.entries.last_search_capped
    assert [h.id for h in full][0] == ids[0]  # most mentions ranks first
    quick = vault.entries.search("lunch", quick=True)
    assert vault.entries.last_search_capped
    assert {h.id for h in quick} == set(ids[-3:])  # only the newest three were ranked
    few = vault.entries.search("Visit 2", quick=True)
    assert not vault.entries.last_search_capped and few


def test_search_pages_with_offset(vault: Vault) -> None:
    for i in range(7):
        _add(vault, f"Visit {i}", 1 + i, "lunch club")
    first = vault.entries.search("lunch", limit=4)
    rest = vault.entries.search("lunch", limit=4, offset=4)
    assert len(first) == 4 and len(rest) == 3
    assert not {h.id for h in first} & {h.id for h in rest}


def test_prefix_index_is_in_place(vault: Vault) -> None:
    sql = vault.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'entries_fts'").fetchone()[
        0
    ]
    assert "prefix" in sql
    e = _add(vault, "Safeguarding", 1, "safeguarding adults")
    vault.entries.trash(_add(vault, "Safety", 2, "safety plan").id or 0)
    assert [h.id for h in vault.entries.search("sa", plain=True, prefix_last=True)] == [e.id]
    # (checks the index itself; trashed entries are left out of it on purpose)
    vault.conn.execute("INSERT INTO entries_fts (entries_fts) VALUES ('integrity-check')")


def test_a_single_letter_is_not_a_prefix() -> None:
    assert plain_words_query("s", prefix_last=True) == '"s"'
    assert plain_words_query("home v", prefix_last=True) == '"home" "v"'
    assert plain_words_query("home vi", prefix_last=True) == '"home" "vi"*'


def test_one_line_shortcut_gives_what_the_long_way_gives() -> None:
    """one_line returns already-clean text as it is; for every code point, alone and between
    a letter and a space, that is what collapsing whitespace and removing controls gives."""
    from supervision_app.core.entries import _CONTROLS, one_line

    def long_way(text: str) -> str:
        return " ".join(text.split()).translate(_CONTROLS).strip()

    for code in range(0x110000):
        c = chr(code)
        for text in (c, f"a{c} b"):
            assert one_line(text) == long_way(text), hex(code)


# -- the tags column is read without json where it can be -----------------------------------------


def test_tags_column_reads_as_json_does() -> None:
    """``tags_of`` splits the column as add/update write it, and gives json.loads the rest:
    every tag list, written either way, reads back exactly as json.loads reads it."""
    import json
    import random

    from supervision_app.storage.entries import tags_of

    rng = random.Random(12)
    alphabet = ["a", "Z", " ", ",", '"', "\\", "[", "]", "\n", "\t", "\x01", "é", "日", "\u2028"]
    alphabet.append("😀")
    pieces = ["", ", ", '", "', "home visit", '\\"']
    texts = ["[]", '[""]', '["a","b"]', '[ "a" ]', '["a", "b"] ', '["a" , "b"]', '["\\u00e9"]']
    for _ in range(3000):
        tags = [
            "".join(rng.choice(alphabet + pieces) for _ in range(rng.randint(0, 6)))
            for _ in range(rng.randint(0, 4))
        ]
        texts.append(json.dumps(tags, ensure_ascii=False))
        texts.append(json.dumps(tags))
        texts.append(json.dumps(tags, separators=(",", ":")))
    fast = 0
    for text in texts:
        assert tags_of(text) == tuple(json.loads(text)), text
        fast += "\\" not in text and text.startswith('["')
    assert fast > 500  # the split is exercised, not only json


def test_add_values_writes_what_add_once_writes(vault: Vault) -> None:
    """The command line's add (values, no Entry) and add_once: the same row, the same
    checks, the same answer for a known uid."""
    import dataclasses

    values = {
        "title": "  Home\tvisit ",
        "body": "Body *text*",
        "kind": " Note ",
        "practice_date": dt.date(2026, 3, 4),
        "tags": ("#a", "b", "A"),
        "minutes": 30,
        "uid": " run-1 ",
    }
    first_id, new = vault.entries.add_values(**values)
    assert new
    second, new_again = vault.entries.add_once(
        Entry(**{**values, "uid": "run-2"})  # type: ignore[arg-type]
    )
    assert new_again
    first = vault.entries.get(first_id)
    assert dataclasses.replace(first, id=second.id, uid="run-2") == second
    assert (first.title, first.kind, first.tags, first.uid) == (
        "Home visit",
        "note",
        ("a", "b"),
        "run-1",
    )
    assert vault.entries.add_values(**{**values, "title": "Other"}) == (first_id, False)
    for bad in ({"title": "x" * 301}, {"kind": "no good"}, {"minutes": -1}, {"uid": " "}):
        with pytest.raises(InvalidEntry) as by_values:
            vault.entries.add_values(**{**values, **bad})  # type: ignore[arg-type]
        with pytest.raises(InvalidEntry) as by_entry:
            vault.entries.add_once(Entry(**{**values, **bad}))  # type: ignore[arg-type]
        assert str(by_values.value) == str(by_entry.value)
