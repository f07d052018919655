"""Review 62m (fix round m62x): signs that gave "no red flags", exit 0, and the notes beside them.

- R-major 1: a request to pay with gift cards with an amount in 万/千 (「5万円分」「1万円分」
  「5万円」, full-width digits) is the gift-card payment sign, as 「3,000円分」 is.
- R-major 2: a date or time before 「までに」 (「23時59分までに」「23:59までに」「12/10までに」
  「2026/12/10までに」) or 「期限は12月10日」 is a deadline beside Amazon's own phrases.
- R-major 3: 「こちらからサインイン/ログイン」「ログイン後」「サインイン後」「サインインの上」 are
  sign-in requests beside them.
- R-major 4: an account held, stopped or locked with an adverb between (「アカウントは一時的に
  保留されました」) and 「ロックがかかっています」「ロック中」 are the suspension sign.
- R-minor 12: a deadline and a sign-in request both matched: the note names both.
- S 17: 「一致した語句：「…」（本文の「…」の部分）」, not 「（本文：「…」から）」.
"""

from __future__ import annotations

import pytest

from tests.support.clihelp import joined, lang_run

OWN = "自体はAmazonも使う言い方です。"
SCAM_TITLE = {"ja": "詐欺でよく使われる件名・文面", "en": "Subject or wording common in scams"}


def _json(text: str, lang: str = "ja") -> dict[str, object]:
    done = lang_run("check-message", "--text", text, "--json", lang=lang)
    assert done.exit_code in (0, 1), done.stderr
    data: dict[str, object] = done.json()["data"]
    return data


def _kinds(text: str, lang: str = "ja") -> list[str]:
    flags = _json(text, lang)["red_flags"]
    assert isinstance(flags, list)
    return [str(f["kind"]) for f in flags]


def _screen(text: str, lang: str = "ja", columns: int = 1000) -> tuple[int, str]:
    done = lang_run("check-message", "--text", text, lang=lang, columns=columns)
    assert "Traceback" not in done.stderr
    return done.exit_code, done.stdout


# ----------------------------- R-major 1: gift cards paid in 万/千

GIFT = [
    "Amazonギフトカードで5万円分お支払いください。番号を返信してください",
    "Amazonギフトカードで5万円分お支払いください。",
    "ギフトカードで1万円分支払ってください",
    "ギフトカードで5万円お支払いください",
    "ギフトカードで3,000円分払ってください",
    "Amazonギフトカード5万円分でお支払いください。",
    "ギフトカードで５万円分お支払いください",  # full-width digits
    "ギフトカードで1万5千円分お支払いください",
    "ギフトカードで5千円お支払いください",
]


@pytest.mark.parametrize("text", GIFT)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_1_a_gift_card_payment_in_man_is_a_sign(text: str, lang: str) -> None:
    code, out = _screen(text, lang)
    assert code == 1, out
    title = "ギフトカードでの支払いの要求" if lang == "ja" else "Asks for payment with gift cards"
    assert title in out
    data = _json(text, lang)
    assert data["verdict"] == "red_flags_found"
    assert "asks_for_details" in _kinds(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Amazonギフトカード5万円分をご購入いただけます。",  # Amazon's own sale
        "ギフトカードは5万円分までご利用いただけます。",
    ],
)
def test_1_an_amount_alone_asks_for_nothing(text: str) -> None:
    assert "asks_for_details" not in _kinds(text)


def test_1_english_amounts_stay_a_sign() -> None:
    assert "asks_for_details" in _kinds("Please pay 50,000 yen with Amazon gift cards.", "en")


# ----------------------------- R-major 2: deadlines as times and slash dates

DEADLINES = [
    (
        "カードの有効期限が切れています。12月10日23時59分までに更新してください",
        "12月10日23時59分までに",
    ),
    ("お支払い情報をご確認ください。12月10日23時59分までに", "12月10日23時59分までに"),
    ("お支払い情報をご確認ください。23:59までに", "23:59までに"),
    ("お支払い情報をご確認ください。12/10までに", "12/10までに"),
    ("会員情報の確認をお願いします。2026/12/10までに", "2026/12/10までに"),
    ("お支払い方法を更新してください。期限は12月10日です。", "期限は12月10日"),
    ("お支払い情報をご確認ください。12/10(木)までに", "12/10(木)までに"),
]


@pytest.mark.parametrize(("text", "word"), DEADLINES)
def test_2_a_time_or_slash_date_is_a_deadline(text: str, word: str) -> None:
    code, out = _screen(text)
    assert code == 1, out
    flat = joined(out)
    assert SCAM_TITLE["ja"] in flat
    assert f"一致した語句：「{word}」" in flat
    assert "期限を切っていることが兆候です。" in flat  # a deadline alone (review 63m, item 8)
    assert "制限や停止" not in flat
    assert _kinds(text) == ["scam_subject"]


@pytest.mark.parametrize(("text", "word"), DEADLINES[:4])
def test_2_the_english_screen_agrees(text: str, word: str) -> None:
    code, out = _screen(text, "en")
    assert code == 1, out
    flat = joined(out, "en")
    assert SCAM_TITLE["en"] in flat
    assert f"'{word}'" in flat
    assert "The sign is the deadline." in flat  # alone (review 63m, item 8)
    assert _kinds(text, "en") == ["scam_subject"]


@pytest.mark.parametrize(
    "text",
    [
        "お支払い情報をご確認ください。",  # Amazon's own words alone
        "お支払い情報をご確認ください。カードの有効期限は12/27です。",  # a card's expiry, no deadline
        "お支払い方法を更新してください。ご注文は12/10に発送予定です。",  # a date, no 「までに」
    ],
)
def test_2_a_date_that_is_no_deadline_is_no_sign(text: str) -> None:
    code, out = _screen(text)
    assert code == 0, out
    assert _kinds(text) == []


# ----------------------------- R-major 3: sign-in requests in other words

SIGN_INS = [
    ("お支払い情報をご確認ください。こちらからサインイン", "こちらからサインイン"),
    ("お支払い情報をご確認ください。こちらからログインしてください", "こちらからログイン"),
    ("会員情報の確認をお願いします。ログイン後、情報を更新してください", "ログイン後"),
    ("お支払い情報をご確認ください。サインイン後、カード情報を更新してください", "サインイン後"),
    ("お支払い情報をご確認ください。サインインの上、ご確認ください。", "サインインの上"),
]


@pytest.mark.parametrize(("text", "word"), SIGN_INS)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_3_a_sign_in_request_in_other_words(text: str, word: str, lang: str) -> None:
    code, out = _screen(text, lang)
    assert code == 1, out
    flat = joined(out, lang)
    assert SCAM_TITLE[lang] in flat
    if lang == "ja":
        assert word in flat
        assert f"{OWN}メッセージからサインインを求めていることが兆候です。" in flat
    else:
        assert "The sign is the request to sign in from the message." in flat
    assert "scam_subject" in _kinds(text, lang)


# ----------------------------- R-major 4: held or locked, an adverb between

HELD = [
    "【Amazon】お客様のアカウントは一時的に保留されました。",
    "【Amazon】お客様のアカウントは一時的に保留されています",
    "【Amazon】お客様のアカウントにはロックがかかっています。",
    "お客様のアカウントは一時的に停止されています",
    "お客様のアカウントは現在ロック中です。",
    "お客様のアカウントはすでに保留されています。",
]


@pytest.mark.parametrize("text", HELD)
def test_4_held_or_locked_is_the_suspension_sign(text: str) -> None:
    code, out = _screen(text)
    assert code == 1, out
    assert "停止・制限を知らせる文面" in out
    assert "threatens_suspension" in _kinds(text)


@pytest.mark.parametrize("text", HELD[:3])
def test_4_the_english_screen_agrees(text: str) -> None:
    code, out = _screen(text, "en")
    assert code == 1, out
    assert "threatens_suspension" in _kinds(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Your Amazon account has been temporarily locked.",
        "Your Amazon account is currently locked.",
    ],
)
def test_4_english_temporarily_locked(text: str) -> None:
    assert "threatens_suspension" in _kinds(text, "en")


def test_4_an_order_held_is_no_sign() -> None:
    assert _kinds("ご注文は一時的に保留されています") == []


# ----------------------------- R-minor 12: both reasons named

BOTH = "会員情報の確認のため、12時までにログインしてください"


def test_12_the_note_names_the_deadline_and_the_sign_in() -> None:
    flat = joined(_screen(BOTH, columns=100)[1])
    assert "一致した語句：「12時までに」、「ログインしてください」" in flat
    assert (
        "「会員情報の確認」自体はAmazonも使う言い方です。期限を切っていることと、"
        "メッセージからサインインを求めていることが兆候です。"
    ) in flat


def test_12_english() -> None:
    flat = joined(_screen(BOTH, "en", columns=100)[1], "en")
    assert (
        "'会員情報の確認' itself is wording Amazon uses too. The signs are the deadline and the "
        "request to sign in from the message."
    ) in flat


def test_12_a_limit_and_a_sign_in() -> None:
    text = (
        "お支払い情報をご確認ください。アカウントを制限しています。こちらからログインしてください。"
    )
    flat = joined(_screen(text, columns=100)[1])
    assert (
        "「お支払い情報をご確認ください」自体はAmazonも使う言い方です。制限や停止を知らせている"
        "ことと、メッセージからサインインを求めていることが兆候です。"
    ) in flat


def test_12_a_sign_in_alone_keeps_its_note() -> None:
    flat = joined(_screen("お支払い情報をご確認ください。ログインしてください")[1])
    assert f"{OWN}メッセージからサインインを求めていることが兆候です。" in flat
    assert "期限を切っていることと" not in flat


# ----------------------------- S 17: the place of a matched word

# The deadline in a sentence other than the one quoted (review 63m, item 12: the sentence that
# makes Amazon's own words a sign is quoted itself, the sign-in request here, with no place).
PLACED = (
    "会員情報の確認をお願いします。サインインしてご確認ください。48時間以内に更新してください。"
)


def test_17_the_place_reads_naturally() -> None:
    flat = joined(_screen(PLACED)[1])
    assert "「48時間以内」（本文の「48時間以内に更新してください」の部分）" in flat
    assert "（本文：" not in flat


def test_17_english() -> None:
    flat = joined(_screen(PLACED, "en")[1], "en")
    assert "'48時間以内' (part of '48時間以内に更新してください' in the body)" in flat
    assert "(from the body:" not in flat


@pytest.mark.parametrize("columns", [40, 60, 80])
def test_the_screens_keep_within_their_width(columns: int) -> None:
    from rich.cells import cell_len

    for text in (PLACED, BOTH, DEADLINES[0][0], GIFT[0], HELD[0]):
        out = _screen(text, columns=columns)[1]
        for line in out.splitlines():
            assert cell_len(line) <= columns or "http" in line, (columns, line)
            assert line == line.rstrip()
