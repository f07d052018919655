"""Helper f52a1, check-message: review 52a items 21 (audible.co.jp and the other unlisted
domains: a caution that agrees with `subscriptions`), 5 (headings), 6 (one "report" step), 11
(the retired number's title), 29, 30, 32 (the ATM refund sign's order) and 33 (「サイト」 in
every headline)."""

from __future__ import annotations

from typing import Any

import pytest

from primehelp.content.message import load as load_content
from primehelp.message import Verdict
from tests.support.clihelp import run

WIDE = {"COLUMNS": "1000"}


def _json(*args: str, lang: str = "ja") -> dict[str, Any]:
    data: dict[str, Any] = run("--lang", lang, "check-message", "--json", *args).json()
    return data["data"]


def _screen(*args: str, lang: str = "ja") -> str:
    return run("--lang", lang, "check-message", *args, env=WIDE).stdout


# ------------------------------------------------- item 21: audible.co.jp, primevideo.com


@pytest.mark.parametrize(
    "said",
    [
        "Audibleのご案内 https://www.audible.co.jp/",
        "Audible：会員情報はこちら https://www.audible.co.jp/account",
    ],
)
def test_21_audible_is_named_as_the_site_subscriptions_sends_to(said: str) -> None:
    ja, en = _json("--text", said), _json("--text", said, lang="en")
    assert ja["verdict_text"].startswith("注意が必要です。"), ja["verdict_text"]
    assert "危険な兆候が見つかりました" not in ja["verdict_text"]
    assert en["verdict_text"].startswith("Take care."), en["verdict_text"]
    (sign,) = ja["red_flags"]
    assert sign["title"] == "Audibleのドメイン"
    assert "Audibleの会員情報の確認や解約に使うサイト" in sign["reason"]
    assert "誰のものかは確認できません" not in sign["reason"]
    (english,) = en["red_flags"]
    assert english["title"] == "Audible's domain" and "cancelled" in english["reason"]
    # what `subscriptions` says of the same site
    subscriptions = run("--lang", "ja", "subscriptions", env=WIDE).stdout
    assert "audible.co.jpの「アカウントサービス」" in subscriptions


@pytest.mark.parametrize(
    "said", ["Prime Video https://www.primevideo.com/", "Amazon.de https://www.amazon.de/gp/"]
)
def test_21_an_unlisted_domain_alone_is_a_caution_never_a_green_light(said: str) -> None:
    data = _json("--text", said)
    assert data["verdict"] == "red_flags_found"
    assert data["verdict_text"].startswith("注意が必要です。"), data["verdict_text"]
    assert "primehelpでは確認できません" in data["verdict_text"]


def test_21_with_another_sign_the_verdict_stays_red() -> None:
    data = _json("--text", "Audible https://www.audible.co.jp/ お支払い https://amaz0n.top/x")
    assert data["verdict_text"].startswith("危険な兆候が見つかりました"), data["verdict_text"]


# ------------------------------------------------------------------- item 5: the headings


@pytest.mark.parametrize(
    ("lang", "signs", "entered", "also"),
    [
        ("ja", "まず確認してください", "今すぐ行ってください", "あわせて確認してください"),
        ("en", "What to do", "Do this now", "Also"),
    ],
)
def test_5_each_list_has_its_own_heading(lang: str, signs: str, entered: str, also: str) -> None:
    found = _screen("--text", "Amazon：支払い停止 amaz0n.top", lang=lang).splitlines()
    assert signs in found and entered not in found
    given = _screen("--entered-details", "--text", "ご注文ありがとうございます。", lang=lang)
    assert entered in given.splitlines() and signs not in given.splitlines()
    both = _screen("--entered-details", "--text", "Amazon：支払い停止 amaz0n.top", lang=lang)
    assert entered in both.splitlines() and also in both.splitlines()
    assert "してほしい" not in found + given.splitlines() + both.splitlines()


def test_5_the_help_says_what_is_shown_first() -> None:
    shown = run("--lang", "ja", "check-message", "--help", env={"COLUMNS": "80"}).stdout
    flat = "".join(line.strip() for line in shown.splitlines())
    assert "今すぐ行うべき手順を最初に表示します" in flat
    assert "してほしい" not in flat


# ------------------------------------------------------------ item 6: one "report" step

_GIFT_TOO = "ギフトカードの番号を伝えてしまった場合は、そのことも伝えてください。"


@pytest.mark.parametrize(
    "args",
    [
        ("--entered-details", "--text", "ご注文ありがとうございます。"),
        ("--text", "Amazon：支払い停止 amaz0n.top"),
        ("--entered-details", "--text", "Amazon：支払い停止 amaz0n.top"),
        ("--text", "Amazonギフトカードの番号を返信してください。"),
    ],
)
def test_6_the_report_step_is_worded_once(args: tuple[str, ...]) -> None:
    data = _json(*args)
    steps = data["if_details_entered"]
    report = [s["text"] for s in steps if "報告" in s["text"]]
    screen = _screen(*args)
    assert _GIFT_TOO in screen, screen
    assert "から。アカウントがない場合は" not in screen
    assert all("から。アカウントがない場合は" not in text for text in report)
    english = _screen(*args, lang="en")
    assert "If you gave a gift card's number, say so too." in english


# --------------------------------------------------------- item 11: the retired number's title


@pytest.mark.parametrize(
    ("lang", "title"),
    [("ja", "電話番号への誘導"), ("en", "Phone number to call")],  # review 62m, S 15
)
def test_11_a_retired_number_is_titled_as_one(lang: str, title: str) -> None:
    text = "Amazonギフトカードで料金をお支払いください。お問い合わせ 0120-999-373"
    titles = [f["title"] for f in _json("--text", text, lang=lang)["red_flags"]]
    assert title in titles, titles
    assert not any("現在公開していない" in t or "no longer publishes" in t for t in titles)


# ------------------------------------------------ item 29: 「電話せず」, the limits note


def test_29_the_too_many_verdict_and_note_read_as_one_chain() -> None:
    content = load_content()
    verdict = content.verdicts[Verdict.NOT_ALL_CHECKED]
    # where to check is the bullet's, not the headline's (review 53a, item 23)
    assert "リンクは開かず、書かれている番号には電話せずに、本物かどうか" in verdict.ja
    assert "電話しないで" not in verdict.ja
    assert "without opening its links or calling the numbers in it" in verdict.en
    note = content.limits["too_many_items"].text
    assert note.ja.startswith("リンクや電話番号などが非常に多いため、一部だけ確認しました。")
    assert "first 5,000 links" in note.en


# ---------------------------------------------- item 30: the heading names an e-mail too

_ALL_WAYS = (
    "Amazon お支払い https://amazon.co.jp.secure-login.info/update 0120-899-543 support@amaz0n.jp"
)


@pytest.mark.parametrize(
    ("lang", "heading"),
    [
        ("ja", "リンク先で入力したり、電話やメールで情報を伝えたりしてしまった場合"),
        ("en", "If you already entered details through a link, or gave them by phone or by e-mail"),
    ],
)
def test_30_the_heading_covers_the_address_the_verdict_names(lang: str, heading: str) -> None:
    screen = _screen("--text", _ALL_WAYS, lang=lang)
    assert heading in screen.splitlines(), screen


def test_30_link_and_address_only() -> None:
    screen = _screen("--text", "Amazon お支払い https://amaz0n.top/x support@amaz0n.jp")
    assert "リンク先で入力したり、メールで情報を送ったりしてしまった場合" in screen.splitlines()


# ------------------------------------------------------- item 32: the ATM sign's order


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_32_the_atm_sign_says_what_was_found_first_and_concludes(lang: str) -> None:
    text = "Amazonより返金のお知らせ。ATMで返金の手続きをしてください。"
    (sign,) = [
        f for f in _json("--text", text, lang=lang)["red_flags"] if f["kind"] == "refund_at_atm"
    ]
    first, last = {
        "ja": (
            "この連絡はATMでの返金の手続きを求めています。",
            "このような連絡は、詐欺を疑ってください。",
        ),
        "en": (
            "This message asks for a refund step at an ATM.",
            "Suspect fraud in such a message.",
        ),
    }[lang]
    assert sign["reason"].startswith(first), sign["reason"]
    assert sign["reason"].endswith(last), sign["reason"]


# --------------------------------------------------- item 33: one word for a bare domain


@pytest.mark.parametrize(
    "text",
    [
        "Amazon amaz0n.top にログイン",
        "Amazon amaz0n.top にログイン、または support@amaz0n-help.com へ",
        "Amazon amaz0n.top にログイン、0120-899-543",
    ],
)
def test_33_a_bare_domain_is_a_site_in_every_headline(text: str) -> None:
    ja, en = _json("--text", text)["verdict_text"], _json("--text", text, lang="en")["verdict_text"]
    assert "書かれているサイトを開いたり" in ja, ja
    assert "ドメインにはアクセス" not in ja and "アドレスにはアクセス" not in ja
    assert "go to the site" in en and "go to the domain" not in en and "go to the address" not in en
