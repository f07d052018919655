"""Fix round 47, check-message (review 41a, item 2): text an HTML mail hides by its colour (the
background's, or transparent), by a tiny size or by putting it off the screen is not read, as
display:none already was (round 46); white text on a coloured background is shown text."""

from __future__ import annotations

import itertools

import pytest

from primehelp.content.message import load as load_content
from primehelp.message import MessageContent, check_message
from primehelp.message_check import FlagKind
from primehelp.message_html import reduce_html_seen

HIDING = [
    '<span style="color:#ffffff">{x}</span>',
    '<span style="color:#FFF">{x}</span>',
    '<span style="color: white">{x}</span>',
    '<span style="color:rgb(255, 255, 255)">{x}</span>',
    '<font color="white">{x}</font>',
    '<font color="#ffffff">{x}</font>',
    '<span style="color:transparent">{x}</span>',
    '<span style="color:rgba(0,0,0,0)">{x}</span>',
    '<span style="color:#00000000">{x}</span>',
    '<span style="font-size:1px">{x}</span>',
    '<span style="font-size:0.1px">{x}</span>',
    '<span style="font-size: 2px;">{x}</span>',
    '<span style="font-size:1pt">{x}</span>',
    '<span style="font-size:0.1em">{x}</span>',
    '<span style="position:absolute;left:-9999px">{x}</span>',
    '<span style="position:fixed; top:-5000px">{x}</span>',
    '<span style="text-indent:-9999px;overflow:hidden;display:inline-block;width:0">{x}</span>',
    '<span style="width:1px;height:1px;overflow:hidden;position:absolute">{x}</span>',
    '<span style="clip:rect(0,0,0,0);position:absolute">{x}</span>',
    '<span class="w">{x}</span>',
    '<span class="t">{x}</span>',
]
STYLE = "<style>.w{font-size:1px} .t { color: transparent; }</style>"
CUT = {
    ("カード", "番号をこのメールに返信してください"): "card",
    ("パス", "ワードを返信してください"): "password",
    ("暗証", "番号を入力してください"): "pin",
}


def _mail(html: str) -> str:
    return (
        "From: カスタマーセンター <support@mail-service.jp>\nSubject: 【Amazon】ご登録情報の確認\n"
        "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n"
        f"{STYLE}<p>Amazonをご利用いただきありがとうございます。</p><p><span>{html}</span></p>"
    )


@pytest.fixture(scope="module")
def content() -> MessageContent:
    return load_content()


@pytest.mark.parametrize(("hide", "cut"), list(itertools.product(HIDING, CUT)))
def test_text_hidden_by_colour_size_or_place_is_not_read(
    hide: str, cut: tuple[str, str], content: MessageContent
) -> None:
    before, after = cut
    html = before + hide.format(x="zq") + after
    text, _, inside = reduce_html_seen(STYLE + "<p><span>" + html + "</span></p>")
    assert "zq" not in text and before + after in text and inside
    result = check_message(_mail(html), content)
    asks = [f for f in result.red_flags if f.kind is FlagKind.ASKS_FOR_DETAILS]
    assert [f.asked for f in asks] == [(CUT[cut],)]
    assert "message.limit.hidden_text" in [n.id for n in result.could_not_know]


def test_text_of_a_dark_backgrounds_colour_is_not_read() -> None:
    html = '<div style="background:#232f3e">パス<span style="color:#232F3E">zq</span>ワード</div>'
    text, _, inside = reduce_html_seen(html)
    assert "パスワード" in text and inside


@pytest.mark.parametrize(
    "html",
    [
        '<table><tr><td bgcolor="#ff9900"><a style="color:#ffffff" href="https://www.amazon.co.jp/">'
        "注文を表示</a></td></tr></table>",
        '<div style="background-color:#232f3e"><span style="color:white">見える文字</span></div>',
        '<span style="color:#fff;background:#146eb4">見える文字</span>',
        '<div style="background:url(x.png)"><span style="color:#ffffff">見える文字</span></div>',
        '<span style="font-size:12px">見える文字</span>',
        '<span style="font-size:20px">見える文字</span>',
        '<span style="position:relative;left:-2px">見える文字</span>',
        '<span style="color:#333333">見える文字</span>',
        '<span style="text-indent:-1em">見える文字</span>',
    ],
)
def test_shown_text_stays_read(html: str) -> None:
    text, _, inside = reduce_html_seen(html)
    assert ("見える文字" in text or "注文を表示" in text) and not inside
