"""Review 13b (a Japanese reader on 22ae7af): the trial and renewal screens, the .ics texts and
the renewal/trial help — items 8, 9 and S 14, S 16, S 20, S 21."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support.clihelp import run

TODAY = ("--today", "2026-11-25")
DATA = Path(__file__).resolve().parents[2] / "primehelp" / "data"


def _out(*args: str, lang: str = "ja", columns: str = "1000") -> str:
    result = run(*args, *TODAY, "--lang", lang, env={"COLUMNS": columns})
    assert result.exit_code == 0, result.stderr
    return result.stdout


TRIALS = [("2026-11-25",), ("2026-11-25", "--student"), ("2026-10-27",), ("2026-10-01",)]


# ---------------------------------------------------------------- item 8: one name for the day


@pytest.mark.parametrize("start", TRIALS)
def test_8_the_trial_screen_names_no_end_date_it_never_shows(start: tuple[str, ...]) -> None:
    ja = _out("trial", *start)
    assert "終了日" not in ja
    assert (
        "有料会員への自動更新日の正確な日付は、「Amazonプライム会員情報」のページで確認できます。"
        in ja
    )
    en = _out("trial", *start, lang="en")
    assert "exact end date" not in en
    assert (
        "The exact date of the automatic paid renewal is on the 「Amazonプライム会員情報」 (Prime membership)"
        in en
    )


# ---------------------------------------------------------------- item 9: said once


@pytest.mark.parametrize("start", TRIALS)
def test_9_the_trial_title_leaves_the_estimate_to_the_table_and_the_box(
    start: tuple[str, ...],
) -> None:
    ja = _out("trial", *start).splitlines()
    title = next(line for line in ja if line.startswith("無料体験の終了と"))
    assert "目安" not in title
    assert any("有料会員への自動更新日（計算による目安）" in line for line in ja)  # the table label
    assert any(
        "この日付は計算による目安です" in line for line in ja
    )  # the box: never false comfort
    en = _out("trial", *start, lang="en").splitlines()
    assert "The free trial and its automatic paid renewal" in en


def test_9_renewal_explain_gives_the_cancel_by_reason_and_the_mail_timing_once() -> None:
    for lang, reason, mail in (
        ("ja", "Amazonの決まりではありません", "3日ほど前"),
        ("en", "safety margin", "about 3 days before"),
    ):
        plain = _out("renewal", "2026-12-31", lang=lang)
        assert plain.count(reason) == 1
        explained = _out("renewal", "2026-12-31", "--explain", lang=lang)
        assert explained.count(reason) == 1, explained
        assert explained.count(mail) == 1, explained
        assert "2026-12-31−3日＝2026-12-28" in explained or "2026-12-31 − 3 days" in explained
        assert "2026-12-31−1日＝2026-12-30" in explained or "2026-12-31 − 1 day" in explained


# ---------------------------------------------------------------- S 14: Amazon's deadline


def test_s14_amazons_deadline_is_said_plainly_everywhere() -> None:
    for path in sorted(DATA.glob("*.toml")):
        assert "ということだけ" not in path.read_text(encoding="utf-8"), path.name
    ja = _out("renewal", "2026-12-31")
    assert "Amazonが示しているのは更新日より前という期限だけなので" in ja
    trial = _out("trial", "2026-11-25")
    assert "Amazonが示しているのは自動更新日より前という期限だけなので" in trial
    assert "「更新日より前」" not in ja + trial  # not Amazon's words: no 「」


# ---------------------------------------------------------------- S 20: the calendar's names


def _ics(*args: str, lang: str = "ja") -> str:
    text = _out(*args, "--ics", "-", "--events", "renewal,cancel-by,notice", lang=lang)
    return re.sub(r"\r?\n[ \t]", "", text)  # unfolded


def test_s20_the_notice_event_has_the_screens_name() -> None:
    ja = _ics("renewal", "2026-12-31")
    assert "SUMMARY:Amazonプライムの更新前のお知らせメール（オンの場合）" in ja
    assert "届く日（オンにしている場合）" not in ja
    en = _ics("renewal", "2026-12-31", lang="en")
    assert "SUMMARY:Amazon Prime reminder mail (if switched on)" in en


def test_s20_a_trial_calendar_names_the_trial_and_one_day() -> None:
    ja = _ics("trial", "2026-11-25")
    assert "X-WR-CALNAME:Amazonプライムの無料体験と更新日" in ja
    assert "NAME:Amazonプライムの無料体験と更新日" in ja
    descriptions = [line for line in ja.splitlines() if line.startswith("DESCRIPTION:")]
    trial_texts = [d for d in descriptions if "無料体験" in d]
    assert trial_texts
    for description in trial_texts:
        assert not re.search(r"(?<!自動)更新日", description), description
    student = _ics("trial", "2026-11-25", "--student")
    assert "X-WR-CALNAME:Prime Studentの無料体験と更新日" in student
    assert "X-WR-CALNAME:Amazonプライムの更新日" in _ics("renewal", "2026-12-31")
    assert "Amazon Prime free trial and renewals" in _ics("trial", "2026-11-25", lang="en")


# ---------------------------------------------------------------- S 21: renewal/trial --help


def test_s21_the_help_lists_student_end_only_for_trial_student() -> None:
    for command in ("renewal", "trial"):
        ja = re.sub(r"[\s│]+", "", run(command, "--help", "--lang", "ja").stdout)
        # trial's own help says --student alone (review 18b S 8: trial's help, trial's names)
        # renewal's help leaves student-end out (review 19b S 12): trial's alone names it
        tail = "。" if command == "renewal" else "（--studentではstudent-endも）"
        assert f"指定しない場合はrenewal,cancel-byです{tail}" in ja
        assert "renewal,cancel-by,student-endです" not in ja
        replaces = {  # trial saves no plan (15b S 11)
            "renewal": "保存した更新日を置き換えます。日付やプランが違うときや、"
            "保存したファイルを読み込めないときに使います。",  # review 21b S 8, 34b S 16
            "trial": "保存した更新日を置き換えます。日付が違うときや、"
            "保存したファイルを読み込めないときに使います。",
        }
        assert replaces[command] in ja
        en = " ".join(run(command, "--help", "--lang", "en").stdout.replace("│", " ").split())
        tail = "." if command == "renewal" else " (--student adds student-end)"
        assert f"Default: renewal,cancel-by{tail}" in en
        assert "replace the renewal date already saved. Use it when the date" in en


# ---------------------------------------------------------------- S 16: Student fees years ahead


@pytest.mark.parametrize("plan", ["student-annual", "student-monthly"])
def test_s16_a_student_schedule_says_the_plan_ends_with_graduation(plan: str) -> None:
    ja = _out("renewal", "2026-12-31", "--plan", plan, "--count", "3")
    assert "Prime Studentの有料期間は、無料体験の終了後、最長4年間です。" in ja
    assert "一覧の会費は、Prime Studentのままの場合の金額です。" in ja  # 50b 13, 53b 10
    en = _out("renewal", "2026-12-31", "--plan", plan, "--count", "3", lang="en")
    assert "Prime Student's paid period lasts at most 4 years" in en
    assert "The fees in the list above assume the membership is still Prime Student." in en
    regular = _out("renewal", "2026-12-31", "--plan", "annual", "--count", "3")
    assert "最長4年間" not in regular
