"""The package's modules parsed once per test process, for the static checks in tests/unit.

The architecture, translation and file-access checks each walk most of the package (about
300 modules; parsing them all takes a second of CPU). Each source text is parsed here once
and its tree shared: the checks only read the trees (none changes a node), so sharing hides
nothing. Files are read every time, so a file that changes (a test's own) is parsed again.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path


def tree(path: Path) -> ast.Module:
    """The parsed module at ``path`` (shared: never change what it returns)."""
    return _parsed(path.read_text(encoding="utf-8"))


def nodes(path: Path) -> tuple[ast.AST, ...]:
    """Every node of the module at ``path``, as :func:`ast.walk` gives them."""
    return _walked(path.read_text(encoding="utf-8"))


@functools.cache
def _parsed(source: str) -> ast.Module:
    return ast.parse(source)


@functools.cache
def _walked(source: str) -> tuple[ast.AST, ...]:
    return tuple(ast.walk(_parsed(source)))
