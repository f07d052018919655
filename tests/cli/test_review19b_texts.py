"""Review 19b (a Japanese reader on 4072b74): the texts of renewal, trial, cancel and due."""

from __future__ import annotations

import itertools
import re

import icalendar
import pytest

from tests.support.clihelp import run

TODAY = ("--today", "2026-12-05")


def _out(*args: str, lang: str = "ja", columns: str = "1000") -> str:
    result = run(*args, *TODAY, "--lang", lang, env={"COLUMNS": columns})
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _lead(text: str) -> str:
    return text.split("\n\n")[0].replace("\n", "")


# ---------------------------------------------------------------- item 3: a renewal long past

_LONG_PAST = ("cancel", "--no-interactive", "--renewal", "2026-10-01")


@pytest.mark.parametrize("via", ["web", "app", "carrier"])
def test_3_the_long_past_lead_names_the_margin(via: str) -> None:
    ja = _lead(_out(*_LONG_PAST, "--via", via))
    # 「次の更新日の前日」 since review 57b item 1 (both plans' next renewals are on the screen);
    # at a carrier the plans are the carrier's: 「その前日」 of the next renewal date just named
    day = "その前日" if via == "carrier" else "次の更新日の前日"
    assert f"余裕をみて、{day}までに解約してください" in ja
    assert "てください。その前日までに" not in ja  # not a bare deadline (before 19b)
    en = _lead(_out(*_LONG_PAST, "--via", via, lang="en"))
    day_en = "the day before it" if via == "carrier" else "the day before the next renewal"
    assert f"cancel by {day_en}, to leave a margin" in en


@pytest.mark.parametrize("via", ["web", "app"])
def test_3_the_long_past_lead_says_the_fee_is_charged_as_the_past_lead(via: str) -> None:
    long_past = _lead(_out(*_LONG_PAST, "--via", via))
    past = _lead(_out("cancel", "--no-interactive", "--renewal", "2026-11-30", "--via", via))
    assert "更新されていれば、会費はすでに請求されています。" in past
    # 65 days past, no plan: since review 57b item 1 both plans are counted on from it, and
    # neither was charged within its "lately" (the monthly fee 4 days ago): their next renewals
    assert (
        "年間プランなら、次の更新日は" in long_past and "月間プランなら、次の更新日は" in long_past
    )
    timing = "終了のタイミングによる違いと返金は、手順の後で説明しています。"
    assert timing in past and timing in long_past
    en = _lead(_out(*_LONG_PAST, "--via", via, lang="en"))
    assert "On the monthly plan, the next renewal is" in en and "is explained after the steps" in en


def test_3_at_a_carrier_the_refund_is_the_carriers_and_one_next_renewal_sentence() -> None:
    ja = _out(*_LONG_PAST, "--via", "carrier")
    # the carrier's refund for its own plan (review 26b item 4: a campaign's is Amazon's)
    assert "料金プランの場合はご契約の携帯電話会社にお問い合わせください。" in _lead(ja)
    assert "会費はすでに請求" not in ja  # no charge rule known at a carrier
    assert ja.replace("\n", "").count("次の更新日は") == 1
    # Review 52b item 19 (commit 739fed7d): the command is on a line of its own after the lead-in.
    assert (
        "キャンペーンで付いたプライムの場合は、次の更新日を以下のコマンドで計算することもできます。\n"
        "年間プランの場合：`primehelp renewal 2026-10-01 --plan annual`\n"
    ) in ja
    en = _out(*_LONG_PAST, "--via", "carrier", lang="en")
    assert "for Prime in a carrier's plan, ask your carrier" in _lead(en)
    assert "for prime from a carrier campaign" in en.replace("\n", " ").lower()


# ---------------------------------------------------------------- item 4: the trial's notice event


def _events(*args: str, lang: str = "ja") -> list[tuple[str, str]]:
    """(SUMMARY, DESCRIPTION) of each event of ``args --ics -``, in file order."""
    result = run(*args, "--ics", "-", "--lang", lang)
    assert result.exit_code == 0, result.stderr
    found = icalendar.Calendar.from_ical(result.stdout).walk("VEVENT")
    return [(str(event["SUMMARY"]), str(event["DESCRIPTION"])) for event in found]


@pytest.mark.parametrize(
    ("student", "ja_day", "en_day"),
    [((), "2026年12月24日", "2026-12-24"), (("--student",), "2027年5月24日", "2027-05-24")],
)
def test_4_the_trial_notice_event_names_the_margin(
    student: tuple[str, ...], ja_day: str, en_day: str
) -> None:
    args = ("trial", "2026-11-25", *student, "--today", "2026-11-25", "--events", "notice")
    ((_, ja),) = _events(*args)
    assert ja.endswith(f"終えるには、余裕をみて{ja_day}（解約の目安日）までに解約してください。")
    ((_, en),) = _events(*args, lang="en")
    assert en.endswith(f"cancel by {en_day} (the cancel-by date).")  # 36b item 10: one name


# ---------------------------------------------------------------- S 13: one name for the day


def test_s13_the_trial_table_and_its_note_name_the_day_alike() -> None:
    screen = _out("trial", "2026-11-25", columns="100").replace("\n", "")
    assert "解約の目安日（自動更新日の前日）" in screen
    assert "自動更新日の前日にしています" in screen
    assert "自動更新の前日" not in screen
    calendar = "".join(summary for summary, _ in _events("trial", "2026-11-25", *TODAY))
    assert "解約の目安日（自動更新日の前日）" in calendar


# ---------------------------------------------------------------- S 7: labels change, not "often"


@pytest.mark.parametrize("via", ["web", "app"])  # a carrier's screen names no buttons (20b-5)
def test_s7_the_labels_may_change_without_often(via: str) -> None:
    ja = _out("cancel", "--no-interactive", "--via", via, columns="200")
    assert "よく変更" not in ja
    assert "ボタンの表示は変わることがあるため、ここに書いた表示と異なる場合があります。" in ja
    en = _out("cancel", "--no-interactive", "--via", via, lang="en", columns="200")
    assert "often" not in en


# ---------------------------------------------------------------- S 11: due --help --within


def test_s11_within_names_its_default_and_the_mail_as_if_switched_on() -> None:
    from primehelp.periods import NOTICE_DAYS_BEFORE

    ja = re.sub(r"\n +", "", run("due", "--help", "--lang", "ja").stdout)
    # Review 54b items 1, 5: one range (3-365) and what 0-2 do follow the default.
    assert f"（指定しない場合は{NOTICE_DAYS_BEFORE}。" in ja  # no space: review 50a item 23
    # Review 52a item 43 took the mail out of the Japanese --within (the floor of 3 days holds
    # whether the mail is on or not; test_review52a_texts test_43): never a mail said to come
    # as if always sent (49a item 5), and any mail named is one switched on.
    assert "お知らせメールが届く日" not in ja
    assert "メール" not in ja or "オンにしている場合" in ja
    en = re.sub(r"\n +", " ", run("due", "--help", "--lang", "en").stdout)
    assert f"0 to 365 ({NOTICE_DAYS_BEFORE} if not given; " in en  # review 54b items 1, 5; 59a 12
    # Review 53b (commit 9172ebe8): English --within no longer names the mail either, as the
    # Japanese since 52a item 43; a mail named must still be one switched on.
    assert "mail" not in en.lower() or "if it is switched on" in en


# ---------------------------------------------------------------- S 12: student-end in trial only


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s12_renewal_help_leaves_out_student_end_trial_keeps_it(lang: str) -> None:
    renewal = run("renewal", "--help", "--lang", lang).stdout
    trial = run("trial", "--help", "--lang", lang).stdout
    assert "student-end" not in renewal
    assert "student-end" in trial
    assert "notice" in renewal and "notice" in trial


# ---------------------------------------------------------------- S 5: why the .ics fee changes


@pytest.mark.parametrize("plan", ["student-annual", "student-monthly"])
def test_s5_the_first_regular_fee_event_says_why(plan: str) -> None:
    count = "6" if plan == "student-annual" else "50"
    args = ("renewal", "2026-12-31", "--plan", plan, "--count", count, "--events", "renewal")
    for lang, words in (
        ("ja", "Prime Studentの有料期間は最長4年間のため、この更新からは通常のプライムの会費で"),
        ("en", "Paid Prime Student lasts at most 4 years, so from this renewal on the regular"),
    ):
        found = _events(*args, "--today", "2026-11-25", lang=lang)
        said = [summary for summary, description in found if words in description]
        assert len(said) == 1  # once: where the fee changes
        student = [summary for summary, _ in found if "Prime Student" in summary]
        assert said[0] == found[len(student)][0] and "Prime Student" not in said[0]


# ---------------------------------------------------------------- S 8: no Student monthly before 2019


def test_s8_a_student_monthly_date_before_2019_is_warned() -> None:
    args = ("renewal", "2018-03-01", "--plan", "student-monthly", "--today", "2026-11-25")
    ja = run(*args, "--lang", "ja")
    assert ja.exit_code == 0
    assert "Prime Student 月間プランは2019年より前にはなかったため、" in ja.stderr  # (27b 6)
    assert "Prime Studentの月間" not in ja.stderr  # one name, as fees shows it (round 33)
    en = run(*args, "--lang", "en")
    assert "there was no Prime Student monthly plan before 2019: check the renewal date" in (
        en.stderr
    )
    for later in (("2019-03-01", "student-monthly"), ("2018-03-01", "student-annual")):
        other = run(
            "renewal", later[0], "--plan", later[1], "--today", "2026-11-25", "--lang", "ja"
        )
        assert "2019年より前" not in other.stderr


# ---------------------------------------------------------------- S 16: 「自動更新日（目安）」 whole


@pytest.mark.parametrize("student", [(), ("--student",)])
def test_s16_the_renewal_day_keeps_its_estimate_at_40(student: tuple[str, ...]) -> None:
    start = "2026-05-25" if student else "2026-10-26"
    args = ("trial", start, *student, "--today", "2026-11-25", "--lang", "ja")
    result = run(*args, env={"COLUMNS": "40"})
    lines = result.stdout.splitlines()
    # the key-dates label 「有料会員への自動更新日（計算による目安）：」 (review 59b item 5) is
    # 42 columns: it may break before its parenthesis, never elsewhere
    assert not any(
        line.endswith("自動更新日") and not following.startswith("（計算による目安）")
        for line, following in itertools.pairwise(lines)
    )
    assert any("自動更新日（目安）です。" in line for line in lines)
