"""Schema 3: CPD records, evidence attachments and the HCPC profile (issue 5)."""

from __future__ import annotations

from typing import Any

from supervision_app.storage.sqlscript import run_script


def migrate(conn: Any) -> None:
    run_script(conn, "")  # filled in by the feature's work
