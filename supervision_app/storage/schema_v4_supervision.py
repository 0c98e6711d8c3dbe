"""Schema 4: supervision partners, agreements, sessions, actions and sign-off (issue 6)."""

from __future__ import annotations

from typing import Any

from supervision_app.storage.sqlscript import run_script


def migrate(conn: Any) -> None:
    run_script(conn, "")  # filled in by the feature's work
