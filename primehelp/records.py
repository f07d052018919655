"""The fields of a record, whichever kind it is: results and content are frozen dataclasses or,
on the start-up paths, named tuples (ARCHITECTURE.md: a NamedTuple is 3-5 times cheaper to
create on Python 3.11). Readers that walk a result — the JSON envelope, the facts' age — use
this one function."""

from __future__ import annotations

from typing import Any


def record_fields(value: Any) -> tuple[str, ...] | None:
    """The data fields of a record: a dataclass's (less those marked ``json: False``, a view's
    own wording such as Fact.alone) or a named tuple's (less those its ``not_in_json`` method
    names: a named tuple has no field metadata); None for any other value."""
    if hasattr(type(value), "__dataclass_fields__") and not isinstance(value, type):
        import dataclasses  # already imported wherever a dataclass exists: no start-up cost

        fields = dataclasses.fields(value)
        return tuple(f.name for f in fields if f.metadata.get("json", True))
    named = getattr(value, "_fields", None)
    if not (isinstance(value, tuple) and isinstance(named, tuple)):
        return None
    hidden = getattr(value, "not_in_json", None)
    if callable(hidden):
        kept_out = hidden()
        return tuple(name for name in named if name not in kept_out)
    return named
