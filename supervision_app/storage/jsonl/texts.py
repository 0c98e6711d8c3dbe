"""The problems a JSONL file can have, in one place (validate.py raises them): each is a
:class:`~supervision_app.core.i18n.Text`, English for the command line and translated where
the window shows it. Values written as JSON (a version, a duplicate key) come in as ``repr``.
"""

from __future__ import annotations

from supervision_app.core.i18n import Text


def after_end(number: object, end: object) -> Text:
    return Text(
        "Imports", "Line {number} comes after the end line (line {end})", number=number, end=end
    )


def header_not_first(number: object) -> Text:
    return Text("Imports", "Line {number}: the header can only be the first line", number=number)


def end_without_header(number: object) -> Text:
    return Text(
        "Imports", "Line {number}: an end line needs the header line at the top", number=number
    )


def needs_header(number: object, kind: object) -> Text:
    return Text(
        "Imports",
        "Line {number}: a '{kind}' record needs the header line at the top of the file "
        "(only entry lines without 'type' may come without it)",
        number=number,
        kind=kind,
    )


def unknown_kind(number: object, kind: object, kinds: object) -> Text:
    return Text(
        "Imports",
        "Line {number}: '{kind}' is not a kind of record this vault knows (it knows "
        "{kinds} and entry)",
        number=number,
        kind=kind,
        kinds=kinds,
    )


def not_our_format(number: object) -> Text:
    return Text(
        "Imports", "Line {number}: this is not a Supervision Journal JSONL file", number=number
    )


def unknown_version(number: object, version: object, known: object) -> Text:
    return Text(
        "Imports",
        "Line {number}: version {version} of the JSONL format is not one this app reads "
        "(it reads version {known})",
        number=number,
        version=version,
        known=known,
    )


def schema_not_a_number(number: object) -> Text:
    return Text(
        "Imports", "Line {number}, field 'schema_version': expected a whole number", number=number
    )


def newer_schema(number: object, schema: object, known: object) -> Text:
    return Text(
        "Imports",
        "Line {number}: the file comes from a newer version of the app (schema {schema}; "
        "this vault has schema {known}); update the app first",
        number=number,
        schema=schema,
        known=known,
    )


def field_problem(number: object, field: object, reason: object) -> Text:
    return Text(
        "Imports",
        "Line {number}, field '{field}': {reason}",
        number=number,
        field=field,
        reason=reason,
    )


def line_problem(number: object, reason: object) -> Text:
    return Text("Imports", "Line {number}: {reason}", number=number, reason=reason)


def not_a_table(number: object, name: object) -> Text:
    return Text(
        "Imports",
        "Line {number}, field 'name': {name} is not a table of this vault",
        number=number,
        name=name,
    )


def no_such_field(number: object, kind: object, field: object) -> Text:
    return Text(
        "Imports",
        "Line {number}: {kind} has no field '{field}'",
        number=number,
        kind=kind,
        field=field,
    )


def seq_not_a_number(number: object) -> Text:
    return Text("Imports", "Line {number}, field 'seq': expected a whole number", number=number)


def no_ids_to_count(number: object, name: object) -> Text:
    return Text(
        "Imports", "Line {number}: {name} has no ids of its own to count", number=number, name=name
    )


def bad_value(number: object, field: object, kind: object, reason: object) -> Text:
    return Text(
        "Imports",
        "Line {number}, field '{field}' of {kind}: {reason}",
        number=number,
        field=field,
        kind=kind,
        reason=reason,
    )


def null_key(number: object, field: object, kind: object) -> Text:
    return Text(
        "Imports",
        "Line {number}, field '{field}' of {kind}: a key cannot be null",
        number=number,
        field=field,
        kind=kind,
    )


def missing_field(number: object, field: object, kind: object) -> Text:
    return Text(
        "Imports",
        "Line {number}: field '{field}' of {kind} is missing",
        number=number,
        field=field,
        kind=kind,
    )


def duplicate(number: object, kind: object, field: object, value: object, first: object) -> Text:
    return Text(
        "Imports",
        "Line {number}: a second {kind} record with {field} {value} (the first is on line {first})",
        number=number,
        kind=kind,
        field=field,
        value=value,
        first=first,
    )


def cut_short(number: object) -> Text:
    return Text(
        "Imports",
        "The file stops at line {number} without its end line, so it may have been cut short",
        number=number,
    )


def wrong_count(number: object, declared: object, found: object) -> Text:
    return Text(
        "Imports",
        "Line {number}: the end line counts {declared} records but the file holds "
        "{found}, so it may be damaged",
        number=number,
        declared=declared,
        found=found,
    )


def nothing_to_import() -> Text:
    return Text("Imports", "The file holds nothing to import")


def missing_parent_in_file(
    number: object, field: object, kind: object, parent: object, key: object, value: object
) -> Text:
    return Text(
        "Imports",
        "Line {number}, field '{field}' of {kind}: there is no {parent} record with {key}"
        " {value} in the file",
        number=number,
        field=field,
        kind=kind,
        parent=parent,
        key=key,
        value=value,
    )


def missing_parent(
    number: object, field: object, kind: object, parent: object, key: object, value: object
) -> Text:
    return Text(
        "Imports",
        "Line {number}, field '{field}' of {kind}: there is no {parent} record with {key}"
        " {value} in the file or the vault",
        number=number,
        field=field,
        kind=kind,
        parent=parent,
        key=key,
        value=value,
    )
