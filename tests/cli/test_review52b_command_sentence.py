"""Review 52b item 12: the cancel command on the renewal, trial and cancel lead lines was in
Japanese brackets (「解約してください│（`primehelp cancel --trial \\│  --student`）。」 at 40
columns): continued with 「\\」 inside the brackets, 「解約してください」 alone on its line. It is
now a sentence of its own, in the words of the calendar file: 「解約の手順は `…` で確認できます。」."""

from __future__ import annotations

import re

import pytest

from tests.support.clihelp import run


def _lines(*args: str, width: int, lang: str) -> list[str]:
    env = {"COLUMNS": str(width)}
    return run(*args, "--today", "2026-12-07", "--lang", lang, env=env).stdout.split("\n")


@pytest.mark.parametrize("width", [40, 60, 80])
def test_trial_student_command_is_whole_and_not_in_brackets(width: int) -> None:
    lines = _lines("trial", "2026-11-25", "--student", width=width, lang="ja")
    text = "".join(lines)
    assert "（`primehelp" not in text, lines
    assert "解約してください。解約の手順は" in text, lines
    assert any("`primehelp cancel --trial --student` で" in line for line in lines), lines
    assert not [line for line in lines[:8] if line.rstrip().endswith("\\")], lines


@pytest.mark.parametrize(
    "args",
    [("renewal", "2027-01-10"), ("renewal", "2026-12-07"), ("trial", "2026-11-07")],
)
def test_every_lead_says_the_command_in_a_sentence(args: tuple[str, ...]) -> None:
    text = "".join(_lines(*args, width=120, lang="ja"))
    assert "（`primehelp cancel" not in text, text
    # the command may open the next line (its space then ends the line above)
    assert re.search(r"ください。解約の手順は ?`primehelp cancel", text), text
    assert "` で確認できます。" in text, text


def test_english_keeps_the_command_after_a_colon() -> None:
    text = " ".join(_lines("trial", "2026-11-25", "--student", width=40, lang="en"))
    assert "(in 168 days): `primehelp cancel --trial --student`." in " ".join(text.split()), text
