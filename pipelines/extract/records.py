"""Faster construction of the frozen records the extraction makes by the thousand.

A frozen dataclass's generated ``__init__`` sets each field through ``object.__setattr__`` (to
get past its own ``__setattr__``, which refuses): one call per field, three times the cost of
filling the instance's ``__dict__``.  An extraction builds several such records per figure
(``Figure``, ``Named``, ``Fact``), so :func:`fast_init` gives a record class an ``__init__`` with
the same signature, defaults and ``__post_init__`` call that writes the ``__dict__`` directly;
:func:`maker` does the same for a class this package does not own (``Fact``).  Equality, hash,
repr, pickling and immutability stay the dataclass's own.

>>> from dataclasses import dataclass
>>> @fast_init
... @dataclass(frozen=True)
... class Point:
...     x: int
...     y: int = 0
>>> Point(1), Point(1, y=2) == Point(1, 2), maker(Point)(3, 4)
(Point(x=1, y=0), True, Point(x=3, y=4))
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import MISSING, fields
from typing import Any, TypeVar

C = TypeVar("C", bound=type)


def _source(cls: type, head: str, body_start: str, tail: str) -> tuple[str, dict[str, Any]]:
    """The Python source of a function filling ``cls``'s fields, and its globals (the defaults)."""
    params, lines, env = [], [], {"_new": object.__new__, "_cls": cls}
    for f in fields(cls):
        if f.default_factory is not MISSING or not f.init or f.kw_only:
            raise TypeError(f"{cls.__name__}.{f.name}: only plain fields and defaults are supported")
        if f.default is MISSING:
            params.append(f.name)
        else:
            env[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        lines.append(f"    _d[{f.name!r}] = {f.name}\n")
    return f"def {head}({', '.join(params)}):\n{body_start}{''.join(lines)}{tail}", env


def fast_init(cls: C) -> C:
    """Give frozen dataclass ``cls`` an ``__init__`` that fills its ``__dict__`` (see above)."""
    post = "    self.__post_init__()\n" if hasattr(cls, "__post_init__") else ""
    src, env = _source(cls, "__init__", "    _d = self.__dict__\n", post)
    src = src.replace("def __init__(", "def __init__(self, ", 1)
    exec(src, env)  # noqa: S102 - our own generated source, as dataclasses itself does
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init  # type: ignore[misc]
    return cls


def maker(cls: type, filled: bool = False) -> Callable[..., Any]:
    """A function ``(fields in order, defaults as the class's) -> cls instance`` that fills the
    instance's ``__dict__`` directly (no ``__post_init__``: for records without one, or, with
    ``filled``, for callers that give every field its ``__post_init__`` would fill)."""
    if hasattr(cls, "__post_init__") and not filled:
        raise TypeError(f"{cls.__name__} has a __post_init__: use its own constructor")
    src, env = _source(cls, "make", "    self = _new(_cls)\n    _d = self.__dict__\n", "    return self\n")
    exec(src, env)  # noqa: S102 - our own generated source, as dataclasses itself does
    return env["make"]
