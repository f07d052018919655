"""Start-up (round 51): typing.NamedTuple compiles each string annotation into a ForwardRef,
about 10 µs a field, so the modules whose records every check-message or cancel run creates are
written without ``from __future__ import annotations``; only a name imported for type checking
alone stays a string."""

from __future__ import annotations

import importlib
import typing

import pytest

# module → the fields whose type is imported for type checking only (a string, on purpose)
MODULES = {
    "primehelp.message": {"authentication", "phone_numbers"},
    "primehelp.message_read": set(),
    "primehelp.cancellation": set(),
}


@pytest.mark.parametrize("name", sorted(MODULES))
def test_named_tuples_are_created_without_compiling_their_annotations(name: str) -> None:
    module = importlib.import_module(name)
    records = [
        value
        for value in vars(module).values()
        if isinstance(value, type)
        and issubclass(value, tuple)
        and hasattr(value, "_fields")
        and value.__module__ == name
    ]
    assert len(records) >= 3
    for record in records:
        compiled = {
            field
            for field, kind in record.__annotations__.items()
            if isinstance(kind, typing.ForwardRef)
        }
        assert compiled <= MODULES[name], (record.__name__, compiled)
