"""Opt-in plugin: each test's CPU seconds, for finding where the suite's time goes.

``CPU_LOG_DIR=/tmp/cpu .venv/bin/python -m pytest -p tests.cpu_per_test`` writes one file
per xdist worker, a line per test: node id, CPU seconds, wall seconds. CPU counts this
process, its reaped children (fresh command-line runs, builds) and the command-line
launcher's runs (tests/cli/launcher.py), read from ``/proc`` (Linux). Wall time on a shared
machine says little; compare CPU.
"""

from __future__ import annotations

import os
import resource
import time
from collections.abc import Iterator

import pytest

_DIR = os.environ.get("CPU_LOG_DIR", "cpu-per-test")


def _launcher_cpu() -> float:
    """CPU of the warm launcher and of the runs it has reaped, if this process started it."""
    from tests.cli import helpers

    launcher = helpers._LAUNCHER
    if launcher is None:
        return 0.0
    try:
        with open(f"/proc/{launcher.process.pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return sum(int(x) for x in fields[11:15]) / os.sysconf("SC_CLK_TCK")  # u, s, cu, cs


def _cpu() -> float:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime + _launcher_cpu()


def _write(line: str) -> None:
    os.makedirs(_DIR, exist_ok=True)
    name = os.environ.get("PYTEST_XDIST_WORKER", "main") + ".tsv"
    with open(os.path.join(_DIR, name), "a", encoding="utf-8") as log:
        log.write(line)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Iterator[None]:
    cpu, wall = _cpu(), time.perf_counter()
    yield
    _write(f"{item.nodeid}\t{_cpu() - cpu:.3f}\t{time.perf_counter() - wall:.3f}\n")
