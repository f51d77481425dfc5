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


@pytest.mark.parametrize("name", PURE)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    assert doctest.testmod(module, optionflags=doctest.ELLIPSIS).failed == 0
