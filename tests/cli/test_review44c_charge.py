"""Review 44c, `charge` and `charge --statement`: only the texts FACTS §10 lists are Amazon's.

A listed text followed by a word cards are not known to print after it (item 1), an Amazon Pay
look-alike (item 2), a name broken by spaces (item 3), a misspelling of Amazon's name itself
(item 4): never 「可能性が高いです」, a ※ on the statement, never "nothing found"."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest

from tests.support.clihelp import run, statement_file
from tests.support.clihelp import statement_screen as _statement

KNOWN = ["AMAZON PRIME", "AMAZONPRIME", "AMAZON.CO.JP", "AMAZON DOWNLOADS", "AMZN DIGITAL"]
EXTRA = ["TOP", "SHOP", "CN", "RU", "JP TOP", "JP COM", "SUPPORT", "LOGIN", "VERIFY", "*AB12 SHOP"]
EXTRA += ["*TOP", " *SHOP", ",CN", "利用国USA SHOP"]
GENUINE_TAILS = ["", "*AB12CD", " *2K3L45ZX0", " 1234", " 利用国USA", "利用国USA", " JP", " 1/1"]
NOTHING_FOUND = "見つかりませんでした"
JA = {"PRIMEHELP_LANG": "ja", "COLUMNS": "1000"}


def _book() -> Any:
    from primehelp.content.charges import load

    return load()


def _joined(known: str, tail: str) -> str:
    return (
        known + tail
        if tail[:1] in ("*", ",", " ", "") or tail.startswith("利用国")
        else f"{known} {tail}"
    )


def test_item1_extra_words_after_a_listed_text_are_not_the_text() -> None:
    book = _book()
    for known, tail in itertools.product(KNOWN, EXTRA):
        text = _joined(known, tail)
        assert book.statement_for(text) is None, text
        assert book.borrows_amazon(text), text
        assert book.extra_words(text), text


def test_item1_genuine_tails_stay_the_listed_text() -> None:
    book = _book()
    for known, tail in itertools.product(KNOWN, GENUINE_TAILS):
        text = known + tail
        assert book.statement_for(text) is not None, text
        assert not book.borrows_amazon(text), text
        assert book.extra_words(text) == (), text


@pytest.mark.parametrize("text", ["AMAZON PRIME TOP", "AMAZON PRIME*AB12 SHOP", "AMAZON.CO.JP CN"])
def test_item1_charge_names_the_word_and_never_says_likely(text: str) -> None:
    result = run("charge", "5900", text, env=JA)
    assert result.exit_code == 0, result.stderr
    assert "可能性が高いです" not in result.stdout
    assert "ほかの会社やサイトの請求かもしれません" in result.stdout
    assert "primehelpの情報源にあるAmazonの明細の表記には含まれない語です" in result.stdout


@pytest.mark.parametrize("text", ["AMAZON PRIME TOP", "AMAZON PRIME RU", "AMAZONPRIME JP TOP"])
def test_item1_statement_flags_the_line_and_finds_something(tmp_path: Path, text: str) -> None:
    path = statement_file(tmp_path, f"2026/10/12,{text},600", f"2026/11/12,{text},600")
    data: Any = _statement(path, json=True)
    assert data["flagged"] == 2
    for line in data["lines"]:
        assert "borrowed_name" in line["flags"], line
    assert NOTHING_FOUND not in _statement(path)


# ---------------------------------------------------------------- item 3


def _broken(word: str) -> list[str]:
    """``word`` with one space put at each place inside it, and with a space after each
    second letter (「AM AZ ON」)."""
    cuts = [word[:at] + " " + word[at:] for at in range(1, len(word))]
    return [*cuts, " ".join(word[at : at + 2] for at in range(0, len(word), 2))]


def test_item3_a_name_broken_by_spaces_is_no_listed_text() -> None:
    book = _book()
    texts = [f"{a} PRIME" for a in _broken("AMAZON")] + [f"AMAZON {p}" for p in _broken("PRIME")]
    texts += [f"{a} {p}" for a, p in zip(_broken("AMAZON"), _broken("PRIME"), strict=False)]
    texts += [f"AMAZON {d}" for d in _broken("DOWNLOADS")]
    for text in texts:
        assert book.statement_for(text) is None, text
        assert book.borrows_amazon(text), text


@pytest.mark.parametrize("text", ["AMA ZON PRIME", "AM AZ ON PR IM E", "A MAZON PRIME"])
def test_item3_charge_never_says_likely(text: str) -> None:
    result = run("charge", "600", text, env=JA)
    assert "可能性が高いです" not in result.stdout
    assert "ほかの会社やサイトの請求かもしれません" in result.stdout


def test_item1_statement_names_the_extra_word(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2026/11/12,AMAZON PRIME SHOP,600")
    screen = _statement(path)
    assert "「SHOP」は、primehelpの情報源にあるAmazonの明細の表記には含まれない語です" in screen
    assert "途中に空白を入れた名前" in screen


# ---------------------------------------------------------------- item 2

PAY_LOOK_ALIKES = ["AMAZONPAY-JP.TOP", "AMAZON PAY.SHOP", "PAYPAL *AMAZONPAY", "AMAZONPAY CN"]
PAY_LOOK_ALIKES += ["AMAZON PAY 利用国CN", "AMA ZON PAY提携サイト", "AMAZON PAY提携サイト TOP"]


@pytest.mark.parametrize("text", PAY_LOOK_ALIKES)
def test_item2_amazon_pay_look_alikes_are_checked_as_the_others(tmp_path: Path, text: str) -> None:
    result = run("charge", "5900", text, env=JA)
    assert "可能性が高いです" not in result.stdout
    assert "Amazon Pay（ほかのお店での支払い）" not in result.stdout
    path = statement_file(tmp_path, f"2026/11/01,{text},5900")
    data: Any = _statement(path, json=True)
    (line,) = data["lines"]
    assert line["service"] != "amazon_pay", line
    assert data["flagged"] == 1
    assert NOTHING_FOUND not in _statement(path)


def test_item2_the_listed_amazon_pay_text_stays_a_payment(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2026/11/01,Amazon Pay提携サイト,5900")
    (line,) = _statement(path, json=True)["lines"]
    assert line["service"] == "amazon_pay" and line["flags"] == [], line


# ---------------------------------------------------------------- item 4

NAME_LOOK_ALIKES = ["AMAZONE", "AMAZONN", "AMAZONE PAY", "AMAZONE JAPAN", "AMAZON3"]
NAME_LOOK_ALIKES += ["JCB AMAZONE", "AMAZONE DOWNLOADS *AB12"]


@pytest.mark.parametrize("text", NAME_LOOK_ALIKES)
def test_item4_a_misspelt_amazon_anywhere_is_a_look_alike(tmp_path: Path, text: str) -> None:
    book = _book()
    assert book.imitates_listed(text), text
    assert not book.names_amazon_only(text), text
    result = run("charge", "600", text, env=JA)
    # the look-alike's own sentence since review 52c, item 13
    assert "Amazonの名前をまねたほかの会社やサイトの請求かもしれません" in result.stdout
    path = statement_file(tmp_path, f"2026/11/13,{text},980")
    (line,) = _statement(path, json=True)["lines"]
    assert "looks_like_amazon" in line["flags"], line
    assert NOTHING_FOUND not in _statement(path)


@pytest.mark.parametrize("text", ["AMAZON", "AMAZON JAPAN", "AMAZON KIDS", "AMAZON.CO.JP"])
def test_item4_amazons_own_name_is_no_look_alike(text: str) -> None:
    assert not _book().imitates_listed(text), text


# ---------------------------------------------------------------- item 5

IMITATING = ["AMAZ0N PRIME", "AMAZONE PRIME", "AMAZON PRlME", "AMAZON PRIME 利用国CN", "AMAZONE"]


@pytest.mark.parametrize("text", IMITATING)
def test_item5_a_look_alike_never_sends_to_its_own_account(text: str) -> None:
    out = run("charge", "600", text, env=JA).stdout
    last = out[out.index("どれにも当てはまらないとき") :]
    assert "表記にある会社" not in last and text not in last
    assert last.index("Amazonの注文履歴") < last.index("カード会社に問い合わせてください")


def test_item5_another_country_of_use_is_explained_on_charge() -> None:
    out = run("charge", "600", "AMAZON PRIME 利用国CN", env=JA).stdout
    assert (
        "「利用国USA」以外の利用国（「利用国CN」など）が付くことは、primehelpの情報源にはありません"
        in out
    )
    netflix = run("charge", "600", "NETFLIX.COM", env=JA).stdout
    assert "まず、表記にある会社（NETFLIX.COM）のアカウントで確認してください" in netflix


# ---------------------------------------------------------------- item 6


@pytest.mark.parametrize("yen", ["150", "1000", "1498", "4000", "40000", "98000"])
def test_item6_yen_far_from_the_us_fee_is_not_said_to_be_it(yen: str) -> None:
    out = run("charge", yen, "AMAZON PRIME 利用国USA", env=JA).stdout
    assert "円に換算した額の可能性" not in out and "円に換算した金額の可能性" not in out, out


@pytest.mark.parametrize("yen", ["2293", "2500", "15000", "25000"])
def test_item6_yen_that_can_be_the_us_fee_still_says_so(yen: str) -> None:
    out = run("charge", yen, "AMAZON PRIME 利用国USA", env=JA).stdout
    assert "米国のAmazonプライム（amazon.com）の会費" in out, out
