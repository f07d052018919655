"""Review 34c (charge, charge --statement): one test or more per item."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from primehelp.statement_values import compared
from tests.support.clihelp import charge_screen, statement_file
from tests.support.clihelp import statement_screen as _statement


def _flat(text: str) -> str:
    return text.replace("\n", "").replace(" ", "")


# ---------------------------------------------------------------- item 1

MONTHLY = {"prime_monthly", "prime_student_monthly"}
NONE_FOUND = "同じ月のうちに、または25日未満の間隔で2回以上ある請求）は見つかりませんでした"


def test_two_monthly_fees_in_a_month_under_two_texts_are_flagged(tmp_path: Path) -> None:
    path = statement_file(
        tmp_path, "2026-10-01,AMAZON PRIME,600", "2026-10-20,AMAZON PRIME 利用国USA,600"
    )
    data = _statement(path, json=True)
    assert [x["flags"] for x in data["lines"]] == [["monthly_twice"], ["monthly_twice"]]
    assert data["flagged"] == 2
    out = _flat(_statement(path))
    assert (
        "※同じ月のうちに、または25日未満の間隔で月会費が2回以上請求されています" in out
    )  # review 36c, item 2: its words
    assert "明細の表記が違っても、同じ会費の二重請求かもしれません。" in out
    assert _flat(NONE_FOUND) not in out
    en = _flat(_statement(path, "en"))
    assert (
        "!Themonthlyfeeischargedtwiceormorewithinonemonth,orlessthan25daysapart" in en
    )  # 36c, item 2


def test_the_same_text_twice_says_it_once_as_the_monthly_fee(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2026-10-01,AMAZON PRIME,600", "2026-10-20,AMAZON PRIME,600")
    data = _statement(path, json=True)
    assert all(x["flags"] == ["monthly_twice"] for x in data["lines"])  # not same_charge_twice


def test_a_katakana_text_beside_a_full_width_one_is_flagged_as_a_possibility(
    tmp_path: Path,
) -> None:
    path = statement_file(
        tmp_path, "2026/10/01,アマゾン プライム会費,600", "2026/10/05,ＡＭＡＺＯＮ　ＰＲＩＭＥ,600"
    )
    data = _statement(path, json=True)
    assert all(x["flags"] == ["monthly_guess_twice"] for x in data["lines"])
    out = _flat(_statement(path))
    assert (
        "※同じ月のうちに、または25日未満の間隔で、月会費と同じ金額の請求がほかにもあります" in out
    )  # 36c, item 2
    assert _flat(NONE_FOUND) not in out


def test_a_refunded_fee_is_no_second_fee(tmp_path: Path) -> None:
    path = statement_file(
        tmp_path,
        "2026-10-01,AMAZON PRIME,600",
        "2026-10-20,AMAZON PRIME 利用国USA,600",
        "2026-10-22,AMAZON PRIME 利用国USA,-600",
    )
    data = _statement(path, json=True)
    assert not any("monthly_twice" in x["flags"] for x in data["lines"])


def test_fees_of_two_months_are_not_flagged(tmp_path: Path) -> None:
    # Review 36c, item 2: one day apart across a month's end is a double charge now (flagged,
    # tests/cli/test_review36c_statement.py); a month apart, two renewals, is not.
    path = statement_file(tmp_path, "2026-09-01,AMAZON PRIME,600", "2026-10-01,AMAZONPRIME,600")
    data = _statement(path, json=True)
    assert data["flagged"] == 0


_LATIN = st.builds(
    lambda word, upper, wide, space, usa: (
        (
            (word.upper() if upper else word).replace(" ", "　" if space else " ")
            if not wide
            else "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "　" for c in word.upper())
        )
        + (" 利用国USA" if usa else "")
    ),
    st.sampled_from(["Amazon Prime", "AMAZON PRIME", "amazon prime", "AMAZON  PRIME"]),
    st.booleans(),
    st.booleans(),
    st.booleans(),
    st.booleans(),
)
TEXTS = st.one_of(
    _LATIN,
    st.sampled_from(["アマゾン プライム", "アマゾンプライム会費", "ｱﾏｿﾞﾝﾌﾟﾗｲﾑ", "AMZN PRIME JP"]),
)
ROWS = st.lists(
    st.tuples(st.integers(1, 28), TEXTS, st.sampled_from([600, 300, 500, 400, 5900])),
    min_size=2,
    max_size=4,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(year=st.integers(2016, 2026), month=st.integers(1, 11), rows=ROWS)
def test_fees_read_as_one_monthly_plan_in_a_month_are_always_flagged(
    year: int, month: int, rows: list[tuple[int, str, int]]
) -> None:
    """Two rows read as the same monthly plan's fee in one month get the flag, whatever their
    texts (full-width, half-width, katakana, 利用国USA); known texts on both: the fact."""
    with tempfile.TemporaryDirectory() as folder:
        lines = [f"{dt.date(year, month, day).isoformat()},{text},{yen}" for day, text, yen in rows]
        path = statement_file(Path(folder), *lines)
        data = _statement(path, json=True)
        screen = _flat(_statement(path))
    fees = [x for x in data["lines"] if x["service"] in MONTHLY and x["amount_yen"] > 0]
    for line in fees:
        same = [x for x in fees if x is not line and x["service"] == line["service"]]
        if not same:
            assert not {"monthly_twice", "monthly_guess_twice"} & set(line["flags"]), line
            continue
        known = line["text_known"] and any(x["text_known"] for x in same)
        # review 35c, item 4: guessed rows all of one text and amount: 「同じ月に2回以上」 says it
        alike = all(
            compared(x["description"]) == compared(line["description"]) for x in same
        ) and all(x["amount_yen"] == line["amount_yen"] for x in same)
        said = {"monthly_twice", "monthly_guess_twice"}
        if not known and alike:
            said = {"same_charge_twice"}
        assert said & set(line["flags"]), (line, same)
        assert ("monthly_twice" in line["flags"]) is known, (line, same)
        assert "same_charge_twice" not in line["flags"] or not known, line
        assert _flat(NONE_FOUND) not in screen


# ---------------------------------------------------------------- item 2


def test_a_refund_with_no_charge_names_the_service_bare(tmp_path: Path) -> None:
    path = statement_file(
        tmp_path,
        "2026-10-01,AUDIBLE,-1500",
        "2026-10-02,PRIME VIDEO,-990",
        "2026-10-03,AMAZON KIDS+,-480",
    )
    out = _flat(_statement(path))
    assert "この明細には、返金より前のAudible（audible.co.jp）の請求が見当たりません。" in out
    assert "返金より前のPrimeVideoチャンネルの請求が見当たりません。" in out
    assert "返金より前のAmazonKids+の請求が見当たりません。" in out
    assert "の可能性（表記にあるサービス名と金額から推定）の請求" not in out
    data = _statement(path, json=True)
    channel = next(x for x in data["lines"] if x["description"] == "PRIME VIDEO")
    first, then = channel["detail"].split("\n")  # the range under the name, then the sentence
    assert first.startswith("料金の範囲：") and then.startswith("この明細には")
    en = _flat(_statement(path, "en"))
    assert "ThisstatementholdsnoPrimeVideochannelchargebeforethisrefund" in en


# ---------------------------------------------------------------- item 3

PARTLY = ("2025-01-10,AMAZON PRIME,5900", "2025-02-01,AMAZON PRIME,-2950",
          "2025-03-01,AMAZON PRIME,-4900")  # fmt: skip
TWICE = ("2025-05-01,AMAZON PRIME,600", "2025-05-03,AMAZON PRIME,-600",
         "2025-05-04,AMAZON PRIME,-600")  # fmt: skip


def test_a_refund_over_the_rest_of_a_partly_refunded_fee_has_its_own_flag(tmp_path: Path) -> None:
    path = statement_file(tmp_path, *PARTLY)
    data = _statement(path, json=True)
    last = data["lines"][-1]
    assert "refund_over_rest" in last["flags"] and "fee_refunded_before" not in last["flags"]
    out = _flat(_statement(path))
    assert "※この時期の会費の残りより大きい返金です" in out
    assert "・この時期の会費の残りより大きい返金です：この行より前に、同じ時期の会費の一部が" in out
    assert "すでに返金されています" not in out
    en = _flat(_statement(path, "en"))
    assert "!Thisrefundismorethanwhatisleftofthefeeforthistime" in en


def test_a_fee_refunded_in_full_twice_is_not_said_twice(tmp_path: Path) -> None:
    out = _flat(_statement(statement_file(tmp_path, *TWICE)))
    # review 41c, item 7: the fee meant named, never 「この時期の会費」
    # review 42c, item 7: one 「この」, the statement's
    assert "※返金の元と考えられる会費は、この明細ではすでに全額返金されています" in out
    assert (
        "・返金の元と考えられる会費は、この明細ではすでに全額返金されています：同じ会費が2回" in out
    )
    assert "この行の返金より前に、明細にある同じ時期の会費はすでに返金されています" not in out


# ---------------------------------------------------------------- item 4

PARTS = ("2025-01-10,AMAZON PRIME,5900", "2025-02-01,AMAZON PRIME,-2950",
         "2025-04-01,AMAZON PRIME,-1000", "2025-05-04,AMAZON PRIME,-600")  # fmt: skip


def test_a_second_partial_refund_of_a_fee_names_the_first_and_is_flagged(tmp_path: Path) -> None:
    path = statement_file(tmp_path, *PARTS)
    data = _statement(path, json=True)
    again = ["partial_refund_again" in x["flags"] for x in data["lines"]]
    assert again == [False, False, True, True]
    out = _flat(_statement(path))
    assert (
        "2025年1月10日の年会費（5,900円）の一部返金の可能性があります"
        "（この会費には、すでに2025年2月1日に2,950円の返金があります）。" in out
    )
    assert (
        "（この会費には、すでに2025年2月1日に2,950円、2025年4月1日に1,000円の返金があります）。"
        in out
    )
    assert "※同じ会費への2回目以降の一部返金です" in out
    en = _flat(_statement(path, "en"))
    assert "(thisfeealreadyhadarefundof2,950yenon2025-02-01)." in en


# ---------------------------------------------------------------- item 5

ENDED = ("2025-01-10,AMAZON PRIME,5900", "2026-01-12,AMAZON PRIME,600",
         "2026-03-01,AMAZON PRIME,2950", "2026-03-05,AMAZON PRIME,-4000")  # fmt: skip


def test_a_refund_after_the_annual_period_names_the_ended_fee(tmp_path: Path) -> None:
    path = statement_file(tmp_path, *ENDED)
    out = _flat(_statement(path))
    assert (
        "この明細にある年会費（2025年1月10日、5,900円）は、期間がすでに終わっているため、"
        "この返金の元とは考えにくいです。"  # review 35c, item 3: the time's smaller fee named
        "2026年3月1日のPrimeStudent年間プランの会費（2,950円）は、この返金より少ない金額です。"
        "この明細にない請求の返金の可能性があります。" in out
    )
    assert "見当たりません" not in out
    assert "Studentに切り替えた場合" not in out  # no regular annual fee in its period
    en = _flat(_statement(path, "en"))
    assert "Theannualfeeinthisstatement(5,900yen,chargedon2025-01-10)isforatimethat" in en


# ---------------------------------------------------------------- item 6

# Review 38c, item 6: the note now says what ends and names the choice (今すぐ終了するほう).
PARAGRAPH = "プライムを解約するときに今すぐ終了するほうを選び、それまでに特典を使っていた場合は、会費の一部が返金されることがあります。"


def test_the_partial_refund_paragraph_is_said_once(tmp_path: Path) -> None:
    path = statement_file(tmp_path, *PARTS)
    out = _flat(_statement(path, width="80"))
    assert out.count(PARAGRAPH) == 1
    assert out.count("Studentに切り替えた場合は") == 1
    assert out.index("一部返金について" + PARAGRAPH) > out.index("2025年5月4日")  # after the rows
    assert out.count("の一部返金の可能性があります") == 3  # each row keeps its own sentence
    en = _statement(path, "en", width="80")
    assert en.count("Amazon computes the amount") == 1 and "About partial refunds" in en
    data = _statement(path, json=True)  # the JSON document keeps each row whole
    assert sum(PARAGRAPH in (x["detail"] or "") for x in data["lines"]) == 3


# ---------------------------------------------------------------- item 7


def _names(out: str) -> list[str]:
    return [x.split(". ", 1)[1] for x in out.splitlines() if x[:1].isdigit() and ". " in x[:4]]


def test_a_price_of_no_known_start_is_not_confirmed_for_an_old_date() -> None:
    out = charge_screen("charge", "980", "AMAZON DOWNLOADS", "--date", "2016-01-01")
    # the non-members' price (review 51c, item 27)
    said = "料金：月額980円（プライム会員でない場合の料金。2026年12月時点のもので、いつからかは確認できていません）"
    assert said in out
    assert "金額は一致します" not in out
    en = charge_screen("charge", "980", "AMAZON DOWNLOADS", "--date", "2016-01-01", lang="en")
    assert "980 yen a month (non-members; as of December 2026; when this price started" in en


def test_a_price_of_no_known_start_is_never_above_a_confirmed_one() -> None:
    names = _names(charge_screen("charge", "980", "AMAZON DOWNLOADS", "--date", "2026-11-01"))
    assert names.index("Kindle Unlimited") < names.index("Amazon Kids+")
    out = charge_screen("charge", "980", "--date", "2026-11-01")
    assert _names(out).index("Kindle Unlimited") < _names(out).index("Amazon Kids+")
    assert "金額が同じというだけなので、可能性は低めです。" in out
    now = charge_screen(
        "charge", "980", "--date", "2026-12-03"
    )  # the month of the check: its price
    assert "いつからかは確認できていません" not in now


def test_a_statement_row_says_kids_plus_price_is_the_current_one(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2016-01-01,AMAZON DOWNLOADS,980",
                          "2026-12-03,AMAZON DOWNLOADS,980")  # fmt: skip
    out = _statement(path, width="80")
    assert (
        out.count("Amazon Kids+の料金（月額980円、プライム会員でない場合）とも同じ金額です") == 2
    )  # one wording (review 60c, item 9)


# ---------------------------------------------------------------- S 8


def test_digital_content_is_named_in_full() -> None:
    out = charge_screen("charge", "600", "AMAZON DOWNLOADS", "--date", "2026-11-01")
    assert "デジタルコンテンツの購入（Kindle本" in out
    assert "多くの場合デジタルコンテンツの請求です" in out
    assert "デジタルの購入" not in out and "デジタルの請求" not in out


# ---------------------------------------------------------------- S 9


def test_a_price_after_the_date_is_said_in_a_sentence_after_the_list() -> None:
    out = charge_screen("charge", "△1500", "AMAZON PRIME", "--date", "2020-06-01", width="40")
    assert "※Audibleの月額1,500円は2022年1月27日からの料金のため、" in _flat(out)
    assert not any(line.startswith("（Audible") for line in out.splitlines())


# ---------------------------------------------------------------- S 10


def test_no_student_monthly_plan_is_said_twice_not_three_times(tmp_path: Path) -> None:
    out = _flat(_statement(statement_file(tmp_path, "2018/05/01,AMAZON PRIME,250"), width="60"))
    assert "Amazonプライム（その後のPrimeStudent月間プランの会費と同額）" in out
    assert "PrimeStudent月間プランは2019年より前にはありませんでした。" not in out
    assert "※この日付にはPrimeStudent月間プランはありませんでした" in out


# ---------------------------------------------------------------- S 11


def test_a_monthly_fee_in_an_annual_period_is_said_by_the_period(tmp_path: Path) -> None:
    # 2026-01-02, not 01-05: within YEAR_SLACK_DAYS of the year's end is the renewal (41c, S 4)
    path = statement_file(tmp_path, "2025-01-10,AMAZON PRIME,5900", "2026-01-02,AMAZON PRIME,600")
    out = _flat(_statement(path))
    assert out.count("※年会費と月会費の期間が重なっています") == 2
    assert "同じ時期" not in out


# ---------------------------------------------------------------- S 12


def test_the_last_day_of_the_400_yen_fee_is_said_as_the_500_yen_one() -> None:
    out = _flat(charge_screen("charge", "400", "AMAZON PRIME", "--date", "2019-05-10"))
    assert (
        "（2019年5月16日ごろまでの請求）既存会員の切り替え日は、年間プランと同じ日と考えられます。"
        in out
    )  # 51c, 6
    assert "既存会員が400円で" not in out


# ---------------------------------------------------------------- S 14


def test_the_date_help_names_the_forms() -> None:
    from tests.support.clihelp import run

    shown = run("charge", "--help", "--lang", "ja", env={"COLUMNS": "1000"}).stdout
    said = "明細の利用日（今日までの日付。2026-11-01、2026/11/01、2026年11月1日など）。"
    assert said in _flat(shown)
