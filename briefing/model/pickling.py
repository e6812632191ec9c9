"""Pickling value types quickly: the extraction cache holds about a hundred of them per article."""

from __future__ import annotations

import operator
from dataclasses import fields
from typing import TypeVar

T = TypeVar("T", bound=type)


def pickled_by_fields(cls: T) -> T:
    """Class decorator: pickle a frozen slots dataclass as a call to its constructor.

    Python restores such objects field by field through ``fields()``, in
    Python code; that was most of the time spent reading the extraction cache
    back. Apply it above ``@dataclass``.
    """
    names = [f.name for f in fields(cls)]
    assert all(f.init for f in fields(cls)), f"{cls.__name__}: every field must be a constructor argument"
    values = operator.attrgetter(*names)
    if len(names) == 1:
        cls.__reduce__ = lambda self: (cls, (values(self),))  # type: ignore[method-assign]
    else:
        cls.__reduce__ = lambda self: (cls, values(self))  # type: ignore[method-assign]
    return cls
