"""Review 37a, round 42: check-message items 5, 7, 8, 6, 9, 16, 18 and S 1, 3, 9."""

from __future__ import annotations

import pytest

from tests.support.message_cli import message_flags as _flags
from tests.support.message_cli import message_json as _json
from tests.support.message_cli import message_screen as _screen


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://www.amazon.co.jp/gp/redirect.html?location=https%3A%2F%2Fevil.xyz", "evil.xyz"),
        (
            "https://www.amazon.co.jp/ap/signin?openid.return_to=https://evil.example.xyz/",
            "evil.example.xyz",
        ),
        ("https://www.amazon.co.jp/x?u=https%253A%252F%252Fa.evil.top%252Fx", "a.evil.top"),
        ("https://amazon.com/r#next=//evil.top/", "evil.top"),
    ],
)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_5_an_amazon_link_that_forwards_elsewhere_is_flagged_naming_the_site(
    url: str, site: str, lang: str
) -> None:
    flags = _flags(f"Amazonより。{url}", lang)
    forwards = [f for f in flags if f["kind"] == "foreign_link"]
    assert forwards, flags
    assert site in forwards[0]["reason"]
    assert forwards[0]["domain"] == site.split(".", site.count(".") - 1)[-1]


@pytest.mark.parametrize(
    "url",
    [
        "https://www.amazon.co.jp/ap/signin?openid.return_to=https%3A%2F%2Fwww.amazon.co.jp%2Fgp",
        "https://www.amazon.co.jp/dp/B0000?ref=abc&th=1",
        "https://www.amazon.co.jp/gp/css/order-history",
    ],
)
def test_5_an_amazon_link_back_to_amazon_raises_nothing(url: str) -> None:
    assert _flags(f"ご注文の商品を発送しました。{url}") == []


_AMAZON_REDEEM = "https://www.amazon.co.jp/gc/redeem"
_GIFT_MAILS = [
    "Amazonギフトカードが届きました。ギフトカード番号：ABCD-EFGHIJ-KLMN アカウントに登録するには"
    " {url} から番号を入力してください。",
    "Amazonギフトカードが届きました。ギフトカード番号 ABCD-EFGHIJ-KLMN を {url} で入力すると、"
    "アカウントにチャージされます。",
    "Your Amazon gift card has arrived. To add it to your account, enter the claim code"
    " ABCD-EFGHIJ-KLMN at {url}",
    "Your Amazon gift card has arrived. Enter the claim code at {url} to redeem it.",
]


@pytest.mark.parametrize("mail", _GIFT_MAILS)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_7_a_gift_card_registered_on_amazon_is_no_request_for_its_number(
    mail: str, lang: str
) -> None:
    data = _json(mail.format(url=_AMAZON_REDEEM), lang)
    assert data["verdict"] == "no_red_flags_found", data["red_flags"]


@pytest.mark.parametrize("mail", _GIFT_MAILS)
def test_7_the_same_on_another_site_is_still_a_request(mail: str) -> None:
    kinds = [f["kind"] for f in _flags(mail.format(url="https://gift-card-redeem.top/gc"))]
    assert "asks_for_details" in kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "アカウントに登録するため、ギフトカード番号を返信してください。",
        "アカウントに登録するため、ギフトカード番号を教えてください。",
        "チャージのため、ギフトカードの番号を撮影して送信してください。",
        "To redeem it, reply with the claim code.",
    ],
)
def test_7_handing_the_number_over_is_still_a_request_even_with_amazons_link(
    sentence: str,
) -> None:
    kinds = [f["kind"] for f in _flags(f"Amazonギフトカード {sentence} {_AMAZON_REDEEM}")]
    assert kinds == ["asks_for_details"]


_DECLINED = [
    "Amazon.co.jp：お客様のお支払い方法が承認されませんでした。ご注文を確定するには、"
    "アカウントサービスでお支払い方法を更新してください。",
    "ご注文のお支払いに失敗しました。",
    "Amazon.co.jp: your payment was declined for order 250-1234567-1234567.",
]


@pytest.mark.parametrize("text", _DECLINED)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_8_an_orders_declined_payment_is_no_prime_fee_scam(text: str, lang: str) -> None:
    flags = [f for f in _flags(text, lang) if f["kind"] == "payment_problem"]
    # a bare notice is no sign since review 62m, item 6: it is noted under 「読み取った内容」
    notes = [n["id"] for n in _json(text, lang)["could_not_know"]]
    assert flags or "message.limit.payment_notice" in notes
    for one in flags:
        said = f"{one['title']} {one['reason']}"
        assert not any(w in said for w in ("会費", "プライム", "Prime", "fee")), said


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_8_a_prime_fee_payment_failure_still_names_the_fee(lang: str) -> None:
    flags = _flags("Amazonプライム会費のお支払いに失敗しました。", lang)
    reason = next(f["reason"] for f in flags if f["kind"] == "payment_problem")
    assert ("プライム会費" if lang == "ja" else "Prime fee") in reason


@pytest.mark.parametrize(
    "text", [*_DECLINED, "Amazon.co.jp：プライム会費のお支払いに失敗しました。"]
)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_8_no_headline_keeps_the_member_from_amazons_own_address(text: str, lang: str) -> None:
    data = _json(text, lang)
    # an order's bare notice is no sign since review 62m, item 6; the Prime fee's is
    fee = "プライム会費" in text
    assert data["verdict"] == ("red_flags_found" if fee else "no_red_flags_found")
    assert all(d["is_amazon"] for d in data["domains"]), data["domains"]
    headline = data["verdict_text"]
    assert "アドレス" not in headline and "address" not in headline, headline


def test_8_a_look_alike_address_written_alone_is_still_named() -> None:
    headline = _json("アマゾン会費のお支払いに失敗しました。amazon-co-jp.top で更新してください。")
    assert "書かれているサイトを開いたり" in headline["verdict_text"]  # 「サイト」: review 52a, 33


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        (
            "会員情報をご確認ください https://www.amazon.co.jp.\naccount-verify.top/signin",
            "account-verify.top",
        ),
        ("ご確認ください https://www.amazon.co.jp.secure-\npay.info/login", "secure-pay.info"),
        ("プライム会員様\n更新はこちら\nhttps://amzn-prime.\ntop/a", "amzn-prime.top"),
    ],
)
def test_6_a_link_wrapped_over_two_lines_is_read_whole(text: str, domain: str) -> None:
    data = _json(text)
    assert [d["registrable_domain"] for d in data["domains"]] == [domain], data["domains"]
    assert "（改行で分かれていたリンクをつなげて読みました）" in _screen(text)


@pytest.mark.parametrize(
    "text",
    ["詳しくは https://www.amazon.co.jp.\nThanks", "https://www.amazon.co.jp.\nPlease check it."],
)
def test_6_a_sentence_on_the_next_line_is_not_joined(text: str) -> None:
    assert [d["registrable_domain"] for d in _json(text)["domains"]] == ["amazon.co.jp"]
