"""Process-wide precautions taken first thing by the app and the command line.

* ``umask 077``: every file and folder the process creates (the vault's -wal and -shm,
  backups, exports, Qt's own settings files) is private to the user, whatever the code
  that creates it asks for.
* No core dumps: a crash must not write the process's memory (decrypted entries, the
  key) to disk. ``RLIMIT_CORE`` 0 everywhere it exists; on Linux also
  ``prctl(PR_SET_DUMPABLE, 0)``, which stops systemd-coredump and apport (they ignore the
  limit) and other processes of the same user from reading this one's memory.
* Temporary files left by a killed export are removed (see ``core/atomic.py``).

Best effort: a platform without these calls runs without them.
"""

from __future__ import annotations

import importlib
import os
import sys
from contextlib import suppress
from pathlib import Path

TYPE_CHECKING = False  # not typing's own: every command-line run imports this module
if TYPE_CHECKING:
    from typing import Any

PR_SET_DUMPABLE = 4


def disable_core_dumps() -> None:
    with suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with suppress(OSError, AttributeError, ImportError):
            _prctl(PR_SET_DUMPABLE, 0)


def _prctl(option: int, value: int) -> None:
    """``prctl(option, value, 0, 0, 0)`` through ``_ctypes``, the C half of ``ctypes``:
    the ``ctypes`` package's Python half costs ~4 ms of every command-line run. ``ctypes``
    makes the same call (C ``int`` arguments) where ``_ctypes`` lacks these functions."""
    # Untyped on purpose: typeshed's stub of this private module has no dlopen(None), which
    # opens the program itself (libc with it), as ctypes.CDLL(None) does.
    c_half: Any = importlib.import_module("_ctypes")
    try:
        function = c_half.dlsym(c_half.dlopen(None), "prctl")
        c_half.call_function(function, (option, value, 0, 0, 0))
    except AttributeError:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(option, value, 0, 0, 0)


def temp_registry() -> Path:
    """Where in-progress temporary files are recorded (see ``core/atomic.py``)."""
    from supervision_app.paths import data_dir

    return data_dir() / "pending-writes"


def start_safely() -> None:
    """Everything above; cheap enough for every command-line run (~1 ms)."""
    os.umask(0o077)
    disable_core_dumps()
    from supervision_app.core.atomic import clean_stale_temp_files, set_temp_registry

    with suppress(OSError):
        set_temp_registry(temp_registry)  # looked up on use: nothing is created until needed
        clean_stale_temp_files()
