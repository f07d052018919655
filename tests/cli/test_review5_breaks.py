"""Review 5 (issue 12): line breaks, each at the width and on the screen the review quotes.

One test per finding (the review's item number in the name). Today in Japan was 2026-12-05
in the review; the commands that take ``--today`` are given it.
"""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

import pytest

from tests.support.clihelp import run, with_lang
from tests.support.kinsoku import text_width
from tests.support.phrases import WALKTHROUGH_PATHS, walkthrough_screen

TODAY = ("--today", "2026-12-05")
MESSAGES = Path(__file__).parent / "messages"
STATEMENTS = Path(__file__).parents[1] / "fixtures" / "statements"


def _screen(columns: int, *args: str) -> list[str]:
    said = with_lang(args, "ja")  # before 「--」 (review 39c, S 3)
    result = run(*said, env={"COLUMNS": str(columns), "TERM": "dumb"})
    assert result.exit_code in (0, 1), result.stderr
    return result.stdout.splitlines()


def split_words(lines: list[str], words: tuple[str, ...]) -> list[str]:
    """Each of ``words`` that a line break cuts, shown as 「前│後」."""
    cut = []
    for before, after in pairwise(lines):
        tail, head = before.rstrip(), after.lstrip()
        for word in words:
            for at in range(1, len(word)):
                if tail.endswith(word[:at]) and head.startswith(word[at:]):
                    cut.append(f"{word[:at]}│{word[at:]}")
    return cut


@pytest.mark.parametrize("columns", [40, 60, 80])
def test_5_a_refund_without_a_date_breaks_between_words(columns: int) -> None:
    lines = _screen(columns, "charge", "--", "-600")
    words = ("日付", "返金なら", "返金の", "払い戻し", "指定して")
    assert split_words(lines, words) == []
    # the option in backticks since review 60c, S 15
    assert any("返金の日付" in line or "`--date` で" in line for line in lines)


@pytest.mark.parametrize(
    "args",
    [
        ("renewal", "2026-12-06", *TODAY),
        ("cancel", "--no-interactive", "--renewal", "2026-12-06", *TODAY),
    ],
)
def test_6_the_renewal_date_stays_with_its_label(args: tuple[str, ...]) -> None:
    lines = _screen(80, *args)
    assert any("更新日は明日（2026年12月6日）" in line for line in lines), lines[:6]


def test_7_a_date_keeps_the_days_left() -> None:
    lines = _screen(60, "renewal", "2026-11-09", *TODAY, "--plan", "monthly")
    assert any("2026年12月8日（あと3日）" in line for line in lines), lines[:6]


def test_8_a_quoted_subject_breaks_between_phrases() -> None:
    lines = _screen(40, "check-message", str(MESSAGES / "scam-subject-utf8.eml"))
    assert sum("【Amazon】" in line for line in lines) >= 2  # the subject is shown
    assert split_words(lines, ("できません", "一時的に", "使用が", "プライムの")) == []


def test_9_a_number_s_kind_is_not_cut() -> None:
    lines = _screen(40, "check-number", "0120999373", "+81-3-5757-5252")
    assert any("固定電話" in line for line in lines)
    assert split_words(lines, ("固定電話",)) == []


def test_10_a_trial_that_ended_long_ago_keeps_its_verb_whole() -> None:
    lines = _screen(80, "trial", "2025-03-01", *TODAY)
    assert any("約1年8か月前" in line for line in lines)  # not 「614日前」 (review 56b S 11)
    assert split_words(lines, ("更新されています", "自動で", "有料会員に")) == []


@pytest.mark.parametrize("columns", [40, 80])
def test_17_a_count_stays_with_its_label(columns: int) -> None:
    lines = _screen(columns, "charge", "--statement", str(STATEMENTS / "rakuten-utf8-bom.csv"))
    assert any("件" in line for line in lines)
    assert [line for line in lines if re.match(r"\s*[：:]?\d+件", line)] == []


@pytest.mark.parametrize("via", ["web", "app"])
def test_21_a_step_number_stays_with_its_text_under_a_hanging_indent(via: str) -> None:
    lines = _screen(40, "cancel", "--no-interactive", "--via", via)
    assert [line for line in lines if re.fullmatch(r"\s*\d+\.\s*", line)] == []
    steps = [at for at, line in enumerate(lines) if re.match(r"\d\. ", line)]
    assert len(steps) >= 4
    # Every line of a step, up to the next, is indented under its text; a note (・) under a step
    # whose quoted label is too wide for the indent may stand out one column less, never at
    # column 0 (review 31b S 15, review 32b).
    end = lines.index("", steps[-1])  # the blank line after the last step
    for first, following in pairwise([*steps, end]):
        body = [line for line in lines[first + 1 : following] if line.strip()]
        own = body[
            : next((n for n, line in enumerate(body) if line.lstrip().startswith("・")), len(body))
        ]
        assert own and all(line.startswith("   ") for line in own), lines[first:following]
        assert all(line.startswith("  ") for line in body), lines[first:following]


def test_21_the_walkthrough_s_choices_continue_under_their_text() -> None:
    lines = walkthrough_screen(40, WALKTHROUGH_PATHS[-1]).stdout.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("  3. 携帯電話会社"))
    assert lines[at + 1].startswith("     ") and lines[at + 1].strip(), lines[at : at + 2]


def test_29_a_number_s_verdicts_continue_under_their_text() -> None:
    text = "Amazonです。至急 0120-899-543 までお電話ください。"
    lines = _screen(40, "check-message", "--text", text)
    arrows = [at for at, line in enumerate(lines) if line.lstrip().startswith("→ ")]
    assert arrows
    for at in arrows:
        indent = lines[at].index("→") + 2
        following = lines[at + 1]
        if following.strip() and not following.lstrip().startswith(("→", "電話番号")):
            if len(following) - len(following.lstrip()) > indent - 2:
                continue
            assert following.startswith(" " * indent), lines[at : at + 2]


@pytest.mark.parametrize("command", [(), ("charge",), ("check-message",), ("renewal",)])
def test_31_usage_lines_wrap_between_words_at_40_columns(command: tuple[str, ...]) -> None:
    result = run(*command, "--help", env={"COLUMNS": "40", "PRIMEHELP_LANG": "ja"})
    lines = result.stdout.splitlines()
    usage = lines[: lines.index("")] if "" in lines else lines
    assert usage[0].startswith("使い方：")
    assert all(text_width(line) <= 40 for line in usage), usage
    assert "[オプション]" in "\n".join(usage)
    assert not any(line.endswith(" ") for line in usage)
    assert all(line.startswith("      ") for line in usage[2:]), usage


@pytest.mark.parametrize(("columns", "via"), [(80, "app"), (40, "web"), (40, "app")])
def test_32_the_situation_keeps_since_the_last_payment_whole(columns: int, via: str) -> None:
    lines = _screen(columns, "cancel", "--no-interactive", "--via", via)
    assert any("支払い" in line for line in lines)
    assert split_words(lines, ("支払い以降",)) == []


def test_21_a_candidate_s_long_name_continues_under_itself() -> None:
    lines = _screen(60, "charge", "--", "-600")
    # the annual fee's partial refund is a candidate too since review 58c, B 1 / 59c S 13
    at = next(i for i, line in enumerate(lines) if re.match(r"\d\. デジタルコンテンツの購入", line))
    assert not lines[at].endswith("）"), lines[at]  # the name is wider than the line
    assert lines[at + 1].startswith("   ") and lines[at + 1].strip(), lines[at : at + 2]
