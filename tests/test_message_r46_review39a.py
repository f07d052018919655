"""Review 39a, round 46 (f46m): check-message items 14, 15, S 28 (with 38a S 39) and S items."""

from __future__ import annotations

from typing import Any

import pytest

from primehelp.content.message import load
from primehelp.message import check_message
from primehelp.message_window import REACH, around
from tests.support.clihelp import run


def _json(text: str, lang: str = "ja") -> dict[str, Any]:
    data: dict[str, Any] = run("--lang", lang, "check-message", "--json", "--text", text).json()
    return data["data"]


# ----------------------------- 38a S 39, 39a S 28: a long sentence quoted around its words

# Phrases of a message written without 「。」 (38a S 39), none of which raises a sign.
_FILLER = (
    "いつもご利用ありがとうございます",
    "お客様のご利用状況を確認しております",
    "以下の内容をよくお読みください",
    "まず公式アプリを開き",
    "次にアカウントサービスを選び",
    "その後表示される画面を確認し",
    "何卒よろしくお願いいたします",
)
_THREAT = "期限を過ぎますとご利用いただけなくなりますのでご注意ください"


@pytest.mark.parametrize("at", [0, 3, 7, 12, 20])
@pytest.mark.parametrize("space", [" ", "、", "\u3000"])
def test_a_long_sentence_is_quoted_around_the_words_that_matched(at: int, space: str) -> None:
    phrases = [*_FILLER * 3]
    phrases.insert(at, _THREAT)
    text = "Amazonプライム会員様" + space + space.join(phrases)
    signs = check_message(text, load()).red_flags
    quotes = [one.evidence for one in signs if one.kind == "threatens_suspension"]
    assert quotes, text
    quote = quotes[0]
    assert "ご利用いただけなくなります" in quote  # the words that matched are quoted
    assert len(quote) <= 2 * REACH + len(_THREAT) + 2 * 20 + 2  # not the whole paragraph
    for part in filter(None, quote.split("…")):  # each piece is the message's own words
        assert part.strip() in text
    after = len(text) - text.index(_THREAT) - len(_THREAT)
    assert quote.endswith("…") == (after > REACH + 20)  # cut only when much is left out


def test_a_short_sentence_is_quoted_whole() -> None:
    text = "Amazonプライム会員様 期限を過ぎますとご利用いただけなくなります"
    assert around(text, ["ご利用いただけなくなります"]) == text


def test_a_quote_is_cut_where_a_phrase_begins_or_ends() -> None:
    text = " ".join([*_FILLER, _THREAT, *_FILLER])
    quote = around(text, ["ご利用いただけなくなります"])
    assert quote.startswith("…") and quote.endswith("…")
    inner = quote.strip("…")
    start = text.index(inner)
    assert text[start - 1] == " " and text[start + len(inner)] == " "  # whole phrases only


def test_words_far_apart_are_each_quoted_with_their_own_window() -> None:
    text = "カード番号を" + "".join(_FILLER * 4) + "このメールに返信してください"
    quote = around(text, ["カード番号", "返信してください"], 160)
    assert "カード番号を" in quote and "返信してください" in quote
    assert "…" in quote and len(quote) < len(text)


# ----------------------------- item 14: each matched word is in the quote or named with its place


def _loose_entries() -> list[tuple[str, str]]:
    words = load().vocabulary.scam_subject
    return [
        # a third part (review 60m, item 1: an expired card only with a threat) joins the second
        (
            entry.split("…")[0].split("|")[0],
            "、".join(p.split("|")[0] for p in entry.split("…")[1:]),
        )
        for entry in words
        if "…" in entry
    ]


def _matched_ok(reason: str, quotes: list[str]) -> list[str]:
    """The words of 「一致した語句：」 that are neither in a quote nor named with their place."""
    import re

    reason = reason.replace("\ue000", "「").replace("\ue001", "」")  # i18n.VALUE_OPEN/CLOSE
    line = next((x for x in reason.splitlines() if x.startswith("一致した語句：")), "")
    assert line or "一致" not in reason
    line = re.sub(
        r"「[^」]*」（(件名|本文)の「[^」]*」の部分）", "", line.removeprefix("一致した語句：")
    )
    return [w for w in re.findall(r"「([^」]*)」", line) if not any(w in q for q in quotes)]


@pytest.mark.parametrize("where", ["subject", "body"])
def test_every_matched_word_is_in_the_quote_or_its_place_is_named(where: str) -> None:
    named = 0
    for first, other in _loose_entries():
        subject = f"{other}のお知らせ" if where == "subject" else "お知らせ"
        body = f"お客様へ\n\n{first}は、こちらからご確認ください。\n"
        body += "" if where == "subject" else f"\n{other}についてのご案内です。\n"
        mail = f"From: Amazon <a@example.com>\nSubject: {subject}\n\n{body}"
        signs = check_message(mail.encode(), load()).red_flags
        for sign in signs:
            if sign.kind != "scam_subject":
                continue
            quotes = [sign.evidence, *sign.more_evidence]
            assert not _matched_ok(sign.reason.ja, quotes), (first, other, sign.reason.ja)
            named += "（件名の" in sign.reason.ja or "（本文の" in sign.reason.ja
    assert named  # the places are named (the case of review 39a, item 14 among them)


def test_the_order_word_of_the_subject_is_named_with_the_subject() -> None:
    mail = (
        "From: Amazon <a@example.com>\nSubject: ご注文の確認\n\n"
        "お心当たりがない場合は、サポートセンターまでお電話ください。\n"
    )
    sign = next(
        f for f in check_message(mail.encode(), load()).red_flags if f.kind == "scam_subject"
    )
    assert "「ご注文」（件名の「ご注文の確認」の部分）" in sign.reason.ja.replace(
        "\ue000", "「"
    ).replace("\ue001", "」")


# ----------------------------- item 15: an address, defanged or look-alike, is an address

_AT_FORMS = (
    "@",
    "＠",
    "[at]",
    "(at)",
    " [at] ",
    " (at) ",
    "[AT]",
    "［ａｔ］",
    "（at）",
    "[@]",
    "(@)",
)
_ADDRESSES = (
    ("support", "amazon-jp.net"),  # a look-alike domain
    ("amazon.support.jp", "gmail.com"),  # Amazon's name at a free-mail service
    ("amazon-help", "example-mail.top"),  # Amazon's name at another domain
)


@pytest.mark.parametrize("at", _AT_FORMS)
def test_an_address_in_any_form_is_read_and_the_headline_says_not_to_write(at: str) -> None:
    for local, domain in _ADDRESSES:
        data = _json(f"Amazonサポート：返信は {local}{at}{domain} まで")
        assert data["email_addresses"] == [f"{local}@{domain}"], (at, domain)
        assert "メールを送ったり" in data["verdict_text"], (at, domain, data["verdict_text"])
        assert "アクセス" not in data["verdict_text"]


def test_at_in_brackets_between_words_is_no_address() -> None:
    data = _json("Amazonです。詳しくはお近くの店舗 (at) ホームページをご覧ください。")
    assert data["email_addresses"] == []


# ----------------------------- S 39: a card said to have expired is no request; the note's words

_REGISTERED = ("ご登録の", "ご登録中の", "登録済みの", "登録されている", "ご登録いただいている")


@pytest.mark.parametrize("registered", _REGISTERED)
def test_a_registered_card_said_to_have_expired_asks_for_nothing(registered: str) -> None:
    text = f"Amazon：{registered}クレジットカードの有効期限が切れています。"
    signs = check_message(text, load()).red_flags
    assert "asks_for_details" not in {one.kind for one in signs}, text
    asked = check_message(text + f"{registered}カード情報を更新してください。", load())
    assert "asks_for_details" in {one.kind for one in asked.red_flags}  # a request still is


def test_the_scam_note_names_the_words_of_a_loose_entry() -> None:
    import re

    from primehelp.output.scam_note import scam_note

    loose = 0
    for first, other in _loose_entries():
        quote = f"お客様の{first}ため{other}"
        note = scam_note([quote], "ja")
        assert not note.rstrip().endswith("："), note  # never 「一致した語句：」 alone
        named = re.findall(r"「([^」]*)」", note.split("一致した語句：")[-1])
        assert named and all(w in quote.casefold() for w in named), note
        loose += f"「{first}」" in note and f"「{other.casefold()}」" in note
    assert loose  # the parts of loose words are named


# ----------------------------- S 26: the address a meta refresh opens by itself is a link

_REFRESH = (
    '<meta http-equiv="refresh" content="0;url=https://evil-refresh.top/">',
    "<meta http-equiv='Refresh' content=\"5; URL='https://evil-refresh.top/'\">",
    '<META HTTP-EQUIV="REFRESH" CONTENT="0; url=https://evil-refresh.top/">',
)


@pytest.mark.parametrize("meta", _REFRESH)
def test_a_meta_refresh_address_is_read_as_a_link(tmp_path: Any, meta: str) -> None:
    mail = tmp_path / "refresh.eml"
    mail.write_text(
        "From: Amazon <a@amazon.co.jp>\nSubject: ご確認\nMIME-Version: 1.0\n"
        'Content-Type: text/html; charset="utf-8"\n\n'
        f'<html><head>{meta}</head><body><p>ご確認ください。</p><a href="https://www.amazon.co.jp/">'
        "Amazon</a></body></html>\n",
        encoding="utf-8",
    )
    data = run("--lang", "ja", "check-message", "--json", str(mail)).json()["data"]
    assert "https://evil-refresh.top/" in [link["target"] for link in data["links"]]
    assert data["verdict"] == "red_flags_found"
