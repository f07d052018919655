"""Review 60c (charge --statement), reproduced with the reviewer's files: a partial refund under
「AMAZON PRIME」 (1 or 600 yen) never clears 「1年以内に年会費が2回以上請求されています」 (R-major 1);
an 「AMAZON PRIME」 annual fee beside a look-alike keeps the firm note, never 「年会費だとすると…」
(R-major 2); the charge and its refund as sure of their link (7); 「件」 in the help and the error
as on the screen (8); one Kids+ note with its price (9); the Student label of an early date and
the dollar row in date order with its content (12); a refund after a monthly fee charged twice (S 14)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.clihelp import run, statement_file

TODAY = {"PRIMEHELP_TODAY": "2026-12-08"}

_RF = (
    "2026-09-03,AMAZON PRIME,5900",
    "2026-09-15,AMAZON PRIME,{back}",
    "2026-12-05,AMAZON PRIME,5900",
)
_LOOKALIKE = (
    "2026-08-20,AMAZ0N PRIME,5900",
    "2026-09-03,AMAZON PRIME,5900",
    "2026-12-05,AMAZON PRIME,5900",
)


def _screen(path: str, lang: str, columns: str = "1000") -> str:
    done = run("charge", "--statement", path, "--lang", lang, env={**TODAY, "COLUMNS": columns})
    assert done.exit_code == 0, done.stderr
    return done.stdout


def _flat(path: str, lang: str) -> str:
    return (" " if lang == "en" else "").join(_screen(path, lang).split())


def _data(path: str) -> dict[str, Any]:
    done = run("charge", "--statement", path, "--json", env=TODAY)
    assert done.exit_code == 0, done.stderr
    data: dict[str, Any] = done.json()["data"]
    return data


def _rows(*rows: str, back: str = "") -> tuple[str, ...]:
    return tuple(x.format(back=back) for x in rows)


# ---------------------------------------------------------------- R-major 1


@pytest.mark.parametrize("back", ["-1", "-600", "-5000"])
def test_1_a_partial_refund_keeps_the_annual_fee_twice(back: str, tmp_path: Path) -> None:
    data = _data(statement_file(tmp_path, *_rows(*_RF, back=back)))
    fees = [x for x in data["lines"] if x["amount_yen"] > 0]
    assert data["flagged"] == 2
    assert all(x["flags"] == ["annual_twice"] for x in fees), fees


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "ja",
            "2026年9月15日に、2026年9月3日の年会費の一部返金の可能性がある返金（1円）があります。"
            "解約して再登録した場合もこのように並びます。再登録していなければ、二重請求の可能性があります。",
        ),
        (
            "en",
            "On 2026-09-15, there is a refund (1 yen) that may be a partial refund of the annual fee"
            " of 2026-09-03. Cancelling and joining again also looks like this. If you did not join"
            " again, this may be a double charge.",
        ),
    ],
)
def test_1_the_later_fee_says_the_refund_and_both_readings(
    lang: str, said: str, tmp_path: Path
) -> None:
    flat = _flat(statement_file(tmp_path, *_rows(*_RF, back="-1")), lang)
    assert said in flat
    assert flat.count(said) == 1  # under the later fee only
    assert "primehelp complain refund".replace(" ", "" if lang == "ja" else " ") in flat
    assert "見つかりませんでした" not in flat


def test_1_the_note_is_under_the_later_fee(tmp_path: Path) -> None:
    data = _data(statement_file(tmp_path, *_rows(*_RF, back="-600")))
    later = data["lines"][2]
    assert "二重請求の可能性があります" in (later["detail"] or "")
    assert "二重請求" not in (data["lines"][0]["detail"] or "")


def test_1_a_whole_refund_still_clears_it(tmp_path: Path) -> None:
    assert _data(statement_file(tmp_path, *_rows(*_RF, back="-5900")))["flagged"] == 0


def test_1_a_switch_to_prime_student_still_clears_it(tmp_path: Path) -> None:
    """The regular fee's unused part refunded at a switch (FACTS §2, review 41c, item 11)."""
    rows = ("2026/04/01,AMAZON PRIME,5900", "2026/07/01,AMAZON PRIME,2950")
    data = _data(statement_file(tmp_path, *rows, "2026/07/02,AMAZON PRIME,-4425"))
    assert data["flagged"] == 0


# ---------------------------------------------------------------- R-major 2


def test_2_a_prime_text_fee_beside_a_lookalike_has_the_fact_only(tmp_path: Path) -> None:
    data = _data(statement_file(tmp_path, *_LOOKALIKE))
    alike, *fees = data["lines"]
    assert alike["flags"] == ["looks_like_amazon"]  # in no twice check (review 63c, R-minor 7)
    assert all(x["flags"] == ["annual_twice"] for x in fees), fees


@pytest.mark.parametrize("text", ["AMAZON.CO.JP"])  # 「AMAZ0N PRIME」 in no check (63c, 7)
def test_2_a_lone_prime_fee_beside_a_guess_is_never_hedged(text: str, tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2026-08-20,AMAZON PRIME,5900", f"2026-09-03,{text},5900")
    fee, other = _data(path)["lines"]
    assert fee["flags"] == ["annual_twice"]
    assert "annual_guess_twice" in other["flags"]
    assert "primehelpcomplainrefund" in _flat(path, "ja")


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_2_never_both_notes_on_one_line(lang: str, tmp_path: Path) -> None:
    screen = _screen(statement_file(tmp_path, *_LOOKALIKE), lang, "80")  # a block a line
    blocks = screen.split("\n\n")
    hedge = {"ja": "※年会費だとすると、1年以内に", "en": "If this is an annual fee, annual fees"}
    fact = {"ja": "※1年以内に年会費が2回以上", "en": "! Annual fees are charged twice"}
    for block in blocks:
        assert not (hedge[lang] in block and fact[lang] in block), block


def test_2_the_reviewers_rakuten_file_keeps_the_complain_step(tmp_path: Path) -> None:
    rows = (
        "2026/08/20,AMAZ0N PRIME,5900",
        "2026/09/03,AMAZON PRIME,5900",
        "2026/09/15,AMAZON PRIME,-600",
        "2026/12/05,AMAZON PRIME,5900",
    )
    data = _data(statement_file(tmp_path, *rows))
    fees = [x for x in data["lines"] if x["description"] == "AMAZON PRIME" and x["amount_yen"] > 0]
    assert all(x["flags"] == ["annual_twice"] for x in fees), fees


# ---------------------------------------------------------------- R-minor 7


@pytest.mark.parametrize(
    ("lang", "said", "old"),
    [
        (
            "ja",
            "2026年9月15日の600円の返金は、この請求の一部返金の可能性があります。",
            "返金されたと考えられます（一部返金）",
        ),
        (
            "en",
            "The refund of 600 yen on 2026-09-15 may be a partial refund of this charge.",
            "probably refunded",
        ),
    ],
)
def test_7_the_charge_is_as_sure_as_its_refund(
    lang: str, said: str, old: str, tmp_path: Path
) -> None:
    flat = _flat(statement_file(tmp_path, *_rows(*_RF, back="-600")), lang)
    assert said in flat
    assert old not in flat


# ---------------------------------------------------------------- R-minor 8


def test_8_the_help_counts_lines_in_ken() -> None:
    done = run("charge", "--help", "--lang", "ja", env={"COLUMNS": "1000"})
    flat = "".join(done.stdout.split())
    assert "Amazonの行が2,000件以下のファイルです。" in flat
    assert "2,000行" not in flat


def test_8_the_error_counts_lines_in_ken(tmp_path: Path) -> None:
    rows = [f"2026/11/{1 + i % 28:02d},AMAZON DOWNLOADS,{100 + i}" for i in range(2001)]
    done = run("charge", "--statement", statement_file(tmp_path, *rows), "--lang", "ja", env=TODAY)
    assert done.exit_code == 2
    assert "（2,001件）。1回に読み込めるAmazonの行は2,000件までです。" in done.stderr
    assert "行）" not in done.stderr and "行まで" not in done.stderr


# ---------------------------------------------------------------- R-minor 9


@pytest.mark.parametrize(
    ("lang", "said", "old"),
    [
        (
            "ja",
            "Amazon Kids+の料金（月額980円、プライム会員でない場合）とも同じ金額です",
            "現在の料金",
        ),
        (
            "en",
            "The amount is also the price of Amazon Kids+ (980 yen a month, non-members).",
            "current price",
        ),
    ],
)
def test_9_one_kids_note_before_and_after_today(
    lang: str, said: str, old: str, tmp_path: Path
) -> None:
    rows = ("2026/06/12,AMAZON DOWNLOADS,980", "2026/12/20,AMAZON DOWNLOADS,980")
    screen = _screen(statement_file(tmp_path, *rows), lang, "80")
    flat = (" " if lang == "en" else "").join(screen.split())
    assert flat.count(said if lang == "en" else said.replace(" ", "")) == 2
    assert old not in flat
