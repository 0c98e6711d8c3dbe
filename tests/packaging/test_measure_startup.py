"""The start-up measurement's own X server (packaging/measure_startup.py, run by
packaging/test-bundle.sh): ready when it says so, and never refusing a client between runs.

Under ``xvfb-run`` a start sometimes failed with "could not connect to display": the server
reset whenever its last client had gone (between two runs) and refused connections
meanwhile. Each client here connects alone, as each measured run does.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def measure_startup() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "measure_startup", ROOT / "packaging" / "measure_startup.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_own_x_server_accepts_every_client_one_after_another() -> None:
    tool = measure_startup()
    with tool.own_x_server() as display, tool.own_x_server() as other:
        assert display != other  # each picks a free display itself (-displayfd)
        env = {**os.environ, "DISPLAY": display}
        env.pop("XAUTHORITY", None)
        refused = [
            attempt
            for attempt in range(150)
            if subprocess.run(["xwininfo", "-root"], env=env, capture_output=True).returncode
        ]
        assert refused == []  # 10-20 of 150 without -noreset
    gone = subprocess.run(["xwininfo", "-root"], env=env, capture_output=True)
    assert gone.returncode != 0  # the server ends with the measurement
