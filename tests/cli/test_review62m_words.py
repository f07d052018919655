"""Review 61m (check-message wording and styling), fixed in round 62: the hidden-text note says
「途中」 only of a word split (item 5), the steps' heading names the reply its headline names
beside a call (item 8), the look-alike name's sentence (item 9), one dim rule under
「読み取った内容」 on a terminal (item 11), a short e-mail note under a plain text (S 15), what
not to open of an encrypted mail (S 16); and review 61a, R6: --help's 「全体を確認できない」."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support.clihelp import joined, lang_run, stdout_on_a_terminal

INSIDE = {
    "ja": "画面に表示されない文字（HTMLで見えなくした文字）が、表示される言葉の途中に入っています。",
    "en": "made invisible in the HTML) inside the words that are shown.",
}
APART = {
    "ja": "このメールの本文には、画面に表示されない文字（HTMLで見えなくした文字）が含まれています。"
    "primehelpは、画面に表示される文字だけを読んで確認しました。",
    "en": "The body of this mail holds text that is not shown on screen (made invisible in the "
    "HTML). primehelp checked only the text that is shown.",
}
READ_BELOW = {"ja": "「確認できなかったこと」も必ずお読みください", "en": "could not know"}

# A saved page as review 61m had it: a hidden <div> between two links, not inside a word.
SAVED = """<html><head><meta charset="utf-8"></head><body>
<p>Amazonプライム会員様</p>
<a href="mailto:help@amazon-support.jp">メールで問い合わせ</a>
<a href="https://bit.ly/xyz"><img src="x.png"></a>
<div style="display:none">Amazon安全 正規のメール</div>
<a href="https://www.amazon.co.jp.evil.example.com/">https://www.amazon.co.jp/</a>
</body></html>
"""
BETWEEN_PARAGRAPHS = (
    "<html><body><p>Amazonからのお知らせです。ご注文ありがとうございました。</p>"
    '<div style="display:none">hidden block text</div><p>Thanks</p></body></html>'
)
SPLIT_WORD = (
    '<html><body><p>アカウ<span style="display:none">xyz</span>ントが停止されました</p>'
    "</body></html>"
)


def _file(tmp_path: Path, text: str, name: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _limits(out: str, lang: str) -> str:
    """The 「確認できなかったこと」 section, its wrapped lines joined."""
    title = "確認できなかったこと" if lang == "ja" else "What this check could not know"
    return joined(out.split("\n" + title + "\n")[1].split("\n\n")[0], lang)


# ------------------------------------------------- item 5: 「途中」 only of a word split


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("page", [SAVED, BETWEEN_PARAGRAPHS], ids=["between_links", "between_p"])
def test_5_hidden_text_apart_from_the_words_is_noted_without_inside(
    tmp_path: Path, lang: str, page: str
) -> None:
    done = lang_run("check-message", _file(tmp_path, page, "page.html"), lang=lang)
    assert done.exit_code in (0, 1), done.stderr
    limits = _limits(done.stdout, lang)
    assert APART[lang] in limits
    assert INSIDE[lang] not in limits
    data = lang_run("check-message", _file(tmp_path, page, "page.html"), "--json").json()
    ids = [note["id"] for note in data["data"]["could_not_know"]]
    assert "message.limit.hidden_apart" in ids and "message.limit.hidden_text" not in ids


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_5_hidden_text_inside_a_word_keeps_its_note(tmp_path: Path, lang: str) -> None:
    done = lang_run("check-message", _file(tmp_path, SPLIT_WORD, "page.html"), lang=lang)
    limits = _limits(done.stdout, lang)
    assert INSIDE[lang] in limits and APART[lang] not in limits


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_5_a_hidden_block_alone_does_not_ask_to_read_below(tmp_path: Path, lang: str) -> None:
    """Decision: text hidden apart is a remark (nothing more was left unread), so a "no red
    flags" verdict does not send the member below for it; a word split does."""
    apart = lang_run("check-message", _file(tmp_path, BETWEEN_PARAGRAPHS, "a.html"), lang=lang)
    assert apart.exit_code == 0
    assert READ_BELOW[lang] not in joined(apart.stdout.split("\n\n")[0], lang)
    inside = (
        "<html><body><p>ご注文ありがと<span style='display:none'>x</span>うございました。</p>"
        "</body></html>"
    )
    split = lang_run("check-message", _file(tmp_path, inside, "b.html"), lang=lang)
    assert READ_BELOW[lang] in joined(split.stdout.split("\n\n")[0], lang)


def test_5_white_space_between_elements_parts_words() -> None:
    from primehelp.message_html import read_html, reduce_html_seen

    html = '<p><a href="#">問い合わせ</a>\n<span hidden>x</span>\n<a href="#">こちら</a></p>'
    assert read_html(html)[2] == "apart" and reduce_html_seen(html)[2] is False
    assert read_html("<p>アカウ<span hidden>x</span>ント</p>")[2] == "inside"
    assert read_html("<p>アカウント</p>")[2] == ""


# ------------------------------------------------- item 8: 電話 and 返信 in the heading

GIFT = "Amazonギフトカードを5万円分購入して番号を送ってください。連絡先 090-1234-5678"
HEADING = {
    "ja": "\n電話や返信で情報を伝えてしまった場合\n",
    "en": "\nIf you already gave details by phone or in a reply\n",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    "text",
    [GIFT, "Amazonカスタマーサービスです。至急 (03) 5757-5252 までお電話ください。"],
    ids=["send_the_number", "call"],
)
def test_8_a_headline_with_call_and_reply_gets_both_in_the_heading(text: str, lang: str) -> None:
    done = lang_run("check-message", "--text", text, lang=lang)
    assert done.exit_code == 1
    headline = joined(done.stdout.split("\n\n")[0], lang)
    assert ("電話" in headline and "返信" in headline) if lang == "ja" else "reply" in headline
    assert HEADING[lang] in done.stdout


@pytest.mark.parametrize(
    ("lang", "heading"),
    [
        ("ja", "リンク先で入力したり、電話や返信で情報を伝えたりしてしまった場合"),
        (
            "en",
            "If you already entered details through a link, or gave them by phone or in a reply",
        ),
    ],
    ids=["ja", "en"],
)
def test_8_with_a_link_too(lang: str, heading: str) -> None:
    text = "Amazonサポートです。至急 090-1234-5678 にお電話ください https://amaz0n-jp.top/"
    done = lang_run("check-message", "--text", text, lang=lang)
    assert heading in done.stdout


# ------------------------------------------------- item 9: the look-alike name


def test_9_the_look_alike_name_is_said_plainly(tmp_path: Path) -> None:
    mail = (
        "From: =?UTF-8?B?QW3OsXpvbg==?= <info@amazon-co-jp.shop>\nSubject: test\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nhello\n"
    )
    out = joined(lang_run("check-message", _file(tmp_path, mail, "m.eml")).stdout)
    assert (
        "「Amαzon」は、Amazonの一部の文字を、見た目がよく似た別の文字に置き換えた名前です。" in out
    )
    assert "見た目の似た" not in out and "変えて似せた" not in out


# ------------------------------------------------- item 11: only the label dim, every row

TTY_MAIL = """From: =?UTF-8?B?QW3OsXpvbg==?= <info@amazon-co-jp.shop>
Reply-To: support@mail.example.cn
Return-Path: <bounce@amazon-co-jp.shop>
Authentication-Results: mx.example.jp; spf=fail smtp.mailfrom=amazon-co-jp.shop; dkim=none;
 dmarc=fail header.from=amazon-co-jp.shop
Subject: =?UTF-8?B?44CQ6YeN6KaB44CR44Ki44Kr44Km44Oz44OI44KS5LiA5pmC5YGc5q2i44GX44G+44GX44Gf?=
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8

<p>お支払い情報を更新してください。</p>
<p><a href="http://amazon.co.jp.secure-login.info/signin">https://www.amazon.co.jp/ap/signin</a></p>
<p><a href="javascript:alert(1)">確認</a></p>
<p>お問い合わせ：03-1234-5678</p>
<p>連絡先：help@amazon-support.jp</p>
"""
DIM = "\x1b[2m"
ANSI = re.compile(r"\x1b\[[0-9;]*m")
SECTION = {"ja": ("読み取った内容", "確認できなかったこと"), "en": ("What was read", "What this")}
BULLET = {"ja": "・", "en": "- "}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("columns", [40, 80])
def test_11_on_a_terminal_only_each_rows_label_is_dim(
    tmp_path: Path, lang: str, columns: int
) -> None:
    env = {"COLUMNS": str(columns), "TERM": "xterm-256color"}
    out = stdout_on_a_terminal("check-message", _file(tmp_path, TTY_MAIL, "m.eml"), "--lang",
                               lang, env=env)  # fmt: skip
    start, end = SECTION[lang]
    section = out.split(start, 1)[1].split("\n" + "\x1b[1m" + end, 1)[0]
    lines = [line for line in section.split("\n")[1:] if ANSI.sub("", line).strip()]
    rows = [line for line in lines if line.startswith(BULLET[lang])]
    assert len(rows) >= 9  # 形式, 件名, 差出人, 返信先, 返送先, 認証結果, 2 links, address, phone
    for line in rows:  # 「・」, the label dim up to its colon, then nothing dim
        rest = line.removeprefix(BULLET[lang])
        assert rest.startswith(DIM), line
        label, _, value = rest[len(DIM) :].partition("\x1b[0m")
        assert label.rstrip().endswith(("：", ":")) and "：" not in label[:-1], line
        assert DIM not in value, line
    for line in lines:  # a row's value on the lines under it: never dim
        if not line.startswith(BULLET[lang]):
            assert DIM not in line, line


# ------------------------------------------------- S 15: a plain text's e-mail note is short

SHORT = {
    "ja": "・メールの場合は、ヘッダーを含む元のメッセージ（.eml）を指定すると、送信元も確認できます。",
    "en": "- For an e-mail, pass the original message with its headers (.eml) to check the sender "
    "too.",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("how", ["text", "stdin"])
def test_s15_a_plain_text_gets_one_short_line_on_e_mail(lang: str, how: str) -> None:
    from tests.support.clihelp import run

    sms = "【Amazon】お荷物の配達状況はこちらからご確認ください。"
    if how == "text":
        done = lang_run("check-message", "--text", sms, lang=lang)
    else:
        done = run("--lang", lang, "check-message", env={"COLUMNS": "1000"}, stdin=sms)
    assert done.exit_code in (0, 1), done.stderr
    limits = done.stdout.split("\n\n" + SECTION[lang][1])[1]
    assert SHORT[lang] in limits
    assert "Authentication-Results" not in limits and "order-update@" not in limits


def test_s15_a_saved_page_keeps_the_whole_paragraph(tmp_path: Path) -> None:
    out = joined(lang_run("check-message", _file(tmp_path, BETWEEN_PARAGRAPHS, "p.html")).stdout)
    assert "メールのヘッダー（From、Return-Path、Authentication-Results）がないため" in out
    assert "送信元も確認できます。" not in out


# ------------------------------------------------- S 16: an encrypted mail

ENCRYPTED = (
    "From: Amazon <auto-confirm@amazon.co.jp>\nSubject: secure\nMIME-Version: 1.0\n"
    "Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name=smime.p7m\n"
    "Content-Transfer-Encoding: base64\n\nMIAGCSqGSIb3DQEHA6CAMIACAQAxggE=\n"
)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", "暗号化された本文やリンクは開かずに、本物かどうか確かめてください。"),
        ("en", "Check whether it is genuine without opening the encrypted body or its links."),
    ],
    ids=["ja", "en"],
)
def test_s16_an_encrypted_mail_says_what_not_to_open(tmp_path: Path, lang: str, said: str) -> None:
    done = lang_run("check-message", _file(tmp_path, ENCRYPTED, "enc.eml"), lang=lang)
    assert done.exit_code == 1
    verdict = joined(done.stdout.split("\n\n")[0], lang)
    assert verdict.endswith(said)
    assert "開く前に" not in done.stdout and "before you open" not in done.stdout


# ------------------------------------------------- review 61a, R6: --help


def test_61a_r6_the_help_says_too_much_to_check_it_all() -> None:
    out = "".join(lang_run("check-message", "--help").stdout.split())
    assert "暗号化されているとき、量が多すぎて全体を確認できないとき。" in out
    assert "確認するものが多すぎるとき" not in out
