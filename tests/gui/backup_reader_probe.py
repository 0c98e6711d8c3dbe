"""Run by test_backup_threads.py in a process of its own: backups on a worker (the app's
Task, a QThread) while this, the UI thread, keeps reading the entry list from the vault.

Prints one JSON line when the backups finished (with any errors, after which the next
backup is tried). A deadlock between the two threads (the
worker holding SQLite's connection mutex and waiting for the GIL, this thread holding the
GIL and waiting for the mutex) never returns: the test kills this process after a timeout.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SUPERVISION_JOURNAL_TEST_KDF_ITER", "64")

from PySide6.QtWidgets import QApplication  # noqa: E402

from supervision_app.core.entries import Entry  # noqa: E402
from supervision_app.gui.common.tasks import Task, TaskControl  # noqa: E402
from supervision_app.storage.backup import make_backup  # noqa: E402
from supervision_app.storage.bulk import index_at_the_end  # noqa: E402
from supervision_app.storage.vault import Vault  # noqa: E402

PASSPHRASE = "correct horse battery staple"
BACKUPS = 3
#: Enough for the UI thread to read the whole list about twice while each backup runs (0.2 s
#: on its worker here), so reads meet the backup's statements many times; 8,000 cost 4.5
#: CPU s more (making the vault and three backups of it) for nothing the test needs. With
#: the backup on the vault's shared connection again, the probe reported errors in each of
#: 9 runs at 500, 1,000 and 2,000 entries.
ENTRIES = 2000


def main(folder: Path) -> None:
    begun = time.monotonic()
    app = QApplication([])
    words = " ".join(f"word{i}" for i in range(300))
    vault = Vault.create(folder / "journal.sjvault", PASSPHRASE)
    with vault.transaction() as conn, index_at_the_end(conn):
        for i in range(ENTRIES):
            vault.entries.add(
                Entry(
                    title=f"Reflection {i}",
                    body=f"{i} {words}",
                    practice_date=dt.date(2026, 1, 1 + i % 28),
                )
            )
    created = time.monotonic()
    reads = 0
    errors: list[str] = []
    start = time.monotonic()
    made = 0
    for n in range(3 * BACKUPS):
        if made == BACKUPS:
            break
        verifying = threading.Event()

        def work(
            control: TaskControl, n: int = n, verifying: threading.Event = verifying
        ) -> object:
            return make_backup(
                vault,
                reason=f"probe-{n}",
                # 0.3 and above: the copy is made and is being read back and checked.
                progress=lambda done: verifying.set() if done >= 0.3 else None,
                cancelled=lambda: control.cancelled,
            )

        task = Task(work, saves_wait=False)  # as the app's daily backup
        outcome: list[object] = []
        task.finished.connect(outcome.append)
        task.failed.connect(outcome.append)
        task.start()
        while not outcome and not verifying.is_set():
            app.processEvents()
            time.sleep(0.001)
        while not outcome:
            # What the list does as it scrolls: page after page of summaries, row by row.
            after = None
            while page := vault.entries.page(after=after, limit=50):
                after = vault.entries.cursor_of(page[-1])
                reads += len(page)
            app.processEvents()
        if isinstance(outcome[0], BaseException):
            errors.append(repr(outcome[0]))  # reported; the next one is tried
        else:
            made += 1
    vault.close()
    seconds = time.monotonic() - start
    report = {"backups": made, "errors": errors, "rows_read": reads, "seconds": seconds}
    print(json.dumps({**report, "create_s": created - begun}))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
