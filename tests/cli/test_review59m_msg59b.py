"""Review 59m (check-message), items 4, 5, 6, 7, 8, 11 and 17: the screen and ``--json`` agree
on where a note and a quote are, and what the reasons say of From, Return-Path and quotes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.clihelp import run

WIDE = {"COLUMNS": "1000"}
# 「入力」: 「お支払い情報を更新」 is Amazon's own wording, no request (review 61m, item 2)
PAY = "24時間以内にお支払い情報を入力しない場合、アカウントは停止されます。"
PHISH = """\
Return-Path: <bounce@mail-amaz0n.top>
Authentication-Results: mx.example.jp; dkim=none; spf=fail smtp.mailfrom=mail-amaz0n.top; \
dmarc=fail header.from=amazon.co.jp
From: "Amazon" <order-update@amazon.co.jp>
Reply-To: support@amazon-jp-help.cn
To: taro@example.jp
Subject: =?UTF-8?B?44CQQW1hem9u44CR44OX44Op44Kk44Og44Gu5L2/55So44GM5LiA5pmC55qE44Gr44Gn44GN44G+44Gb44KT?=
Date: Mon, 7 Dec 2026 09:00:00 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

お客様のアカウントで異常なログインを検出しました。
24時間以内にお支払い情報を入力しない場合、アカウントは停止されます。
クレジットカード番号とセキュリティコードを入力してください。
https://amazon.co.jp.secure-login.info/ap/signin
お問い合わせ：050-3184-2297
"""


def _screen(*args: str, lang: str) -> list[str]:
    done = run("check-message", *args, "--lang", lang, env=WIDE)
    assert done.exit_code == 1, done.stderr
    return [line.strip() for line in done.stdout.splitlines()]


def _flags(*args: str, lang: str = "ja") -> list[dict[str, Any]]:
    done = run("check-message", *args, "--json", "--lang", lang)
    assert done.exit_code == 1, done.stderr
    flags = done.json()["data"]["red_flags"]
    assert isinstance(flags, list)
    return flags


def _sign(lines: list[str], number: int) -> list[str]:
    """The lines of sign ``number`` of 「見つかった兆候」 / "Red flags"."""
    head = next(
        at for at, line in enumerate(lines) if line.startswith(("見つかった兆候", "Red flags"))
    )
    start = next(at for at in range(head, len(lines)) if lines[at].startswith(f"{number}. "))
    end = next(
        (at for at in range(start + 1, len(lines)) if lines[at].startswith(f"{number + 1}. ")),
        None,
    )
    if end is None:
        end = next(at for at in range(start + 1, len(lines)) if not lines[at])
    return lines[start:end]


def _mail(tmp_path: Path, text: str, name: str = "m.eml") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


# Item 4: the scam-subject note is printed under the suspension sign (review 35a, item 5); the
# JSON said it was under sign 1, and 「この文面は」 pointed at nothing there.


@pytest.mark.parametrize(
    ("lang", "note"),
    [
        ("ja", "兆候1の文面は、2025〜26年によく報告されている詐欺の件名・文面にも似ています。"),
        (
            "en",
            "The wording quoted in red flag 1 is also similar to the scam subjects and wordings"
            " commonly reported in 2025–26.",
        ),
    ],
)
def test_4_the_folded_note_names_the_sign_it_means(lang: str, note: str) -> None:
    lines = _screen("--text", PAY, lang=lang)
    second = _sign(lines, 2)
    assert note in second
    assert not any(
        line.startswith(("この文面は、2025", "This wording is similar")) for line in lines
    )
    assert not any("2025" in line for line in _sign(lines, 1))


def test_4_json_folds_the_note_into_the_sign_the_screen_prints_it_under() -> None:
    flags = _flags("--text", PAY)
    kinds = [flag["kind"] for flag in flags]
    scam = flags[kinds.index("scam_subject")]
    threat = kinds.index("threatens_suspension")
    assert scam["folded_into"] == threat
    assert scam["number"] == flags[threat]["number"] == 2
    assert scam["detail"].startswith("兆候1の文面は、2025〜26年")
    en = next(flag for flag in _flags("--text", PAY, lang="en") if flag["kind"] == "scam_subject")
    assert en["detail"].startswith("The wording quoted in red flag 1 is also similar")


def test_4_a_note_under_the_quoting_sign_is_unchanged() -> None:
    """No suspension sign: the note stays under the sign that quotes the text, 「この文面は」."""
    text = "お支払い情報を入力してください。"  # not 「更新」, Amazon's own (review 61m, item 2)
    flags = _flags("--text", text)
    scam = next(flag for flag in flags if flag["kind"] == "scam_subject")
    assert scam["folded_into"] == 0
    lines = _screen("--text", text, lang="ja")
    assert any(line.startswith("この文面は、2025〜26年") for line in _sign(lines, 1))


# Items 5 and 8: a request quoted after the suspension sign's two quotes.


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_5_json_evidence_and_count_are_what_the_screen_prints(tmp_path: Path, lang: str) -> None:
    path = _mail(tmp_path, PHISH)
    flags = _flags(path, lang=lang)
    asks = next(flag for flag in flags if flag["kind"] == "asks_for_details")
    assert asks["evidence"] == "クレジットカード番号とセキュリティコードを入力してください"
    assert asks["count"] == 1
    assert asks["more_evidence"] == []
    assert asks["evidence_elsewhere"] == [PAY.removesuffix("。")]
    lines = _screen(path, lang=lang)
    sign = _sign(lines, asks["number"])
    assert sign[0].endswith(("の要求", "details")) and "件" not in sign[0]
    quoted = [line for line in sign if line.startswith(("「", "“"))]
    assert quoted == [("「{}」" if lang == "ja" else "“{}”").format(asks["evidence"])]
    assert asks["detail"] == (" " if lang == "en" else "").join(sign[2:])


def test_5_and_8_detail_opens_as_the_screen_does(tmp_path: Path) -> None:
    path = _mail(tmp_path, PHISH)
    flags = _flags(path)
    asks = next(flag for flag in flags if flag["kind"] == "asks_for_details")
    threat = next(flag for flag in flags if flag["kind"] == "threatens_suspension")
    n = threat["number"]
    assert asks["detail"].startswith(f"この文面は、兆候{n}の2つ目の文面と同じく、カード情報")
    en = next(flag for flag in _flags(path, lang="en") if flag["kind"] == "asks_for_details")
    assert en["detail"].startswith(
        f"This wording, like the one quoted in red flag {n} (wording 2), asks you"
    )


def test_5_a_sign_quoting_nothing_of_its_own_keeps_its_evidence() -> None:
    """The suspension sign of item 4 prints no quote: its evidence stays (count is at least
    1), its detail opens 「兆候1の文面は、」 as on the screen."""
    flags = _flags("--text", PAY)
    threat = next(flag for flag in flags if flag["kind"] == "threatens_suspension")
    assert threat["evidence"] == PAY.removesuffix("。")
    assert threat["count"] == 1
    assert threat["evidence_elsewhere"] == []
    assert threat["detail"].startswith("兆候1の文面は、アカウントや会員資格の停止")


@pytest.mark.parametrize(
    ("lang", "title", "reference"),
    [
        ("ja", "カード情報などの要求", "この文面は、兆候{n}の2つ目の文面と同じく、"),
        (
            "en",
            "Asks for card details and other details",
            "like the one quoted in red flag {n} (wording 2),",
        ),
    ],
)
def test_8_title_and_reference(tmp_path: Path, lang: str, title: str, reference: str) -> None:
    path = _mail(tmp_path, PHISH)
    flags = _flags(path, lang=lang)
    asks = next(flag for flag in flags if flag["kind"] == "asks_for_details")
    n = next(flag for flag in flags if flag["kind"] == "threatens_suspension")["number"]
    lines = _screen(path, lang=lang)
    sign = _sign(lines, asks["number"])
    assert sign[0] == f"{asks['number']}. {title}"
    assert reference.format(n=n) in " ".join(sign)
    assert "とお支払い情報の要求" not in "".join(lines)
    assert asks["title"] == title


def test_8_one_quote_earlier_is_referred_to_by_number_alone() -> None:
    text = (
        "アカウントを停止しました。"
        + "クレジットカード番号を入力しないと、アカウントは停止されます。"
    )
    lines = _screen("--text", text, lang="ja")
    assert not any("つ目の文面と同じく" in line for line in lines)


# Item 6: a From address starting with Amazon's domain is said as a link's is.


@pytest.mark.parametrize(
    ("lang", "start", "reason", "imitates"),
    [
        (
            "ja",
            "アドレスのドメイン名は amazon.co.jp で始まりますが、実際のドメインは example.top です。",
            "差出人の名前はAmazonですが、メールアドレスのドメインはAmazonのものではありません。",
            "このドメインは、Amazonに似せた名前です。",
        ),
        (
            "en",
            "The address's domain name begins with amazon.co.jp, but the real domain is example.top.",
            "The sender's name says Amazon, but the address is not at one of Amazon's domains.",
            "That domain imitates Amazon's name.",
        ),
    ],
)
def test_6_a_from_address_starting_with_amazons_domain(
    tmp_path: Path, lang: str, start: str, reason: str, imitates: str
) -> None:
    mail = 'From: "Amazon" <info@amazon.co.jp.example.top>\nSubject: test\n\nこんにちは。\n'
    path = _mail(tmp_path, mail)
    sign = _sign(_screen(path, lang=lang), 1)
    assert sign[1] == start
    assert not any(line.startswith(("ドメイン：", "Domain:")) for line in sign)
    assert sign[-1] == reason
    assert imitates not in " ".join(sign)
    (found,) = _flags(path, lang=lang)
    assert found["detail"] == f"{start}{'' if lang == 'ja' else ' '}{reason}"


# Item 7: the look-alike and digit-zero notes for From and Return-Path as for Reply-To.

ZERO = {
    "ja": "このドメインは、Amazonに似せた名前です。5文字目の「0」は、英字の「o（オー）」ではなく数字の「0（ゼロ）」です。",
    "en": "That domain imitates Amazon's name. Character 5, '0', is the digit zero, not the Latin 'o'.",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_7_zero_and_lookalike_notes_for_from_and_return_path(tmp_path: Path, lang: str) -> None:
    mail = (
        "Return-Path: <bounce@amaz0n-mail.top>\n"
        'From: "Amazon" <info@amaz0n.co.jp>\n'
        "Reply-To: help@amaz0n-support.com\n"
        "Subject: test\n\nこんにちは。\n"
    )
    flags = {flag["kind"]: flag for flag in _flags(_mail(tmp_path, mail), lang=lang)}
    for kind in ("display_name_mismatch", "reply_to_outside", "return_path_outside"):
        assert flags[kind]["detail"].endswith(ZERO[lang]), kind
    lines = _screen(_mail(tmp_path, mail), lang=lang)
    assert " ".join(lines).count(ZERO[lang]) == 3


# Item 11: English quotes without their end mark, as 「。」 is not quoted.


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_11_english_quotes_lose_their_end_mark(lang: str) -> None:
    text = (
        "Amazon: Your account has been suspended due to unusual activity. Verify your payment"
        " information within 24 hours: https://amazon-verify.support/login"
    )
    flags = _flags("--text", text, lang=lang)
    quotes = {
        flag["evidence"]
        for flag in flags
        if flag["kind"] in ("threatens_suspension", "scam_subject")
    }
    assert quotes == {
        "Amazon: Your account has been suspended due to unusual activity",
        "Verify your payment information within 24 hours",
    }
    joined = "\n".join(_screen("--text", text, lang=lang))
    mark = "」" if lang == "ja" else "”"
    assert f"unusual activity{mark}" in joined
    assert f"within 24 hours{mark}" in joined
    assert f".{mark}" not in joined and f":{mark}" not in joined


def test_11_an_ellipsis_is_kept() -> None:
    flags = _flags("--text", "Your account has been suspended...", lang="en")
    assert flags[0]["evidence"] == "Your account has been suspended..."


# S 17: the phone-number sign shows the number first, then its verdict, then the reason.


@pytest.mark.parametrize(
    ("lang", "first", "verdict", "reason"),
    [
        (
            "ja",
            "電話番号：050-3184-2297",
            "→ Amazonが公開している番号ではありません。",
            "電話番号が書かれています。",
        ),
        (
            "en",
            "Phone number: 050-3184-2297",
            "→ Amazon does not publish this number.",
            "It gives a phone number.",
        ),
    ],
)
def test_17_the_number_comes_first(
    tmp_path: Path, lang: str, first: str, verdict: str, reason: str
) -> None:
    flags = _flags(_mail(tmp_path, PHISH), lang=lang)
    phone = next(flag for flag in flags if flag["kind"] == "phone_number")
    sign = _sign(_screen(_mail(tmp_path, PHISH), lang=lang), phone["number"])
    assert sign[1:3] == [first, verdict]
    assert sign[3].startswith(reason)


@pytest.mark.parametrize(
    ("lang", "said", "imitates"),
    [
        (
            "ja",
            "アドレスのドメイン名は amazon.co.jp で始まりますが、実際のドメインは {domain} です。",
            "このドメインは、Amazonに似せた名前です。",
        ),
        (
            "en",
            "The address's domain name begins with amazon.co.jp, but the real domain is {domain}.",
            "That domain imitates Amazon's name.",
        ),
    ],
)
def test_6_and_7_reply_to_and_return_path_starting_with_amazons_domain(
    tmp_path: Path, lang: str, said: str, imitates: str
) -> None:
    """Not 「このドメインは、Amazonに似せた名前です」 of evil.top: its name's start imitates."""
    mail = (
        "Return-Path: <bounce@amazon.co.jp.example.top>\n"
        'From: "Amazon" <info@amazon.co.jp.example.top>\n'
        "Reply-To: help@amazon.co.jp.evil.top\n"
        "Subject: test\n\nこんにちは。\n"
    )
    flags = {flag["kind"]: flag for flag in _flags(_mail(tmp_path, mail), lang=lang)}
    reply, path = flags["reply_to_outside"]["detail"], flags["return_path_outside"]["detail"]
    assert reply.endswith(said.format(domain="evil.top"))
    assert path.endswith(said.format(domain="example.top"))
    assert imitates not in reply + path + flags["display_name_mismatch"]["detail"]
