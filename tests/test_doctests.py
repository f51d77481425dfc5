"""The input → output examples in the docstrings of the pure modules hold."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import pipelines

PURE = [m.name for m in pkgutil.walk_packages(pipelines.__path__, "pipelines.")
        if not m.name.startswith(("pipelines.defs", "pipelines.definitions", "pipelines.runner",
                                  "pipelines.__main__"))]


def _with_examples(name: str) -> bool:
    module = importlib.import_module(name)
    return any(t.examples for t in doctest.DocTestFinder().find(module))


# only modules that show examples: a module without one would pass without testing anything
WITH_EXAMPLES = [name for name in PURE if _with_examples(name)]


def test_most_pure_modules_show_examples() -> None:
    assert len(WITH_EXAMPLES) >= len(PURE) // 2, sorted(set(PURE) - set(WITH_EXAMPLES))


@pytest.mark.parametrize("name", WITH_EXAMPLES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
