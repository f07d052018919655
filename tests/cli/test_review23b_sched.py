"""Review 23b (a Japanese reader): renewal, trial, cancel, due and .ics — items 1, 5, 6 and
S 8, S 9, S 12, S 13, S 14, S 15, S 16, S 17, S 18."""

from __future__ import annotations

import pytest

from primehelp.i18n import Lang
from tests.support.clihelp import run


def _out(*args: str, lang: Lang = "ja", env: dict[str, str] | None = None) -> str:
    result = run(*args, "--lang", lang, env={"COLUMNS": "1000", **(env or {})})
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _lead(screen: str) -> str:
    return screen.split("\n\n")[0]


# ------------------------------------------- item 5: a trial that ended long ago


@pytest.mark.parametrize(
    "args",
    [("trial", "2026-10-01"), ("trial", "2026-03-01", "--student")],
)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_5_long_past_trial_says_what_to_do_and_the_refund(
    args: tuple[str, ...], lang: Lang
) -> None:
    lead = _lead(_out(*args, "--today", "2026-12-05", lang=lang))
    by, refund = {
        # review 51b item 6: both timings with the next dates, and the refund rules
        "ja": (
            "終了のタイミングを選んでください",
            "今すぐ終了すると、特典はすぐに使えなくなります",
        ),
        "en": ("choose when it ends", "Ending now stops the benefits at once"),
    }[lang]
    flat = "".join(lead.split()) if lang == "ja" else " ".join(lead.split())
    assert by in flat and refund.replace(" " * (lang == "ja"), "") in flat
    assert "`primehelp cancel" in lead


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_5_cancel_trial_long_past_says_by_when(lang: Lang) -> None:
    screen = _out(
        "cancel",
        "--no-interactive",
        "--trial",
        "--renewal",
        "2026-10-31",
        "--today",
        "2026-12-05",
        lang=lang,
    )
    # Since review 57b (a trial long past counts both plans, as the trial screen does since 51b
    # item 6): the timings to choose from, explained after the steps, never a deadline of an
    # unnamed 「その前日」
    by = {
        "ja": "解約する場合は、終了のタイミングを選んでください（手順は以下のとおりです）",
        "en": "cancel and choose when it ends: the steps follow",
    }[lang]
    assert by in _lead(screen)
    assert ("その前日" if lang == "ja" else "the day before it") not in _lead(screen)


# ------------------------------------------- item 1: at a carrier, benefits alone


def _lines(*args: str, columns: int) -> list[str]:
    result = run(*args, "--today", "2026-12-05", "--lang", "ja", env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.stderr
    return result.stdout.splitlines()


@pytest.mark.parametrize("used", ["--benefits-used", "--no-benefits-used"])
@pytest.mark.parametrize("columns", [40, 60, 80])
def test_1_carrier_benefits_sentence_breaks_between_phrases(used: str, columns: int) -> None:
    lines = _lines("cancel", "--no-interactive", "--via", "carrier", used, columns=columns)
    start = next(
        i for i, line in enumerate(lines) if line.startswith("携帯電話会社で解約する場合の案内は")
    )
    end = next(i for i in range(start, len(lines)) if lines[i].endswith("。"))
    sentence = lines[start : end + 1]
    assert "".join(sentence) == (
        "携帯電話会社で解約する場合の案内は、前回の支払い以降に特典を使ったかどうかに関係なく同じです。"
    )
    # no word cut in two: 「前│回」, 「関係│なく」
    assert not any(line.endswith(("前", "関係")) for line in sentence[:-1])
    if columns == 80:  # one break, near the width: not after 「特典を」 at 60 columns
        assert len(sentence) == 2 and sentence[0].endswith("かどうかに")


# ------------------------------------------- item 6: --events lists what the command takes


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_6_renewal_events_error_lists_only_what_renewal_takes(lang: Lang) -> None:
    renewal = run("renewal", "2026-12-31", "--ics", "-", "--events", "foo", "--lang", lang)
    trial = run("trial", "2026-12-01", "--student", "--ics", "-", "--events", "foo", "--lang", lang)
    for result in (renewal, trial):
        assert result.exit_code == 2 and len(result.stderr.splitlines()) == 1
        assert "cancel-by" in result.stderr and "notice" in result.stderr
    assert "student-end" not in renewal.stderr
    assert "student-end" in trial.stderr


# ------------------------------------------- S 15: due and renewal, one wording


def test_s15_due_after_the_trial_says_it_as_renewal_does() -> None:
    from tests.support.profiles import TRIAL

    due = run("due", "--today", "2027-01-03", "--lang", "ja", env={"COLUMNS": "1000", **TRIAL})
    renewal = _out("renewal", "--today", "2027-01-03", env=TRIAL)
    charged = "有料会員に自動で更新されて会費が請求されているはずです。"
    assert charged in due.stderr and charged in renewal
    assert "可能性が高い" not in due.stderr


# ------------------------------------------- S 18: a trial ended yesterday, no benefits used


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s18_ended_trial_without_benefits_used_says_the_refund_as_a_fact(lang: Lang) -> None:
    args = ("cancel", "--no-interactive", "--trial", "--renewal", "2026-12-04", "--today")
    screen = _out(*args, "2026-12-05", "--no-benefits-used", lang=lang)
    fact, condition = {
        "ja": ("特典を一度も使っていないので、その会費が全額", "特典を一度も使っていない場合は"),
        "en": ("You have not used any benefit since the first charge after the free trial, so",
               "If no benefit has been used since the first charge"),
    }[lang]  # fmt: skip
    assert fact in screen and condition not in screen
    # not answered: still the condition, both rules
    unknown = _out(*args, "2026-12-05", lang=lang)
    assert condition in unknown and fact not in unknown


# ------------------------------------------- S 8: the first question, then its explanation


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s8_the_first_question_stands_on_its_own_line(lang: Lang) -> None:
    from primehelp.facts import ui

    text = ui("q_via", "ui_cancel")(lang)
    question, explanation = text.split("\n")
    assert question.endswith(("？", "?")) and "3" in explanation


# ------------------------------------------- S 12: no backquotes in the calendar file


@pytest.mark.parametrize("args", [("renewal", "2026-12-31"), ("trial", "2026-12-01", "--student")])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s12_calendar_text_has_no_backquotes(args: tuple[str, ...], lang: Lang) -> None:
    ics = _out(*args, "--today", "2026-11-25", "--ics", "-", "--alarms", "7,1,0",
               "--events", "renewal,cancel-by,notice", lang=lang)  # fmt: skip
    assert "primehelp cancel" in ics and "`" not in ics


# ------------------------------------------- S 13: Prime Student named once, 「それより早く」


@pytest.mark.parametrize(
    ("plan", "kind"), [("student-annual", "年間プラン"), ("student-monthly", "月間プラン")]
)
def test_s13_student_rows_fee_names_prime_student_once(plan: str, kind: str) -> None:
    screen = _out("renewal", "2026-12-31", "--today", "2026-11-25", "--plan", plan,
                  "--count", "50", "--explain")  # fmt: skip
    assert f"・Prime Studentの行の会費は、Prime Studentの{kind}の現在の料金で" in screen
    assert "会費はPrime Student " not in screen
    assert "それだけ早く" in screen and "もっと早く" not in screen  # review 26b S 18


# ------------------------------------------- S 14: every row regular, no counting sentences


@pytest.mark.parametrize("plan", ["student-annual", "student-monthly"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s14_all_regular_rows_drop_the_counting_sentences(plan: str, lang: Lang) -> None:
    args = ("renewal", "--today", "2026-12-05", "--plan", plan, "--explain")
    # 「The renewals above count the 4 years…」 since review 50b item 13
    # 「…を有料期間の最初の請求日として…」 since review 53b item 10 (54b item 2: 請求日)
    basis = {"ja": "を有料期間の最初の請求日として", "en": "as the first charge of the paid"}[lang]
    all_regular = _out(*args[:1], "2018-03-01", *args[1:], lang=lang)
    assert {"ja": "最長4年間のため", "en": "at most 4 years"}[lang] in all_regular
    assert basis not in all_regular
    # Prime Student rows still in the table: the basis stays
    assert basis in _out(*args[:1], "2026-12-31", *args[1:], lang=lang)


# ------------------------------------------- S 17: the student-end event, a renewal date


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s17_student_end_is_the_switch_renewal_with_the_regular_fee(lang: Lang) -> None:
    import re

    ics = _out("trial", "2026-11-25", "--student", "--today", "2026-11-25", "--ics", "-",
               lang=lang)  # fmt: skip
    text = re.sub(r"\r?\n ", "", ics).replace("\\,", ",")
    summary, fee = {
        "ja": ("SUMMARY:Prime Studentから通常のプライムに切り替わる更新日の目安",
               "通常のプライムの会費が請求されます（2026年12月2日に確認した料金は年間プラン5,900円、月間プラン600円で、今後変わることがあります）"),
        "en": ("SUMMARY:Estimated renewal date when Prime Student becomes regular Prime",
               "the regular Prime fee is charged (as checked on 2026-12-02, 5,900 yen on the annual plan, 600 yen"),
    }[lang]  # fmt: skip
    assert summary in text and fee in text
    assert "終わる日の目安" not in text


# ------------------------------------------- S 16: the benefits until the trial's end (FACTS §2)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s16_trial_benefits_last_as_facts_say_with_ending_now_the_exception(lang: Lang) -> None:
    screen = _out("trial", "2026-11-25", "--today", "2026-11-25", lang=lang)
    said, gone = {
        "ja": ("解約しても、特典は無料体験の期間が終わるまで使えます", "使うほうを選べば"),
        "en": ("the benefits last until the trial ends (unless you choose to end it now",
               "you choose to use the trial until it ends"),
    }[lang]  # fmt: skip
    assert said in screen and gone not in screen
