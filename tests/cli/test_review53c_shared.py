"""Review 53c (charge --statement, texts shared with charge; helper fix54w3): 考えられる not twice
under a refund (item 5), amazon.com named as a charge there, not an account (item 6), the Prime
text's unknown amount said as a sentence (item 11), no 「primehelpは…知らないため」 and not twice
(item 17), one form for a refund whose charge is missing (item 18), help in sentences (item 27)."""

from __future__ import annotations

import pytest

from tests.support.clihelp import charge_screen, screen

COUNTS = "tests/fixtures/review51c/counts.csv"
GBP = "tests/fixtures/review46c/gbp.csv"


def flat(text: str) -> str:
    """``text`` with its line breaks and indents taken out (a wide screen, as one line)."""
    return "".join(text.split())


def test_a_refunds_row_says_its_guess_without_a_second_kangaerareru() -> None:
    out = charge_screen("charge", "--statement", COUNTS)
    assert "2026年11月20日の年会費（5,900円）の返金の可能性があります。" in out
    assert "返金と考えられます" not in out


@pytest.mark.parametrize(
    ("lang", "row", "total", "old"),
    [
        ("ja", "amazon.com（米国）での請求（表記から推定）", "amazon.com（米国）での請求（推定）",
         "（米国）のアカウント"),
        ("en", "Possibly a charge of an amazon.com (US) account", "Charge on amazon.com (US) (estimated)",
         "amazon.com (US) account (estimated)"),
    ],
)  # fmt: skip
def test_amazon_com_is_a_charge_in_the_row_and_the_month_table(
    lang: str, row: str, total: str, old: str
) -> None:
    out = charge_screen("charge", "--statement", COUNTS, lang=lang)
    assert row in out
    assert total in out
    assert old not in out


@pytest.mark.parametrize(
    ("lang", "said", "old"),
    [
        (
            "ja",
            "不明（プライムの表記で、会費とは違う金額）",
            "表記はプライム、金額は会費と不一致",
        ),
        ("en", "Unknown (a Prime text, but the amount is not a Prime fee)", "is no Prime fee"),
    ],
)
def test_a_prime_text_at_no_fee_is_said_in_words(lang: str, said: str, old: str) -> None:
    rows = "tests/fixtures/review52c_statement/misc.csv"
    out = charge_screen("charge", "--statement", rows, lang=lang)
    assert said in out
    assert old not in out


@pytest.mark.parametrize(
    ("lang", "reason", "old"),
    [
        ("ja", "primehelpの情報源には米ドル以外の通貨でのAmazonの料金がないため、金額からは何の"
         "請求か分かりません。", "知らない"),
        ("en", "Amazon prices in such a currency are not in primehelp's sources", "knows no"),
    ],
)  # fmt: skip
def test_a_foreign_currency_is_explained_once_and_from_the_sources(
    lang: str, reason: str, old: str
) -> None:
    out = charge_screen("charge", "--statement", GBP, lang=lang)
    assert reason in " ".join(out.split()) if lang == "en" else reason in flat(out)
    assert old not in out
    said = "情報源には米ドル以外" if lang == "ja" else "not in primehelp's sources"
    assert (flat(out) if lang == "ja" else " ".join(out.split())).count(said) == 1


def test_a_refund_whose_charge_is_missing_is_said_one_way() -> None:
    out = flat(charge_screen("charge", "--statement", "tests/fixtures/review51c/generic.csv"))
    out += flat(
        charge_screen("charge", "--statement", "tests/fixtures/review52c_statement/misc.csv")
    )
    assert "この明細には、返金より前の" in out
    assert "元になりうる" not in out
    assert "この明細には、この返金" not in out


def test_charge_help_says_its_cards_and_encodings_in_sentences() -> None:
    out = flat(screen("charge", "--help", lang="ja"))
    assert "三井住友カード（Vpass）の明細に対応しています。" in out
    assert "文字コードはUTF-8とShift_JISに対応しています。" in out
    assert "対応：" not in out
    assert "またはShift_JIS。" not in out
