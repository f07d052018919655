"""pytest plugin: every JSON document written in-process is validated against ``schemas/``.

For the whole session :data:`~tests.support.json_contract.JSON_WRITER` is replaced by a wrapper
that writes as before, then validates what a reader of stdout gets (the document after a JSON
round trip). A document that breaks its schema fails the test that wrote it, after the test
body, with the schema's complaints. The terminal summary gives the number of documents checked.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Generator
from typing import Any

import pytest

from tests.support import json_contract

IN_PROCESS = "in-process writer"

# Violations seen since the current test started (the wrapper must not raise: the CLI would
# turn the exception into exit 1 and the cause would be hard to see).
pending: list[json_contract.ContractViolation] = []
_patch = pytest.MonkeyPatch()


def writer_target() -> tuple[Any, str]:
    """The module object and attribute name named by ``JSON_WRITER``."""
    module_name, _, function_name = json_contract.JSON_WRITER.rpartition(".")
    module = importlib.import_module(module_name)
    if not callable(getattr(module, function_name, None)):
        raise pytest.UsageError(f"JSON_WRITER names no function: {json_contract.JSON_WRITER}")
    return module, function_name


def checking(write: Callable[..., Any]) -> Callable[..., Any]:
    """``write``, then validate the document it wrote."""

    def checked_write(document: Any, *args: Any, **kwargs: Any) -> Any:
        result = write(document, *args, **kwargs)
        try:
            json_contract.check(document, IN_PROCESS)
        except json_contract.ContractViolation as violation:
            pending.append(violation)
        return result

    checked_write.__wrapped__ = write  # type: ignore[attr-defined]
    return checked_write


def pytest_sessionstart(session: pytest.Session) -> None:
    module, name = writer_target()
    _patch.setattr(module, name, checking(getattr(module, name)))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _patch.undo()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    pending.clear()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, None, None]:
    __tracebackhide__ = True
    try:
        result = yield
    except Exception as failure:
        if pending:
            raise _violations() from failure
        raise
    if pending:
        raise _violations()
    return result


def _violations() -> json_contract.ContractViolation:
    found = list(pending)
    pending.clear()
    return json_contract.ContractViolation(
        f"{len(found)} JSON document(s) written by this test break the contract:\n"
        + "\n".join(str(v) for v in found[:5])
    )


def pytest_terminal_summary(terminalreporter: Any) -> None:
    terminalreporter.write_line(json_contract.summary())
