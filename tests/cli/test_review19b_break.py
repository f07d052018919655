"""Review 19b (a Japanese reader on 4072b74): line breaking and remind — items 1, 2, S 9, S 10,
S 17 and S 18."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import run, word_cut
from tests.support.kinsoku import pieces, text_width

TODAY = ("--today", "2026-12-05")
PLANS = ("年間プラン", "月間プラン", "ファミリープラン", "学生プラン")


def _out(*args: str, lang: str = "ja", columns: int = 1000) -> list[str]:
    result = run(*args, "--lang", lang, env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.stderr
    return result.stdout.splitlines()


# ---------------------------------------------------------------- item 1: a plan's name whole


@pytest.mark.parametrize(
    ("plan", "width"),
    # only widths the plan's name fits in, with its bracket and 「・」 (no skipped cases)
    [
        (plan, width)
        for plan in PLANS
        for width in (16, 20, 24, 30, 40, 50, 60)
        if text_width(f"（{plan}・") <= width
    ],
)
def test_1_a_plans_name_is_one_unit_without_phrase_data(plan: str, width: int) -> None:
    """The rule, not the phrase data (PLAIN has none): a screen the data has not seen."""
    line = f"2030年12月31日以降の更新は、通常のプライム（{plan}・600円）の会費で表示しています。"
    cut = pieces(line, width)
    assert any(plan in piece for piece in cut), cut


@pytest.mark.parametrize("columns", [40, 50, 60, 80, 100])
def test_1_student_monthly_past_four_years_keeps_the_plan(columns: int) -> None:
    for args in (
        ("renewal", "2026-12-31", "--plan", "student-monthly", "--count", "50", *TODAY),
        ("renewal", "2018-03-01", "--plan", "student-monthly", "--explain", *TODAY),
    ):
        lines = _out(*args, columns=columns)
        assert any("月間プラン・600円" in line for line in lines), (columns, lines)
        for word in ("月間プラン", "年間プラン", "（月間プラン・600円）"):
            assert not word_cut(lines, word), (columns, word)


# ---------------------------------------------------------------- item 2: cron chosen here

# No systemctl on PATH (cron is chosen, nothing is written: cron's line is only printed) and no
# crontab to read; the systemd directory is one that does not exist.
NOWHERE = {"XDG_CONFIG_HOME": "/nonexistent/primehelp-xdg", "PATH": "/nonexistent/bin"}


@pytest.mark.parametrize("columns", [50, 60, 70])
def test_2_cron_chosen_here_breaks_between_phrases(columns: int) -> None:
    crontab = str(Path(__file__).parents[1] / "fixtures" / "crontab-only")  # cron is there
    env = {**NOWHERE, "PATH": crontab, "COLUMNS": str(columns)}
    result = run("remind", "install", "--lang", "ja", env=env)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "systemdが動いていない" in result.stdout.replace("\n", ""), lines
    for word in ("使います", "ため", "次の行", "動いていない", "追加して"):
        assert not word_cut(lines, word), (columns, word, lines)


# ---------------------------------------------------------------- S 9: no scheduler found


@pytest.mark.parametrize(("lang", "plain"), [("ja", "毎日の確認"), ("en", "Daily check")])
@pytest.mark.parametrize("action", ["status", "uninstall"])
def test_s9_the_heading_names_no_scheduler_none_was_found(
    lang: str, plain: str, action: str
) -> None:
    """No crontab to read, no systemctl: 「毎日の確認（cron）」 named what is not there."""
    done = run("remind", action, "--lang", lang, env={**NOWHERE, "COLUMNS": "200"})
    assert done.exit_code == 0, done.stderr
    assert done.stdout.splitlines()[0] == plain
    asked = run("remind", action, "--scheduler", "cron", "--lang", lang, env=NOWHERE)
    named = {"ja": "毎日の確認（cron）", "en": "Daily check (cron)"}[lang]
    assert asked.stdout.splitlines()[0] == named  # cron asked for: named


# ---------------------------------------------------------------- S 10: uninstall with cron


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        # 「crontab に primehelpの行」 since review 50b item 16
        (
            "ja",
            "このコンピューターには `crontab` コマンドがなく、primehelpが設定した毎日の確認も見つからないため、削除するものはありません。",
        ),
        (
            "en",
            "This computer has no crontab command and no daily check set up by primehelp was "
            "found, so there is nothing to remove.",
        ),
    ],
)
def test_s10_uninstall_says_what_primehelp_does_not_what_this_run_did(lang: str, said: str) -> None:
    """No crontab to read: 「変更していません」 read as a report on this run, and 「crontab -e を
    実行し」 came right after saying crontab could not be run. Since review 29b item 5 the cause
    is named (no crontab command) and crontab -e is not offered at all."""
    done = run("remind", "uninstall", "--lang", lang, env={**NOWHERE, "COLUMNS": "400"})
    assert done.exit_code == 0, done.stderr
    assert said in done.stdout.splitlines()
    assert "変更していません" not in done.stdout and "never changed" not in done.stdout
    assert "crontab -e" not in done.stdout


# ---------------------------------------------------------------- S 18: the refund paragraph


@pytest.mark.parametrize("columns", [40, 50, 60, 80])
def test_s18_the_help_page_is_named_on_one_line(columns: int) -> None:
    """「Amazonの│ヘルプページには│「この返金は…」」 at 60: the page's name cut, and its second
    half alone on a line."""
    args = ("renewal", "2018-03-01", "--plan", "student-monthly", "--explain", *TODAY)
    lines = _out(*args, columns=columns)
    assert not word_cut(lines, "Amazonのヘルプページには"), (columns, lines)
    assert "ヘルプページには" not in [line.strip() for line in lines], (columns, lines)
