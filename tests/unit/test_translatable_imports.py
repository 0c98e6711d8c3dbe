"""An importer's problems, notes and lines left out are translatable (core/i18n.py ``Text``):
English as before through ``str()``, the window's language through ``render(translate)``,
reasons nested in them too; and no new one is written as a bare English f-string."""

from __future__ import annotations

import ast
import copy
import datetime as dt
import pickle
import re
from pathlib import Path

import pytest

from supervision_app.core.i18n import CONTEXTS, DateText, Phrase, Text, english, rendered
from supervision_app.core.imports import ImportResult, InvalidImport, parse_day
from supervision_app.storage.vault import Vault

PACKAGE = Path(__file__).resolve().parents[2] / "supervision_app"


def pseudo(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A stand-in language: each text in ‹…› (counts in English forms)."""
    return f"‹{english(context, source, disambiguation, n)}›"


# -- the Text object ------------------------------------------------------------------------


def test_a_text_is_its_english_and_renders_in_another_language() -> None:
    inner = ValueError(Text("Errors", "'{text}' is not a date", text="31/02/2026"))
    text = Text("Imports", "Row {row}, column '{column}': {reason}", row=3, column="Date",
                reason=inner)  # fmt: skip
    assert text == "Row 3, column 'Date': '31/02/2026' is not a date"
    assert str(text) == text and type(str(text)) is str
    assert text.render(pseudo) == "‹Row 3, column 'Date': ‹'31/02/2026' is not a date››"
    assert text.render() == str(text)


def test_counted_texts_use_qts_form() -> None:
    one = Text("Imports", "%n media file(s) was not imported (listed below)", n=1)
    two = Text("Imports", "%n media file(s) was not imported (listed below)", n=2)
    assert one == "1 media file was not imported (listed below)"
    assert two == "2 media files were not imported (listed below)"
    assert two.render(pseudo) == "‹2 media files were not imported (listed below)›"


def test_a_text_is_immutable_and_survives_a_copy() -> None:
    text = Text("Imports", "{name} is empty", name="a.csv")
    with pytest.raises(AttributeError):
        text.source = "changed"  # type: ignore[misc]
    for again in (copy.deepcopy(text), pickle.loads(pickle.dumps(text))):
        assert again == text and again.render(pseudo) == "‹a.csv is empty›"
    day = DateText(dt.date(2026, 5, 1), long=True)
    assert day == "1 May 2026" and pickle.loads(pickle.dumps(day)).render(pseudo) == (
        "‹1 ‹May› 2026›"
    )


def test_another_errors_sentence_nests_without_its_full_stop() -> None:
    from supervision_app.core.errors import InvalidEntry

    error = InvalidEntry.marked("The title is longer than {n} characters.", n=200)
    phrase = Phrase(error)
    assert phrase == "The title is longer than 200 characters"
    # Translated, then without its full stop:
    assert phrase.render(lambda c, s, d=None, n=-1: "¡" + s) == (
        "¡The title is longer than 200 characters"
    )
    assert rendered(ValueError("plain"), pseudo) is not None  # any other error: as it is


def test_an_import_error_and_summary_render_their_problems_and_notes() -> None:
    error = InvalidImport(
        [Text("Imports", "{name} is empty", name="a.csv"), Text("Imports", "second")]
    )
    assert str(error) == "a.csv is empty (and 1 more problem); nothing was imported."
    assert error.message(pseudo) == "‹{first} (and 1 more problem); nothing was imported.›".format(
        first="‹a.csv is empty›"
    )
    result = ImportResult(entries=2, notes=[Text("Imports", "dates were read month first")])
    assert result.summary() == "Imported 2 entries; dates were read month first."
    assert result.summary(pseudo) == "‹Imported 2 entries›; ‹dates were read month first›."


def test_a_bad_date_in_a_csv_row_is_translated_at_every_level(tmp_path: Path) -> None:
    from supervision_app.export.importers.csv_import import read_csv

    path = tmp_path / "log.csv"
    path.write_text("Title,Date\nA visit,31/02/2026\n", encoding="utf-8")
    with pytest.raises(InvalidImport) as caught:
        read_csv(path, {"title": "Title", "date": "Date"}, dt.date(2026, 3, 1))
    assert str(caught.value) == (
        "Row 2, column 'Date': '31/02/2026' is not a date (use 2026-03-01 or 01/03/2026); "
        "nothing was imported."
    )
    assert caught.value.message(pseudo).startswith("‹‹Row 2, column 'Date': ‹'31/02/2026'")
    with pytest.raises(ValueError) as bad:
        parse_day("31/02/2026")
    assert rendered(bad.value, pseudo) == (
        "‹'31/02/2026' is not a date (use 2026-03-01 or 01/03/2026)›"
    )


# -- the walk: no importer text written as a bare English string ----------------------------

#: The modules whose problems, notes and reasons the import dialogs show.
IMPORT_MODULES = sorted(
    [
        PACKAGE / "core" / "imports.py",
        PACKAGE / "core" / "safe_json.py",
        *(PACKAGE / "export" / "importers").glob("*.py"),
        *(PACKAGE / "storage" / "jsonl" / name for name in ("validate.py", "restore.py")),
        *(PACKAGE / "storage" / "jsonl" / name for name in ("lines.py", "minimal.py", "texts.py")),
        PACKAGE / "storage" / "jsonl" / "schema.py",
    ]
)

#: (module, a fragment of the f-string): why it is not a message for the user.
NOT_MESSAGES = {
    ("dayone.py", "Location: "): "the entry's own text, stored in English",
    ("dayone.py", "Weather: "): "the entry's own text, stored in English",
    ("dayone.py", "[Evidence file: "): "the entry's own text, stored in English",
    ("dayone.py", " not imported: not in the export]"): "the entry's own text",
    ("dayone.py", " not imported: too large]"): "the entry's own text",
    ("__init__.py", "no entry reader for "): "a programming error (the format names are fixed)",
    ("restore.py", "PRAGMA foreign_key_check("): "SQL",
    ("validate.py", "SELECT 1 FROM "): "SQL",
    ("schema.py", "PRAGMA table_xinfo("): "SQL",
    ("schema.py", "PRAGMA foreign_key_list("): "SQL",
}

#: Calls whose argument is a message for the user.
MESSAGE_CALLS = {
    "InvalidImport",
    "ValueError",
    "FrontMatterError",
    "HostileJSON",
    "add",
    "append",
}
#: A worded literal: two words (a single word may be a key, e.g. "entries").
_WORDS = re.compile(r"[A-Za-z]{2,} [A-Za-z]")


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
    return None


def bare_english(source: str) -> list[tuple[int, str]]:
    """(line, text) of each worded f-string, and each worded literal given to a call that
    makes a message (``ValueError("…")``, ``problems.add("…")``, ``InvalidImport(["…"])``),
    outside a ``Text(…)`` (or a ``QT_TRANSLATE_NOOP`` mark)."""
    tree = ast.parse(source)
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") in {
            "Text",
            "QT_TRANSLATE_NOOP",
        }:
            inside.update(id(n) for n in ast.walk(node))
    found = []
    for node in ast.walk(tree):
        if id(node) in inside:
            continue
        if isinstance(node, ast.JoinedStr) and re.search(r"[A-Za-z]{3,}", _literal(node) or ""):
            found.append((node.lineno, _literal(node) or ""))
        if isinstance(node, ast.Call):
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name not in MESSAGE_CALLS:
                continue
            for arg in node.args:
                items = arg.elts if isinstance(arg, (ast.List, ast.Tuple)) else [arg]
                for item in items:
                    if isinstance(item, ast.Constant) and _WORDS.search(str(item.value)):
                        found.append((item.lineno, str(item.value)))
    return found


def test_no_importer_message_is_bare_english() -> None:
    found = [
        f"{path.name}:{line}: {text}"
        for path in IMPORT_MODULES
        for line, text in bare_english(path.read_text(encoding="utf-8"))
        if not any(path.name == f and fragment in text for f, fragment in NOT_MESSAGES)
    ]
    assert found == [], "write Text('Imports', '…', name=value) (core/i18n.py), or list it"


def test_every_allowance_is_still_needed() -> None:
    texts = {
        (path.name, text)
        for path in IMPORT_MODULES
        for _line, text in bare_english(path.read_text(encoding="utf-8"))
    }
    unused = [key for key in NOT_MESSAGES if not any(f == key[0] and key[1] in t for f, t in texts)]
    assert unused == []


def test_the_walk_finds_a_bare_english_problem() -> None:
    bad = (
        "problems.add(f'Row {n}: {error}')\n"
        "raise ValueError('expected a number of minutes')\n"
        "raise InvalidImport([f'{name} is empty'])\n"
        "read.notes.append('dates were read month first')\n"
        "problems.add(Text('Imports', 'Row {row}: {reason}', row=n, reason=error))\n"
        "raise ValueError(Text('Imports', 'expected a number of minutes'))\n"
    )
    assert sorted(line for line, _text in bare_english(bad)) == [1, 2, 3, 4]


# -- every Text is filed in the template under a context the window looks up ---------------


def _text_calls() -> list[tuple[str, int, ast.Call]]:
    calls = []
    for folder in ("core", "export", "storage"):
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            source = path.read_text(encoding="utf-8")
            if "Text(" not in source or path.name == "i18n.py":  # i18n.py defines it
                continue
            for node in ast.walk(ast.parse(source)):
                if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Text":
                    calls.append((str(path.relative_to(PACKAGE)), node.lineno, node))
    return calls


#: (module, source expression): a Text whose source is a marked variable, and where.
MARKED_ELSEWHERE = {
    ("export/importers/dayone.py", "word"): "MEDIA's words, QT_TRANSLATE_NOOP('Imports', …)",
    ("core/parse_problems.py", "phrase"): "_JSON's phrases, QT_TRANSLATE_NOOP('Imports', …)",
}


def test_every_text_has_a_literal_context_and_source() -> None:
    bad = []
    for where, line, call in _text_calls():
        context, source = (call.args + [None, None])[:2]
        literal_context = isinstance(context, ast.Constant) and context.value in CONTEXTS
        literal_source = isinstance(source, ast.Constant) and isinstance(source.value, str)
        marked = source is not None and (where, ast.unparse(source)) in MARKED_ELSEWHERE
        if not literal_context or not (literal_source or marked):
            bad.append(f"{where}:{line}: {ast.unparse(call)[:60]}")
    assert bad == [], "lupdate files only literal texts (gui/i18n.py kept_texts)"
    assert len(_text_calls()) >= 60  # the walk sees the importers


def test_the_template_holds_every_kept_text() -> None:
    from supervision_app.gui.i18n import TEMPLATE, kept_texts

    template = TEMPLATE.read_text(encoding="utf-8")
    contexts = dict(re.findall(r"<name>(.*?)</name>(.*?)</context>", template, flags=re.S))
    missing = []
    for context, source, counted in kept_texts():
        escaped = source.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        escaped = escaped.replace("'", "&apos;").replace('"', "&quot;")
        body = contexts.get(context, "")
        mark = f'<message numerus="yes">\n        <source>{escaped}</source>'
        if f"<source>{escaped}</source>" not in body or (counted and mark not in body):
            missing.append((context, source))
    assert missing == [], "run .venv/bin/python -m supervision_app.gui.i18n"
    assert ("Imports", "Row {row}, column '{column}': {reason}", False) in kept_texts()
    # The fixed details of a damaged backup (storage/backup_open.py, backup_verify.py), shown
    # by VaultDamaged.
    for detail in ("it is not a copy of a journal vault", "it is not encrypted"):
        assert f"<source>{detail}</source>" in contexts["Errors"]


def test_a_backup_files_problem_is_translated_at_every_level(vault: Vault, tmp_path: Path) -> None:
    """JSONL: the line, the field and what was found there (storage/jsonl)."""
    from supervision_app.storage.jsonl.restore import import_jsonl

    path = tmp_path / "lines.jsonl"
    path.write_text('{"title": 3}\n{"title": "A", "minutes": 99999}\n', encoding="utf-8")
    with pytest.raises(InvalidImport) as caught:
        import_jsonl(vault, path, dry_run=True)
    first, second = caught.value.problems
    assert first == "Line 1, field 'title': expected text, found a number"
    assert first.render(pseudo) == "‹Line 1, field 'title': ‹expected text, found ‹a number›››"
    assert second.render(pseudo) == (
        "‹Line 2, field 'minutes': ‹99999 is not a number of minutes from 0 to 20160››"
    )


def test_an_entrys_own_rule_nested_in_a_row_is_translated(tmp_path: Path) -> None:
    from supervision_app.core.entries import MAX_TITLE
    from supervision_app.export.importers.csv_import import read_csv

    path = tmp_path / "log.csv"
    path.write_text(f"Title,Date\n{'A' * (MAX_TITLE + 1)},2026-03-01\n", encoding="utf-8")
    with pytest.raises(InvalidImport) as caught:
        read_csv(path, {"title": "Title", "date": "Date"}, dt.date(2026, 3, 1))
    (problem,) = caught.value.problems
    assert problem == f"Row 2: The title is longer than {MAX_TITLE} characters"
    assert problem.render(pseudo).startswith("‹Row 2: ‹The title is longer than")


# -- Python's own parser messages, said in our words --------------------------------------


@pytest.mark.parametrize(
    ("text", "ours", "column"),
    [
        ('{"a": 1 "b": 2}', "a comma is missing", 9),
        ('{"a" 1}', "a colon is missing after a name", 6),
        ("[1,]", "a value is missing or is not JSON", 4),
        ('{"a": 1,}', "a name in double quotes was expected (or a comma is one too many)", 9),
        ('"abc', "a text is not closed with a double quote", 1),
        ('"a\tb"', "a text holds a tab or line break that JSON does not allow", 3),
        ('"\\x"', "a backslash starts an escape that JSON does not know", 2),
        ('"\\u12"', "a Unicode escape is not followed by four hexadecimal digits", 3),
        ("{} x", "more follows the end of the JSON", 4),
    ],
)
def test_a_json_syntax_error_is_our_own_sentence(text: str, ours: str, column: int) -> None:
    """jrnl, a JSONL backup's line and a template file: the parser's English ("Expecting
    ',' delimiter") is kept as a detail only; the sentence is ours, with line and column."""
    from supervision_app.core.templates import TemplateSetError, load_template_set
    from supervision_app.export.importers.jrnl import parse_json
    from supervision_app.storage.jsonl.lines import LineError, parse_line

    with pytest.raises(InvalidImport) as caught:
        parse_json("\n" + text, "x.json")
    (problem,) = caught.value.problems
    assert problem == f"x.json, line 2: not valid JSON ({ours} at column {column})"
    assert problem.render(pseudo) == (
        f"‹x.json, line 2: not valid JSON (‹{ours}› at column {column})›"
    )
    assert "Expecting" not in problem.render(pseudo)
    with pytest.raises(LineError) as line:
        parse_line(7, text.encode())
    assert rendered(line.value, pseudo) == (
        f"‹Line 7 is not valid JSON (‹{ours}› at character {column})›"
    )
    with pytest.raises(TemplateSetError) as template:
        load_template_set(text, "team.json")
    assert template.value.message(pseudo) == (
        f"‹team.json is not valid JSON (line 1, column {column}: ‹{ours}›).›"
    )


def test_an_unknown_parser_message_is_kept_as_a_quoted_detail() -> None:
    import json

    from supervision_app.core.parse_problems import json_reason

    error = json.JSONDecodeError("Something new", "x", 0)
    assert json_reason(error).render(pseudo) == "‹the JSON reader stopped: “Something new”›"
    known = json_reason(json.JSONDecodeError("Expecting value", "x", 0))
    assert known.fields["detail"] == "Expecting value"  # kept, not shown


def test_a_csv_readers_error_is_our_own_sentence(tmp_path: Path) -> None:
    import csv

    from supervision_app.export.importers.csv_import import read_csv

    limit = csv.field_size_limit()
    csv.field_size_limit(16 * 1024 * 1024)
    (tmp_path / "big.csv").write_text(
        'Title,Date\n"' + "x" * (16 * 1024 * 1024 + 10) + "\n", encoding="utf-8"
    )
    try:
        with pytest.raises(InvalidImport) as caught:
            read_csv(tmp_path / "big.csv", {"title": "Title", "date": "Date"}, dt.date(2026, 3, 1))
    finally:
        csv.field_size_limit(limit)
    (problem,) = caught.value.problems
    assert problem == (
        "big.csv is not a readable CSV file (line 2: a field is longer than 16,777,216 "
        "characters; is a quote left open?)"
    )
    assert problem.render(pseudo) == (
        "‹big.csv is not a readable CSV file (‹line 2: a field is longer than 16,777,216 "
        "characters; is a quote left open?›)›"
    )


def test_an_unknown_type_of_cpd_is_translated() -> None:
    from supervision_app.core.cpd.model import CpdFields, InvalidCpd

    with pytest.raises(InvalidCpd) as caught:
        CpdFields(activity_type="webinar").validated()  # type: ignore[arg-type]
    assert str(caught.value) == (
        "'webinar' is not a type of CPD; choose reflection, supervision, course or training, "
        "reading or research, shadowing or observation, peer learning, other."
    )
    assert caught.value.message(pseudo).startswith(
        "‹'webinar' is not a type of CPD; choose ‹Reflection›, ‹Supervision›, "
    )


def test_a_bad_framework_reference_in_a_template_is_translated() -> None:
    """parse_ref's reason, nested in a template file's problem (it was an English f-string)."""
    from supervision_app.core.frameworks import FrameworkFileError
    from supervision_app.core.frameworks_check import parse_framework
    from supervision_app.core.frameworks_schema import parse_ref

    with pytest.raises(ValueError) as bad:
        parse_ref("pcf:")
    assert rendered(bad.value, pseudo) == (
        "‹malformed framework reference 'pcf:'; expected 'framework:item'›"
    )
    data = {
        "id": "mine", "name": "Mine", "kind": "framework", "description": "d", "version": "1",
        "source": {"title": "t", "publisher": "p", "year": 2026, "location": "l"},
        "items": [{"id": "a", "label": "A", "explanation": "e", "prompts": ["p?", "q?"]}],
        "aliases": {"old": "pcf:"},
    }  # fmt: skip
    with pytest.raises(FrameworkFileError) as caught:
        parse_framework(data, "mine.json")
    assert caught.value.message(pseudo) == (
        "‹mine.json: aliases.old: ‹‹malformed framework reference 'pcf:'; "
        "expected 'framework:item'›››"
    )
