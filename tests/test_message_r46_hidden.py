"""Fix round 46, check-message (review 40a, item 3): text an HTML mail hides inside a word
(display:none, font-size:0, a <style> class…) is not read; the text the member sees is, and
「確認できなかったこと」 says the mail holds hidden text."""

from __future__ import annotations

import itertools

import pytest

from primehelp.content.message import load as load_content
from primehelp.message import MessageContent, check_message
from primehelp.message_check import FlagKind
from primehelp.message_html import reduce_html_seen

HIDING = [
    '<span style="display:none">{x}</span>',
    '<span style="display: none !important">{x}</span>',
    '<span style="visibility:hidden">{x}</span>',
    '<span style="font-size:0px">{x}</span>',
    '<span style="font-size:0">{x}</span>',
    '<span style="color:red;font-size:0;">{x}</span>',
    '<span style="opacity:0">{x}</span>',
    '<span style="max-height:0;overflow:hidden">{x}</span>',
    "<span hidden>{x}</span>",
    '<span class="z">{x}</span>',
    '<font class="a z">{x}</font>',
    '<span id="q">{x}</span>',
    '<b style="display:none"><i>{x}</i>y</b>',
    '<div style="display:none">{x}</div>',
]
STYLE = "<style>.z{display:none} #q { font-size: 0px; }</style>"
# A keyword cut in two → the kind of request it makes.
CUT = {
    ("カード", "番号をこのメールに返信してください"): "card",
    ("パス", "ワードをこのメールに返信してください"): "password",
    ("ギフト", "カードの番号をこのメールに返信してください"): "gift_card",
    ("暗証", "番号を入力してください"): "pin",
}


def _mail(html: str) -> str:
    return (
        "From: Amazon <no-reply@amazon.co.jp>\nSubject: Amazon\nMIME-Version: 1.0\n"
        f"Content-Type: text/html; charset=utf-8\n\n{STYLE}<p>{html}</p>"
    )


@pytest.fixture(scope="module")
def content() -> MessageContent:
    return load_content()


@pytest.mark.parametrize(("hide", "cut"), list(itertools.product(HIDING, CUT)))
def test_hidden_text_inside_a_word_is_not_read(
    hide: str, cut: tuple[str, str], content: MessageContent
) -> None:
    before, after = cut
    html = "ご本人確認のため、" + before + hide.format(x="ー案内xyzー") + after
    text, _, inside = reduce_html_seen(STYLE + html)
    assert "案内" not in text and before + after in text and inside
    result = check_message(_mail(html), content)
    asks = [f for f in result.red_flags if f.kind is FlagKind.ASKS_FOR_DETAILS]
    assert [f.asked for f in asks] == [(CUT[cut],)]
    assert "案内" not in asks[0].evidence
    ids = [n.id for n in result.could_not_know]
    assert "message.limit.hidden_text" in ids


@pytest.mark.parametrize("hide", HIDING)
def test_a_number_with_hidden_text_inside_is_read(hide: str, content: MessageContent) -> None:
    html = "Amazonプライムの件で 0120" + hide.format(x="x") + "-899-543 までお電話ください。"
    result = check_message(_mail(html), content)
    assert [n.input for n in result.phone_numbers] == ["0120-899-543"]


@pytest.mark.parametrize(
    "html",
    [
        '<div style="display:none">プレヘッダー</div><p>ご注文ありがとうございます。</p>',
        "<p>カード<!-- x -->番号</p>",
        '<p>カード<span style="color:red">番号</span></p>',
        '<p style="display:none">隠れた段落<p>見える段落</p>',
    ],
)
def test_no_hidden_text_inside_a_line(html: str) -> None:
    text, _, inside = reduce_html_seen(html)
    assert not inside
    assert "見える段落" in text or "番号" in text or "ご注文" in text
