"""Fix round 56a1, check-message (review 56a items 1, 3, 4, 5 and 6)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.clihelp import run


def _screen(*args: str, lang: str = "ja", columns: int = 80) -> str:
    return run("--lang", lang, "check-message", *args, env={"COLUMNS": str(columns)}).stdout


def _flat(screen: str, lang: str = "ja") -> str:
    """The screen with its wrapped lines joined (their indent dropped; a space in English)."""
    return ("" if lang == "ja" else " ").join(line.strip() for line in screen.splitlines())


def _signs(screen: str, lang: str = "ja") -> str:
    start, end = (
        ("見つかった兆候", "読み取った内容") if lang == "ja" else ("Red flags", "What was read")
    )
    return screen.split(start, 1)[1].split(end, 1)[0]


# ------------------------------ item 1: only the quotes that matched a scam phrase are named

_REPORTED = "【Amazon】プライムの使用が一時的にできません"
_PLAIN = "お客様のプライム会員資格を一時停止しました"


@pytest.mark.parametrize("columns", [40, 80])
def test_1_a_quote_without_scam_words_is_not_said_to_match(columns: int) -> None:
    text = f"{_REPORTED}\n{_PLAIN}"
    flat = _flat(_signs(_screen("--text", text, columns=columns)))
    assert "1つ目の文面は、2025〜26年によく報告されている詐欺の件名・文面と同じです。" in flat
    assert "2つ目の文面も" not in flat and "似ています" not in flat
    assert "一致した語句" not in flat  # the match is exact: no words listed
    en = _flat(_signs(_screen("--text", text, lang="en", columns=columns), "en"), "en")
    assert "Wording 1 matches a scam subject" in en
    assert "wording 2" not in en and "Words that matched" not in en


def test_1_the_matching_quote_is_named_by_its_place() -> None:
    flat = _flat(_signs(_screen("--text", f"{_PLAIN}\n{_REPORTED}")))
    assert "2つ目の文面は、2025〜26年によく報告されている詐欺の件名・文面と同じです。" in flat
    assert "1つ目の文面" not in flat


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_1_the_screen_names_only_what_the_json_found(lang: str) -> None:
    text = f"{_REPORTED}\n{_PLAIN}"
    data = json.loads(run("--lang", lang, "check-message", "--json", "--text", text).stdout)
    (scam,) = [f for f in data["data"]["red_flags"] if f["kind"] == "scam_subject"]
    assert [scam["evidence"], *scam["more_evidence"]] == [_REPORTED]  # the screen's 「1つ目」


def test_1_a_similar_second_quote_has_its_own_words() -> None:
    text = f"{_REPORTED}\nアカウントが停止されました。"
    flat = _flat(_signs(_screen("--text", text)))
    assert "1つ目の文面は、2025〜26年によく報告されている詐欺の件名・文面と同じです。" in flat
    assert "2つ目の文面は、よく報告されている詐欺の件名・文面に似ています。" in flat
    assert "2つ目の文面の一致した語句：「アカウントが停止されました」" in flat
    assert "「プライムの使用が一時的にできません」" not in flat.split("2つ目の文面の一致")[1]
    en = _flat(_signs(_screen("--text", text, lang="en"), "en"), "en")
    assert "Words that matched in wording 2: “アカウントが停止されました”" in en


def test_1_a_mixed_scam_sign_lists_only_the_similar_words() -> None:
    flat = _flat(_screen("tests/cli/messages/scam-iso-2022-jp.eml"))
    assert "2つ目の文面の一致した語句：「お支払い方法に問題」" in flat
    assert "「プライム会費のお支払い方法に問題があります」、" not in flat


# ------------------------- item 3: every link of a sign is tagged; the rest folded as above


def _many(tmp_path: Path, count: int = 60) -> str:
    path = tmp_path / "many.txt"
    links = " ".join(f"https://amzn{i}.top/x" for i in range(count))
    path.write_text(f"Amazonからのお知らせ\n{links}\n", encoding="utf-8")
    return str(path)


def _read(screen: str, lang: str = "ja") -> str:
    start, end = (
        ("読み取った内容", "確認できなかったこと")
        if lang == "ja"
        else ("What was read", "What could not be checked")
    )
    return screen.split(start, 1)[1].split(end, 1)[0]


@pytest.mark.parametrize("columns", [40, 80])
def test_3_the_links_after_the_fifth_are_one_line_with_the_sign(
    tmp_path: Path, columns: int
) -> None:
    many = _many(tmp_path)
    read = _read(_screen(many, columns=columns))
    flat = _flat(read)
    assert flat.count("（Amazon以外のドメイン。兆候1）") == 6
    assert "Amazon以外のドメイン）" not in flat  # none without its sign
    assert "・リンク：amzn5.top ほか54件（Amazon以外のドメイン。兆候1）" in flat
    assert "amzn6.top" not in flat and "https://amzn5.top/x" not in flat
    assert len(read.splitlines()) < 25  # 60 links took 120 lines (180 at 40 columns)
    en = _flat(_read(_screen(many, lang="en", columns=columns), "en"), "en")
    assert "Link: amzn5.top and 54 more (not Amazon's domain; see red flag 1)" in en
    assert "amzn6.top" not in en


def test_3_a_sixth_link_alone_is_listed_in_full_with_its_sign(tmp_path: Path) -> None:
    flat = _flat(_read(_screen(_many(tmp_path, 6))))
    assert "・リンク：amzn5.top（Amazon以外のドメイン。兆候1）https://amzn5.top/x" in flat
    assert "ほか" not in flat


# ------------- item 4: a Return-Path and the server's record of its domain are one sender

_FAKE = (
    "From: Amazon <order-update@amazon.co.jp>\n"
    "Return-Path: <bounce@mail.evil-sender.cn>\n"
    "Authentication-Results: mx.example.jp; spf=fail smtp.mailfrom=evil-sender.cn\n"
    "Subject: ご注文の確認\nContent-Type: text/plain; charset=utf-8\n\n"
    "ご注文ありがとうございます。\n"
)


def _fake(tmp_path: Path, mail: str = _FAKE) -> str:
    path = tmp_path / "fake.eml"
    path.write_text(mail, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("columns", [40, 80])
def test_4_the_return_path_is_one_sender_said_once(tmp_path: Path, columns: int) -> None:
    screen = _screen(_fake(tmp_path), columns=columns)
    assert "smtp.mailfrom" not in screen
    flat = _flat(screen)
    assert "Amazon以外の返送先（Return-Path）ドメイン：" in flat  # no 「（2件）」
    agrees = "（受信したメールサーバーの認証結果に記録された送信元も、同じドメインです）"
    assert "bounce@mail.evil-sender.cn" + agrees in flat  # review 60m, item 7
    assert flat.count("・返送先（Return-Path）：") == 1
    assert "受信したサーバーの記録から" not in flat
    en = _flat(_screen(_fake(tmp_path), lang="en", columns=columns), "en")
    assert "smtp.mailfrom" not in en and "Return-Path outside Amazon (2)" not in en
    agrees = " (the sender recorded in the receiving mail server's authentication results has"
    assert "bounce@mail.evil-sender.cn" + agrees + " the same domain)" in en
    assert en.count("Return-Path:") == 1


def test_4_the_json_counts_one_return_path(tmp_path: Path) -> None:
    data = json.loads(run("check-message", "--json", _fake(tmp_path)).stdout)["data"]
    (sign,) = [f for f in data["red_flags"] if f["kind"] == "return_path_outside"]
    assert (sign["evidence"], sign["more_evidence"], sign["count"]) == (
        "bounce@mail.evil-sender.cn",
        [],
        1,
    )


def test_4_a_record_of_another_domain_is_still_its_own_sender(tmp_path: Path) -> None:
    mail = _FAKE.replace("smtp.mailfrom=evil-sender.cn", "smtp.mailfrom=other-sender.top")
    flat = _flat(_screen(_fake(tmp_path, mail)))
    assert "other-sender.top（受信したサーバーの記録から）" in flat
    assert "同じドメイン" not in flat


# ------------------ item 5: look-alike domains are one sign, the shared explanation said once

_LOOKALIKES = (
    "Amazon お支払い https://www.amazon.co.jp.evil.cn/ https://amazon-jp.shop/a www.amaz0n.top/x"
)


@pytest.mark.parametrize("columns", [40, 80])
def test_5_the_lookalike_domains_are_one_sign(columns: int) -> None:
    screen = _screen("--text", _LOOKALIKES, columns=columns)
    signs = _flat(_signs(screen))
    assert "（1件）1. Amazonに似せたドメイン（3件）" in signs
    assert signs.count("Amazonのドメインではありません") == 1
    start = "このアドレスは www.amazon.co.jp で始まりますが、実際のドメインは evil.cn です。"
    zero = "5文字目の「0」は、英字の「o（オー）」ではなく数字の「0（ゼロ）」です。"
    bare = signs.replace(" ", "")  # a line may break at a space beside evil.cn
    assert (
        f"・https://www.amazon.co.jp.evil.cn/{start}・https://amazon-jp.shop/a".replace(" ", "")
        in bare
    )
    assert f"・www.amaz0n.top/x{zero}Amazonのドメインではありません" in signs
    assert _flat(_read(screen)).count("（Amazon以外のドメイン。兆候1）") == 3
    en = _flat(_signs(_screen("--text", _LOOKALIKES, lang="en", columns=columns), "en"), "en")
    assert "1. Look-alike domain (3)" in en
    assert en.count("It is not Amazon's domain") == 1
    assert "- www.amaz0n.top/x Character 5, '0', is the digit zero" in en


def test_5_the_json_shows_them_folded_into_the_first() -> None:
    data = json.loads(run("check-message", "--json", "--text", _LOOKALIKES).stdout)["data"]
    signs = [(f["domain"], f["folded_into"], f["number"]) for f in data["red_flags"]]
    assert signs == [("evil.cn", None, 1), ("amazon-jp.shop", 0, 1), ("amaz0n.top", 0, 1)]
    zero = data["red_flags"][2]["detail"]  # each keeps its own explanation in full
    assert "Amazonのドメインではありません" in zero and "5文字目の「0」" in zero


# ----------------- item 6: a mail without readable text says why once, in --help's words

_IMAGE_ONLY = (
    "From: Amazon <x@amazon.co.jp>\nSubject: test\nMIME-Version: 1.0\n"
    'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: image/png\n'
    "Content-Transfer-Encoding: base64\n\niVBORw0KGgoAAAAAAAAAAAAAAAAAAAAAAAAA\n--b--\n"
)


@pytest.mark.parametrize("columns", [40, 80])
def test_6_no_readable_body_is_explained_once(tmp_path: Path, columns: int) -> None:
    mail = _fake(tmp_path, _IMAGE_ONLY)
    flat = _flat(_screen(mail, columns=columns))
    # review 59m, item 9: an image part its only body is said to be one, not a list of cases
    assert flat.startswith("本文が画像だけのため、危険な兆候があるかどうかは判定できません。")
    assert flat.count("本文が画像だけ") == 1  # the reason only in the verdict (52a item 46)
    assert "・画像の中身（QRコードや、画像として書かれた文字・リンク）は確認していません。" in flat
    assert "暗号化" not in flat and "読み取れる本文がありませんでした" not in flat
    en = _flat(_screen(mail, lang="en", columns=columns), "en")
    assert en.startswith("The body is only images, so whether it has red flags cannot be told")
    assert "encrypted" not in en


def test_6_the_help_uses_the_same_words() -> None:
    ja = "".join(run("--lang", "ja", "check-message", "--help").stdout.split())
    assert "本文が画像や添付ファイルだけのとき、暗号化されているとき" in ja
    assert "本文が画像だけのとき" not in ja
    en = " ".join(run("--lang", "en", "check-message", "--help").stdout.split())
    assert "is only images or attached files, or is encrypted" in en


def test_4_a_return_path_on_amazons_domain_gets_no_note() -> None:
    screen = _screen("tests/cli/messages/genuine-order-iso-2022-jp.eml")
    assert "同じドメイン" not in screen


def test_1_the_same_in_a_mail_of_that_subject_and_body(tmp_path: Path) -> None:
    import base64

    subject = base64.b64encode(_REPORTED.encode()).decode()
    mail = (
        f"From: Amazon <info@amazon-notice.top>\nSubject: =?UTF-8?B?{subject}?=\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{_PLAIN}\n"
    )
    flat = _flat(_signs(_screen(_fake(tmp_path, mail))))
    assert "1つ目の文面は、2025〜26年によく報告されている詐欺の件名・文面と同じです。" in flat
    assert "2つ目の文面も" not in flat and "一致した語句" not in flat
