"""check-message: regressions found by the independent review of issue 14 (one section each)."""

from __future__ import annotations

import pytest

from primehelp.content.message import load as load_content
from primehelp.message import MessageCheck, MessageContent, check_message
from tests.support.message_corpus import eml


@pytest.fixture(scope="module")
def content() -> MessageContent:
    return load_content()


def kinds(result: MessageCheck) -> set[str]:
    return {flag.kind.value for flag in result.red_flags}


def hosts(result: MessageCheck) -> set[str]:
    return {link.host for link in result.links}


# ---------------------------------------------------------------- scheme-relative links


@pytest.mark.parametrize(
    "text",
    [
        "ログインは //amazon-secure.info/login から",
        "//amazon-secure.info/login",
        "詳細：//amazon-secure.info/login",
    ],
)
def test_a_scheme_relative_link_in_the_text_is_extracted_and_checked(
    text: str, content: MessageContent
) -> None:
    result = check_message(text, content)
    assert "amazon-secure.info" in hosts(result)
    assert "lookalike_domain" in kinds(result)


@pytest.mark.parametrize("href", ["//evil.example.info/x", "\\\\evil.example.info/x"])
def test_a_scheme_relative_html_link_is_checked(href: str, content: MessageContent) -> None:
    html = f'<p><a href="{href}">https://www.amazon.co.jp/</a></p>'
    result = check_message(eml(subject="s", sender="a@amazon.co.jp", html=html), content)
    assert "evil.example.info" in hosts(result)
    assert {"foreign_link", "link_text_mismatch"} <= kinds(result)


def test_two_slashes_that_are_no_link_stay_text(content: MessageContent) -> None:
    result = check_message("a//b と 2026//12 と // コメント", content)
    assert result.links == () and result.red_flags == ()
