"""Review 40c (charge and charge --statement): one test or more per item."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from primehelp.content import charges as charge_data
from tests.support.clihelp import json_data, screen, statement_file

BOOK = charge_data.load()

# ---------------------------------------------------------------- item 1

# Every former fee of every plan, refunded ten days after the last bill dated with it: within
# the plan's period, no longer the fee on the refund's day.
_FORMER = [
    (plan.name("en"), period.fee_yen, later.renewals_from + dt.timedelta(days=9))
    for plan in BOOK.fees.plans
    for period, later in zip(plan.history, plan.history[1:], strict=False)
    if later.renewals_from is not None
]


def _day(text: str, lang: str) -> str:
    day = dt.date.fromisoformat(text)
    return f"{day.year}年{day.month}月{day.day}日" if lang == "ja" else text


def test_1_every_plan_has_a_former_fee() -> None:
    assert len(_FORMER) >= 6


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("text", [None, "AMAZON PRIME"])
@pytest.mark.parametrize(("plan", "yen", "on"), _FORMER)
def test_1_a_former_fee_refunded_is_dated_with_its_own_period(
    plan: str, yen: int, on: dt.date, text: str | None, lang: str
) -> None:
    args = ("charge", f"-{yen}", *(() if text is None else (text,)), "--date", on.isoformat())
    data = json_data(*args)
    at, fee = next(
        (i, c)
        for i, c in enumerate(data["candidates"])
        if c["match"] == "price" and c["category"] == "prime_fee" and c["price"]["value"] == yen
    )
    shown = screen(*args, lang=lang)
    # numbers are right-aligned once there are ten candidates (「 1. 」): partial refunds of
    # former fees are candidates too (review 58c, B 1)
    block = re.split(rf"\n *{at + 1}\. ", shown, maxsplit=1)[1]
    block = re.split(rf"\n *{at + 2}\. ", block, maxsplit=1)[0]
    line = next(x for x in block.splitlines() if ("会費：" if lang == "ja" else "fee:") in x)
    assert line.strip().startswith("以前の会費：" if lang == "ja" else "Former fee:"), line
    price = fee["price"]
    assert price["until"] is not None
    assert _day(price["until"], lang) in line, (line, price)  # the fee's own last bill
    if price["since"] is not None:
        assert _day(price["since"], lang) in line, (line, price)
    after = dt.date.fromisoformat(price["until"]) + dt.timedelta(days=1)
    assert _day(after.isoformat(), lang) not in line, line  # never the next fee's start


# ---------------------------------------------------------------- item 2

# A text FACTS lists for the fee, and Prime-looking texts it does not (read by the amount alone)
_PRIME_TEXTS = ("AMAZON PRIME", "Amazonプライム", "ｱﾏｿﾞﾝﾌﾟﾗｲﾑｶｲﾋ")
_OVERLAP = {"both_prime_plans", "annual_guess_with_monthly", "monthly_guess_in_annual"}
_PAIR = {"two_monthly_plans", "two_monthly_plans_guess"}


@pytest.mark.parametrize("monthly", _PRIME_TEXTS)
@pytest.mark.parametrize("annual", _PRIME_TEXTS)
def test_2_an_annual_and_a_monthly_fee_overlap_whatever_the_texts(
    annual: str, monthly: str, tmp_path: Path
) -> None:
    rows = (f"2026/09/01,{annual},5900", f"2026/10/05,{monthly},600", f"2026/11/05,{monthly},600")
    data = json_data("charge", "--statement", statement_file(tmp_path, *rows))
    lines = data["lines"]
    assert [x["service"] for x in lines] == ["prime_annual", "prime_monthly", "prime_monthly"]
    assert data["flagged"] >= 1, lines  # never 「見つかりませんでした」
    all_known = all(x["text_known"] for x in lines)
    for line in lines:
        said = set(line["flags"]) & _OVERLAP
        if all_known:
            assert said == {"both_prime_plans"}, line
        elif not line["text_known"]:  # a guess is said as one, never as the fact
            assert said and "both_prime_plans" not in said, line


@pytest.mark.parametrize("student", _PRIME_TEXTS)
@pytest.mark.parametrize("regular", _PRIME_TEXTS)
def test_2_the_regular_and_student_monthly_pair_whatever_the_texts(
    regular: str, student: str, tmp_path: Path
) -> None:
    rows = (f"2026/10/05,{student},300", f"2026/10/09,{regular},600")
    data = json_data("charge", "--statement", statement_file(tmp_path, *rows))
    lines = data["lines"]
    assert [x["service"] for x in lines] == ["prime_student_monthly", "prime_monthly"]
    both_known = all(x["text_known"] for x in lines)
    for line in lines:
        said = set(line["flags"]) & _PAIR
        if both_known:
            assert said == {"two_monthly_plans"}, line
        elif line["text_known"]:
            assert not said, line  # the guessed line says it, as the overlap's
        else:
            assert said == {"two_monthly_plans_guess"}, line
    assert data["flagged"] >= 1


_KANA3 = (
    "2026/09/01,Amazonプライム,5900",
    "2026/10/05,Amazonプライム,600",
    "2026/11/05,Amazonプライム,600",
)
_KANA4 = (
    "2026/10/05,Amazonプライム,300",
    "2026/10/09,Amazonプライム,600",
    "2026/11/05,Amazonプライム,300",
    "2026/11/09,Amazonプライム,600",
)


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("rows", [_KANA3, _KANA4])
def test_2_two_guessed_lines_never_give_comfort(
    rows: tuple[str, ...], lang: str, tmp_path: Path
) -> None:
    shown = screen("charge", "--statement", statement_file(tmp_path, *rows), lang=lang)
    assert ("見つかりませんでした" if lang == "ja" else "was found") not in shown
    assert ("だとすると" if lang == "ja" else "If this is a") in shown
    assert ("確認が必要な行（※の行）が" if lang == "ja" else "lines to check") in shown


# ---------------------------------------------------------------- item 5

_TWICE = [("AMAZON PRIME", 600), ("AUDIBLE JP", 1500), ("AMAZON DOWNLOADS", 980)]


@pytest.mark.parametrize(("text", "yen"), _TWICE)
def test_5_a_twin_refunded_is_no_line_to_check(text: str, yen: int, tmp_path: Path) -> None:
    pair = (f"2026/10/05,{text},{yen}", f"2026/10/06,{text},{yen}")
    unrefunded = json_data("charge", "--statement", statement_file(tmp_path, *pair))
    assert unrefunded["flagged"] == 2  # the double charge, as before
    rows = (*pair, f"2026/10/08,{text},-{yen}")
    data = json_data("charge", "--statement", statement_file(tmp_path, *rows))
    assert data["flagged"] == 0, data["lines"]
    assert data["lines"][0]["detail"].endswith(
        "同じ金額の請求が2026年10月6日にもありましたが、そちらは2026年10月8日に返金されたと考えられます。"
    )
    english = json_data("charge", "--statement", statement_file(tmp_path, *rows), "--lang", "en")
    assert "also charged on 2026-10-06" in english["lines"][0]["detail"]
    shown = screen("charge", "--statement", statement_file(tmp_path, *rows), lang="ja")
    assert "返金されていれば" not in shown  # never asked to look for the refund it found


@pytest.mark.parametrize(("text", "yen"), _TWICE)
def test_5_three_charges_one_refund_stay_flagged(text: str, yen: int, tmp_path: Path) -> None:
    rows = (
        f"2026/10/05,{text},{yen}",
        f"2026/10/06,{text},{yen}",
        f"2026/10/07,{text},{yen}",
        f"2026/10/08,{text},-{yen}",
    )
    data = json_data("charge", "--statement", statement_file(tmp_path, *rows))
    assert data["flagged"] >= 2, data["lines"]  # two charges still unrefunded
