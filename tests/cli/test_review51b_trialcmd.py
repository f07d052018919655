"""Review 51b items 5 and 25: a command inside a sentence keeps its backquotes (and its
brackets) at 40 and 50 columns, and no short fragment of a clause stands alone before it."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run


def _lines(*args: str, width: int, lang: str) -> list[str]:
    env = {"COLUMNS": str(width)}
    return run(*args, "--today", "2026-12-07", "--lang", lang, env=env).stdout.split("\n")


@pytest.mark.parametrize("start", ["2026-11-01", "2026-06-08"])
def test_5_student_command_keeps_backquotes_and_brackets_at_40(start: str) -> None:
    lines = _lines("trial", "--student", start, width=40, lang="ja")
    assert "primehelp cancel --trial --student" not in lines, lines
    # Review 52b item 12: a sentence of its own, not brackets, so the command is whole.
    assert "`primehelp cancel --trial --student` で" in lines, lines
    assert "（`primehelp" not in "".join(lines), lines


def test_5_student_command_at_50_and_in_english() -> None:
    lines = _lines("trial", "--student", "2026-11-01", width=50, lang="ja")
    assert "`primehelp cancel --trial --student` で" in lines, lines  # review 52b item 12
    for width in (40, 50):
        text = " ".join(_lines("trial", "--student", "2026-11-01", width=width, lang="en"))
        assert "`primehelp cancel --trial --student`" in text, text


@pytest.mark.parametrize(("args", "flags"), [
    (("trial", "2026-11-07"), "--trial"),
    (("trial", "--student", "2026-06-07"), "--trial --student"),
])  # fmt: skip
@pytest.mark.parametrize("width", [40, 50])
def test_25_renewal_day_command_follows_the_verb(
    args: tuple[str, ...], flags: str, width: int
) -> None:
    """Review 51b item 25: 「解約する│場合は、│`…`│の手順で」 left 「場合は、」 alone before
    the command; it now follows 「選んでください」 in brackets, as on the renewal screen."""
    lines = _lines(*args, width=width, lang="ja")
    text = "".join(lines)
    assert "の手順で" not in text, lines
    assert "場合は、" not in lines, lines
    at = next(i for i, line in enumerate(lines) if "`primehelp cancel" in line)
    assert "選んでください。解約の手順は" in "".join(lines[at - 2 : at + 1]), lines
    pasted = "".join(line.strip().removesuffix("\\") for line in lines[at : at + 2])
    assert f"`primehelp cancel {flags}" in " ".join(pasted.split()), lines
    assert "今日解約すれば費用はかかりません" not in text, lines  # no promise (review 62b item 1)
    en = " ".join(_lines(*args, width=width, lang="en"))
    assert "`primehelp cancel" in en and "and choose when it ends" in en, en
