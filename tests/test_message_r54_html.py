"""Review 45a item 3 (round 54): comments that browsers and mail apps end at once (HTML5 parsing:
「<!-->」, 「<!--->」, 「--!>」, a bogus 「<![CDATA[ … ]>」) no longer hide the link after them, and
an inline SVG's link (xlink:href) is read with its real target."""

from __future__ import annotations

from pathlib import Path

import pytest

from primehelp.content.message import load as load_content
from primehelp.message import FlagKind, MessageContent, Verdict, check_message
from primehelp.message_html import html5_comments, reduce_html_seen
from tests.support.clihelp import run

LINK = '<a href="https://amazon-jp.evil-comment.top/login">https://www.amazon.co.jp/ap/signin</a>'
TRICKS = {
    "empty_comment": f"<!-->{LINK}<!-- -->",
    "empty_comment_dash": f"<!--->{LINK}<!-- -->",
    "bang_close": f"<!-- note --!>{LINK}<!-- -->",
    "bogus_cdata": f"<![CDATA[ x ]>{LINK} ]]>",
    "bogus_cdata_then_comment": f"<![CDATA[ x ]>{LINK}<!-- ]]> -->",
}


def _page(trick: str) -> str:
    return (
        "<html><body><p>Amazonプライム会員様</p><p>会員情報の確認をお願いします。</p>"
        f"{trick}</body></html>"
    )


@pytest.fixture(scope="module")
def content() -> MessageContent:
    return load_content()


@pytest.mark.parametrize("name", TRICKS)
def test_the_link_after_an_early_ended_comment_is_read(name: str, content: MessageContent) -> None:
    result = check_message(_page(TRICKS[name]).encode(), content)
    targets = [link.target for link in result.links]
    assert targets == ["https://amazon-jp.evil-comment.top/login"]
    assert result.links[0].shown == "https://www.amazon.co.jp/ap/signin"
    assert result.verdict is Verdict.RED_FLAGS_FOUND
    assert FlagKind.LINK_TEXT_MISMATCH in {flag.kind for flag in result.red_flags}


@pytest.mark.parametrize("name", TRICKS)
def test_in_a_mail_s_html_part_too(name: str, content: MessageContent) -> None:
    mail = (
        'From: "Amazon.co.jp" <account-update@amazon.co.jp>\nSubject: Amazon\n'
        "MIME-Version: 1.0\nContent-Type: text/html; charset=UTF-8\n\n" + _page(TRICKS[name])
    )
    result = check_message(mail.encode(), content)
    assert [link.host for link in result.links] == ["amazon-jp.evil-comment.top"]


@pytest.mark.parametrize(
    "svg",
    [
        '<svg><a xlink:href="https://evil-svg.top/"><text>https://www.amazon.co.jp/</text></a></svg>',
        '<svg><a href="https://evil-svg.top/"><text>https://www.amazon.co.jp/</text></a></svg>',
    ],
)
def test_an_inline_svg_link_is_read_with_its_target(svg: str, content: MessageContent) -> None:
    result = check_message(_page(svg).encode(), content)
    assert [(link.shown, link.target) for link in result.links] == [
        ("https://www.amazon.co.jp/", "https://evil-svg.top/")
    ]
    assert FlagKind.LINK_TEXT_MISMATCH in {flag.kind for flag in result.red_flags}


@pytest.mark.parametrize(
    "html",
    [
        # Outlook's conditional comments in genuine mails: nothing shown twice (what
        # 「<!--[if mso]>」 shows Outlook is read since review 47a, item 3:
        # tests/test_message_r56_47a.py)
        '<!--[if !mso]><!--><a href="https://www.amazon.co.jp/">注文履歴</a><!--<![endif]-->',
        '<!-- a <!--> <a href="https://www.amazon.co.jp/">注文履歴</a>',
        '<p title="<!-->">x</p><a href="https://www.amazon.co.jp/">注文履歴</a>',
    ],
)
def test_comments_browsers_read_as_before_stay_comments(html: str) -> None:
    _, links, _ = reduce_html_seen(html)
    assert [link.target for link in links] == ["https://www.amazon.co.jp/"]


def test_html_without_the_tricks_is_untouched() -> None:
    html = "<!DOCTYPE html><p>ok -- fine</p><!-- c -->"
    assert html5_comments(html) == html


@pytest.mark.parametrize(
    ("lang", "verdict", "nothing"),
    [
        (
            "ja",
            "✗ 危険な兆候が見つかりました。",
            "リンク、メールアドレス、電話番号はありませんでした",
        ),
        ("en", "✗ Red flags found.", "No links, e-mail addresses or phone numbers"),
    ],
)
def test_the_screen_lists_the_link_and_its_sign(
    tmp_path: Path, lang: str, verdict: str, nothing: str
) -> None:
    page = tmp_path / "cm.html"
    page.write_text(_page(TRICKS["empty_comment"]), encoding="utf-8")
    done = run("check-message", str(page), "--lang", lang, env={"COLUMNS": "1000"})
    assert done.exit_code == 1
    assert done.stdout.startswith(verdict)
    assert "https://amazon-jp.evil-comment.top/login" in done.stdout
    assert nothing not in done.stdout
