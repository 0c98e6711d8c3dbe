"""The command-line tests' fixtures."""

from __future__ import annotations

import os

import pytest

from tests.cli import helpers


@pytest.fixture(scope="session", autouse=True)
def _fresh_runs_shared_by_the_workers(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Under xdist, the workers' temporary folders share one parent made for this run (pytest
    keeps the last three runs' and removes older ones): the first run of each command in the
    whole run is the fresh one (see tests/cli/helpers.py), not the first in each worker."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        helpers.share_fresh_runs(tmp_path_factory.getbasetemp().parent / "cli-fresh-runs")
