"""Review 11b items 2–4 (renewal, trial, cancel): brackets and commands at a line's end, a
table label kept whole, the trial's renewal date defined before it is used."""

from __future__ import annotations

import re

import pytest

from primehelp.i18n import Lang
from primehelp.output.break_units import commands, keep_commands
from tests.support.clihelp import run

TODAY = ("--today", "2026-12-04")


def _out(*args: str, columns: int = 1000, lang: str = "ja") -> str:
    result = run(*args, *TODAY, "--lang", lang, env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.stderr
    return result.stdout


# ---------------------------------------------------------------- item 2: 「（」 and commands


@pytest.mark.parametrize(
    "args",
    [
        ("cancel", "--no-interactive"),
        ("cancel", "--no-interactive", "--trial"),
        ("trial", "2026-11-25", "--student"),
        ("trial", "2026-11-25"),
    ],
)
@pytest.mark.parametrize("columns", [40, 60])
def test_2_an_opening_bracket_never_ends_a_line(args: tuple[str, ...], columns: int) -> None:
    lines = _out(*args, columns=columns).splitlines()
    assert not [line for line in lines if line.rstrip().endswith("（")], lines


def test_2_the_example_command_is_whole_on_a_line_of_its_own() -> None:
    lines = _out("cancel", "--no-interactive", columns=40).splitlines()
    assert "`primehelp cancel --renewal 2026-12-31`" in lines  # the sample (56b item 7)
    en = _out("cancel", "--no-interactive", columns=80, lang="en").splitlines()
    assert any(
        line.startswith("For example: `primehelp cancel --renewal 2026-12-31` (") for line in en
    )


def test_2_a_command_too_wide_with_its_brackets_is_never_broken() -> None:
    """Review 11b item 2 broke it at a space; review 12b item 1: never inside it, nor between
    「（」 and it (it runs past the width, whole)."""
    line = "解約してください（`primehelp cancel --trial --student`）。"
    kinds = bytearray([2] * (len(line) + 1))
    ((start, end),) = commands(line)
    kinds[start] = 0  # kinsoku: not after 「（」
    kept = keep_commands(kinds, ((start, end),))
    assert kept[start] == 0  # never between 「（」 and the command
    assert not [at for at in range(start + 1, end) if kept[at]]


# ---------------------------------------------------------------- item 3: a row label whole


def test_3_the_trial_cancel_by_label_is_whole_at_60_columns() -> None:
    screen = _out("trial", "2026-11-25", "--student", columns=60)
    # A table cell or, since review 19b S 13's longer name, a stacked row: whole either way.
    assert any(
        line.lstrip("│ ").startswith("解約の目安日（自動更新日の前日）")
        for line in screen.splitlines()
    )
    assert "自動更新日の  " not in screen


# ---------------------------------------------------------------- item 4: the term defined first


def test_4_the_trial_renewal_date_is_defined_once_before_it_is_used() -> None:
    text = _out("cancel", "--no-interactive", "--trial").split("\n\n")[0]
    assert text.count("更新日は") == 0  # the name, then what it means (review 12b item 6)
    defined = text.index("自動更新日（無料体験が終わり、最初の会費が請求される日）は")
    # before it, only the deadline the first sentence gives (review 25b S 13, 61b item 6: 「…
    # 解約の目安日（自動更新日の前日）までに解約してください」), then the term at once
    before = text[:defined].replace("解約の目安日（自動更新日の前日）", "")
    assert "更新日" not in before.replace("\n", "")
    assert "更新日" not in text.replace("自動更新日", "")  # the trial screen's one name
    assert text.count("「Amazonプライム会員情報」のページに表示されます") == 1
    en = _out("cancel", "--no-interactive", "--trial", lang="en").split("\n\n")[0]
    defined = en.index("The automatic renewal date is the day the free trial ends")
    assert "renewal date" not in en[:defined].replace(
        "the day before the automatic renewal date", ""
    )


# ---------------------------------------------------------------- S 15 and S 17: wording


def test_s15_the_example_is_no_sentence_inside_brackets() -> None:
    from primehelp.due_text import WORDING

    text = WORDING["no_profile"].ja
    assert "。例：`primehelp renewal 2026-12-31 --plan annual --save`（`--plan` を付けると" in text
    assert "--save。" not in text


def test_s17_help_and_explain_read_naturally() -> None:
    from primehelp.cli.help_ja import PARAMETERS

    assert "不明として、両方の場合の返金を表示します。" in PARAMETERS["cancel.benefits_used"]
    explain = _out("renewal", "2026-01-31", "--plan", "monthly", "--explain")
    assert "その月に同じ日がなければ月末になり" in explain.replace("\n", "")
    assert "月末日" not in explain


# ---------------------------------------------------------------- S 12: the .ics names the command


@pytest.mark.parametrize(
    ("student", "command"),
    [(True, "primehelp cancel --trial --student"), (False, "primehelp cancel --trial")],
)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s12_the_trial_cancel_by_event_names_the_screens_command(
    student: bool, command: str, lang: Lang
) -> None:
    import datetime as dt

    from primehelp.ics import CalendarEntry, entry_text

    screen = _out("trial", "2026-11-25", *(("--student",) * student), lang=lang)
    assert f"`{command}`" in screen
    day = dt.date(2026, 12, 25)
    entry = CalendarEntry(day, day, day, trial=True, student=student)
    text = entry_text("cancel_by_description", entry, lang)
    # no backquotes in a calendar (review 23b S 12): the command quoted (review 62b S 15), the
    # trial's own
    quoted = f"「{command}」" if lang == "ja" else f'"{command}"'
    assert quoted in text and "`" not in text
    assert not re.search(r"primehelp cancel(?! --trial)", text)
