"""Fix round 60m (msg60b), check-message: review 60m items 4, 5, 7, 8, 9, 10, 12; S 13, 15."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.clihelp import joined as _flat
from tests.support.clihelp import lang_run, run


def _result(*args: str, lang: str = "ja", columns: int = 80) -> tuple[str, int]:
    done = lang_run("check-message", *args, lang=lang, columns=columns)
    return done.stdout, done.exit_code


def _json(*args: str, lang: str = "ja") -> dict[str, object]:
    data = json.loads(_result("--json", *args, lang=lang)[0])["data"]
    assert isinstance(data, dict)
    return data


def _headline(screen: str) -> str:
    """The headline, its wrapped lines joined."""
    return _flat(screen.split("\n\n", 1)[0])


_ATTACHED = (
    "From: Amazon <info@amazon-co-jp.shop>\n"
    "Subject: Amazon Prime 会員の満期通知\n"
    "MIME-Version: 1.0\n"
    'Content-Type: multipart/mixed; boundary="b"\n\n'
    "--b\n"
    "Content-Type: text/plain; charset=utf-8\n\n"
    "お客様のAmazonプライム会員資格が本日で満期となります。\n"
    "継続するには添付ファイルを開いてカード情報を入力してください。{more}\n"
    "--b\n"
    "Content-Type: application/pdf\n"
    'Content-Disposition: attachment; filename="invoice.pdf"\n'
    "Content-Transfer-Encoding: base64\n\n"
    "JVBERi0xLjQgZmFrZQ==\n"
    "--b--\n"
)

_ENCRYPTED = (
    "From: Amazon <no-reply@amazon.co.jp>\n"
    "Subject: 【Amazon】プライムの使用が一時的にできません\n"
    "MIME-Version: 1.0\n"
    "Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name=smime.p7m\n"
    "Content-Transfer-Encoding: base64\n\n"
    "MIAGCSqGSIb3DQEHA6CAMIACAQAxggFA\n"
)


def _mail(tmp_path: Path, text: str, name: str = "m.eml") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


# ------------------------- item 4: a mail with files attached names them, ja and en


@pytest.mark.parametrize("columns", [40, 80])
def test_4_the_headline_and_heading_name_the_attachment(tmp_path: Path, columns: int) -> None:
    mail = _mail(tmp_path, _ATTACHED.format(more=""))
    screen, code = _result(mail, columns=columns)
    assert code == 1
    assert _headline(screen) == (
        "✗ 危険な兆候が見つかりました。添付ファイルを開いたり、返信したりしないでください。"
    )
    flat = _flat(screen)
    assert "添付ファイルを開いてしまった場合や、返信などで情報を送ってしまった場合" in flat
    assert "返信して情報を送ってしまった場合" not in flat
    # sign 3 speaks of the file the request names, not only of links
    assert "届いたメールの添付ファイルやリンクからは、カード情報やパスワードを" in flat
    assert "リンク先でカード情報の入力を求めることはありません" not in flat


def test_4_in_english(tmp_path: Path) -> None:
    mail = _mail(tmp_path, _ATTACHED.format(more=""))
    screen, code = _result(mail, lang="en")
    assert code == 1
    assert screen.startswith("✗ Red flags found. Do not open the attached files, and do not reply.")
    flat = _flat(screen, "en")
    assert "If you already opened an attached file, or sent details in a reply" in flat
    assert "in the attached files or through the links of a mail you received" in flat


def test_4_json_verdict_and_detail_additive(tmp_path: Path) -> None:
    mail = _mail(tmp_path, _ATTACHED.format(more=""))
    data = _json(mail)
    assert data["verdict"] == "red_flags_found"
    assert data["verdict_text"] == (
        "危険な兆候が見つかりました。添付ファイルを開いたり、返信したりしないでください。"
    )
    flags = data["red_flags"]
    assert isinstance(flags, list)
    (asks,) = [flag for flag in flags if flag["kind"] == "asks_for_details"]
    assert "添付ファイルやリンクからは" in asks["detail"]
    advice = data["advice"]
    assert isinstance(advice, list)
    assert [one["id"] for one in advice] == [
        "message.advice.message_centre_no_link",
        "message.advice.report",
    ]
    assert "attached" not in data  # the heading's word, not data


def test_4_with_a_link_too(tmp_path: Path) -> None:
    mail = _mail(tmp_path, _ATTACHED.format(more="\nhttps://amazon-co-jp.shop/card"))
    screen, _ = _result(mail)
    assert _headline(screen) == (
        "✗ 危険な兆候が見つかりました。添付ファイルやリンクを開いたり、返信したりしないでください。"
    )
    assert "添付ファイルやリンク先で情報を入力してしまった場合" in _flat(screen)
    en, _ = _result(mail, lang="en")
    assert en.startswith("✗ Red flags found. Do not open the attached files or the links")
    assert "If you already entered details in an attached file or through a link" in en


def test_4_an_encrypted_body_is_no_file_to_open(tmp_path: Path) -> None:
    screen, code = _result(_mail(tmp_path, _ENCRYPTED))
    assert code == 1
    assert _headline(screen) == "✗ 危険な兆候が見つかりました。返信はしないでください。"
    assert "添付ファイルは開かないでください" not in _flat(screen)


# ------------------------- item 5: 「現在、」 beside the formerly published number

_DEFUNCT = "Amazonカスタマーサービスです。ご注文に問題があります。0120-999-373までお電話ください。"


@pytest.mark.parametrize("text", [_DEFUNCT, "Amazon：お問い合わせは 03-5757-5252 まで"])
def test_5_currently_no_number_is_published(text: str) -> None:
    said = "電話番号が書かれています。現在、Amazonは電話番号を公開していません。"
    assert said in _flat(_result("--text", text)[0])
    flags = _json("--text", text)["red_flags"]
    assert isinstance(flags, list)
    (phone,) = [flag for flag in flags if flag["kind"] == "phone_number"]
    assert phone["reason"].startswith(said)
    assert said in phone["detail"]
    en = _json("--text", text, lang="en")["red_flags"]
    assert isinstance(en, list)
    (phone_en,) = [flag for flag in en if flag["kind"] == "phone_number"]
    assert "Amazon currently publishes no number to dial." in phone_en["reason"]


# ------------------------- S 15: the JSON detail says the number was formerly Amazon's


@pytest.mark.parametrize(
    ("lang", "note"),
    [
        ("ja", "以前Amazonが公開していた番号ですが、現在は使われていません。"),
        ("en", "A former Amazon number, no longer in service. "),
    ],
)
def test_s15_the_defunct_note_is_in_the_detail(lang: str, note: str) -> None:
    flags = _json("--text", _DEFUNCT, lang=lang)["red_flags"]
    assert isinstance(flags, list)
    (phone,) = [flag for flag in flags if flag["kind"] == "phone_number"]
    assert phone["detail"].startswith(note)
    assert not phone["reason"].startswith(note)  # `reason` stays the shared text
    other = _json("--text", "Amazon：お問い合わせは 03-5757-5252 まで", lang=lang)["red_flags"]
    assert isinstance(other, list)
    assert all(note not in flag["detail"] for flag in other)


# ------------------------- item 7: the Return-Path note says which record

_RETURN_PATH = (
    'From: "Amazon" <order-update@amazon.co.jp>\n'
    "Subject: Amazonプライム会費のお支払い方法に問題があります\n"
    "Return-Path: <xyz@mail-kgfd.cn>\n"
    "Authentication-Results: mx.example.jp; spf=fail smtp.mailfrom=mail-kgfd.cn; dkim=none;"
    " dmarc=fail header.from=amazon.co.jp\n"
    "Content-Type: text/plain; charset=UTF-8\n\n"
    "お客様のプライム会員資格は24時間以内に停止されます。\n"
)


@pytest.mark.parametrize("columns", [40, 80])
def test_7_the_return_path_note(tmp_path: Path, columns: int) -> None:
    mail = _mail(tmp_path, _RETURN_PATH)
    flat = _flat(_result(mail, columns=columns)[0])
    assert "xyz@mail-kgfd.cn（受信したメールサーバーの認証結果に記録された送信元も、" in flat
    assert "同じドメインです）" in flat
    assert "受信したサーバーの記録でも同じドメイン" not in flat
    en = _flat(_result(mail, lang="en", columns=columns)[0], "en")
    assert "recorded in the receiving mail server's authentication results" in en


# ------------------------- item 8: the help paragraph in short sentences


@pytest.mark.parametrize("columns", [60, 80])
def test_8_the_help_paragraph(columns: int) -> None:
    done = run("check-message", "--help", env={"PRIMEHELP_LANG": "ja", "COLUMNS": str(columns)})
    lines = done.stdout.splitlines()
    assert any("「安全」とは判定しません。" in line for line in lines)  # not split over two
    flat = _flat(done.stdout)
    assert "終了コードは、危険な兆候が見つかったときは1、見つからなかったときは0です。" in flat
    assert "0でも、Amazonからの連絡だという証明にはなりません。" in flat
    assert "終了コード1で終わります：本文を読み取れないとき、" in flat
    assert "確認するものが多すぎてすべては確認できなかったとき" not in flat


# ------------------------- item 9: every red-flag headline breaks at a 「、」


def test_9_every_headline_is_worded_to_break_at_a_comma() -> None:
    from primehelp.facts import document

    verdicts = document("message_notes").node("red_flags_with").children()
    assert len(verdicts) == 19  # every way but none: verdict.red_flags_found
    for key, node in verdicts:
        ja = node.text().ja
        assert "返信も" not in ja and "せず" not in ja and "かず" not in ja, key
        assert "返信したりしないでください。" in ja, key


@pytest.mark.parametrize("columns", [40, 60, 80])
@pytest.mark.parametrize(
    "text",
    [
        "Amazon：お問い合わせは 03-5757-5252 まで",
        "【Amazon】プライム会費のお支払い方法に問題があります https://bit.ly/3xAmzn",
        "至急、Amazonサポートにお電話ください。",
    ],
)
def test_9_the_headline_keeps_its_last_phrase_whole(text: str, columns: int) -> None:
    screen, code = _result("--text", text, columns=columns)
    assert code == 1
    head = screen.split("\n\n", 1)[0].splitlines()
    assert any("返信したりしないでください。" in line for line in head), head
    assert not any(line.endswith("返信も") for line in head), head


# ------------------------- item 10: what is typed, in backticks


def test_10_a_file_and_text_together(tmp_path: Path) -> None:
    mail = _mail(tmp_path, "hello\n", "real.eml")
    done = run("--lang", "ja", "check-message", "--text", "abc", mail)
    assert done.exit_code == 2
    assert "ファイルと `--text` は一緒に指定できません。" in done.stderr
    en = run("--lang", "en", "check-message", "--text", "abc", mail)
    assert "use one of FILE or `--text`, not both" in en.stderr


def test_10_how_to_give_a_message() -> None:
    from primehelp.cli.check_message import _HOW_TO_GIVE, _STDIN_CLOSED

    assert _HOW_TO_GIVE.ja.endswith('標準入力（`-`）、または `--text "SMSの文面"`')
    assert "`--text TEXT`" in _HOW_TO_GIVE.en
    assert "ファイル名か `--text` で" in _STDIN_CLOSED.ja


# ------------------------- item 12 and S 13: a body that could not be read


def test_12_a_mail_of_files_only(tmp_path: Path) -> None:
    mail = _mail(
        tmp_path,
        "From: Amazon <no-reply@amazon.co.jp>\nSubject: x\nMIME-Version: 1.0\n"
        'Content-Type: application/pdf\nContent-Disposition: attachment; filename="a.pdf"\n'
        "Content-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n",
    )
    flat = _flat(_result(mail)[0])
    assert (
        "・本文を読み取れないため、リンクや電話番号が書かれているかどうかは確認できませんでした。"
        in flat
    )
    assert "本文のリンクや電話番号は確認していません" not in flat
    en = _flat(_result(mail, lang="en")[0], "en")
    assert "so whether it gives links or phone numbers could not be checked" in en


def test_12_an_encrypted_mail_s_verdict(tmp_path: Path) -> None:
    mail = _mail(tmp_path, _ENCRYPTED.replace("【Amazon】プライムの使用が一時的にできません", "x"))
    screen, code = _result(mail)
    assert code == 1
    flat = _flat(screen)
    assert (
        "判定できません。暗号化された本文やリンクは開かずに、本物かどうか確かめてください。" in flat
    )
    assert "添付ファイルは開かずに" not in flat
    assert "・本文が暗号化されているため、本文の中身は確認できませんでした。" in flat
    en = _flat(_result(mail, lang="en")[0], "en")
    assert "without opening the encrypted body or its links" in en


def test_s13_an_encrypted_body_is_said_with_a_sign_too(tmp_path: Path) -> None:
    mail = _mail(tmp_path, _ENCRYPTED)
    screen, code = _result(mail)
    assert code == 1
    assert "・本文が暗号化されているため、本文の中身は確認できませんでした。" in _flat(screen)
    notes = _json(mail)["could_not_know"]
    assert isinstance(notes, list)
    assert "message.limit.no_text_body" in [note["id"] for note in notes]  # the id kept
    en = _flat(_result(mail, lang="en")[0], "en")
    assert "The body is encrypted, so what it says could not be checked." in en
