"""Review 19a (charge, charge --statement): a Prime text of another amount, rows hidden or
counted apart, a service named in the text, refund routes and the wording of errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.clihelp import json_data, run, screen

COLUMNS = "date,description,amount"

# The reviewer's own CSV (review 19a, Coverage): a header row, then ten data lines.
MINE = """利用日,利用店名,金額
2026/11/01,AMAZON DIGITAL DWNLD,390
2026/11/02,PRIME VIDEO,990
2026/11/03,AMAZON KIDS+,480
2026/11/04,AMZ*PRIME JP,600
2026/11/06,AMAZON PRIME,"4,900"
2026/11/07,AMAZON PRIME,"-5,900"
2026/11/08,ｱﾏｿﾞﾝ,"¥5,900"
2026/11/09,AMAZON.COM*AB12,14.99
2026/11/10,セブンイレブン,300
2026/11/11,KINDLE UNLIMITED,980
"""


@pytest.fixture
def mine(tmp_path: Path) -> str:
    path = tmp_path / "mine.csv"
    path.write_text(MINE, encoding="utf-8")
    return str(path)


def _data(*args: str) -> Any:
    return json_data("charge", *args)


def _line(data: Any, description: str, amount: int) -> Any:
    return next(
        x for x in data["lines"] if x["description"] == description and x["amount_yen"] == amount
    )


def test_a_prime_text_of_another_amount_stays_under_prime(mine: str) -> None:
    """Item 1 (R-major): 「AMAZON PRIME」 4,900 was 「Amazon.co.jpでの注文」, totalled as an order."""
    data = _data("--statement", mine, "--columns", COLUMNS)
    line = _line(data, "AMAZON PRIME", 4900)
    assert line["service"] == "prime_text"
    assert line["service"] != "shop_order"
    month = data["months"][0]["services"]
    assert "shop_order" not in [s["service"] for s in month]
    prime = next(s for s in month if s["service"] == "prime_text")
    assert prime["charged_yen"] == 4900
    # the charge screen's own sentence about the amount (one code path): the former fee
    ja = screen("charge", "4900", "AMAZON PRIME", "--date", "2026-11-06", lang="ja")
    said = "4,900円は、2026年11月6日時点のAmazonプライムの会費ではありません"
    then = "（その日の年間プランの会費は5,900円です）。以前の年間プランの会費です"  # 51c, 26
    assert said + then in ja.replace("\n", "")
    assert said + "。以前の年間プランの会費です" in line["detail"]
    out = screen("charge", "--statement", mine, "--columns", COLUMNS, lang="ja")
    # the problem under 注意 (review 25a, S 12); the plan the text names (review 28c, item 6)
    assert "Amazonプライム（以前の年間プランの会費と同額）" in out
    # review 36c, item 8: what the text is used for, never 「…会費と考えられます」 before 「…ではありません」
    assert "表記はプライムの会費によく使われるものですが、" + said in out
    assert "Amazon.co.jpでの注文" not in out
    en = screen("charge", "--statement", mine, "--columns", COLUMNS, lang="en")
    assert "Amazon Prime (the same amount as an earlier Annual plan fee)" in en
    assert "This text is often used for the Prime fee. 4,900 yen is not the Amazon Prime fee" in en


def test_a_prime_video_option_text_is_no_prime_fee_text(mine: str) -> None:
    """Item 1: AMAZON DIGITAL DWNLD stands for prime_video_ad_free, no Prime plan's fee."""
    data = _data("--statement", mine, "--columns", COLUMNS)
    assert _line(data, "AMAZON DIGITAL DWNLD", 390)["service"] == "prime_video_ad_free"


def test_an_amazon_row_with_an_unreadable_amount_counts_as_an_amazon_row(mine: str) -> None:
    """Item 2 (19a-5): line 9 (AMAZON.COM*AB12 14.99) was counted as 「日付と金額のない行」."""
    out = screen("charge", "--statement", mine, "--columns", COLUMNS, lang="ja")
    assert "・Amazonの行：9件（うち金額を読み取れない行1件）" in out
    assert "・日付か金額のない行：1件（見出しや合計の行など）" in out  # the header row only
    assert "（ファイルの9行目）" in out
    en = screen("charge", "--statement", mine, "--columns", COLUMNS, lang="en")
    assert "Amazon lines: 9 (1 with an amount primehelp cannot read)" in en
    assert "Lines without a date or an amount: 1 (headings, totals and such)" in en  # 45c S 24


def test_amz_with_prime_is_possibly_amazon_never_hidden(mine: str) -> None:
    """Item 2 (19a-5): 「AMZ*PRIME JP」 600 was among 「そのほかの行（表示しません）」."""
    data = _data("--statement", mine, "--columns", COLUMNS)
    line = _line(data, "AMZ*PRIME JP", 600)
    assert line["text_known"] is False  # no known text: read by the amount, and said so
    assert "primehelpの情報源にない表記" in line["label"]
    assert data["other_lines"] == 1  # セブンイレブン only
    # charge reads the same words: never 「Amazon以外の会社からの請求の可能性」
    out = screen("charge", "600", "AMZ PRIME", lang="ja")
    assert "この表記は、primehelpの情報源にありません。" in out and "Amazon以外の会社" not in out


@pytest.mark.parametrize(
    ("text", "amount", "kind", "name"),
    [
        ("KINDLE UNLIMITED", 980, "kindle_unlimited", "Kindle Unlimited"),
        ("AMAZON KIDS+", 480, "kids_plus", "Amazon Kids+"),
    ],
)
def test_the_statement_uses_the_service_named_in_the_text_as_charge_does(
    mine: str, text: str, amount: int, kind: str, name: str
) -> None:
    """Item 3 (19a-4): 「KINDLE UNLIMITED」 980 was 「Kindle UnlimitedまたはAmazon Kids+の可能性」."""
    single = _data(str(amount), text, "--date", "2026-11-11")
    assert single["candidates"][0]["kind"] == kind
    line = _line(_data("--statement", mine, "--columns", COLUMNS), text, amount)
    assert line["service"] == kind
    assert line["label"] == f"{name}の可能性（表記にあるサービス名と金額から推定）"
    assert "または" not in line["label"]
    en = screen("charge", "--statement", mine, "--columns", COLUMNS, lang="en")
    said = f"Perhaps {name} (estimated from the service named in the text and the amount)"
    assert said in " ".join(en.split())


@pytest.mark.parametrize(("amount", "text"), [("480", "AMAZON KIDS"), ("980", "KINDLE UNLIMITED")])
def test_the_lead_says_the_candidates_come_from_the_name_and_the_amount(
    amount: str, text: str
) -> None:
    """Item 4 (19a-3): 「下の候補は金額から比べたものです」, then a rank by the name in the text."""
    ja = " ".join(screen("charge", amount, text, lang="ja").split())
    assert "書かれているサービス名と金額から、可能性の高い順に並べています。" in ja.replace(" ", "")
    assert "金額から比べたもの" not in ja.replace(" ", "")
    en = " ".join(screen("charge", amount, text, lang="en").split())
    assert "ranked by the service the text names and by the amount" in en
    # a text naming no Amazon service keeps its warning (another company)
    other = screen("charge", "980", "NETFLIX MUSIC", lang="ja").replace("\n", "")
    assert "Amazon以外の会社からの請求の可能性" in other


UNLISTED = Path(__file__).parents[1] / "fixtures" / "statement_texts" / "generic-unlisted-texts.csv"


def test_the_month_table_names_unknown_rows_as_the_rows_do() -> None:
    """Item 5 (19a-2): the table lumped four rows as 「primehelpの情報源にない表記」 while each row
    named a guessed service."""
    data = _data("--statement", str(UNLISTED), "--columns", COLUMNS)
    november = data["months"][0]["services"]
    labels = [s["label"] for s in november]
    assert "primehelpの情報源にない表記" not in labels
    assert "Amazonプライム（年間プラン・推定）" in labels
    # review 20a, item 2: 「AMAZON MKTPL*AB12CD」 2,480 (a range alone) is 「不明」, not a channel
    assert "Prime Videoチャンネル（推定）" not in labels
    assert "不明（primehelpの情報源にない表記）" in labels
    annual = next(s for s in november if s["label"] == "Amazonプライム（年間プラン・推定）")
    assert (annual["service"], annual["estimated"]) == ("unknown_text", "prime_annual")
    # each row names the same service as its total
    for line in data["lines"]:
        if not line["text_known"] and line["service"] != "unknown":
            total = next(s for s in november if s["estimated"] == line["service"])
            assert total["label"].split("（")[0] in line["label"]
    en = screen("charge", "--statement", str(UNLISTED), "--columns", COLUMNS, lang="en")
    assert "Amazon Prime (Annual plan, estimated)" in en


def test_an_annual_fee_guessed_beside_a_monthly_one_is_a_possibility() -> None:
    """Item 5 (19a-2): 「AMZ*PRIME JP」 5,900 in a month with a monthly fee got no ※; it is a
    possibility, never the both-plans fact (round 18)."""
    data = _data("--statement", str(UNLISTED), "--columns", COLUMNS)
    line = _line(data, "AMZ*PRIME JP", 5900)  # review 36c, item 9: Mktp is no fee
    assert "annual_guess_with_monthly" in line["flags"]
    assert "both_prime_plans" not in line["flags"]
    out = screen("charge", "--statement", str(UNLISTED), "--columns", COLUMNS, lang="ja")
    assert "※年会費だとすると、月会費と期間が重なっています" in out  # review 22a, item 5
    assert "注文などの可能性もあります" in out.replace("\n", "")
    en = screen("charge", "--statement", str(UNLISTED), "--columns", COLUMNS, lang="en")
    assert "! If this is an annual fee, its period overlaps a monthly fee's" in en


GIFT_CARD = {
    "ja": "会費の一部をAmazonギフトカードで支払った場合は、クレジットカードなどで支払った分が先に返金され、残りはギフトカード残高に戻ります。",
    "en": "If part of the fee was paid with an Amazon gift card, the part paid by card is "
    "refunded first and the rest goes back to the gift-card balance.",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    "args",
    [
        ("charge", "-600", "AMAZON PRIME"),
        ("charge", "△4900", "AMAZON PRIME"),  # a Prime text with no Prime candidate
        ("complain", "refund", "--no-benefits-used"),
    ],
)
def test_a_full_refund_route_says_the_gift_card_part(lang: str, args: tuple[str, ...]) -> None:
    """Item 6 (19a-6): 「支払いに使った方法に戻されます」 without the gift-card case (FACTS §5)."""
    out = " ".join(screen(*args, lang=lang).split())
    assert GIFT_CARD[lang] in (out.replace(" ", "") if lang == "ja" else out)


def test_the_gift_card_part_with_a_partial_refund_too() -> None:
    """Item 6; review 62a, S 3: FACTS §5 does not limit the gift-card part to a full refund, so
    benefits used (a partial refund Amazon computes) keeps it too."""
    out = screen("complain", "refund", "--benefits-used", lang="ja").replace("\n", "")
    assert "ギフトカード残高" in out
    shop = screen("charge", "-3000", "AMAZON.CO.JP", lang="ja").replace("\n", "")
    assert "ギフトカード残高" not in shop  # no Prime fee, no Prime text: no route said


@pytest.mark.parametrize("word", ["abc", "US$"])
def test_a_lone_word_is_an_unreadable_amount_not_a_missing_one(word: str) -> None:
    """Item 7 (19a-7): 「charge abc」 said 「金額（AMOUNT）がありません」."""
    for lang, unreadable, forms, hint in (
        (
            "ja",
            f"「{word}」は金額として読み取れません。",
            "使える形式：",
            "明細の表記を指定する場合は、`primehelp charge 600 AMAZON PRIME` のように、その前に金額を書いてください。",
        ),
        (
            "en",
            f"'{word}' is not an amount primehelp can read",
            "accepted forms:",
            "for a statement text, give the amount first (e.g. `primehelp charge 600 AMAZON PRIME`)",
        ),
    ):
        done = run("charge", word, "--lang", lang)
        assert done.exit_code == 2
        assert len(done.stderr.strip().splitlines()) == 1
        assert unreadable in done.stderr and forms in done.stderr and hint in done.stderr
        assert "AMOUNT" not in done.stderr


def test_a_text_without_its_amount_still_asks_for_the_amount() -> None:
    """Item 7: only when words that look like a statement text follow is the amount missing."""
    done = run("charge", "AMAZON", "PRIME", "--lang", "ja")
    assert done.exit_code == 2 and "金額は最初に指定してください" in done.stderr
    long = run("charge", "a" * 30, "--lang", "ja")  # too long for the hint: the forms alone
    assert long.exit_code == 2 and "使える形式" in long.stderr
    assert "金額を先に" not in long.stderr


def test_one_wording_each_for_the_amount_only_and_a_purchase() -> None:
    """S 9: 「金額から比べたもの」 beside 「金額だけで比べたもの」; 「お買い物」 beside 「買い物」."""
    listed = screen("charge", "600", "ｱﾏｿﾞﾝﾌﾟﾗｲﾑ", lang="ja").replace("\n", "")  # 62c, 2
    assert "下の候補は金額だけで比べたものです。" in listed
    other = screen("charge", "600", "NETFLIX.COM", lang="ja").replace("\n", "")
    assert "金額だけで比べたものです。" in other
    purchase = screen("charge", "1394", "AMZN DIGITAL", lang="ja").replace("\n", "")
    assert "決まった料金のない買い物です" in purchase and "お買い物" not in purchase
    en = " ".join(screen("charge", "600", "ｱﾏｿﾞﾝﾌﾟﾗｲﾑ", lang="en").split())
    assert "The candidates below are compared by the amount only." in en


def test_audible_says_the_store_sentence_once_under_how_to_stop() -> None:
    """S 10: the App Store / Google Play sentence was under 確認する場所 and 止め方."""
    for lang, store in (("ja", "App StoreやGoogle Play"), ("en", "App Store or Google Play")):
        out = screen("charge", "1500", "AUDIBLE", lang=lang)
        assert out.count(store) == 1
        stop = {"ja": "止め方：", "en": "How to stop"}[lang]
        assert out.index(stop) < out.index(store)


def test_a_dollar_price_with_a_date_says_it_is_today_s() -> None:
    """S 11: `charge US$14.99 --date 2020-01-01` ignored the date in silence."""
    ja = screen("charge", "US$14.99", "--date", "2020-01-01", lang="ja")
    assert "現在の料金です。2020年1月1日時点の料金は確認できていません。" in ja
    en = screen("charge", "US$14.99", "--date", "2020-01-01", lang="en")
    assert "This is the price now; the price on 2020-01-01 is not confirmed." in en
    assert "現在の料金です" not in screen("charge", "US$14.99", lang="ja")


# Review 37c, S 13: the wording 「primehelpが知らない表記」 pinned above is 「primehelpの情報源にない表記」 now.
