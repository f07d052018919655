"""Review 61m (check-message): JSON and evidence details, in Japanese and English.

B 12 an undecodable IDN's evidence and reason; B 13 a bare domain name in `links`; B 14 SPF's
domain; R-minor 3 two link texts glued into one quote; 6 the look-alike start; 7 an address's
「兆候N」; 10 the Return-Path's evidence and explanation. The mails are built here (the review's
/tmp/m61 files are not kept).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import joined, lang_run

LANGS = ("ja", "en")

_PHISH_HEAD = """\
Return-Path: <bounce@amazon-co-jp.shop>
Authentication-Results: mx.example.net;
 spf=fail smtp.mailfrom=amazon-co-jp.shop;
 dmarc=fail header.from=amazon.co.jp
From: "Amazon" <account@amazon.co.jp>
To: member@example.jp
Subject: =?UTF-8?B?44OX44Op44Kk44Og5Lya6LK744Gu44GK5pSv5omV44GE?=
Date: Mon, 7 Dec 2026 10:00:00 +0900
MIME-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

"""

# Two links side by side in one paragraph (the review's ph_sjis.eml), one to an IDN that does
# not decode.
_PHISH_BODY = """\
<html><body>
<p>プライム会費のお支払いが確認できませんでした。</p>
<p><a href="http://xn--amzon-2ve.jp/pay">本人確認が完了していません</a> <a href="http://192.0.2.1/login">こちら</a></p>
</body></html>
"""

_REAL = """\
Return-Path: <bounce@bounces.amazon.co.jp>
Authentication-Results: mx.example.net;
 dkim=pass header.i=@amazon.co.jp;
 spf=pass (example.net: domain of bounce@bounces.amazon.co.jp designates 192.0.2.9 as permitted sender) smtp.mailfrom=bounces.amazon.co.jp;
 dmarc=pass header.from=amazon.co.jp
From: "Amazon.co.jp" <auto-confirm@amazon.co.jp>
To: member@example.jp
Subject: order
Date: Mon, 7 Dec 2026 10:00:00 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Amazon.co.jpをご利用いただき、ありがとうございます。
https://www.amazon.co.jp/gp/css/order-history
"""

_RECEIVED_SPF_ONLY = """\
Return-Path: <bounce@amazon-co-jp.shop>
Received-SPF: fail (example.net: domain of bounce@amazon-co-jp.shop does not designate 192.0.2.8 as permitted sender) receiver=mx.example.net; client-ip=192.0.2.8; envelope-from=bounce@amazon-co-jp.shop;
From: "Amazon" <account@amazon.co.jp>
To: member@example.jp
Subject: test
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

ご確認ください。
"""

_OTHER_PASS = """\
Return-Path: <bounce@evil-mail.top>
Authentication-Results: mx.example.net;
 spf=pass smtp.mailfrom=bounce@evil-mail.top;
 dmarc=fail header.from=amazon.co.jp
From: "Amazon" <account@amazon.co.jp>
Reply-To: help@www.amazon.co.jp.evil.example.com
To: member@example.jp
Subject: test
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

ご確認ください。
https://amazon.co.jp.evil.example.net/signin
"""

_SAVED = """\
<html><head><meta charset="utf-8"><title>Amazon</title></head><body>
<p>アカウント確認のお願い</p>
<p><a href="https://www.amazon.co.jp.evil.example.com/">アカウントを確認</a></p>
<p>お問い合わせ：<a href="mailto:help@amazon-support.jp">help@amazon-support.jp</a></p>
</body></html>
"""


def _file(folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _phish(folder: Path) -> str:
    return _file(folder, "ph.eml", _PHISH_HEAD + _PHISH_BODY)


def _flags(path: str, lang: str) -> list[dict[str, object]]:
    done = lang_run("check-message", path, "--json", lang=lang)
    assert done.exit_code == 1, done.stderr
    flags: list[dict[str, object]] = done.json()["data"]["red_flags"]
    return flags


def _sign(screen: str, head: str) -> list[str]:
    """The lines of the sign whose title starts with ``head`` (to the next numbered line)."""
    lines = screen.splitlines()
    start = next(at for at, line in enumerate(lines) if line.split(". ", 1)[-1].startswith(head))
    end = next(
        (at for at in range(start + 1, len(lines)) if lines[at][:1].isdigit() or not lines[at]),
        len(lines),
    )
    return lines[start:end]


# ---------------------------------------------------------------- B 12


@pytest.mark.parametrize("lang", LANGS)
def test_b12_an_undecodable_idn_is_its_name_alone_with_the_screens_reason(
    tmp_path: Path, lang: str
) -> None:
    [idn] = [f for f in _flags(_phish(tmp_path), lang) if f["kind"] == "punycode"]
    assert idn["evidence"] == "xn--amzon-2ve.jp"  # not 「xn--amzon-2ve.jp → xn--amzon-2ve.jp」
    assert idn["reason"] == idn["detail"]
    said = {"ja": "正しくない国際化ドメイン名", "en": "not a valid internationalised domain name"}
    assert said[lang] in str(idn["reason"])
    assert ("画面では" if lang == "ja" else "On screen") not in str(idn["reason"])


@pytest.mark.parametrize("lang", LANGS)
def test_b12_the_screen_still_names_it_once_without_an_arrow(tmp_path: Path, lang: str) -> None:
    screen = lang_run("check-message", _phish(tmp_path), lang=lang).stdout
    sign = _sign(screen, "国際化ドメイン名" if lang == "ja" else "Internationalised")
    assert not any("→" in line for line in sign)
    assert sum("xn--amzon-2ve.jp" in line for line in sign) == 2  # the domain, the reason


# ---------------------------------------------------------------- B 13


def test_b13_a_bare_domain_name_in_links_says_so_and_is_in_domains(tmp_path: Path) -> None:
    data = lang_run("check-message", _file(tmp_path, "real.eml", _REAL), "--json").json()["data"]
    bare = {link["target"]: link["is_bare_domain"] for link in data["links"]}
    assert bare == {"https://www.amazon.co.jp/gp/css/order-history": False, "Amazon.co.jp": True}
    assert "amazon.co.jp" in [domain["host"] for domain in data["domains"]]


@pytest.mark.parametrize("lang", LANGS)
def test_b13_the_screen_lists_it_as_a_name_in_the_text(tmp_path: Path, lang: str) -> None:
    screen = lang_run("check-message", _file(tmp_path, "real.eml", _REAL), lang=lang).stdout
    label = {"ja": "・本文中のドメイン名：", "en": "- Domain name in the text: "}[lang]
    assert sum(line.startswith(label) for line in screen.splitlines()) == 1


# ---------------------------------------------------------------- B 14


def test_b14_spf_has_the_domain_of_smtp_mailfrom(tmp_path: Path) -> None:
    data = lang_run("check-message", _file(tmp_path, "real.eml", _REAL), "--json").json()["data"]
    [spf] = [one for one in data["authentication"] if one["method"] == "spf"]
    assert (spf["domain"], spf["for_sender"]) == ("bounces.amazon.co.jp", True)


def test_b14_received_spf_has_the_domain_of_envelope_from(tmp_path: Path) -> None:
    path = _file(tmp_path, "rspf.eml", _RECEIVED_SPF_ONLY)
    [spf] = lang_run("check-message", path, "--json").json()["data"]["authentication"]
    assert spf["header"] == "Received-SPF"
    assert (spf["domain"], spf["for_sender"]) == ("amazon-co-jp.shop", False)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", "SPF=pass（evil-mail.top についての結果で、差出人のドメインの結果ではありません）"),
        ("en", "SPF=pass (a result for evil-mail.top, not for the sender's domain)"),
    ],
)
def test_b14_a_pass_for_another_domain_says_whose_it_is(
    tmp_path: Path, lang: str, said: str
) -> None:
    screen = lang_run("check-message", _file(tmp_path, "o.eml", _OTHER_PASS), lang=lang).stdout
    assert said in screen
    data = lang_run("check-message", _file(tmp_path, "o.eml", _OTHER_PASS), "--json").json()
    [spf] = [one for one in data["data"]["authentication"] if one["method"] == "spf"]
    assert (spf["domain"], spf["for_sender"]) == ("evil-mail.top", False)


# ---------------------------------------------------------------- R-minor 3


@pytest.mark.parametrize(
    ("lang", "quote"),
    [
        ("ja", "「本人確認が完了していません」（リンクの文字）"),
        ("en", "“本人確認が完了していません” (link text)"),
    ],
)
@pytest.mark.parametrize("between", [" ", "<br>", ""])
def test_3_two_link_texts_are_not_one_quote(
    tmp_path: Path, lang: str, quote: str, between: str
) -> None:
    body = _PHISH_BODY.replace("</a> <a", f"</a>{between}<a")
    path = _file(tmp_path, "ph.eml", _PHISH_HEAD + body)
    screen = lang_run("check-message", path, lang=lang).stdout
    sign = _sign(screen, "詐欺でよく使われる" if lang == "ja" else "Subject or wording")
    assert sign[1].strip() == quote
    assert "こちら" not in "".join(sign)
    [scam] = [f for f in _flags(path, lang) if f["kind"] == "scam_subject"]
    assert scam["evidence"] == "本人確認が完了していません"


def test_3_the_mark_goes_on_a_line_of_its_own_when_it_does_not_fit(tmp_path: Path) -> None:
    screen = lang_run("check-message", _phish(tmp_path), columns=40).stdout
    sign = _sign(screen, "詐欺でよく使われる")
    assert [line.strip() for line in sign[1:3]] == [
        "「本人確認が完了していません」",
        "（リンクの文字）",
    ]
    assert all(len(line) <= 40 for line in screen.splitlines() if "リンクの文字" in line)


def test_3_a_sentence_with_a_link_text_in_it_is_quoted_whole(tmp_path: Path) -> None:
    body = (
        '<html><body><p><a href="https://evil.example.com/">こちら</a>から'
        "本人確認をしてください。</p></body></html>"
    )
    path = _file(tmp_path, "in.eml", _PHISH_HEAD + body)
    quotes = [str(f["evidence"]) for f in _flags(path, "ja") if f["kind"] == "scam_subject"]
    assert quotes and all(quote.startswith("こちらから") for quote in quotes)
    assert "リンクの文字）" not in lang_run("check-message", path).stdout.split("読み取った内容")[0]


# ---------------------------------------------------------------- R-minor 6


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "ja",
            "このアドレスに amazon.co.jp が含まれていますが、実際のドメインは example.com です。",
        ),
        ("en", "This address contains amazon.co.jp, but the real domain is example.com."),
    ],
)
def test_6_a_name_holding_amazons_domain_says_so(tmp_path: Path, lang: str, said: str) -> None:
    screen = lang_run("check-message", _file(tmp_path, "s.html", _SAVED), lang=lang).stdout
    assert said in joined(screen, lang)
    assert "www.amazon.co.jp.evil" not in joined(screen, lang).replace(
        "https://www.amazon.co.jp.evil.example.com/", ""
    )


@pytest.mark.parametrize(
    ("lang", "starts", "contains"),
    [
        (
            "ja",
            "このアドレスは amazon.co.jp で始まりますが、実際のドメインは example.net です。",
            "アドレスのドメイン名に amazon.co.jp が含まれていますが、実際のドメインは example.com です。",
        ),
        (
            "en",
            "This address begins with amazon.co.jp, but the real domain is example.net.",
            "The address's domain name contains amazon.co.jp, but the real domain is example.com.",
        ),
    ],
)
def test_6_a_name_that_starts_with_it_begins_and_a_reply_to_contains(
    tmp_path: Path, lang: str, starts: str, contains: str
) -> None:
    screen = lang_run("check-message", _file(tmp_path, "o.eml", _OTHER_PASS), lang=lang).stdout
    said = joined(screen, lang)
    assert starts in said  # the link amazon.co.jp.evil.example.net
    assert contains in said  # the Reply-To help@www.amazon.co.jp.evil.example.com


@pytest.mark.parametrize("lang", LANGS)
def test_6_a_start_that_is_amazons_name_keeps_its_wording(tmp_path: Path, lang: str) -> None:
    text = "アカウントを確認してください https://www.amazon.co.jp.example.com/"
    screen = joined(lang_run("check-message", "--text", text, lang=lang).stdout, lang)
    said = {
        "ja": "このアドレスは www.amazon.co.jp で始まりますが、実際のドメインは example.com です。",
        "en": "This address begins with www.amazon.co.jp, but the real domain is example.com.",
    }
    assert said[lang] in screen


# ---------------------------------------------------------------- R-minor 7


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("ja", "・メールアドレス：help@amazon-support.jp（Amazon以外のドメイン。兆候1）"),
        ("en", "- Address: help@amazon-support.jp (not Amazon's domain; see red flag 1)"),
    ],
)
def test_7_a_flagged_address_refers_to_its_sign(tmp_path: Path, lang: str, line: str) -> None:
    screen = lang_run("check-message", _file(tmp_path, "s.html", _SAVED), lang=lang).stdout
    assert line in screen.splitlines()


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("ja", "・メールアドレス：info@example.org（Amazon以外のドメイン）"),
        ("en", "- Address: info@example.org (not Amazon's domain)"),
    ],
)
def test_7_an_address_with_no_sign_has_no_reference(tmp_path: Path, lang: str, line: str) -> None:
    text = "お問い合わせ info@example.org まで。Amazonのアカウントに不正なアクセスがありました。"
    screen = lang_run("check-message", "--text", text, lang=lang).stdout
    assert line in screen.splitlines()


# ---------------------------------------------------------------- R-minor 10


_AGREES = {
    "ja": "受信したメールサーバーの認証結果に記録された送信元も、同じドメインです。",
    "en": "The sender recorded in the receiving mail server's authentication results has the "
    "same domain.",
}


@pytest.mark.parametrize("lang", LANGS)
def test_10_the_return_path_sign_shows_the_address_alone(tmp_path: Path, lang: str) -> None:
    screen = lang_run("check-message", _phish(tmp_path), lang=lang, columns=40).stdout
    sign = _sign(screen, "Amazon以外の返送先" if lang == "ja" else "Return-Path outside")
    at = [line.strip() for line in sign].index("bounce@amazon-co-jp.shop")
    assert _AGREES[lang] in joined("\n".join(sign[at + 1 :]), lang)  # in the reason below it
    assert _AGREES[lang].split("、")[0][:10] not in sign[at]


@pytest.mark.parametrize("lang", LANGS)
def test_10_the_json_reason_says_it_and_the_evidence_is_the_address(
    tmp_path: Path, lang: str
) -> None:
    [path] = [f for f in _flags(_phish(tmp_path), lang) if f["kind"] == "return_path_outside"]
    assert path["evidence"] == "bounce@amazon-co-jp.shop"
    assert str(path["reason"]).endswith(_AGREES[lang])
    assert str(path["detail"]).endswith(_AGREES[lang])


@pytest.mark.parametrize("lang", LANGS)
def test_10_without_the_record_the_reason_does_not_say_it(tmp_path: Path, lang: str) -> None:
    head = _PHISH_HEAD.replace(" spf=fail smtp.mailfrom=amazon-co-jp.shop;\n", "")
    path = _file(tmp_path, "p.eml", head + _PHISH_BODY)
    [sign] = [f for f in _flags(path, lang) if f["kind"] == "return_path_outside"]
    assert _AGREES[lang] not in str(sign["reason"])
