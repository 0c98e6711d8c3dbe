"""Run a multi-statement SQL script inside the caller's transaction."""

from __future__ import annotations

from sqlcipher3.dbapi2 import complete_statement

TYPE_CHECKING = False  # not typing's own: a command-line search does not import typing
if TYPE_CHECKING:
    from typing import Any


def run_script(conn: Any, script: str) -> None:
    """Run statements one by one inside the caller's transaction.

    ``executescript`` would commit first, which would break all-or-nothing migrations.
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if complete_statement(statement):
            if statement.strip():
                conn.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement in migration: {statement[:60]!r}")
