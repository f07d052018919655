"""Review 16b (a Japanese reader on accda9e): renewal, trial, .ics and due — items 1, 3-7, S 10."""

from __future__ import annotations

import pty

import pytest

from tests.support.clihelp import WIDE, run, stderr_on_a_terminal
from tests.support.profiles import TRIAL

TODAY = ("--today", "2026-12-04")


def _out(*args: str, lang: str = "ja", columns: str = "1000") -> str:
    result = run(*args, *TODAY, "--lang", lang, env={"COLUMNS": columns})
    assert result.exit_code == 0, result.stderr
    return result.stdout


# ---------------------------------------------------------------- item 1: what the 4 years count from


def test_1_student_table_says_the_4_years_count_from_the_typed_date() -> None:
    args = ("renewal", "2026-12-31", "--plan", "student-annual", "--count", "7")
    ja = _out(*args)
    # review 22b item 10: the ※ note, shortened, says the same
    # review 49b item 11: the date named, not 「入力した更新日」
    assert "2026年12月31日を有料期間の最初の請求日として数えています" in ja
    # review 26b S 18: each way the switch comes earlier in a sentence of its own
    assert (
        "有料期間が2026年12月31日より前に始まっている場合は、切り替わりもそれだけ早くなります。"
        in ja
    )
    en = _out(*args, lang="en")
    assert "2026-12-31 is counted as the first charge of the paid period" in en
    assert "If your paid period started before 2026-12-31, the switch comes" in en


def test_S10_an_all_regular_student_table_is_not_headed_prime_student_only() -> None:
    ja = _out("renewal", "2018-03-01", "--plan", "student-monthly", "--count", "2")
    assert "今後の更新日（通常のプライム・" in ja
    assert "今後の更新日（Prime Student" not in ja


# ---------------------------------------------------------------- item 3: the student-end event


def _student_end_description(lang: str) -> str:
    ics = _out("trial", "2026-10-26", "--student", "--ics", "-", lang=lang)
    unfolded = ics.replace("\r\n", "\n").replace("\n ", "")
    events = unfolded.split("BEGIN:VEVENT")[1:]
    summaries = ("通常のプライムに切り替わる", "becomes regular Prime")  # review 23b S 17
    (event,) = [
        e for e in events if any(s in e.split("SUMMARY:")[1].splitlines()[0] for s in summaries)
    ]
    return event.split("DESCRIPTION:")[1].splitlines()[0]


def test_3_student_end_event_claims_only_what_the_fact_sheet_supports() -> None:
    ja = _student_end_description("ja")
    assert "正確な日付は「Amazonプライム会員情報」のページに表示されます" not in ja
    assert "正確な更新日は、「Amazonプライム会員情報」のページで確認してください" in ja
    en = _student_end_description("en")
    assert "shows the exact date" not in en
    assert "Check the exact renewal date on the Prime membership page" in en


# ---------------------------------------------------------------- item 4: one name each


def test_4_one_name_for_regular_prime_and_for_the_paid_period() -> None:
    for args in (
        ("trial", "2026-10-26", "--student"),
        ("renewal", "2026-12-31", "--plan", "student-monthly"),
        ("trial", "2026-10-26", "--student", "--ics", "-"),
    ):
        ja = _out(*args).replace("\r\n", "\n").replace("\n ", "")
        assert "通常のAmazonプライム" not in ja
        assert "有料の会員資格" not in ja
        assert "有料期間" in ja and "通常のプライム" in ja
        assert "paid membership for" not in _out(*args, lang="en")


# ---------------------------------------------------------------- item 5: one word for the machine


def test_5_renewal_explain_and_remind_help_name_the_machine_alike() -> None:
    # without --today: the sentence names Japan's date and the machine (review 31b item 3)
    real = run("renewal", "2030-12-31", "--plan", "annual", "--explain", "--lang", "ja", env=WIDE)
    explain = real.stdout
    assert "パソコン" not in explain
    assert "このコンピューターのタイムゾーンに関係なく" in explain
    helped = run("remind", "--help", "--lang", "ja", env={"COLUMNS": "1000"})
    assert "パソコン" not in helped.stdout
    assert "このコンピューターの時計" in helped.stdout  # as the screens say (review 27b S 10)


# ---------------------------------------------------------------- item 6: a label stays with its command


@pytest.mark.skipif(not hasattr(pty, "openpty"), reason="needs a pseudo-terminal")
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_6_due_at_40_keeps_each_bracketed_label_with_its_command(lang: str) -> None:
    env = {**TRIAL, "PRIMEHELP_TODAY": "2027-01-02", "PRIMEHELP_LANG": lang, "COLUMNS": "40"}
    lines = stderr_on_a_terminal("due", env=env).rstrip("\n").split("\n")
    # one unbroken line on a terminal since review 57a item 7: each label with its command
    assert len(lines) == 1, lines
    # the steps command (with the date since review 62b, item 8) stays with its label; the
    # example's command follows its own sentence since review 18b S 9 (「例：年間プランで次の更新日が…なら primehelp renewal …」), whole
    # in backticks since review 52b item 7
    example = "`primehelp renewal 2027-12-31 --plan annual --save --force`"
    if lang == "ja":
        assert "（手順：`primehelp cancel --paid --renewal 2026-12-31`）" in lines[0], lines
        assert "なら " + example + "。" in lines[0], lines
    else:
        assert "2027-12-31: " + example in lines[0], lines


# ---------------------------------------------------------------- item 7: stacked key dates alike


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("args", [("trial", "2026-11-25", "--student"), ("renewal", "2026-12-31")])
def test_7_stacked_key_dates_put_every_date_under_its_label(
    args: tuple[str, ...], lang: str
) -> None:
    lines = _out(*args, lang=lang, columns="40").split("\n")
    dated = [at for at, line in enumerate(lines) if line.startswith("  20")]
    assert len(dated) >= 3, lines
    for at in dated:  # the label, whole, with its colon, on the line above
        assert lines[at - 1].endswith(("：", ":")), lines[at - 1 : at + 1]
    # no row with its date on the label's line beside rows without
    assert not [line for line in lines if "：20" in line or ": 20" in line], lines
