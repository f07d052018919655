"""Review 63m, item 1: a deadline makes Amazon's own phrase (「お支払い情報をご確認ください」
「カードの有効期限が切れています」) a sign however it is written: a date, a time or 「本日」「明日」
「今日」 before 「まで」「までに」 or 「中に」, not only 「…までに」 (「12月10日まで」 gave no red flags,
exit 0). A card's expiry (「有効期限は12/27まで」) and opening hours (「9時〜18時まで」) are no
deadline. Item 8: when only a deadline made it a sign, the note names only the deadline, not
「制限や停止」."""

from __future__ import annotations

import pytest

from primehelp.facts import ui
from primehelp.message_own_kinds import note_key as _key
from tests.support.clihelp import joined, lang_run

OWN = "お支払い情報をご確認ください。"
CARD = "カードの有効期限が切れています。"
# A deadline of each kind, with and without 「に」.
DEADLINES = [
    "12月10日まで",
    "本日まで",
    "本日23時59分まで",
    "12月10日中に",
    "12/10まで",
    "23:59まで",
    "明日まで",
    "今日まで",
    "明日中に",
    "本日の23時まで",
    "2026年12月10日まで",
    "12月10日(水)まで",
    "１２月１０日まで",  # full-width digits
    "12月10日23時59分まで",
    "12月1日から12月10日まで",
]
# Said before the fix too: stay signs.
DEADLINES_BEFORE = ["12月10日までに", "明日までに", "12/10までに", "23時59分までに", "本日中"]
# Not a deadline: a card's expiry statement, opening hours.
NOT_DEADLINES = [
    "有効期限は12/27まで",
    "カードの有効期限は12/27までです",
    "有効期限：2027年12月10日まで",
    "受付時間は9時〜18時まで",
    "9:00〜18:00まで",
]
DEADLINE_NOTE = {
    "ja": "自体はAmazonも使う言い方です。期限を切っていることが兆候です。",
    "en": "itself is wording Amazon uses too. The sign is the deadline.",
}
LIMIT_WORDS = {"ja": "制限や停止", "en": "limit or suspension"}


def _check(text: str, lang: str = "ja", *more: str) -> tuple[int, str]:
    done = lang_run("check-message", "--text", text, *more, lang=lang)
    assert not done.stderr, done.stderr
    return done.exit_code, joined(done.stdout, lang)


@pytest.mark.parametrize("deadline", DEADLINES + DEADLINES_BEFORE)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_deadline_of_each_kind_makes_amazons_own_phrase_a_sign(deadline: str, lang: str) -> None:
    code, flat = _check(OWN + deadline, lang)
    assert code == 1, (deadline, flat)
    assert DEADLINE_NOTE[lang] in flat, flat
    assert LIMIT_WORDS[lang] not in flat, flat


@pytest.mark.parametrize("deadline", ["12月10日まで", "本日まで", "23:59まで", "12月10日中に"])
def test_the_words_matched_are_the_deadline_as_written(deadline: str) -> None:
    code, flat = _check(OWN + deadline)
    assert code == 1
    assert f"一致した語句：「{deadline}」" in flat, flat


@pytest.mark.parametrize("deadline", ["12月10日まで", "本日23時59分まで", "12/10まで"])
def test_json_agrees_and_exits_1(deadline: str) -> None:
    done = lang_run("check-message", "--text", OWN + deadline, "--json")
    assert done.exit_code == 1, done.stdout
    data = done.json()
    assert data["schema_version"] == 1
    assert data["data"]["verdict"] == "red_flags_found"
    flags = data["data"]["red_flags"]
    assert [flag["kind"] for flag in flags] == ["scam_subject"]
    assert f"「{deadline}」" in flags[0]["reason"]
    assert "期限を切っていることが兆候です。" in flags[0]["reason"]


@pytest.mark.parametrize("text", NOT_DEADLINES)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_cards_expiry_or_opening_hours_is_no_deadline(text: str, lang: str) -> None:
    code, flat = _check(OWN + text, lang)
    assert code == 0, (text, flat)
    done = lang_run("check-message", "--text", OWN + text, "--json", lang=lang)
    assert done.exit_code == 0 and done.json()["data"]["verdict"] == "no_red_flags_found"


def test_a_card_expired_with_an_expiry_date_stays_no_sign() -> None:
    code, flat = _check(CARD + "有効期限は12/27までです。")
    assert code == 0, flat


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    "after",
    [
        "12月10日23時59分までに更新してください",
        "12/10までに更新してください",
        "期限は12月10日です",
        "12月10日まで",
    ],
)
def test_a_deadline_alone_the_note_names_only_the_deadline(lang: str, after: str) -> None:
    code, flat = _check(CARD + after, lang)
    assert code == 1, flat
    assert DEADLINE_NOTE[lang] in flat, flat
    assert LIMIT_WORDS[lang] not in flat, flat


@pytest.mark.parametrize(
    ("kinds", "key"),
    [
        ({"deadline"}, "deadline"),
        ({"limit"}, "limit"),
        ({"hurry"}, "hurry"),
        ({"deadline", "hurry"}, "deadline"),
        ({"deadline", "limit"}, "threat"),
        ({"hurry", "limit"}, "threat"),
        ({"sign_in"}, "sign_in"),
        ({"sign_in", "hurry"}, "sign_in_deadline"),
        ({"sign_in", "deadline", "limit"}, "sign_in_all"),
    ],
)
def test_the_note_names_each_kind_found_and_only_those(kinds: set[str], key: str) -> None:
    # A limit beside Amazon's own phrase is mostly its own sign (停止・制限を知らせる文面), so
    # the notes for a limit alone and for a limit with a deadline are checked here.
    assert _key(kinds) == key
    note = ui(f"scam_own.{key}", "ui_message_read")
    assert ("期限" in note.ja) == (key in {"deadline", "threat", "sign_in_deadline", "sign_in_all"})
    assert ("制限や停止" in note.ja) == (
        key in {"limit", "threat", "sign_in_threat", "sign_in_all"}
    )


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_word_that_hurries_alone_is_named_so_not_as_a_deadline(lang: str) -> None:
    code, flat = _check(OWN + "至急", lang)
    assert code == 1, flat
    note = {
        "ja": "自体はAmazonも使う言い方です。急いで手続きするよう求めていることが兆候です。",
        "en": "itself is wording Amazon uses too. The sign is the pressure to act at once.",
    }
    assert note[lang] in flat, flat


# English has no Amazon's own phrase that needs a deadline to be a sign: "verify your payment
# method" is one alone (house decision). These stay signs with the deadline written either way.
ENGLISH = [
    "Please verify your payment method by December 10.",
    "Please verify your payment method until 23:59 today.",
    "Update your payment information by 12/10.",
]


@pytest.mark.parametrize("text", ENGLISH)
def test_english_payment_requests_with_a_deadline_stay_signs(text: str) -> None:
    code, flat = _check(text, "en")
    assert code == 1, flat
    done = lang_run("check-message", "--text", text, "--json", lang="en")
    assert done.exit_code == 1 and done.json()["data"]["verdict"] == "red_flags_found"
