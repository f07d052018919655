"""Review 63m (fix round 64, msgsign): sign-in requests beside Amazon's own phrases, and what is quoted.

- R-major 2: a sign-in followed by a request or its continuation (「サインインして」「ログインして」
  「サインインし、」「ログインの上」「ログイン後」) or led by where to do it (「下記より」「以下より」
  「こちらより」「リンクより」) makes Amazon's own phrases a sign: a rule, not listed words, so a
  variant corpus is checked; in English "sign in to", "log in and" (a message in both languages).
  A condition or a state (「サインインしていない場合は」) and a sign-in in Amazon's app are none.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from tests.support.clihelp import joined, lang_run

OWN = "自体はAmazonも使う言い方です。"
SIGN_IN_NOTE = {
    "ja": f"{OWN}メッセージからサインインを求めていることが兆候です。",
    "en": "The sign is the request to sign in from the message.",
}
SCAM_TITLE = {"ja": "詐欺でよく使われる件名・文面", "en": "Subject or wording common in scams"}


def _screen(text: str, lang: str = "ja", columns: int = 1000) -> tuple[int, str]:
    done = lang_run("check-message", "--text", text, lang=lang, columns=columns)
    assert "Traceback" not in done.stderr
    return done.exit_code, done.stdout


def _json(text: str, lang: str = "ja") -> tuple[int, list[str]]:
    done = lang_run("check-message", "--text", text, "--json", lang=lang)
    assert done.exit_code in (0, 1), done.stderr
    flags = done.json()["data"]["red_flags"]
    return done.exit_code, [str(f["kind"]) for f in flags]


# ----------------------------- R-major 2: sign-in requests in other words

# The review's three texts, each with the word 「一致した語句」 names.
REVIEWED = [
    ("会員情報の確認をお願いします。サインインしてご確認ください。", "サインインして"),
    ("会員情報の確認をお願いします。ログインして情報を更新してください。", "ログインして"),
    (
        "カードの有効期限が切れています。下記よりサインインし、更新してください",
        "下記よりサインイン",
    ),
]


@pytest.mark.parametrize(("text", "word"), REVIEWED)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_2_the_reviewed_sign_in_requests_are_a_sign(text: str, word: str, lang: str) -> None:
    code, out = _screen(text, lang)
    assert code == 1, out
    flat = joined(out, lang)
    assert SCAM_TITLE[lang] in flat
    assert SIGN_IN_NOTE[lang] in flat
    assert word in flat
    assert _json(text, lang) == (1, ["scam_subject"])


OWN_PHRASES = [
    "お支払い情報をご確認ください。",
    "お支払い方法を更新してください。",
    "会員情報の確認をお願いします。",
    "カードの有効期限が切れています。",
]
# The forms of the rule, none of them a listed word.
REQUESTS = [
    "サインインしてご確認ください",
    "ログインしてカード情報を更新してください",
    "サインインして、お支払い方法を更新してください",
    "サインインしていただき、情報を更新してください",
    "ログインし、情報を更新してください",
    "サインインし,情報を更新してください",
    "下記よりサインインし、更新してください",
    "以下よりログインしてご確認ください",
    "こちらよりサインインの上、ご確認ください",
    "リンクよりログインしてください",
    "以下のURLからログインし、更新してください",
    "下記リンクよりサインイン",
    "ログインのうえ、更新してください",
    "ログイン後に情報を更新してください",
    "ｻｲﾝｲﾝしてご確認ください",  # half-width kana
]


@pytest.mark.parametrize(("own", "said"), list(itertools.product(OWN_PHRASES, REQUESTS)))
def test_2_a_variant_corpus_of_sign_in_requests(own: str, said: str) -> None:
    code, kinds = _json(f"{own}{said}")  # 「カード情報を更新」 asks for details too
    assert code == 1
    assert "scam_subject" in kinds


@pytest.mark.parametrize("said", REQUESTS[:4])
def test_2_the_sign_in_request_before_the_phrase_counts_too(said: str) -> None:
    code, kinds = _json(f"{said}。お支払い情報をご確認ください。")
    assert code == 1
    assert "scam_subject" in kinds


# Not a request to sign in through the message: a condition, a state, Amazon's app.
NO_REQUESTS = [
    "サインインしていない場合は、このメールを破棄してください。",
    "ご自身でログインしていない場合は、ご連絡ください。",
    "現在ログインしています。",
    "Amazonのアプリにサインインして、注文履歴をご確認ください。",
    "Amazonアプリからログインして、アカウントサービスを開いてください。",
    "新しいデバイスからAmazonアカウントへのサインインがありました。",
]


@pytest.mark.parametrize(("own", "said"), list(itertools.product(OWN_PHRASES, NO_REQUESTS)))
def test_2_no_request_leaves_amazons_phrase_alone(own: str, said: str) -> None:
    assert _json(f"{own}{said}") == (0, [])


ENGLISH = [
    ("お支払い情報をご確認ください。Please sign in to verify your details.", "sign in to"),
    ("会員情報の確認をお願いします。Log in and update your card.", "Log in and"),
    ("カードの有効期限が切れています。Sign in below to update it.", "Sign in below"),
    ("お支払い方法を更新してください。Please log in to your account now.", "log in to"),
]


@pytest.mark.parametrize(("text", "word"), ENGLISH)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_2_an_english_sign_in_request_beside_the_phrase(text: str, word: str, lang: str) -> None:
    code, out = _screen(text, lang)
    assert code == 1, out
    flat = joined(out, lang)
    assert SIGN_IN_NOTE[lang] in flat
    assert word in flat
    assert _json(text, lang) == (1, ["scam_subject"])


@pytest.mark.parametrize(
    "text",
    [
        "Please verify your payment method. Sign in to verify.",
        "Please update your payment information. Log in and update it today.",
    ],
)
def test_2_english_verify_or_update_stays_a_sign(text: str) -> None:
    code, kinds = _json(text, "en")
    assert code == 1
    assert "scam_subject" in kinds


@pytest.mark.parametrize(
    "text",
    [
        "お支払い情報をご確認ください。Signed in customers see their orders.",
        "お支払い情報をご確認ください。Your login details were not changed.",
    ],
)
def test_2_an_english_sign_in_that_asks_nothing(text: str) -> None:
    assert _json(text, "en") == (0, [])


# ----------------------------- R-minor 12: the note names Amazon's phrase as it is quoted

# Amazon's own sentence quoted, what makes it a sign in another sentence: the note names that
# sentence as the quote shows it, not a shorter stem of it (「有効期限が切れています」).
QUOTED_AS_NAMED = [
    (
        "カードの有効期限が切れています。12月10日23時59分までに更新してください",
        "カードの有効期限が切れています",
    ),
    (
        "カードの有効期限が切れています。下記よりサインインし、更新してください",
        "カードの有効期限が切れています",
    ),
    (
        "会員情報の確認をお願いします。サインインしてご確認ください。",
        "会員情報の確認をお願いします",
    ),
    (
        "お客様のお支払い情報をご確認ください。ログインして更新してください",
        "お客様のお支払い情報をご確認ください",
    ),
]


@pytest.mark.parametrize(("text", "quoted"), QUOTED_AS_NAMED)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_12_the_note_names_the_phrase_as_quoted(text: str, quoted: str, lang: str) -> None:
    code, out = _screen(text, lang)
    assert code == 1, out
    flat = joined(out, lang)
    # named as the gloss after the quote names it (review 63m, item 12: the sentence that makes
    # the sign is quoted, no longer Amazon's own one)
    if lang == "ja":
        assert f"（「{quoted}」に続けて、" in flat
        assert f"「{quoted}」\n" not in out.replace("   ", "")
        assert f"「{quoted}」{OWN}" in flat
    else:
        assert f"(after '{quoted}', it " in flat
        assert f"“{quoted}”" not in flat
        assert f"'{quoted}' itself is wording Amazon uses too." in flat


# A sentence that makes the sign itself is no wording of Amazon's: the note names the phrase only.
@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("会員情報の確認のため、12時までにログインしてください", "会員情報の確認"),
        ("カードの有効期限が切れています。下記よりサインインし、お支払い情報をご確認ください", ""),
    ],
)
def test_12_a_sentence_that_makes_the_sign_is_not_called_amazons(text: str, phrase: str) -> None:
    _, out = _screen(text)
    flat = joined(out)
    assert "「会員情報の確認のため、12時までにログインしてください」自体は" not in flat
    assert "「下記よりサインインし、お支払い情報をご確認ください」自体は" not in flat
    if phrase:
        assert f"「{phrase}」{OWN}" in flat


# A genuine amazon.co.jp link's text is never quoted as scam wording; a look-alike's still is.
PAGE = """<html><head><meta charset="utf-8"><title>Amazon</title></head><body>
<p>お支払い情報をご確認ください。</p>
<p><a href="{href}">プライム会員情報を確認する</a></p>
<p><a href="https://amazon-co-jp.evil.top/signin">こちらからログインしてください</a></p>
</body></html>
"""


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_12_an_amazon_links_text_is_no_scam_quote(tmp_path: Path, lang: str) -> None:
    page = tmp_path / "saved.html"
    page.write_text(PAGE.format(href="https://www.amazon.co.jp/gp/css/homepage.html"), "utf-8")
    code, out = _file(page, lang)
    assert code == 1, out
    flat = joined(out, lang)
    assert SIGN_IN_NOTE[lang] in flat
    quoted = "「プライム会員情報を確認する」" if lang == "ja" else "“プライム会員情報を確認する”"
    assert quoted not in flat
    assert "プライム会員情報を確認する' itself" not in flat
    assert "「プライム会員情報を確認する」自体" not in flat


def test_12_a_look_alike_links_text_stays_quoted(tmp_path: Path) -> None:
    page = tmp_path / "saved.html"
    page.write_text(PAGE.format(href="https://amazon.co.jp.evil.top/member"), "utf-8")
    code, out = _file(page, "ja")
    assert code == 1, out
    # the link that makes Amazon's own words a sign is quoted, not the look-alike link's text
    # (its domain is sign 1); the note names that text among Amazon's words (review 63m, 12)
    flat = joined(out)
    assert "「こちらからログインしてください」（リンクの文字）" in flat
    assert "「プライム会員情報を確認する」自体は" in flat


def _file(path: Path, lang: str) -> tuple[int, str]:
    done = lang_run("check-message", str(path), lang=lang)
    assert "Traceback" not in done.stderr
    return done.exit_code, done.stdout
