"""Fix round 47, check-message reading (review 41a, item 10): the same look-alike domain is one
sign whichever way it is written, its letter counted in the name the 「ドメイン：」 line shows."""

from __future__ import annotations

import pytest

from primehelp.content.message import load as load_content
from primehelp.message import MessageContent, check_message
from primehelp.message_check import FlagKind
from primehelp.output.flag_detail import detailed


@pytest.fixture(scope="module")
def content() -> MessageContent:
    return load_content()


FORMS = [
    "https://www.аmazon.co.jp/login",  # Cyrillic а, a subdomain
    "https://аmazon.co.jp/login",
    "https://xn--mazon-3ve.co.jp/login",  # the same name as punycode
    "https://www.xn--mazon-3ve.co.jp/login",
]


def _letters_sign(link: str, content: MessageContent, lang: str = "ja") -> tuple[str, str, str]:
    result = check_message(f"Amazonからのお知らせ：{link}", content)
    (one,) = [f for f in detailed(result).red_flags if f.domain == "аmazon.co.jp"]
    assert one.title is not None and one.detail is not None
    return one.title.ja if lang == "ja" else one.title.en, one.detail.ja, one.evidence


@pytest.mark.parametrize("link", FORMS)
def test_one_title_and_one_position_for_every_form(link: str, content: MessageContent) -> None:
    title, detail, _ = _letters_sign(link, content)
    assert title == "Amazonに似せたドメイン"  # one title for one-letter imitations: 62m, 14
    assert "1文字目の「а」" in detail


def test_the_english_title_is_one_too(content: MessageContent) -> None:
    assert {_letters_sign(link, content, "en")[0] for link in FORMS} == {"Look-alike domain"}


def test_the_link_is_quoted_whole(content: MessageContent) -> None:
    assert _letters_sign(FORMS[0], content)[2] == FORMS[0]


# Review 41a, S 15: a number given as a carrier's or a seller's is said to be of no known owner
# (primehelp cannot tell whose it is). Since review 42a, item 11 (round 50) it is no sign but a note
# under 「確認できなかったこと」 (tests/test_message_r50_text.py).
@pytest.mark.parametrize(
    "text",
    [
        "Amazonのご注文は発送されました。配送業者：ヤマト運輸 お問い合わせ伝票番号 4567-8901-2345 "
        "配送業者の連絡先：0120-01-9625",
        "ご注文の商品について、出品者の連絡先：03-1234-5678",
        "Your Amazon order has shipped. Carrier phone: 0120-01-9625",
    ],
)
def test_a_carriers_number_is_said_to_be_of_no_known_owner(
    text: str, content: MessageContent
) -> None:
    result = check_message(text, content)
    assert not [f for f in result.red_flags if f.kind is FlagKind.PHONE_NUMBER]
    (one,) = [n for n in result.could_not_know if n.id == "message.limit.number_labelled"]
    assert "配送業者や出品者" in one.text.ja and "分かりません" in one.text.ja
    assert "carrier" in one.text.en and "cannot tell" in one.text.en


def test_an_unlabelled_number_keeps_its_reason(content: MessageContent) -> None:
    result = check_message("Amazonプライムの件で 0120-899-543 までお電話ください。", content)
    (one,) = [f for f in result.red_flags if f.kind is FlagKind.PHONE_NUMBER]
    assert "配送業者" not in one.reason.ja


# Review 40a, R-minor 5: a javascript:/data: link is a sign of its own name and is listed under
# 「読み取った内容」 (never 「リンク…はありませんでした」); an sms: link's number is a phone number.
def _html(body: str) -> str:
    return (
        "From: Amazon <no-reply@amazon.co.jp>\nSubject: Amazon\nMIME-Version: 1.0\n"
        f"Content-Type: text/html; charset=utf-8\n\n<p>{body}</p>"
    )


@pytest.mark.parametrize(
    "target", ["javascript:location='https://evil.top'", "data:text/html;base64,PGgxPg=="]
)
def test_a_link_to_no_web_page_is_named_and_read(target: str, content: MessageContent) -> None:
    from primehelp.output.check_message import _what_was_read

    result = detailed(check_message(_html(f'ご確認は<a href="{target}">こちら</a>'), content))
    (one,) = [f for f in result.red_flags if f.kind is FlagKind.NON_WEB_LINK]
    assert one.title is not None and one.title.ja == "ウェブページではないリンク"
    read = repr(list(_what_was_read(result, "ja")))
    assert "ありませんでした" not in read and target.split(":")[0] + ":" in read


def test_an_sms_link_is_a_phone_number(content: MessageContent) -> None:
    result = check_message(
        _html('お問い合わせは<a href="sms:+818012345678">こちら</a>まで'), content
    )
    assert [f.kind for f in result.red_flags] == [FlagKind.PHONE_NUMBER]
    assert len(result.phone_numbers) == 1
