"""Review 40a, round 46 (f48m): check-message's quoted evidence and how what it found is shown."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.clihelp import run


def _data(*args: str, stdin: str | None = None, lang: str = "ja") -> dict[str, Any]:
    result = run("--lang", lang, "check-message", "--json", *args, stdin=stdin)
    data: dict[str, Any] = result.json()["data"]
    return data


def _html_mail(html: str) -> str:
    return (
        "From: Amazon <no-reply@amazon.co.jp>\nSubject: ご連絡\nMIME-Version: 1.0\n"
        f"Content-Type: text/html; charset=utf-8\n\n{html}\n"
    )


def _quotes(data: dict[str, Any]) -> list[str]:
    return [
        quote
        for flag in data["red_flags"]
        if flag["kind"] in ("scam_subject", "payment_problem", "asks_for_details")
        for quote in (flag["evidence"], *flag["more_evidence"])
    ]


# ------------------- 40a item 7: a block boundary ends a quoted sentence (HTML mail)

_SENTENCE = "お支払い情報を更新してください"
# Each: HTML in which the sentence is followed by the words of another block or line.
_BLOCKS = [
    f'<p>{_SENTENCE}</p><a href="https://amazon-co-jp.update-info.cn/login">こちら</a>',
    "お支払い情報を<br>更新してください<br>Amazon",
    f"<div>{_SENTENCE}</div><div>Amazonカスタマーサービス</div>",
    f"<table><tr><td>{_SENTENCE}</td><td>こちらから</td></tr></table>",
    f"<ul><li>{_SENTENCE}</li><li>ログイン</li></ul>",
    f"<h2>{_SENTENCE}</h2>こちらのリンクから",
    f"{_SENTENCE}<br>こちら",
    f"<p>{_SENTENCE}</p><p>Amazon</p>",
]


@pytest.mark.parametrize("html", _BLOCKS)
def test_a_quote_ends_at_a_block_boundary(html: str) -> None:
    quotes = _quotes(_data("-", stdin=_html_mail(html)))
    assert quotes, html
    assert all(quote == _SENTENCE for quote in quotes), (html, quotes)


def test_a_line_break_inside_a_sentence_still_joins_it() -> None:
    for html in (
        "お支払い情報を<br>更新してください",
        "<div>お支払い情報を<br>更新してください。</div>",
    ):
        quotes = _quotes(_data("-", stdin=_html_mail(html)))
        assert quotes and all(q.startswith(_SENTENCE) for q in quotes), (html, quotes)
