"""Review 60a: complain, profile --json, sources, subscriptions, completion and check-number.

B1. complain --amount 600.0 is read as 600 yen, as charge reads it; 5900.5 still refused, with
    charge's words for a fraction of a yen.
B2. profile --json: the day to cancel by, the days left, whether that day passed, whether the
    date is today, and whether it is an estimate (the screen says all of them).
R1. complain: a computed next renewal is 「計算による目安」; 「解約していなければ」; 「今日」 once.
R2. fees.plan_change_2023 is H (FACTS §1).
R3. No space between ASCII words or numbers and a particle (completion comments, check-number).
R4. subscriptions: a field that is a sentence ends with 「。」.
R5. sources at 40 columns: an ID that does not fit after 「ID：」 goes under it, indented.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from primehelp.output.linebreak import unicode_text_width
from tests.support.clihelp import WIDE, run

JAPAN_TODAY = {"PRIMEHELP_TODAY": "2026-12-08"}


def _flat(text: str) -> str:
    return "".join(text.split())


# ---------------------------------------------------------------- B1


@pytest.mark.parametrize("typed", ["600.0", "600.00", "¥600.0", "600.0円"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_b1_complain_reads_600_point_0_as_600_yen(typed: str, lang: str) -> None:
    done = run("complain", "renewal", "--amount", typed, "--lang", lang, env=WIDE)
    assert done.exit_code == 0, done.stderr
    assert ("請求金額：600円" if lang == "ja" else "Amount charged: ¥600") in done.stdout
    data = run("complain", "renewal", "--amount", typed, "--json").json()["data"]
    assert data["amount_yen"] == 600


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_b1_a_fraction_of_a_yen_is_refused_in_charges_words(lang: str) -> None:
    done = run("complain", "renewal", "--amount", "5900.5", "--lang", lang)
    assert done.exit_code == 2
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    flat = " ".join(done.stderr.split())
    if lang == "ja":  # the fraction named once since review 61a R4
        assert "`--amount` の値「5900.5」には1円未満の端数があります。" in done.stderr
        assert "1〜1,000,000円の整数で指定してください" in _flat(flat)
    else:
        assert "`--amount` '5900.5' has a fraction of a yen" in flat
        assert "use a whole number of yen from 1 to 1,000,000" in flat


def test_b1_the_same_amount_in_charge_and_complain() -> None:
    charge = run("charge", "600.0", env=WIDE)
    complain = run("complain", "renewal", "--amount", "600.0", env=WIDE)
    assert charge.exit_code == complain.exit_code == 0
    assert "600円" in charge.stdout and "請求金額：600円" in complain.stdout


# ---------------------------------------------------------------- B2


def _saved_profile_json(tmp_path_env: dict[str, str], today: str) -> dict[str, object]:
    done = run("profile", "--today", today, "--json", env=tmp_path_env)
    assert done.exit_code == 0, done.stderr
    data: dict[str, object] = done.json()["data"]
    return data


@pytest.fixture
def renewal_saved(tmp_path: object) -> dict[str, str]:
    env = {**WIDE, "PRIMEHELP_CONFIG_DIR": str(tmp_path)}
    done = run("renewal", "2026-12-31", "--plan", "annual", "--save", "--today", "2026-12-08",
               env=env)  # fmt: skip
    assert done.exit_code == 0, done.stderr
    return env


@pytest.mark.parametrize(
    ("today", "days_left", "by_passed", "is_today", "passed"),
    [
        ("2026-12-08", 23, False, False, False),
        ("2026-12-30", 1, False, False, False),
        ("2026-12-31", 0, True, True, False),
        ("2027-01-02", None, True, False, True),
    ],
)
def test_b2_profile_json_says_what_the_screen_says(
    renewal_saved: dict[str, str],
    today: str,
    days_left: int | None,
    by_passed: bool,
    is_today: bool,
    passed: bool,
) -> None:
    data = _saved_profile_json(renewal_saved, today)
    assert data["cancel_by"] == "2026-12-30"
    assert data["days_left"] == days_left
    assert data["cancel_by_passed"] is by_passed
    assert data["renewal_is_today"] is is_today
    assert data["date_passed"] is passed
    assert data["estimate"] is False
    text = run("profile", "--today", today, env=renewal_saved).stdout
    if days_left and days_left > 1:
        assert f"あと{days_left}日" in text
    if today == "2026-12-30":  # the screen's 「今日」 is the cancel-by day of the JSON
        assert "解約の目安日（余裕をみて更新日の前日）：今日（2026年12月30日）" in text


def test_b2_a_trial_is_an_estimate(tmp_path: object) -> None:
    env = {**WIDE, "PRIMEHELP_CONFIG_DIR": str(tmp_path)}
    done = run("trial", "2026-12-01", "--save", "--today", "2026-12-08", env=env)
    assert done.exit_code == 0, done.stderr
    data = _saved_profile_json(env, "2026-12-08")
    assert data["estimate"] is True
    renewal = dt.date.fromisoformat(str(data["profile"]["renewal_date"]))  # type: ignore[index]
    assert data["cancel_by"] == (renewal - dt.timedelta(days=1)).isoformat()
    assert data["days_left"] == (renewal - dt.date(2026, 12, 8)).days
    text = run("profile", "--today", "2026-12-08", env=env).stdout
    assert f"あと{data['days_left']}日、計算による目安" in text


def test_b2_nothing_saved_gives_nulls() -> None:
    data = run("profile", "--json").json()["data"]
    assert data["exists"] is False
    for key in ("cancel_by", "days_left", "cancel_by_passed", "renewal_is_today", "estimate"):
        assert data[key] is None


# ---------------------------------------------------------------- R1


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_r1_a_next_renewal_today_is_an_estimate_and_conditional(lang: str) -> None:
    done = run(
        "complain", "renewal", "--renewal", "2025-12-08", "--plan", "annual", "--lang", lang,
        env={**WIDE, **JAPAN_TODAY},
    )  # fmt: skip
    assert done.exit_code == 0, done.stderr
    note = next(line for line in done.stdout.splitlines() if "2025" in line and "2026" in line)
    if lang == "ja":
        assert "今日（2026年12月8日、計算による目安）です。解約していなければ、" in note
        assert note.count("今日") == 1, note
        assert "会員資格が自動で更新されて" not in done.stdout
    else:
        assert "is today (2026-12-08, an estimate): unless you have cancelled" in note
        assert note.count("today") == 1, note


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_r1_a_passed_next_renewal_is_an_estimate(lang: str) -> None:
    done = run(
        "complain", "renewal", "--renewal", "2026-11-07", "--plan", "monthly", "--lang", lang,
        env={**WIDE, **JAPAN_TODAY},
    )  # fmt: skip
    assert done.exit_code == 0, done.stderr
    said = (
        "月間プランでは2026年12月7日（計算による目安）で、もう過ぎています。"
        if lang == "ja"
        else "(2026-12-07, an estimate) has already passed"
    )
    assert said in done.stdout


def test_r1_no_particle_alone_on_a_line_at_40_columns() -> None:
    done = run(
        "complain", "renewal", "--renewal", "2025-12-08", "--plan", "annual",
        env={"COLUMNS": "40", **JAPAN_TODAY},
    )  # fmt: skip
    assert "では" not in [line.strip() for line in done.stdout.splitlines()]


# ---------------------------------------------------------------- R2


def test_r2_the_2023_plan_change_rule_is_high_confidence() -> None:
    done = run("sources", "fees.plan_change_2023", "--json")
    assert done.exit_code == 0, done.stderr
    assert '"confidence": "H"' in done.stdout
    text = run("sources", "fees.plan_change_2023", env=WIDE).stdout
    assert "確度：高" in text and "確度：中" not in text


# ---------------------------------------------------------------- R3

_SPACE_BEFORE_KANA = re.compile(r"[0-9A-Za-z#}] [\u3041-\u3093]")


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_r3_completion_comments_have_no_space_before_a_particle(shell: str) -> None:
    done = run("completion", shell, "--lang", "ja")
    assert done.exit_code == 0, done.stderr
    comments = [line for line in done.stdout.splitlines() if line.startswith("# ")]
    # the first clause whole on one line (review 63a, S 6)
    assert "# primehelpのコマンドやオプションをTabキーで補完するには、" in comments
    for line in comments:
        assert not _SPACE_BEFORE_KANA.search(line[2:]), line
    install = run("completion", shell, "--lang", "ja", "--json").json()["data"]["install"]
    assert "primehelpのコマンドやオプションをTabキーで補完するには、" in install


def test_r3_check_number_caller_prefix() -> None:
    done = run("check-number", "184-0120-999-373", env=WIDE)
    assert "先頭の184を除いた0120-999-373として確認しました。" in done.stdout
    assert "先頭の 184" not in done.stdout


@pytest.mark.parametrize(
    ("number", "said"),
    [
        ("#7119", "公共の電話番号#9110だけです"),
        ("0081201234", "00で始まる番号で確認できるのは、0066などの通話料無料の番号だけです"),
        ("0081201234", "0081で始まる番号は"),
    ],
)
def test_r3_check_number_refusals(number: str, said: str) -> None:
    done = run("check-number", number, "--lang", "ja", env=WIDE)
    assert done.exit_code == 2
    assert said in done.stderr


def test_r3_three_digit_refusal() -> None:
    done = run("check-number", "117", "--lang", "ja", env=WIDE)
    assert done.exit_code == 2
    assert re.search(r"公共の電話番号110・[0-9・]+だけです", done.stderr), done.stderr


# ---------------------------------------------------------------- R4


def test_r4_subscription_fields_that_are_sentences_end_with_a_full_stop() -> None:
    done = run("subscriptions", "--lang", "ja", env=WIDE)
    assert done.exit_code == 0, done.stderr
    fields = [
        line.strip()
        for line in done.stdout.splitlines()
        if line.strip().startswith(("利用条件：", "プライムの解約後：", "止め方："))
    ]
    assert len(fields) >= 15
    for field in fields:
        assert field.endswith("。"), field
    assert "利用条件：プライム会員でなくても使えます。" in fields
    assert "プライムの解約後：請求が続きます。止めるには、別に解約する必要があります。" in fields


def test_r4_english_fields_stay_phrases() -> None:
    done = run("subscriptions", "--lang", "en", env=WIDE)
    assert "anyone, with or without Prime." not in done.stdout
    assert "anyone, with or without Prime" in done.stdout


# ---------------------------------------------------------------- R5


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_r5_a_long_id_goes_under_its_label_at_40_columns(lang: str) -> None:
    done = run("sources", "--no-pager", "--lang", lang, env={"COLUMNS": "40"})
    assert done.exit_code == 0, done.stderr
    lines = done.stdout.splitlines()
    label = "ID：" if lang == "ja" else "ID: "
    under = [lines[i + 1] for i, line in enumerate(lines) if line.rstrip() == label.rstrip()]
    assert "  message.flag.display_name_lookalike.outside" in under
    assert "  cancel.keeps_billing.kindle_unlimited" in under or lang == "en"
    for line in lines:
        if line.startswith(label) and line.rstrip() != label.rstrip():
            assert unicode_text_width(line) <= 40, line


def test_r5_ids_that_fit_stay_on_the_label_line() -> None:
    done = run("sources", "--no-pager", env={"COLUMNS": "80"})
    assert "ID：message.flag.display_name_lookalike.outside" in done.stdout
    assert not any(line == "ID：" for line in done.stdout.splitlines())


# ---------------------------------------------------------------- S1


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s1_a_past_charge_is_named_by_its_date_in_the_letter(lang: str) -> None:
    done = run(
        "complain", "更新", "--renewal", "2019-01-01", "--amount", "3900", "--plan",
        "student-annual", "--lang", lang, env={**WIDE, **JAPAN_TODAY},
    )  # fmt: skip
    assert done.exit_code == 0, done.stderr
    assert "つきましては、2019年1月1日に請求された会費の返金が可能かどうか" in done.stdout
    assert "今回請求された会費" not in done.stdout
    if lang == "en":
        assert "a refund of the fee charged on 2019-01-01 is possible" in done.stdout


def test_s1_the_current_charge_keeps_the_words() -> None:
    done = run(
        "complain", "更新", "--renewal", "2026-12-01", "--plan", "annual",
        env={**WIDE, **JAPAN_TODAY},
    )  # fmt: skip
    assert done.exit_code == 0, done.stderr
    assert "つきましては、今回請求された会費の返金が可能かどうか" in done.stdout


# ---------------------------------------------------------------- S3


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s3_profile_on_the_renewal_day_says_what_next(
    renewal_saved: dict[str, str], lang: str
) -> None:
    done = run("--lang", lang, "profile", "--today", "2026-12-31", env=renewal_saved)
    assert done.exit_code == 0, done.stderr
    if lang == "ja":
        assert (
            "解約の目安日（余裕をみて更新日の前日）：2026年12月30日（過ぎています）" in done.stdout
        )
        # --today kept in the command (review 62a, S 8)
        assert (
            "今日の状況と返金は `primehelp renewal --today 2026-12-31` で確認できます。"
            in done.stdout
        )
    else:
        assert "Cancel by (the day before, as a margin): 2026-12-30 (passed)" in done.stdout
        assert (
            "`primehelp renewal --today 2026-12-31` shows what today means and the refunds."
            in done.stdout
        )


def test_s3_not_the_day_before(renewal_saved: dict[str, str]) -> None:
    done = run("profile", "--today", "2026-12-30", env=renewal_saved)
    assert "過ぎています" not in done.stdout and "今日の状況と返金" not in done.stdout
