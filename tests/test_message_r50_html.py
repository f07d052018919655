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

