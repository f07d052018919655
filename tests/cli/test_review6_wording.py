"""Review 6 (issue 12): wording findings, each read on the screen where a member meets it.

One test per finding (the review's item number in the name); text read wide enough that no
sentence is broken by wrapping, unless the finding is about the help.
"""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

WIDE = {"COLUMNS": "1000"}


def _text(*args: str, lang: str = "ja") -> str:
    result = run(*args, "--lang", lang, env=WIDE)
    assert result.exit_code in (0, 1), result.stderr
    return result.stdout


def _help(command: str, lang: str = "ja") -> str:
    """The help as one line: wrapped lines joined (without their indent)."""
    out = _text(command, "--help", lang=lang)
    joiner = "" if lang == "ja" else " "
    return joiner.join(line.strip() for line in out.splitlines())


def test_6_the_refund_rule_after_a_trial_has_no_chain_of_no() -> None:
    out = _text("trial", "2026-11-05", "--today", "2026-12-05")
    assert "無料体験が終わって最初の会費が請求された後、特典を一度も使っていない場合は、" in out
    assert "無料体験の後の最初の会費の請求以降" not in out


@pytest.mark.parametrize(
    "args",
    [
        ("renewal", "2026-12-05", "--today", "2026-12-05"),
        ("cancel", "--no-interactive", "--renewal", "2026-12-05", "--today", "2026-12-05"),
        ("cancel", "--no-interactive", "--renewal", "2026-11-20", "--today", "2026-12-05"),
    ],
)
def test_7_21_22_end_now_is_one_choice_today_is_kyoujuu(args: tuple[str, ...]) -> None:
    out = _text(*args, "--no-benefits-used") if args[0] == "cancel" else _text(*args)
    if args[0] == "cancel":  # review 7 item 1: "end now" alone only when it refunds in full
        assert "会員資格を今すぐ終了するほうを選んでください" in out
    else:
        assert "終了のタイミングを選んでください" in out
    assert "終了のタイミングは今すぐ終了" not in out
    assert "今日のうちに" not in out and "する方を" not in out


def test_8_the_situation_line_has_one_colon() -> None:
    out = _text("cancel", "--no-interactive", "--today", "2026-12-05")
    # Review 9b item 5: one item a line, each with one colon.
    lines = out.splitlines()
    at = lines.index("ご利用の状況：")
    items = lines[at + 1 : at + 4]
    assert all(item.startswith("・") and item.count("：") == 1 for item in items), items
    assert items[-1] == "・前回の支払い以降の特典の利用：不明"


@pytest.mark.parametrize("command", ["renewal", "trial"])
def test_9_force_says_what_it_does_with_each_option(command: str) -> None:
    ja = _help(command)
    assert "--ics と一緒に使うと、既存のファイルを上書きします" in ja
    if command == "renewal":
        assert "--save と一緒に使うと、すでに保存した更新日を置き換えます" in ja  # review 21b S 8
        assert "。日付やプランが違うときや" in ja  # review 13b S 21, 34b S 16
    else:  # trial saves no plan (review 15b S 11)
        assert "--save と一緒に使うと、すでに保存した更新日を置き換えます。日付が違うとき" in ja
        assert "プラン" not in ja.split("--save と一緒に使うと", 1)[1].split("--", 1)[0]
    en = _help(command, lang="en")
    assert "With --ics: overwrite an existing file" in en
    assert "With --save: replace the renewal date already saved" in en


def test_28_the_mail_may_come_a_day_early() -> None:
    out = _text("renewal", "2026-12-20", "--today", "2026-12-05", "--explain")
    assert "1日早く届く可能性もあります" in out


def test_29_cleared_profile_paths_have_one_form() -> None:
    """Review 7 item 5 replaced review 6's quotes: the profile's path is the tool's own file,
    shown bare after a label on every screen, never in 「」."""
    saved = run("renewal", "2026-12-20", "--save", "--today", "2026-12-05", env=WIDE)
    assert saved.exit_code == 0, saved.stderr
    # review 41b item 11: the sentence, then the file after its label (wrapped like the screen)
    cleared = _text("profile", "--clear")
    assert cleared.startswith("保存した更新日とプランを削除しました。\n削除したファイル：/")
    assert cleared.splitlines()[1].endswith("profile.json") and "「" not in cleared
    again = _text("profile", "--clear")
    assert again.startswith("保存した更新日がないため、削除するものはありません。\n保存場所：/")
    assert "「" not in again


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_review41b_item11_clear_wraps_its_first_line(lang: str) -> None:
    """Review 41b item 11: at 40 columns no line of profile --clear but the path is wider."""
    from primehelp.output.linebreak import unicode_text_width as width

    for _ in range(2):  # deleted, then nothing to delete
        done = run("profile", "--clear", "--lang", lang, env={**WIDE, "COLUMNS": "40"})
        assert done.exit_code == 0, done.stderr
        rows = [row for row in done.stdout.splitlines() if not row.lstrip().startswith(("/", "'/"))]
        assert rows and all(width(row) <= 40 for row in rows), done.stdout


def test_31_complain_cancel_is_named_alike_in_help_and_heading() -> None:
    # one name in help, error and heading (review 19a S 14 shortened the heading to fit 60)
    assert "cancel（解約が済んでいない）" in _help("complain")
    assert "（解約が済んでいない場合）" in _text("complain", "cancel")


def test_35_trial_save_speaks_of_the_renewal_after_the_trial() -> None:
    ja = _help("trial")
    # one name for the date, as the save message and --events say it (review 28b item 5)
    assert "有料会員への自動更新日を保存し、次から日付なしの" in ja
    assert "無料体験の後の更新日" not in ja
    assert "DATE なし" not in ja and "プラン）を保存" not in ja
    en = _help("trial", lang="en")
    assert "Remember the automatic paid renewal date" in en
    assert "renewal after the free trial" not in en
    assert "without DATE" not in en


def test_34_with_benefits_used_the_lead_says_ending_now_ends_them() -> None:
    args = ("cancel", "--no-interactive", "--renewal", "2026-11-20", "--today", "2026-12-05")
    used = _text(*args, "--benefits-used")
    # Review 10b item 4: cancel's lead points to 「終了のタイミングと返金」, which says it once.
    assert "終了のタイミングによる違いと返金は、手順の後で説明しています。" in used.splitlines()[1]
    now = used.split("今すぐ終了する場合\n", 1)[1]
    assert now.startswith("・会員資格と特典はすぐに終了します。")
    assert used.count("特典はすぐに") == 1
    english = _text(*args, "--benefits-used", lang="en")
    # English bullets are "- " since review 36b S 13 (「・」 before)
    assert "If it ends now\n- The membership and its benefits end at once." in english
