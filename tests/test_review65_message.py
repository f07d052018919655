"""Review 64m (check-message): an RFC 2047 sender name holding 「,」「;」「]」 (R-major 1, B1), a
suspicious-order pretext and 「至急」 beside a phone number (R-major 4), a look-alike domain under a
spaced name (R-major 3), an attachment name with direction controls (R-major 2), and wording
(R-minor 6, 7, 8)."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import pytest

from tests.support.clihelp import joined, lang_run


def _encoded(name: str) -> str:
    return "=?UTF-8?B?" + base64.b64encode(name.encode()).decode() + "?="


def _from_mail(tmp_path: Path, sender: str) -> str:
    path = tmp_path / "from.eml"
    path.write_bytes(f"From: {sender}\nSubject: test\n\nhello\n".encode())
    return str(path)


def _data(path: str, lang: str = "ja") -> dict[str, Any]:
    data: dict[str, Any] = lang_run("check-message", "--json", path, lang=lang).json()["data"]
    return data


# ----------------------------- R-major 1, B1: split before decoding the name


@pytest.mark.parametrize(
    "name", ["Amazon, Japan", "Amazon;x", "Amazon]", "Amazon <x", "Amazon.co.jp, プライム事務局"]
)
def test_1_an_encoded_name_stays_one_name(tmp_path: Path, name: str) -> None:
    path = _from_mail(tmp_path, f"{_encoded(name)} <x@evil.top>")
    data = _data(path)
    assert data["headers"]["from_name"] == name
    assert data["headers"]["from_address"] == "x@evil.top"
    assert data["headers"]["more_senders"] == []
    assert data["verdict"] == "red_flags_found"
    assert [f["kind"] for f in data["red_flags"]] == ["display_name_mismatch"]


def test_1_the_review_command_in_japanese(tmp_path: Path) -> None:
    path = _from_mail(tmp_path, f"{_encoded('Amazon, Japan')} <x@evil.top>")
    done = lang_run("check-message", path, columns=80)
    assert done.exit_code == 1
    text = joined(done.stdout)
    assert "・差出人：Amazon, Japan <x@evil.top>" in done.stdout
    assert "差出人名とアドレスの不一致" in text
    assert (
        "差出人の名前はAmazonですが、メールアドレスのドメインはAmazonのものではありません。" in text
    )
    assert "危険な兆候は見つかりませんでした" not in text


def test_1_the_review_command_in_english(tmp_path: Path) -> None:
    path = _from_mail(tmp_path, f"{_encoded('Amazon, Japan')} <x@evil.top>")
    done = lang_run("check-message", path, lang="en", columns=80)
    assert done.exit_code == 1
    assert "- From: Amazon, Japan <x@evil.top>" in done.stdout
    assert "No red flags" not in done.stdout


def test_1_a_control_character_in_an_encoded_name_is_kept_and_escaped(tmp_path: Path) -> None:
    path = _from_mail(tmp_path, _encoded("Amazon\x1b]0;x\x07") + " <x@evil.top>")
    assert _data(path)["headers"]["from_address"] == "x@evil.top"
    done = lang_run("check-message", path, columns=80)
    assert done.exit_code == 1
    assert "\x1b" not in done.stdout and "\x07" not in done.stdout
    assert "差出人：Amazon\\x1b]0;x\\x07 <x@evil.top>" in done.stdout


def test_1_two_encoded_mailboxes_are_still_two(tmp_path: Path) -> None:
    sender = f"{_encoded('Amazon, Japan')} <x@evil.top>, {_encoded('B;b')} <b@example.com>"
    data = _data(_from_mail(tmp_path, sender))
    assert data["headers"]["from_name"] == "Amazon, Japan"
    assert data["headers"]["from_address"] == "x@evil.top"
    assert data["headers"]["more_senders"] == [["B;b", "b@example.com"]]
    done = lang_run("check-message", _from_mail(tmp_path, sender), columns=1000)
    assert "Amazon, Japan <x@evil.top>、B;b <b@example.com>" in done.stdout


# ----------------------------- R-major 4: 「ご注文に不審な点があります」 and 「至急」


_ORDER = (
    "Amazonカスタマーセンターです。ご注文に不審な点があります。"
    "至急０５０－１２３４－５６７８までお電話ください。"
)


def test_4_a_suspicious_order_and_hurry_are_named_in_japanese() -> None:
    done = lang_run("check-message", "--text", _ORDER, columns=80)
    assert done.exit_code == 1
    text = joined(done.stdout)
    assert "1. 詐欺でよく使われる件名・文面「ご注文に不審な点があります」" in text
    assert "さらに「至急」と書いて、手続きを急がせています。" in text
    assert "2. 電話番号への誘導" in text


def test_4_a_suspicious_order_and_hurry_are_named_in_english() -> None:
    done = lang_run("check-message", "--text", _ORDER, lang="en", columns=80)
    assert done.exit_code == 1
    text = joined(done.stdout, "en")
    assert "1. Subject or wording common in scams “ご注文に不審な点があります”" in text
    assert "It also says “至急” to rush you." in text


def test_4_json_names_the_kinds() -> None:
    data = lang_run("check-message", "--json", "--text", _ORDER).json()["data"]
    assert [f["kind"] for f in data["red_flags"]] == ["scam_subject", "phone_number"]
    assert "「至急」" in data["red_flags"][0]["reason"]


@pytest.mark.parametrize(
    "text",
    [
        "ご注文に不審な点がございましたら、カスタマーサービスまでご連絡ください。",
        "ご注文について不審な点がありましたら、お問い合わせください。",
    ],
)
def test_4_a_shops_closing_words_are_no_sign(text: str) -> None:
    data = lang_run("check-message", "--json", "--text", text).json()["data"]
    assert data["red_flags"] == []


def test_4_a_deadline_beside_a_scam_subject_is_named() -> None:
    text = "不審な注文がありました。本日中にご確認ください。050-1234-5678"
    done = lang_run("check-message", "--text", text, columns=80)
    assert "さらに「本日中」と期限を切って、手続きを急がせています。" in joined(done.stdout)


# ----------------------------- R-major 3: the look-alike domain under a spaced name


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_3_a_spaced_name_at_a_look_alike_domain_names_the_domain(tmp_path: Path, lang: str) -> None:
    path = _from_mail(tmp_path, '"A m a z o n" <info@amaz0n-jp.cn>')
    done = lang_run("check-message", path, lang=lang, columns=80)
    assert done.exit_code == 1
    text = joined(done.stdout, lang)
    if lang == "ja":
        assert "「A m a z o n」は、Amazonの文字の間に空白を挟んで似せた名前です。" in text
        assert (
            "メールアドレスのドメイン（amaz0n-jp.cn）も、Amazonに似せた名前です。"
            "5文字目の「0」は、英字の「o（オー）」ではなく数字の「0（ゼロ）」です。"
        ) in text
        assert "メールアドレスのドメインも、Amazonのものではありません。" not in text
    else:
        assert "The address's domain (amaz0n-jp.cn) imitates Amazon's name too." in text
        assert "Character 5, '0', is the digit zero" in text
    data = _data(path, lang)
    assert [f["kind"] for f in data["red_flags"]] == ["display_name_lookalike"]


def test_3_a_spaced_name_elsewhere_still_says_the_domain_is_not_amazons(tmp_path: Path) -> None:
    path = _from_mail(tmp_path, '"A m a z o n" <info@evil.cn>')
    text = joined(lang_run("check-message", path, columns=80).stdout)
    assert "メールアドレスのドメインも、Amazonのものではありません。" in text
    assert "Amazonに似せた名前です。" not in text


# ----------------------------- R-major 2: a name with direction controls


def _attached(tmp_path: Path, name: str) -> str:
    from email.message import EmailMessage

    mail = EmailMessage()
    mail["From"] = "Amazon <account-update@amazon.co.jp>"
    mail["Subject"] = "請求書"
    mail.set_content("添付の請求書をご確認ください。")
    mail.add_attachment(b"MZ" * 8, maintype="application", subtype="pdf", filename=name)
    path = tmp_path / "rlo.eml"
    path.write_bytes(bytes(mail))
    return str(path)


_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_2_a_right_to_left_override_is_a_disguised_attachment(tmp_path: Path, lang: str) -> None:
    path = _attached(tmp_path, "invoice\u202efdp.scr")
    done = lang_run("check-message", path, lang=lang, columns=60)
    assert done.exit_code == 1
    assert not any(c in done.stdout for c in _CONTROLS)
    text = joined(done.stdout, lang)
    if lang == "ja":
        assert "1. 添付ファイルの偽装invoice<U+202E>fdp.scr" in text
        assert (
            "ファイル名の中に、文字の向きを変える制御文字が入っています。"
            "メールソフトでは「invoicercs.pdf」のように表示されることがありますが、"
            "実際はプログラムのファイル（.scr）です。"
        ) in text
        assert (
            "添付ファイル「invoice<U+202E>fdp.scr」（メールソフトでは「invoicercs.pdf」"
            "のように表示されることがあります。プログラムのファイル）の中身は確認していません。"
        ) in text
    else:
        assert (
            "A mail program may show it as “invoicercs.pdf”, but the file is a program (.scr)."
            in text
        )
        assert "a mail program may show it as “invoicercs.pdf”" in text
    data = _data(path, lang)
    assert [(f["kind"], f["evidence"]) for f in data["red_flags"]] == [
        ("disguised_attachment", "invoice<U+202E>fdp.scr")
    ]
    assert not any(c in lang_run("check-message", "--json", path).stdout for c in _CONTROLS)


@pytest.mark.parametrize(
    ("name", "shown", "said"),
    [
        ("請求書\u202efdp.exe", "請求書exe.pdf", "実際はプログラムのファイル（.exe）です。"),
        ("invoice\u202elmth.pdf", "invoicefdp.html", "実際の名前の最後は「.pdf」です。"),
        ("invoice\u202eftp.html", "invoicelmth.ptf", "実際はウェブページのファイル（.html）です。"),
        ("inv\u202boice.exe", "invoice.exe", "実際はプログラムのファイル（.exe）です。"),
        ("a\u202ebc\u202cd.exe", "acbd.exe", "実際はプログラムのファイル（.exe）です。"),
    ],
)
def test_2_other_names_with_direction_controls(
    tmp_path: Path, name: str, shown: str, said: str
) -> None:
    path = _attached(tmp_path, name)
    done = lang_run("check-message", path, columns=80)
    assert not any(c in done.stdout for c in _CONTROLS)
    text = joined(done.stdout)
    assert f"メールソフトでは「{shown}」のように表示されることがありますが、{said}" in text
    kinds = [f["kind"] for f in _data(path)["red_flags"]]
    assert kinds == ["disguised_attachment"]


# ----------------------------- R-minor 6: a binary or too large file is named


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_6_a_binary_file_is_named(tmp_path: Path, lang: str) -> None:
    path = tmp_path / "bin.dat"
    path.write_bytes(bytes(range(256)) * 8)
    done = lang_run("check-message", str(path), lang=lang)
    assert done.exit_code == 2
    assert len(done.stderr.splitlines()) == 1
    if lang == "ja":
        assert (
            f"primehelp: エラー: 「{path}」は文字ではないデータ（画像や圧縮ファイルなど）のようです。"
            in done.stderr
        )
    else:
        assert f"primehelp: error: “{path}” is not text (it looks like a picture" in done.stderr


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_6_a_too_large_file_is_named(tmp_path: Path, lang: str) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * (10 * 1024 * 1024 + 5))
    done = lang_run("check-message", str(path), lang=lang)
    assert done.exit_code == 2
    assert len(done.stderr.splitlines()) == 1
    if lang == "ja":
        assert (
            f"primehelp: エラー: 「{path}」は大きすぎます。確認できるのは10MB（10,485,760バイト）までです。"
            in done.stderr
        )
    else:
        assert f"primehelp: error: “{path}” is too large (accepted: up to 10 MiB)" in done.stderr


def test_6_standard_input_keeps_its_words() -> None:
    from tests.support.clihelp import run

    done = run("--lang", "ja", "check-message", "-", stdin="\x00\x01\x02" * 400)
    assert done.exit_code == 2
    assert "primehelp: エラー: 文字ではないデータ" in done.stderr


# ----------------------------- R-minor 7 and 8: wording


def test_7_an_image_only_body_says_tap_or_click(tmp_path: Path) -> None:
    path = tmp_path / "img.eml"
    path.write_bytes(
        b"From: Amazon <x@amazon.co.jp>\nSubject: t\nMIME-Version: 1.0\n"
        b"Content-Type: text/html; charset=utf-8\n\n"
        b'<html><body><a href="https://amazon.co.jp/"><img src="cid:a"></a></body></html>\n'
    )
    ja = joined(lang_run("check-message", str(path), columns=60).stdout)
    assert (
        "画像はタップやクリックをせず、QRコードも読み取らずに、本物かどうか確かめてください。" in ja
    )
    en = joined(lang_run("check-message", str(path), lang="en", columns=60).stdout, "en")
    assert "without tapping or clicking the images or scanning a QR code in them." in en


def test_8_the_attachment_steps_heading(tmp_path: Path) -> None:
    path = _attached(tmp_path, "invoice.pdf.exe")
    ja = joined(lang_run("check-message", str(path), columns=80).stdout)
    assert "添付ファイルを開いてしまった場合や、返信などで情報を送ってしまった場合" in ja
    en = lang_run("check-message", str(path), lang="en", columns=200).stdout
    assert "If you already opened an attached file, or sent details in a reply" in en


def test_4_a_deadline_the_quote_shows_is_not_named_again() -> None:
    done = lang_run("check-message", "--text", "12月10日までにお支払い方法を更新してください。")
    assert done.exit_code == 1
    assert "さらに「12月10日までに」" not in done.stdout


@pytest.mark.parametrize(
    "text",
    [
        "カードの有効期限が切れています。12月10日23時59分までに更新してください",
        "カードの有効期限が切れています。お支払い情報をご確認ください。本日中に更新してください",
    ],
)
def test_4_a_deadline_the_words_matched_name_is_not_named_again(text: str) -> None:
    """An own phrase made a sign by a deadline in the next sentence: the sign quotes that
    sentence (review 63m, item 12) and names the deadline as a word matched; 「さらに…と期限を
    切って」 would say it a fourth time (the merge of review 64m item 4 with 63m item 12)."""
    done = lang_run("check-message", "--text", text)
    assert done.exit_code == 1
    assert "一致した語句" in done.stdout
    assert "さらに「" not in done.stdout, done.stdout
    en = lang_run("check-message", "--text", text, lang="en").stdout
    assert "It also sets a deadline" not in en, en
