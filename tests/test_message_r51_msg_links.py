"""Fix round 51 (helper r51-msg), review 43a S 16: 「primehelpはリンクを開きません…」 only when the
message has a link (or a domain outside Amazon written in it), not for 「Amazon.co.jp」 the name."""

from __future__ import annotations

import pytest

from primehelp.content.message import load as load_content
from primehelp.message import MessageContent, check_message

_SAID = (
    "お支払い方法の有効期限が近づいています。アカウントサービスの「お支払い方法」から更新できます。"
)


@pytest.fixture(scope="module")
def content() -> MessageContent:
    return load_content()


def _notes(text: str, content: MessageContent) -> set[str]:
    return {note.id for note in check_message(text, content).could_not_know}


@pytest.mark.parametrize("name", ["Amazon.co.jp", "amazon.co.jp", "Amazon.com", "AMAZON.CO.JP"])
def test_16_amazons_name_alone_is_no_link(name: str, content: MessageContent) -> None:
    assert not any("links_not_opened" in one for one in _notes(f"{name}：{_SAID}", content))


@pytest.mark.parametrize(
    "link",
    [
        "https://www.amazon.co.jp/cpe/yourpayments",
        "https://amaz0n-pay.top/x",
        "amazon-pay-jp.top",
        "amazon.co.jp/2SV",
    ],
)
def test_16_a_link_or_an_outside_domain_keeps_the_note(link: str, content: MessageContent) -> None:
    assert any(
        "links_not_opened" in one for one in _notes(f"Amazon.co.jp：{_SAID} {link}", content)
    )
