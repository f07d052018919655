"""Fix round 50, check-message on HTML mail and links (review 42a, items 4, 5, 9, 16 and 23)."""

from __future__ import annotations

import itertools

import pytest

from primehelp.content.message import load as load_content
from primehelp.message import MessageContent, check_message
from primehelp.message_check import FlagKind
from tests.support.message_asks import asks as _asks


@pytest.fixture(scope="module")
def content() -> MessageContent:
    return load_content()


def _page(body: str) -> str:
    return f"<html><body>{body}</body></html>"


# Review 42a, item 4: card items in blocks of their own *above* 「上記をご返信ください」, in any
# of the blocks an HTML mail lays a form out with, and as plain text with blank lines.
ITEMS = ("カード番号", "有効期限", "セキュリティコード")
LAYOUTS = {
    "li": lambda items, ask: f"<ul>{''.join(f'<li>{i}</li>' for i in items)}</ul><p>{ask}</p>",
    "td": lambda items, ask: (
        f"<table><tr>{''.join(f'<td>{i}</td>' for i in items)}</tr></table><p>{ask}</p>"
    ),
    "div": lambda items, ask: f"{''.join(f'<div>{i}</div>' for i in items)}<div>{ask}</div>",
    "p": lambda items, ask: f"{''.join(f'<p>■{i}</p>' for i in items)}<p>{ask}</p>",
    "text": lambda items, ask: "\n\n".join((*(f"・{i}" for i in items), ask)),
}
ABOVE = (
    "上記の項目をご返信ください。",
    "上記をこのメールにご返信ください。",
    "上記の内容をご入力ください。",
    "上記の情報を送信してください。",
)


@pytest.mark.parametrize(("layout", "ask"), list(itertools.product(LAYOUTS, ABOVE)))
def test_items_above_a_request_for_them_are_asked_for(
    layout: str, ask: str, content: MessageContent
) -> None:
    body = LAYOUTS[layout](ITEMS, ask)
    text = body if layout == "text" else _page(body)
    assert _asks(text, content) == [("card",)]


def test_the_items_above_are_quoted_with_their_request(content: MessageContent) -> None:
    text = _page(LAYOUTS["li"](ITEMS, "上記の項目をご返信ください。"))
    (one,) = [
        f for f in check_message(text, content).red_flags if f.kind is FlagKind.ASKS_FOR_DETAILS
    ]
    assert "上記の項目をご返信ください" in one.evidence and "有効期限" in one.evidence


@pytest.mark.parametrize(
    "text",
    [
        "ご注文内容\n\nカード番号：****1234\n\n有効期限：12/28\n\n上記の内容をご確認ください。",
        "・商品：充電ケーブル\n\n・お支払い方法：クレジットカード\n\n上記のご注文を発送しました。",
        "カード番号の下4桁：1234\n\n上記はご登録のカードです。ご返信は不要です。",
    ],
)
def test_a_list_above_that_asks_for_nothing_stays_no_request(
    text: str, content: MessageContent
) -> None:
    assert _asks(text, content) == []


# Review 42a, item 9: every link's domain is checked, however many links come before it; only
# what is printed is capped, and a cap on what is checked never gives the "nothing found" verdict.
GENUINE_ROWS = 250


def _newsletter(last: str) -> str:
    rows = "".join(
        f'<p><a href="https://www.amazon.co.jp/dp/B0000{n:05d}">おすすめ商品</a> 600 特価 1,980円</p>'
        for n in range(GENUINE_ROWS)
    )
    return _page(f"{rows}{last}")


@pytest.mark.parametrize(
    "text",
    [
        _newsletter(
            '<p><a href="https://amazon-co-jp.verify-member.top/login">確認はこちら</a></p>'
        ),
        "".join(f"https://www.amazon.co.jp/dp/B{n:09d}\n" for n in range(210))
        + "https://amaz0n-login.top/verify\n",
        "".join(f"amazon.co.jp/dp/B{n:09d}\n" for n in range(210)) + "amaz0n-login.top/verify\n",
    ],
)
def test_a_fake_link_after_many_genuine_ones_is_found(text: str, content: MessageContent) -> None:
    result = check_message(text, content)
    assert result.verdict.value == "red_flags_found"
    assert any(
        "verify-member.top" in f.evidence or "amaz0n-login.top" in f.evidence
        for f in result.red_flags
    ), [(f.kind, f.evidence) for f in result.red_flags]
    assert result.exit_code == 1


def test_many_genuine_links_are_all_checked_and_only_the_list_is_capped(
    content: MessageContent,
) -> None:
    result = check_message(_newsletter(""), content)
    assert not result.red_flags
    assert len(result.links) <= 200
    notes = {note.id: note.text for note in result.could_not_know}
    more = notes["message.limit.more_links"]
    assert f"{GENUINE_ROWS - len(result.links)}" in more("ja") + more("en")
    assert "message.limit.too_many_items" not in notes


def test_a_flagged_link_is_printed_before_a_cap_on_the_list(content: MessageContent) -> None:
    result = check_message(
        _newsletter('<p><a href="https://amazon-co-jp.verify-member.top/login">確認</a></p>'),
        content,
    )
    assert any("verify-member.top" in link.target for link in result.links)


def test_a_cap_on_what_is_checked_never_says_nothing_was_found(content: MessageContent) -> None:
    # digit runs that may be phone numbers (none of them one): only the first 200 are examined
    numbers = " ".join(f"9{n:08d}" for n in range(250))
    result = check_message(f"商品コード一覧 {numbers}", content)
    assert not result.red_flags
    assert result.verdict.value != "no_red_flags_found"
    assert result.exit_code == 1
    text = result.verdict_text("ja")
    assert "見つかりませんでした" not in text and "すべては確認できませんでした" in text
    assert "could not all be checked" in result.verdict_text("en")


@pytest.mark.parametrize(
    ("text", "noted"),
    [
        ("おすすめ商品 600 特価 1,980円", False),
        ("商品番号 6001 を発送しました。", False),
        ("プライム会費 月額600円のお支払いに問題があります。", True),
        ("プライム会費（¥600）のお支払いに問題があります。", True),
        ("プライム会費 600 円のお支払いに問題があります。", True),
    ],
)
def test_only_an_amount_of_600_yen_is_the_fee(
    text: str, noted: bool, content: MessageContent
) -> None:
    ids = [note.id for note in check_message(text, content).could_not_know]
    assert ("message.limit.fee_proves_nothing" in ids) is noted


@pytest.mark.parametrize("html", [False, True])
def test_past_the_cap_on_links_checked_it_never_says_nothing_was_found(
    html: bool, content: MessageContent, monkeypatch: pytest.MonkeyPatch
) -> None:
    from primehelp import message, message_links, message_targets

    for module in (message, message_links, message_targets):
        monkeypatch.setattr(module, "MAX_LINKS", 3)
    urls = [f"https://www.amazon.co.jp/dp/B{n:09d}" for n in range(5)]
    text = (
        _page("".join(f'<p><a href="{u}">商品</a></p>' for u in urls)) if html else " ".join(urls)
    )
    result = check_message(text, content)
    assert result.verdict.value == "not_all_checked" and result.exit_code == 1
    assert "message.limit.too_many_items" in [note.id for note in result.could_not_know]


# Review 42a, item 5: more ways of hiding letters inside a word — a colour close to the page's,
# clipped or scaled to nothing, a <style> rule after the element it hides.
MORE_HIDING = [
    '<span style="color:#fefefe">{x}</span>',
    '<span style="color:#fdfdfd">{x}</span>',
    '<span style="color:#F0F0F0">{x}</span>',
    '<span style="color:#fff8f5">{x}</span>',
    '<span style="color:hsl(0,0%,100%)">{x}</span>',
    '<span style="color: hsl(120, 50%, 99%)">{x}</span>',
    '<span style="color:rgb(250,250,250)">{x}</span>',
    '<font color="#fefefe">{x}</font>',
    '<span style="clip-path:inset(100%);position:absolute">{x}</span>',
    '<span style="clip-path: inset(50% 50% 50% 50%)">{x}</span>',
    '<span style="transform:scale(0)">{x}</span>',
    '<span style="transform: scale(0, 0)">{x}</span>',
    '<span style="transform:scaleX(0)">{x}</span>',
    '<span class="h">{x}</span>',
    '<span class="v">{x}</span>',
    '<span class="f">{x}</span>',
]
LATE_STYLE = "<style>.h{display:none} .v{visibility:hidden} .f{font-size:0}</style>"
WORDS = {
    ("カード番", "号を入力してください"): "card",
    ("パス", "ワードを返信してください"): "password",
}


@pytest.mark.parametrize(("hide", "cut"), list(itertools.product(MORE_HIDING, WORDS)))
def test_letters_hidden_in_more_ways_are_not_read(
    hide: str, cut: tuple[str, str], content: MessageContent
) -> None:
    from primehelp.message_html import reduce_html_seen

    before, after = cut
    html = f"<p>{before}{hide.format(x='x')}{after}</p>{LATE_STYLE}"
    text, _, inside = reduce_html_seen(html)
    assert before + after in text and inside
    assert _asks(_page(html), content) == [(WORDS[cut],)]


@pytest.mark.parametrize("colour", ["#fefefe", "#fdfdfd", "hsl(0,0%,100%)", "#f5f5f5"])
def test_a_negation_hidden_by_a_near_white_colour_is_not_read(
    colour: str, content: MessageContent
) -> None:
    html = f'<p>カード番号を入力<span style="color:{colour}">しないで</span>ください</p>'
    assert _asks(_page(html), content) == [("card",)]


@pytest.mark.parametrize(
    "html",
    [
        '<td style="background:#232f3e;color:#ffffff">カード番号を入力してください</td>',
        '<div style="background:#232f3e"><span style="color:#fefefe">見える文字</span></div>',
        '<span style="color:#eeeeee">見える文字</span>',
        '<span style="color:hsl(0,0%,40%)">見える文字</span>',
        '<span style="transform:scale(1.2)">見える文字</span>',
        '<span style="clip-path:inset(10%)">見える文字</span>',
        '<span class="shown">見える文字</span><style>.hidden{display:none}</style>',
    ],
)
def test_white_on_dark_and_other_shown_text_stays_read(html: str) -> None:
    from primehelp.message_html import reduce_html_seen

    text, _, _ = reduce_html_seen(f"<table><tr>{html}</tr></table>")
    assert "見える文字" in text or "カード番号を入力してください" in text


# Review 42a, item 23 (S): a PDF, a picture or an Office/zip file is named by its first bytes and
# refused with what to give instead, never read as text (a small PDF was read as EUC-JP).
DOCUMENTS = {
    b"%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\nBT (Enter card number) Tj ET\n%%EOF\n": "PDF",
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR": "画像",
    b"\xff\xd8\xff\xe0\x00\x10JFIF\x00": "画像",
    b"GIF89a\x01\x00\x01\x00": "画像",
    b"RIFF\x24\x00\x00\x00WEBPVP8 ": "画像",
    b"\x00\x00\x00\x18ftypheic\x00\x00": "画像",
    b"PK\x03\x04\x14\x00\x06\x00[Content_Types].xml word/document.xml": "Word",
    b"PK\x03\x04\x14\x00\x00\x00invoice.txt": "ZIP",
}


@pytest.mark.parametrize(("data", "named"), list(DOCUMENTS.items()))
def test_a_document_or_picture_is_refused_by_its_first_bytes(
    data: bytes, named: str, content: MessageContent
) -> None:
    from primehelp.errors import BadInput

    with pytest.raises(BadInput) as refused:
        check_message(data, content)
    ja, en = refused.value.message("ja"), refused.value.message("en")
    assert named in ja and "確認できません" in ja and ".eml" in ja
    assert "cannot be checked" in en and ".eml" in en
    assert "文字コード" not in ja and "\n" not in ja + en


def test_a_text_that_mentions_a_pdf_is_still_read(content: MessageContent) -> None:
    result = check_message("請求書（%PDF-1.4）を添付しました。", content)
    assert result.verdict.value == "no_red_flags_found"


# Review 42a, item 16: the advice with a request follows the channel it asks for: a reply is
# answered with advice about replies, not about links (the mail may have none).
def _reason(text: str, content: MessageContent) -> str:
    (one,) = [
        f for f in check_message(text, content).red_flags if f.kind is FlagKind.ASKS_FOR_DETAILS
    ]
    return one.reason("ja")


@pytest.mark.parametrize(
    "body",
    [
        "お客様<br>お支払い方法に問題があります。<br>カード番号を<br>ご返信ください。",
        "<p>カード番号と有効期限をこのメールに返信してください。</p>",
        "<p>上記の項目をご返信ください。</p>",
    ],
)
def test_a_request_by_reply_gets_the_advice_about_replies(
    body: str, content: MessageContent
) -> None:
    body = body if "上記" not in body else "<ul><li>カード番号</li><li>有効期限</li></ul>" + body
    reason = _reason(_page(body), content)
    assert "返信" in reason and "リンク" not in reason


def test_a_request_through_a_link_keeps_the_advice_about_links(content: MessageContent) -> None:
    body = '<p>こちらからカード番号を入力してください。</p><a href="https://amaz0n.top/">更新</a>'
    assert "リンクからは" in _reason(_page(body), content)


# Review 42a, item 16 (40a, S 17): a mail part with no charset is read by its HTML meta tag or
# by guessing, and the format line says which, not only 「文字コードの指定なし」.
def _sjis_mail(html: bool) -> bytes:
    import quopri

    body = (
        "お客様<br>お支払い方法に問題があります。"
        if html
        else "お客様\nお支払い方法に問題があります。"
    )
    if html:
        body = f'<html><head><meta charset="shift_jis"></head><body>{body}</body></html>'
    kind = "html" if html else "plain"
    return (
        f"From: a@example.com\nSubject: test\nMIME-Version: 1.0\nContent-Type: text/{kind}\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
    ).encode() + quopri.encodestring(body.encode("cp932"))


@pytest.mark.parametrize(
    ("html", "ja", "en"),
    [
        (
            True,
            "文字コード：Shift_JIS、HTMLのmetaタグの指定による",
            "as the HTML meta tag declares",
        ),
        (False, "文字コードの指定がないため、Shift_JISとして読みました", "read as Shift_JIS"),
    ],
)
def test_a_part_without_a_charset_says_how_it_was_read(
    html: bool, ja: str, en: str, content: MessageContent
) -> None:
    from primehelp.output.message_lines import read_as

    result = check_message(_sjis_mail(html), content)
    assert "お支払い方法に問題があります" in result.red_flags[0].evidence
    assert ja in read_as(result, "ja") and en in read_as(result, "en")
