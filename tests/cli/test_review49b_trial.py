"""Review 49b (trial, renewal notes): a trial that ended before a fee change says the fee
charged then in the past tense and today's fee apart (item 1); the Student switch row's label
(item 2); the Student note names the date it counts from (item 11); no 「現在の料金」 beside a
fee column that is all 「不明」 (item 20)."""

from __future__ import annotations

import pytest

from tests.support.clihelp import WIDE, json_data, run

TODAY = ("--today", "2026-12-06")


def _screen(*args: str, lang: str, env: dict[str, str] | None = None) -> str:
    done = run("--lang", lang, *args, env=env or WIDE)
    assert done.exit_code == 0, done.stderr
    return done.stdout


PAST = {
    ("ja", True): "2022年12月1日ごろの自動更新で請求された会費は、Prime Studentの年間プランなら"
    "2,450円、月間プランなら250円でした。Prime Studentの会費はその後変わり、現在は年間プラン"
    "2,950円、月間プラン300円です（2026年12月2日に確認）。",
    ("en", True): "The automatic renewal around 2022-12-01 charged 2,450 yen on Prime Student's"
    " annual plan, or 250 yen on its monthly plan. Prime Student's fees have changed since: now"
    " 2,950 yen on the annual plan and 300 yen on the monthly plan (as checked on 2026-12-02).",
    ("ja", False): "2018年7月1日ごろの自動更新で請求された会費は、年間プランなら3,900円、"
    "月間プランなら400円でした。会費はその後変わり、現在は年間プラン5,900円、"
    "月間プラン600円です（2026年12月2日に確認）。",
    ("en", False): "The automatic renewal around 2018-07-01 charged 3,900 yen on the annual plan,"
    " or 400 yen on the monthly plan. The fees have changed since: now 5,900 yen on the annual"
    " plan and 600 yen on the monthly plan (as checked on 2026-12-02).",
}
NOW = {"ja": "自動更新で請求される会費は", "en": "The automatic renewal charges"}


@pytest.mark.parametrize("student", [True, False])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_1_an_old_trial_says_the_fee_then_in_the_past_and_todays_apart(
    lang: str, student: bool
) -> None:
    start = "2022-06-01" if student else "2018-06-01"
    args = ("trial", start, *TODAY, *(["--student"] if student else []))
    shown = _screen(*args, lang=lang)
    assert PAST[lang, student] in shown, shown
    assert NOW[lang] not in shown, shown  # no present tense over the old fee
    data = json_data(*args)
    assert data["renewal_fees"]["annual"] == (2450 if student else 3900)
    now = data["current_fees"]
    assert (now["annual"], now["monthly"]) == ((2950, 300) if student else (5900, 600))
    assert len(now["facts"]) == 2


@pytest.mark.parametrize("start", ["2026-11-25", "2024-01-10"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_1_a_trial_at_todays_fee_keeps_the_present_tense(lang: str, start: str) -> None:
    args = ("trial", start, *TODAY, "--student")
    shown = _screen(*args, lang=lang)
    # a renewal passed: charged, the fee the same now (review 50b item 14)
    same = {"ja": "で、現在も同じです", "en": "the fees are the same now"}[lang]
    assert (NOW[lang] in shown) == (start == "2026-11-25") == (same not in shown), shown
    assert "2,950" in shown and "2,450" not in shown, shown
    assert json_data(*args)["current_fees"] is None


LABEL = {
    "ja": "通常のプライムに切り替わる更新日（最も遅い場合）",
    "en": "Renewal to regular Prime (latest, est.)",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_2_the_student_switch_row_label(lang: str) -> None:
    shown = _screen("trial", "2026-11-25", *TODAY, "--student", lang=lang, env={"COLUMNS": "80"})
    assert LABEL[lang] in shown, shown
    assert "遅くとも・目安" not in shown


COUNTED = {
    "ja": "2026年12月31日を有料期間の最初の請求日として、そこから4年間はPrime Studentの会費",
    "en": "They take 2026-12-31 as the first charge of the paid period",
}
ENTERED = {"ja": "入力した", "en": "you entered"}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_11_a_typed_date_is_named(lang: str) -> None:
    shown = _screen("renewal", "2026-12-31", "--plan", "student-annual", *TODAY, lang=lang)
    assert COUNTED[lang] in shown, shown
    assert ENTERED[lang] not in shown


CALENDAR = {
    "ja": "2026年12月31日を有料期間の最初の請求日として数えています。",
    "en": "Here 2026-12-31 is counted as the first charge of the paid period.",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_11_the_calendar_names_the_date(lang: str) -> None:
    args = ("renewal", "2026-12-31", "--plan", "student-annual", "--count", "2", "--ics", "-")
    done = run("--lang", lang, *args, *TODAY)
    assert done.exit_code == 0, done.stderr
    text = done.stdout.replace("\r\n", "\n").replace("\n ", "").replace("\\,", ",")
    assert CALENDAR[lang] in text, text
    assert ENTERED[lang] not in text


SAVED = {
    "ja": "保存した有料会員への自動更新日（2027年5月25日、目安）を有料期間の最初の請求日として",
    "en": "the saved automatic paid renewal date (2027-05-25, an estimate) as the first charge",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_11_an_ended_saved_trial_counts_from_its_end(lang: str, tmp_path: object) -> None:
    env = {**WIDE, "PRIMEHELP_CONFIG_DIR": str(tmp_path)}
    _screen("trial", "2026-11-25", "--student", "--save", *TODAY, lang=lang, env=env)
    args = ("renewal", "--plan", "student-monthly", "--today", "2027-07-10")
    shown = _screen(*args, lang=lang, env=env)
    assert SAVED[lang] in shown, shown
    assert ENTERED[lang] not in shown
    assert "すでに有料期間が始まっている" not in shown


CURRENT = {"ja": "会費は現在の料金です", "en": "The fees shown are today's fees"}
UNKNOWN = {"ja": "「不明」は", "en": '"unknown": the fee'}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_20_no_current_fee_note_beside_unknown_fees(lang: str) -> None:
    args = ("renewal", "2018-01-10", "--plan", "student-annual", "--today", "2018-01-01")
    shown = _screen(*args, "--count", "2", lang=lang)
    assert CURRENT[lang] not in shown, shown
    assert UNKNOWN[lang] in shown, shown
    known = _screen("renewal", "2026-12-31", "--plan", "annual", *TODAY, lang=lang)
    assert CURRENT[lang] in known, known
