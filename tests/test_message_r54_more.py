"""Review 45a R-minors (round 54): item 4 (a Yahoo!メール or Outlook page saved as .html gets the
webmail note, and the verdict points to it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from primehelp.content.message import load as load_content
from primehelp.message import MessageContent, check_message
from tests.support.clihelp import run


@pytest.fixture(scope="module")
def content() -> MessageContent:
    return load_content()


# ---------------------------------------------------------------- item 4

YAHOO = (
    '<html><head><meta charset="utf-8"><title>Amazon.co.jp ご注文の確認 - Yahoo!メール</title>'
    '</head><body><a href="https://mail.yahoo.co.jp/u/pc/f/folder/1">受信箱</a> '
    '<a href="https://login.yahoo.co.jp/config/login?logout=1">ログアウト</a>'
    '<div class="message"><p>Amazon.co.jpをご利用いただき、ありがとうございます。</p>'
    '<a href="https://www.amazon.co.jp/gp/css/order-history">注文履歴</a></div></body></html>'
)
OUTLOOK = YAHOO.replace("Yahoo!メール", "Outlook").replace(
    "https://mail.yahoo.co.jp/u/pc/f/folder/1", "https://outlook.live.com/mail/0/inbox"
)
OFFICE = OUTLOOK.replace("outlook.live.com", "outlook.office.com")


@pytest.mark.parametrize(
    ("page", "service"), [(YAHOO, "Yahoo!メール"), (OUTLOOK, "Outlook"), (OFFICE, "Outlook")]
)
def test_item4_a_webmail_page_gets_the_note_and_the_verdict_points_to_it(
    page: str, service: str, content: MessageContent
) -> None:
    result = check_message(page.encode(), content)
    notes = [note for note in result.could_not_know if note.id.endswith("webmail_maybe")]
    assert len(notes) == 1
    assert f"このファイルには{service}へのリンクがあります。" in notes[0].text.ja
    assert f"This file links to {service}." in notes[0].text.en
    assert result.verdict_text.ja.endswith("下の「確認できなかったこと」も必ずお読みください。")
    assert result.verdict_text.en.endswith("“What this check could not know” below.")
    # no mark of these pages is known: every link is still checked and listed
    assert any("yahoo" in link.host or "outlook" in link.host for link in result.links)


def test_item4_a_page_without_a_webmail_link_gets_no_note(content: MessageContent) -> None:
    page = YAHOO.replace("mail.yahoo.co.jp", "evil.example")
    result = check_message(page.encode(), content)
    assert not [note for note in result.could_not_know if "webmail" in note.id]
    assert "確認できなかったこと" not in result.verdict_text.ja


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", "このファイルにはYahoo!メールへのリンクがあります。"),
        ("en", "This file links to Yahoo!メール."),
    ],
)
def test_item4_on_the_screen(tmp_path: Path, lang: str, said: str) -> None:
    page = tmp_path / "y.html"
    page.write_text(YAHOO, encoding="utf-8")
    done = run("check-message", str(page), "--lang", lang, env={"COLUMNS": "1000"})
    assert done.exit_code == 1
    assert said in done.stdout


# ---------------------------------------------------------------- item 6

NON_WEB = (
    '<html><body><p>Amazon</p><a href="data:text/html;base64,PHNjcmlwdD4=">確認</a> '
    '<a href="javascript:void(0)">ログイン</a> <a href="vbscript:x">x</a> '
    '<a href="file:///C:/evil.exe">y</a> <a href="https://www.amazon.co.jp/">Amazon</a>'
    "</body></html>"
)
NON_WEB_TARGETS = [
    "data:text/html;base64,PHNjcmlwdD4=",
    "javascript:void(0)",
    "vbscript:x",
    "file:///C:/evil.exe",
]


def test_item6_every_non_web_link_is_a_link_with_its_own_kind(content: MessageContent) -> None:
    result = check_message(NON_WEB.encode(), content)
    assert [x.target for x in result.links if not x.is_web] == NON_WEB_TARGETS
    assert all(x.host == "" for x in result.links if not x.is_web)
    assert [x.target for x in result.links if x.is_web] == ["https://www.amazon.co.jp/"]
    kinds = [flag.kind.value for flag in result.red_flags]
    assert kinds == ["non_web_link"]


def test_item6_json_lists_them(tmp_path: Path) -> None:
    page = tmp_path / "h.html"
    page.write_text(NON_WEB, encoding="utf-8")
    data = run("check-message", str(page), "--json").json()["data"]
    assert [x["target"] for x in data["links"] if not x["is_web"]] == NON_WEB_TARGETS
    assert [flag["kind"] for flag in data["red_flags"]] == ["non_web_link"]


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", "・リンク：{target}（ウェブページのアドレスではありません。兆候1）"),
        (
            "en",
            "- Link: {target} (not a web address; see red flag 1)",
        ),  # 45a item 13: "- " in English
    ],
)
def test_item6_what_was_read_names_each(tmp_path: Path, lang: str, said: str) -> None:
    page = tmp_path / "h.html"
    page.write_text(NON_WEB, encoding="utf-8")
    out = run("check-message", str(page), "--lang", lang, env={"COLUMNS": "1000"}).stdout
    for target in NON_WEB_TARGETS:
        assert said.format(target=target) in out


# ---------------------------------------------------------------- item 7

_SHOWN_ONLY = {
    "ja": "（画面にこう表示されているだけで、実際のリンク先は上のアドレスです）",
    "en": "(only what the screen shows: the link goes to the address above)",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    ("shown", "target", "noted"),
    [
        ("Amazon.co.jp", "https://www.amazon.co.jp/", False),
        ("www.amazon.co.jp", "https://WWW.Amazon.co.jp/gp/css", False),
        ("https://amazon.co.jp/ap/signin", "https://www.amazon.co.jp/x", False),
        ("https://www.amazon.co.jp/ap/signin", "http://203.0.113.5/login", True),
        ("signin.amazon.co.jp", "https://www.amazon.co.jp/", True),
    ],
)
def test_item7_the_shown_only_note_only_when_the_address_differs(
    tmp_path: Path, lang: str, shown: str, target: str, noted: bool
) -> None:
    page = tmp_path / "g.html"
    page.write_text(f'<html><body><p>Amazon</p><a href="{target}">{shown}</a></body></html>')
    out = run("check-message", str(page), "--lang", lang, env={"COLUMNS": "1000"}).stdout
    assert (_SHOWN_ONLY[lang] in out) is noted


# ---------------------------------------------------------------- item 10


@pytest.mark.parametrize(
    "text",
    ["Amazon https://email.amazonses.com/track", "Amazon: 問い合わせは support@amazonses.com まで"],
)
@pytest.mark.parametrize(
    ("lang", "title", "not_said"),
    [
        ("ja", "Amazonが自社のものとして挙げていないドメイン", "Amazonに似せた"),
        ("en", "A domain Amazon does not list as its own", "Look-alike"),
    ],
)
def test_item10_amazonses_is_not_called_a_look_alike(
    text: str, lang: str, title: str, not_said: str
) -> None:
    done = run("check-message", "--text", text, "--lang", lang, env={"COLUMNS": "1000"})
    assert done.exit_code == 1
    assert title in done.stdout
    assert not_said not in done.stdout
    assert "amazonses.com" in done.stdout


# ---------------------------------------------------------------- item 11

SMIME = (
    'From: "Amazon" <a@amazon.co.jp>\nSubject: test\nMIME-Version: 1.0\n'
    "Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name=smime.p7m\n"
    "Content-Transfer-Encoding: base64\n\nMIAGCSqGSIb3DQEHA6CAMIACAQAxggE=\n"
)


def test_item11_a_mail_with_no_text_part_is_not_judged(content: MessageContent) -> None:
    result = check_message(SMIME.encode(), content)
    assert result.verdict.value == "body_not_read"
    ids = [note.id for note in result.could_not_know]
    assert "message.limit.no_text_body" in ids
    assert "message.limit.parts_not_read" not in ids  # the file's own bullet says it
    assert ids.count("message.limit.attachments") == 1


@pytest.mark.parametrize(
    ("lang", "no_body", "not_said", "once"),
    [
        # review 56a, item 6: the reason is the verdict's; the note says what was not checked
        (
            "ja",
            "本文が暗号化されているため、本文の中身は確認できませんでした",  # 60m, S 13
            "本文には、リンク",
            "添付ファイルの中身",
        ),
        (
            "en",
            "The body is encrypted, so what it says could not be checked.",
            "in the body.",
            "attachments were not",
        ),
    ],
)
def test_item11_on_the_screen(
    tmp_path: Path, lang: str, no_body: str, not_said: str, once: str
) -> None:
    mail = tmp_path / "smime.eml"
    mail.write_text(SMIME)
    done = run("check-message", str(mail), "--lang", lang, env={"COLUMNS": "1000"})
    assert done.exit_code == 1
    assert no_body in done.stdout
    assert not_said not in done.stdout
    assert done.stdout.count(once) <= 1


def test_item11_a_mail_with_a_text_part_and_a_file_is_judged(content: MessageContent) -> None:
    mail = (
        SMIME.replace(
            "Content-Type: application/pkcs7-mime",
            'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\n'
            "ご注文ありがとうございます。\n--b\nContent-Type: application/pkcs7-mime",
        )
        + "--b--\n"
    )
    result = check_message(mail.encode(), content)
    assert result.verdict.value == "no_red_flags_found"
