"""Review 24b (a Japanese reader): renewal, trial, cancel and due, S items 6, 7, 8, 10, 11, 13,
14 and 15."""

from __future__ import annotations

import datetime as dt

import pytest

from primehelp.i18n import Lang
from tests.support.clihelp import run

TODAY = dt.date(2026, 12, 5)
TODAY_ARGS = ("--today", TODAY.isoformat())


def _out(*args: str, lang: Lang = "ja") -> str:
    result = run(*args, *TODAY_ARGS, "--lang", lang, env={"COLUMNS": "1000"})
    assert result.exit_code == 0, result.stderr
    return result.stdout


# ---------------------------------------------------------------- S 6: the example keeps --via app


@pytest.mark.parametrize(
    ("flags", "example"),
    [
        (("--student",), "primehelp cancel --via app --student --renewal 2026-12-24"),
        (("--trial",), "primehelp cancel --trial --via app --renewal 2026-12-24"),
        (("--paid",), "primehelp cancel --via app --renewal 2026-12-24"),
    ],
)
def test_s6_the_example_keeps_via_app(flags: tuple[str, ...], example: str) -> None:
    args = ("cancel", "--no-interactive", "--via", "app", *flags)
    assert f"例：`{example}`\n" in _out(*args)
    assert f"For example: `{example}`\n" in _out(*args, lang="en")


def test_s6_the_web_example_stays_without_via() -> None:
    assert "例：`primehelp cancel --student --renewal" in _out(
        "cancel", "--no-interactive", "--via", "web", "--student"
    )


# ---------------------------------------------------------------- S 7: the carrier's web pointer


@pytest.mark.parametrize(
    ("flags", "command"),
    [
        (("--trial", "--student"), "primehelp cancel --via web --trial --student"),
        (("--paid", "--no-benefits-used"), "primehelp cancel --via web --paid --no-benefits-used"),
        ((), "primehelp cancel --via web"),
    ],
)
def test_s7_the_carriers_web_pointer_keeps_the_flags_given(
    flags: tuple[str, ...], command: str
) -> None:
    args = ("cancel", "--no-interactive", "--via", "carrier", *flags)
    assert f"`{command}` の手順で解約してください。" in _out(*args)
    assert f"cancel with the steps of `{command}`." in _out(*args, lang="en")
