"""A link whose last label is in Japanese script too (.テスト, .日本, .みんな, .コム) is read whole
after its scheme: 「https://www.amazon.co.jp.ドメイン.テスト/」 was cut at the first Japanese
letter, listed as 「amazon.co.jp（Amazonのドメイン）」 and given exit 0 (found by fix round 38's
helper, after review 33a)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from primehelp.content.message import load as load_content
from primehelp.message import MessageContent, Verdict, check_message

CONTENT: MessageContent = load_content()


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "プライム会員の更新に失敗しました。https://www.amazon.co.jp.ドメイン.テスト/ で更新",
            "www.amazon.co.jp.xn--eckwd4c7c.xn--zckzah",
        ),
        ("https://アマゾン.みんな/login からログイン", "xn--cckwcxetd.xn--q9jyb4c"),
        ("https://amazon.co.jp.日本/", "amazon.co.jp.xn--wgv71a"),
    ],
)
def test_a_host_ending_in_japanese_script_is_read_whole(text: str, host: str) -> None:
    result = check_message(text, CONTENT)
    assert [link.host for link in result.links] == [host]
    assert not any(link.is_amazon for link in result.links)
    assert result.verdict is Verdict.RED_FLAGS_FOUND


def test_an_ascii_link_before_japanese_text_keeps_its_end() -> None:
    """The old rule stays: Japanese text after an ASCII link is prose, not its host."""
    result = check_message("https://example.com/loginからログイン", CONTENT)
    assert [link.host for link in result.links] == ["example.com"]


_LABEL = st.text(
    alphabet=st.characters(min_codepoint=0x30A1, max_codepoint=0x30FA), min_size=1, max_size=6
)
_PREFIX = st.sampled_from(["", "amazon.", "amazon.co.jp.", "www.amazon.co.jp."])
_TLD = st.sampled_from(["テスト", "日本", "みんな", "コム"])
_AROUND = st.sampled_from(
    [
        "https://{}/",
        "【Amazon】お支払い情報を https://{}/login で更新してください。",
        "こちら：https://{}:443/",
    ]
)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=60)
@given(_PREFIX, _LABEL, _TLD, _AROUND)
def test_any_such_link_is_whole_and_never_amazon(
    prefix: str, label: str, tld: str, around: str
) -> None:
    host = f"{prefix}{label}.{tld}"
    try:
        encoded = host.encode("idna").decode("ascii").lower()
    except UnicodeError:
        return  # a name IDNA refuses is no name a browser opens
    result = check_message(around.format(host), CONTENT)
    assert encoded in [link.host for link in result.links]
    assert not any(link.is_amazon for link in result.links)
    assert result.verdict is Verdict.RED_FLAGS_FOUND
