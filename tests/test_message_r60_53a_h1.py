"""Review 53a (round 60), check-message's verdict: item 22 (a body of pictures only gets 「判定
できません」 and exit 1, never 「見つかりませんでした」 and 0), item 23 (a headline that cannot
judge does not give the bullet's advice a second time, nor say 「この結果は当てにせず」)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from primehelp.content.message import load as load_content
from primehelp.message import MessageCheck, MessageContent, Verdict, check_message
from tests.support.clihelp import WIDE, run

MESSAGES = Path(__file__).parent / "cli" / "messages"


@pytest.fixture(scope="module")
def content() -> MessageContent:
    return load_content()


def _check(data: str, content: MessageContent) -> MessageCheck:
    return check_message(data.encode(), content)


# ---------------------------------------------------------------- item 22

_MAIL = (
    "From: Amazon <a@amazon.co.jp>\nSubject: x\nMIME-Version: 1.0\n"
    'Content-Type: text/html; charset=utf-8\n\n<html><body><img src="cid:1"></body></html>\n'
)
_RELATED = (
    "From: Amazon <a@amazon.co.jp>\nSubject: x\nMIME-Version: 1.0\n"
    'Content-Type: multipart/related; boundary="b"\n\n--b\nContent-Type: text/html; charset=utf-8'
    '\n\n<html><body><img src="cid:1"></body></html>\n--b\nContent-Type: image/png\n'
    "Content-ID: <1>\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--b--\n"
)
PICTURES_ONLY = {
    "cid": '<html><body><img src="cid:x"></body></html>\n',
    "https": '<html><body><p>   </p><img src="https://m.media-amazon.com/x.png"></body></html>',
    "title and alt": '<html><head><title>Amazon</title></head><body><img src="x.png" alt="Amazon"></body>',
    "zero-width": '<html><body>\u200b\u034f&zwnj;&nbsp;<img src="x.png"></body></html>',
    "background": "<html><head><style>body{background:url(x.png)}</style></head><body></body>",
    "linked to Amazon": '<html><body><a href="https://www.amazon.co.jp/"><img src="x.png"></a>',
    "mail": _MAIL,
    "mail with the image": _RELATED,
}


@pytest.mark.parametrize("message", PICTURES_ONLY.values(), ids=PICTURES_ONLY.keys())
def test_item22_pictures_only_cannot_be_judged(message: str, content: MessageContent) -> None:
    result = _check(message, content)
    assert result.verdict is Verdict.BODY_NOT_READ
    assert result.exit_code == 1
    assert result.verdict_text.ja.startswith("本文が画像だけのため、危険な兆候があるかどうかは判定")
    assert "QRコード" in result.verdict_text.ja
    assert "見つかりませんでした" not in result.verdict_text.ja
    assert result.verdict_text.en.startswith("The body is only images, so whether it has red")
    ids = [note.id for note in result.could_not_know]
    assert "message.limit.images_only" in ids
    assert "message.limit.no_text_body" not in ids  # a body there was, of pictures
    assert "message.limit.images_not_read" not in ids  # said once


def test_item22_text_beside_a_picture_is_still_read(content: MessageContent) -> None:
    page = '<html><body><p>ご注文ありがとうございます。</p><img src="x.png"></body></html>'
    result = _check(page, content)
    assert result.verdict is Verdict.NO_RED_FLAGS_FOUND
    assert "message.limit.images_not_read" in [note.id for note in result.could_not_know]


def test_item22_a_picture_linked_outside_amazon_is_still_a_red_flag(
    content: MessageContent,
) -> None:
    page = '<html><body><a href="https://evil.example/x"><img src="x.png"></a></body></html>'
    assert _check(page, content).verdict is Verdict.RED_FLAGS_FOUND


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_item22_the_screen_json_and_exit_code(lang: str, tmp_path: Path) -> None:
    page = tmp_path / "img.html"
    page.write_text(PICTURES_ONLY["cid"], encoding="utf-8")
    done = run("--lang", lang, "check-message", str(page), env=WIDE)
    assert done.exit_code == 1, done.stdout
    if lang == "ja":
        assert done.stdout.startswith(
            "本文が画像だけのため、危険な兆候があるかどうかは判定できません。"
        )
        assert "・本文には画像しかなく、文字はありませんでした。" in done.stdout
        assert "危険な兆候は見つかりませんでした" not in done.stdout
        assert "本文の文字には" not in done.stdout
    else:
        assert done.stdout.startswith("The body is only images, so whether it has red flags")
        assert "- The body holds only images, no text." in done.stdout
        assert "No red flags found" not in done.stdout
    data = run("--lang", lang, "check-message", str(page), "--json").json()["data"]
    assert data["verdict"] == "body_not_read"
    assert data["verdict_text"] == done.stdout.split("\n")[0]


def test_item22_the_help_says_so() -> None:
    ja = run("--lang", "ja", "check-message", "--help", env=WIDE).stdout
    said = (  # review 56a, item 6: the screen's words for these cases (60m, item 8: shorter)
        "本文を読み取れないとき、本文が画像や添付ファイルだけのとき、暗号化されているとき、"
        "量が多すぎて全体を確認できないとき"  # review 61a, R6
    )
    assert said in "".join(ja.split())
    en = run("--lang", "en", "check-message", "--help", env=WIDE).stdout
    assert "could not be read, is only images or attached files, or is encrypted" in " ".join(
        en.split()
    )


# ---------------------------------------------------------------- item 23


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_item23_where_to_check_is_said_once(lang: str) -> None:
    done = run("--lang", lang, "check-message", str(MESSAGES / "unreadable-base64.eml"), env=WIDE)
    assert done.exit_code == 1
    headline = done.stdout.split("\n")[0]
    centre = "「メッセージセンター」" if lang == "ja" else "Message Centre"
    assert centre not in headline
    assert done.stdout.count(centre) == 1  # the bullet under 「本物かどうか確かめるには」
    if lang == "ja":
        assert "当てにせず" not in done.stdout
        assert headline.endswith("このメッセージのリンクは開かずに、本物かどうか確かめてください。")
    else:
        assert "Do not rely on this result" not in done.stdout
        assert headline.endswith("Check whether it is genuine without opening its links.")


def test_item23_no_headline_that_cannot_judge_repeats_the_advice(content: MessageContent) -> None:
    texts = [*content.verdicts.values(), content.no_body_verdict, content.images_verdict]
    for text in texts:
        assert "当てにせず" not in text.ja and "Do not rely" not in text.en
        assert "メッセージセンター" not in text.ja and "Message Centre" not in text.en


def test_item23_the_bullet_does_not_repeat_the_headline_on_links(content: MessageContent) -> None:
    result = _check(PICTURES_ONLY["linked to Amazon"], content)  # a link, and cannot judge
    ids = [fact.id for fact in result.advice]
    assert "message.advice.message_centre_no_link" in ids
    assert "message.advice.message_centre" not in ids


# ---------------------------------------------------------------- items 3 and 4: --json as shown

C_HTML = (
    '<html><head><meta charset="utf-8"><title>Amazon.co.jp: アカウントの確認</title></head><body>\n'
    "<p>Amazonプライムの自動更新ができませんでした。お支払い方法を更新しないと、"
    "プライム会員資格が停止されます。</p>\n"
    '<a href="http://amazon.account-verify.cn/prime">https://www.amazon.co.jp/prime</a>\n'
    "<p>お問い合わせ：03-5757-5252</p>\n</body></html>\n"
)


def _screen_and_json(page: Path, lang: str, *more: str) -> tuple[str, dict[str, Any]]:
    screen = run("--lang", lang, "check-message", str(page), *more, env=WIDE).stdout
    data: dict[str, Any] = run("--lang", lang, "check-message", str(page), *more, "--json").json()
    return screen, data["data"]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_item3_each_red_flag_has_its_number_on_the_screen(lang: str, tmp_path: Path) -> None:
    page = tmp_path / "c.html"
    page.write_text(C_HTML, encoding="utf-8")
    screen, data = _screen_and_json(page, lang)
    flags = data["red_flags"]
    assert len(flags) == 6  # the scam-subject sign is folded into the suspension sign
    assert [flag["number"] for flag in flags] == [1, 2, 3, 4, 4, 5]
    count = "見つかった兆候（5件）" if lang == "ja" else "Red flags (5)"
    assert count in screen
    phone = next(flag for flag in flags if flag["kind"] == "phone_number")
    see = "03-5757-5252（兆候5）" if lang == "ja" else "03-5757-5252 (see red flag 5)"
    assert see in screen and phone["number"] == 5
    folded = next(flag for flag in flags if flag["folded_into"] is not None)
    assert folded["number"] == flags[folded["folded_into"]]["number"]


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("more", [(), ("--entered-details",)])
def test_item3_the_card_step_is_worded_as_on_the_screen(
    lang: str, more: tuple[str, ...], tmp_path: Path
) -> None:
    page = tmp_path / "c.html"
    page.write_text(C_HTML, encoding="utf-8")
    screen, data = _screen_and_json(page, lang, *more)
    card = data["if_details_entered"][0]
    assert card["id"] == "message.entered.card_company"
    if lang == "ja":
        assert card["text"].startswith("クレジットカードの情報を入力したり伝えたりした場合は、")
    else:
        assert card["text"].startswith("If you entered or gave credit card details")
    assert "1. " + card["text"] in screen


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_item3_a_link_only_keeps_the_plain_card_step(lang: str) -> None:
    data = run(
        "--lang",
        lang,
        "check-message",
        "--json",
        "--text",
        "ログイン https://amazon.co.jp.evil.top/",
    ).json()["data"]
    step = data["if_details_entered"][0]["text"]
    said = "入力した場合は" if lang == "ja" else "If you entered credit card details"
    assert said in step
    assert "伝えたり" not in step and "or gave" not in step


def test_item3_numbers_agree_with_the_screen_over_the_sample_messages() -> None:
    for page in sorted((*MESSAGES.glob("*.eml"), *MESSAGES.glob("*.html"))):
        screen = run("--lang", "ja", "check-message", str(page), env=WIDE).stdout
        flags = run("--lang", "ja", "check-message", str(page), "--json").json()["data"]
        numbers = [flag["number"] for flag in flags["red_flags"]]
        if not numbers:
            assert "見つかった兆候" not in screen
            continue
        assert f"見つかった兆候（{max(numbers)}件）" in screen, page.name
        assert sorted(set(numbers)) == list(range(1, max(numbers) + 1)), page.name
        width = len(str(max(numbers)))  # 「 1.」 under 「11.」 (scam-zip-attachment.eml)
        for flag, number in zip(flags["red_flags"], numbers, strict=True):
            if flag["folded_into"] is not None:  # its note is under that sign's title
                continue
            assert f"\n{number:>{width}}. {flag['title']}" in screen, (page.name, flag["title"])


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_item4_a_red_flag_detail_ends_its_sentence(lang: str, tmp_path: Path) -> None:
    page = tmp_path / "c.html"
    page.write_text(C_HTML, encoding="utf-8")
    first = run("--lang", lang, "check-message", str(page), "--json").json()["data"]["red_flags"][0]
    assert first["kind"] == "lookalike_domain"
    assert first["detail"].endswith("名前の例です）。" if lang == "ja" else ".")
