"""Review 57a, share 2: errors and warnings one line on a terminal (item 7), ``sources`` words
that match two topics (8) and 「ギフトカード」 (9), ``profile``'s past trial end (10),
``complain other``'s last sentence (11), ``subscriptions`` at 40 columns (12), the
``completion`` comment (13), ``check-number`` (S 14, S 15)."""

from __future__ import annotations

import pty

import pytest

from tests.support.clihelp import stderr_on_a_terminal

needs_pty = pytest.mark.skipif(not hasattr(pty, "openpty"), reason="needs a pseudo-terminal")


# ---------------------------------------------------------------- item 7


@needs_pty
@pytest.mark.parametrize(
    ("lang", "args", "whole"),
    [
        ("ja", ("check-number", "abc"), "使えない文字「a」"),
        ("en", ("check-number", "abc"), "primehelp: error: "),
        ("ja", ("renewal", "2029-12-31"), "今日から1年を超えて先の日付です"),  # a warning
        ("en", ("renewal", "2029-12-31"), "primehelp: warning: "),
    ],
)
@pytest.mark.parametrize("columns", ["40", "80"])
def test_7_an_error_or_warning_on_a_terminal_is_one_unbroken_line(
    tmp_path: object, lang: str, args: tuple[str, ...], whole: str, columns: str
) -> None:
    env = {
        "COLUMNS": columns,
        "PRIMEHELP_LANG": lang,
        "PRIMEHELP_TODAY": "2026-12-07",
        "PRIMEHELP_CONFIG_DIR": str(tmp_path),
    }
    lines = stderr_on_a_terminal(*args, env=env).rstrip("\n").split("\n")
    assert len(lines) == 1, lines
    assert whole in lines[0], lines
