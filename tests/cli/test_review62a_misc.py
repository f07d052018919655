"""Review 61a (fixed in round 62): profile on the renewal day (R1, R2), complain's edit line
(R3), its fractional-amount error (R4) and refund section without a benefits flag (S1),
cancel --help's --trial/--paid default (R5 = 61b item 4), remind --help's exit codes (S3),
and the descriptions of --plan's values in zsh and fish (S4)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.clihelp import joined, lang_run, saved_profile

# ---------------------------------------------------------------- R1, R2: profile on the day


def _profile(env: dict[str, str], today: str, lang: str, columns: int = 1000) -> list[str]:
    done = lang_run("profile", "--today", today, lang=lang, columns=columns, env=env)
    assert done.exit_code == 0 and done.stderr == "", done.stderr
    return done.stdout.splitlines()


@pytest.mark.parametrize(
    ("lang", "line", "gone"),
    [
        ("ja", "更新日：2026年12月31日（今日）", "（今日が更新日です）"),
        ("en", "Renewal date: 2026-12-31 (today)", "(Today is the renewal date.)"),
    ],
)
@pytest.mark.parametrize("columns", [80, 120])
def test_r1_the_renewal_day_says_today_on_the_dates_line(
    tmp_path: Path, lang: str, line: str, gone: str, columns: int
) -> None:
    env = saved_profile(tmp_path, "2026-12-31", "annual", False)
    shown = _profile(env, "2026-12-31", lang, columns)
    assert shown[1] == line, shown
    assert gone not in "\n".join(shown)
    # the next line is the cancel-by date, not a note pushed under the date
    assert shown[2].startswith("解約の目安日" if lang == "ja" else "Cancel by"), shown


@pytest.mark.parametrize(
    ("lang", "line", "note", "gone"),
    [
        (
            "ja",
            "有料会員への自動更新日：2026年12月25日（今日、計算による目安）",
            "（無料体験の開始日から計算した日付です。",
            "（今日が有料会員への自動更新日の目安です。",
        ),
        (
            "en",
            "Automatic paid renewal: 2026-12-25 (today, an estimate)",
            "(Computed from the free trial's start date;",
            "(Today is the estimated automatic paid renewal date;",
        ),
    ],
)
def test_r1_a_trials_day_keeps_today_and_the_estimate_on_one_line_then_its_note(
    tmp_path: Path, lang: str, line: str, note: str, gone: str
) -> None:
    env = saved_profile(tmp_path, "2026-12-25", None, True)
    shown = _profile(env, "2026-12-25", lang, 120)
    assert shown[1] == line, shown
    assert shown[2].startswith("  " + note), shown  # indented under its date (63a R-minor 2)
    assert gone not in "\n".join(shown)


@pytest.mark.parametrize(
    ("lang", "by", "next_step"),
    [
        (
            "ja",
            "解約の目安日（自動更新日の前日）：2026年12月24日（過ぎています）",
            "今日の状況と返金は `primehelp renewal --today 2026-12-25` で確認できます。",
        ),
        (
            "en",
            "Cancel by (the day before, as a margin): 2026-12-24 (passed)",
            "`primehelp renewal --today 2026-12-25` shows what today means and the refunds.",
        ),
    ],
)
def test_r2_a_trials_conversion_day_keeps_the_cancel_by_line_and_the_pointer(
    tmp_path: Path, lang: str, by: str, next_step: str
) -> None:
    env = saved_profile(tmp_path, "2026-12-25", None, True)
    shown = _profile(env, "2026-12-25", lang)
    assert by in shown and next_step in shown, shown
    assert shown.index(by) < shown.index(next_step)
    # the screen says what --json says
    data = lang_run("profile", "--today", "2026-12-25", "--json", env=env).json()["data"]
    assert data["cancel_by"] == "2026-12-24" and data["cancel_by_passed"] is True
    # the day before: today is the day to cancel by, not passed, and no pointer
    before = "\n".join(_profile(env, "2026-12-24", lang))
    assert ("過ぎています" if lang == "ja" else "(passed)") not in before
    assert next_step not in before


# ---------------------------------------------------------------- R3: complain's edit line

_PLACEHOLDERS = {
    "ja": "［］の部分をご自身の内容に書き換えてから送信してください。",
    "en": "Replace each part in [ ] with your own details before sending.",
}
_BOTH = {
    "ja": "［］の部分をご自身の内容に書き換え、特典を使ったかどうかの2行のうち"
    "当てはまらないほうを削除してから送信してください。",
    "en": "Replace each part in [ ] with your own details, and of the two lines on Prime "
    "benefits, delete the one that does not apply before sending.",
}
_TWO_LINES = {
    "ja": "特典を使ったかどうかの2行のうち、当てはまらないほうを削除してから送信してください。",
    "en": "Of the two lines on Prime benefits, delete the one that does not apply before sending.",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("renewal", "--no-benefits-used", "--renewal", "2026-12-06"), _PLACEHOLDERS),
        (("refund", "--benefits-used"), _PLACEHOLDERS),
        (("cancel",), _BOTH),
        (("other",), _BOTH),
        (
            ("renewal", "--renewal", "2026-12-01", "--amount", "5900", "--plan", "annual"),
            _TWO_LINES,
        ),
    ],
    ids=["placeholders-renewal", "placeholders-refund", "both-cancel", "both-other", "two-lines"],
)
def test_r3_the_edit_line_says_what_is_left_in_the_message(
    args: tuple[str, ...], said: dict[str, str], lang: str
) -> None:
    done = lang_run("complain", *args, lang=lang)
    assert done.exit_code == 0, done.stderr
    lines = done.stdout.splitlines()
    rule = next(at for at, line in enumerate(lines) if line.startswith("─"))
    assert lines[rule - 1] == said[lang], lines[:rule]  # just above the message
    assert "当てはまらない行" not in done.stdout
    assert "delete the lines that do not apply" not in done.stdout


def test_r3_the_japanese_versions_line_in_english_names_both_too() -> None:
    done = lang_run("complain", "cancel", lang="en")
    assert (
        "In the Japanese version, the parts in ［ ］ are the same fields to fill in; delete the "
        "line on Prime benefits that does not apply there too."
    ) in done.stdout.splitlines()
    only = lang_run("complain", "renewal", "--no-benefits-used", lang="en").stdout
    assert "In the Japanese version, the parts in ［ ］ are the same fields to fill in." in only
    assert "there too" not in only


# ---------------------------------------------------------------- R4: a fraction of a yen


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "ja",
            "primehelp: エラー: `--amount` の値「600.5」には1円未満の端数があります。"
            "1〜1,000,000円の整数で指定してください（例：5900、5,900、¥5,900、5900円）。",
        ),
        (
            "en",
            "primehelp: error: `--amount` '600.5' has a fraction of a yen; use a whole number of "
            "yen from 1 to 1,000,000, e.g. 5900, 5,900, ¥5,900 or 5900円",
        ),
    ],
)
def test_r4_a_fraction_of_a_yen_is_named_once(lang: str, said: str) -> None:
    done = lang_run("complain", "renewal", "--amount", "600.5", lang=lang)
    assert done.exit_code == 2 and done.stdout == ""
    assert done.stderr.rstrip("\n") == said
    assert "円の金額" not in done.stderr and "not a yen amount" not in done.stderr


# ---------------------------------------------------------------- R5: cancel --help


@pytest.mark.parametrize(
    ("lang", "said", "gone"),
    [
        (
            "ja",
            "指定しない場合、保存したプランがあれば有料会員とします。なければ、"
            "対話形式（ターミナル）では質問します。それ以外では、保存した無料体験の自動更新日が"
            "まだ過ぎていなければ無料体験中、過ぎているか保存していなければ有料会員とします。",
            "それ以外では有料会員とします（保存した",
        ),
        (
            "en",
            "Not given: paid with a saved plan; without one, asked on a terminal; otherwise a "
            "free trial if a saved trial's end has not passed, else paid.",
            "otherwise paid (a free trial",
        ),
    ],
)
def test_r5_cancel_help_lays_out_the_default_in_order(lang: str, said: str, gone: str) -> None:
    done = lang_run("cancel", "--help", lang=lang, columns=80)
    assert done.exit_code == 0
    flat = joined(done.stdout, lang)
    assert said in flat, flat
    assert gone not in flat


@pytest.mark.parametrize(
    ("renewal", "plan", "trial", "today", "as_trial"),
    [
        ("2026-12-25", None, True, "2026-12-24", True),  # a saved trial's end still ahead
        ("2026-12-25", None, True, "2026-12-25", True),  # the day itself has not passed
        ("2026-12-25", None, True, "2026-12-26", False),  # passed: paid
        ("2026-12-31", "annual", False, "2026-12-08", False),  # a saved plan: paid
        ("2026-12-31", None, False, "2026-12-08", False),  # a paid date, no plan: paid
    ],
)
def test_r5_the_rule_the_help_states_is_the_one_cancel_follows_off_a_terminal(
    tmp_path: Path, renewal: str, plan: str | None, trial: bool, today: str, as_trial: bool
) -> None:
    env = saved_profile(tmp_path, renewal, plan, trial)
    done = lang_run("cancel", "--no-interactive", "--today", today, "--json", env=env)
    assert done.exit_code == 0, done.stderr
    assert done.json()["data"]["branch"]["trial"] is as_trial


# ---------------------------------------------------------------- S1: both refund cases


@pytest.mark.parametrize(
    ("lang", "title", "full", "part"),
    [
        (
            "ja",
            "自分で解約して今すぐ終了する場合の返金",
            "・前回の支払い以降に特典を一度も使っていない場合、現在の期間の会費が全額、",
            "・前回の支払い以降に特典を使っている場合、会費の一部が返金されることがあります。",
        ),
        (
            "en",
            "The refund if you cancel it yourself and end it now",
            "- If no benefit has been used since the last charge, the current period's fee",
            "- If benefits have been used since the last charge, a partial refund may be",
        ),
    ],
)
@pytest.mark.parametrize("topic", ["renewal", "refund", "cancel", "other"])
def test_s1_without_a_benefits_flag_both_refund_cases_are_shown(
    topic: str, lang: str, title: str, full: str, part: str
) -> None:
    done = lang_run("complain", topic, lang=lang)
    assert done.exit_code == 0, done.stderr
    section = done.stdout[done.stdout.index(title) :]
    assert full in section and part in section
    assert section.index(full) < section.index(part)
    data = lang_run("complain", topic, "--json", lang=lang).json()["data"]
    assert [fact["id"] for fact in data["refund"]] == [
        "refunds.full_if_unused",
        "refunds.partial_may",
        "refunds.gift_card",
    ]


def test_s1_a_charge_before_this_period_keeps_its_note_above_both_cases() -> None:
    args = ("renewal", "--renewal", "2026-10-01", "--plan", "monthly", "--amount", "600")
    data = lang_run("complain", *args, "--json").json()["data"]
    assert data["refund_note"] is not None
    assert [fact["id"] for fact in data["refund"]][:2] == [
        "refunds.full_if_unused",
        "refunds.partial_may",
    ]
    # no answer to keep apart from this period: the two rules in the same words
    assert data["refund"][0]["text"].startswith("前回の支払い以降に特典を一度も使っていない場合")


# ---------------------------------------------------------------- S3: remind --help


def test_s3_remind_help_lists_its_exit_codes_as_due_does() -> None:
    flat = joined(lang_run("remind", "--help", columns=80).stdout)
    assert (
        "終了コード：0（完了。cronで `crontab` に追加する行を表示したときも含む）、"
        "1（毎日の確認が実行されないおそれがある：install で何も設定できなかった、"
    ) in flat, flat
    assert "2（入力の誤りなどで何も書き込まなかった。" in flat
    assert "終了コードは、" not in flat
    due = joined(lang_run("due", "--help", columns=80).stdout)
    assert "終了コード：1（対応が必要）、" in due  # the form it follows


# ---------------------------------------------------------------- S4: --plan's descriptions

_PLANS = {
    "ja": {
        "annual": "年間プラン",
        "monthly": "月間プラン",
        "student-annual": "Prime Student 年間プラン",
        "student-monthly": "Prime Student 月間プラン",
    },
    "en": {
        "annual": "Annual plan",
        "monthly": "Monthly plan",
        "student-annual": "Prime Student annual plan",
        "student-monthly": "Prime Student monthly plan",
    },
}


def _tab(shell: str, line: str, lang: str) -> dict[str, str]:
    """What zsh or fish is given for ``line``: each candidate and its description."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("_PRIMEHELP")}
    env |= {"_PRIMEHELP_COMPLETE": f"complete_{shell}", "_PRIMEHELP_COMPLETE_ARGS": line}
    env |= {"PRIMEHELP_LANG": lang, "_PRIMEHELP_COMPLETE_FISH_ACTION": "get-args"}
    done = subprocess.run(
        [sys.executable, "-m", "primehelp"], capture_output=True, text=True, env=env, check=True
    )
    if shell == "fish":
        return dict(row.split("\t", 1) for row in done.stdout.splitlines() if "\t" in row)
    pairs = (row.split('":"', 1) for row in done.stdout.splitlines() if '":"' in row)
    return {key.rpartition('"')[2]: value.partition('"')[0] for key, value in pairs}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("shell", ["zsh", "fish"])
@pytest.mark.parametrize(
    "line", ["primehelp renewal 2026-12-31 --plan ", "primehelp complain renewal --plan "]
)
def test_s4_plan_values_are_described(shell: str, line: str, lang: str) -> None:
    assert _tab(shell, line, lang) == _PLANS[lang]


def test_s4_other_values_keep_their_own_descriptions() -> None:
    topics = _tab("zsh", "primehelp complain ", "ja")
    assert topics["renewal"] == "自動更新で請求された"  # complain's TOPIC, not a plan's name
