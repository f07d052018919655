"""Review 61m, items 2 and 4 (fix round 62, m62a): Amazon's own request to update the payment
details and the words 「一致した語句」 names.

- Item 2: 「お支払い情報/お支払い方法/支払い方法を更新してください」 alone (Amazon's own wording
  after a declined card) is no sign, with or without a link; with a threat, a deadline or a
  sign-in request it is the scam-subject sign with the note 「「…」自体はAmazonも使う言い方
  です。…が兆候です。」, as 「お支払い情報をご確認ください」 is. 「支払い方法を更新してプライムを
  継続する」 (FACTS §11) stays a reported subject. English "update your payment method" stays a
  sign, as "verify your payment method" does (review 57a).
- Item 4: 「一致した語句」 names the words that make the sign (「本日中」「停止されます」), never
  Amazon's own words, and no word twice; Amazon's own words beside a sentence that is a sign
  itself are not quoted (or carry the note); a threat is the suspension sign.
"""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from tests.support.clihelp import joined, lang_run

URL = "https://www.amazon.co.jp/cpe/yourpayments"
BARE = [
    "お支払い情報を更新してください",
    "お支払い方法を更新してください",
    "支払い方法を更新してください",
    "お支払い情報のご更新をお願いいたします",
    "お支払い方法の更新をお願いいたします",
]
OWN_NOTE = "自体はAmazonも使う言い方です。"
THREAT_NOTE = "期限を切っていることが兆候です。"  # a deadline alone (review 63m, item 8)
SIGN_IN_NOTE = "メッセージからサインインを求めていることが兆候です。"


def _check(text: str, lang: str = "ja", columns: int = 1000) -> tuple[int, str]:
    done = lang_run("check-message", "--text", text, lang=lang, columns=columns)
    assert not done.stderr or "Traceback" not in done.stderr
    return done.exit_code, done.stdout


def _signs(text: str, lang: str = "ja") -> list[dict[str, object]]:
    done = lang_run("check-message", "--text", text, "--json", lang=lang)
    flags: list[dict[str, object]] = done.json()["data"]["red_flags"]
    return flags


@pytest.mark.parametrize("text", BARE)
@pytest.mark.parametrize("link", ["", f" {URL}"])
def test_a_bare_request_to_update_the_payment_details_is_no_sign(text: str, link: str) -> None:
    code, out = _check(text + link)
    assert code == 0, out
    assert out.startswith("危険な兆候は見つかりませんでした。")
    assert "お支払い情報の要求" not in out
    assert "詐欺でよく使われる件名・文面" not in out


@pytest.mark.parametrize("text", BARE[:3])
def test_the_english_screen_agrees(text: str) -> None:
    code, out = _check(text, "en")
    assert code == 0, out
    assert out.startswith("No red flags found.")


@pytest.mark.parametrize(
    ("text", "word", "note"),
    [
        ("12月10日までにお支払い方法を更新してください。", "「12月10日までに」", THREAT_NOTE),
        ("本日中にお支払い情報を更新してください。", "「本日中」", THREAT_NOTE),
        ("24時間以内に支払い方法を更新してください。", "「24時間以内」", THREAT_NOTE),
        (
            "お支払い方法を更新してください。サインインはこちら",
            "「サインインはこちら」",
            SIGN_IN_NOTE,
        ),
    ],
)
@pytest.mark.parametrize("link", ["", f" {URL}"])
def test_with_a_deadline_or_a_sign_in_request_it_is_the_same_sign(
    text: str, word: str, note: str, link: str
) -> None:
    code, out = _check(text + link)
    flat = joined(out)
    assert code == 1, out
    assert "詐欺でよく使われる件名・文面" in out
    assert "お支払い情報の要求" not in out
    assert f"一致した語句：{word}" in flat
    assert "一致した語句：「お支払い" not in flat  # never Amazon's own words as the trigger
    assert OWN_NOTE + note in flat
    assert [f["kind"] for f in _signs(text + link)].count("scam_subject") == 1


def test_the_note_names_the_words_as_written() -> None:
    flat = joined(_check("本日中にお支払い方法を更新してください。")[1])
    assert f"「お支払い方法を更新してください」{OWN_NOTE}{THREAT_NOTE}" in flat


def test_the_english_note_for_the_japanese_words() -> None:
    code, out = _check("12月10日までにお支払い方法を更新してください。", "en")
    flat = joined(out, "en")
    assert code == 1
    assert "Words that matched: '12月10日までに'." in flat
    assert "'お支払い方法を更新してください' itself is wording Amazon uses too." in flat


def test_the_reported_subject_stays_a_sign() -> None:
    code, out = _check("支払い方法を更新してプライムを継続する")
    assert code == 1
    assert "2025〜26年によく報告されている詐欺の件名・文面と同じです。" in joined(out)


def test_english_update_your_payment_method_stays_a_sign() -> None:
    """Decided as "verify your payment method" (review 57a): the English wording is a sign."""
    code, out = _check("Please update your payment method.", "en")
    assert code == 1
    assert "Words that matched: 'update your payment'." in joined(out, "en")


def test_the_threat_names_the_deadline_and_the_threat_not_the_update() -> None:
    text = (
        "プライム会費のお支払いが確認できません。本日中にお支払い方法を更新しない場合、"
        f"特典の利用が停止されます {URL}"
    )
    code, out = _check(text)
    flat = joined(out)
    assert code == 1
    assert "停止・制限を知らせて急がせる文面" in out
    assert "一致した語句：「本日中」、「停止されます」" in flat
    assert "「お支払い方法を更新」" not in flat
    _code, en = _check(text, "en")
    assert "Words that matched: “本日中”, “停止されます”." in joined(en, "en")


@pytest.mark.parametrize(
    "own", ["お支払い情報をご確認ください。", "お支払い情報を更新してください。"]
)
def test_amazons_words_beside_a_threat_are_not_evidence(own: str) -> None:
    text = f"{own}確認いただけない場合、アカウントを停止します。"
    code, out = _check(text)
    flat = joined(out)
    assert code == 1
    assert f"「{own.rstrip('。')}」" not in out  # not quoted as evidence
    assert "停止・制限を知らせる文面" in out  # the threat is the suspension sign
    assert "詐欺でよく使われる件名・文面（2件）" not in out
    assert flat.count("停止します」") == 2  # quoted once, named once: no duplicate
    assert "一致した語句：「アカウントを停止します」" in flat
    flags = [f for f in _signs(text) if f["folded_into"] is None]  # signs of their own
    assert [f["kind"] for f in flags] == ["threatens_suspension"]
    assert flags[0]["evidence"] == "確認いただけない場合、アカウントを停止します"
    assert flags[0]["more_evidence"] == []


def test_a_threat_with_a_deadline_hurries() -> None:
    code, out = _check(
        "お支払い情報を更新してください。本日中に更新しない場合、アカウントを停止します。"
    )
    assert code == 1
    assert "停止・制限を知らせて急がせる文面" in out
    assert "「お支払い情報を更新してください」" not in out


def test_the_payment_failed_sign_does_not_quote_amazons_words_beside_the_failure() -> None:
    text = "Amazonプライム会員の皆様：会費のお支払いを確認できませんでした。お支払い方法をご確認ください。"
    code, out = _check(text)
    assert code == 1
    assert "支払いの失敗を知らせる文面（2件）" not in out
    assert "「お支払い方法をご確認ください」" not in out
    flags = [f for f in _signs(text) if f["folded_into"] is None]
    assert [f["kind"] for f in flags] == ["payment_problem"]
    assert flags[0]["more_evidence"] == []


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_amazons_words_quoted_as_the_failure_carry_the_note(lang: str) -> None:
    # the Prime fee named: a bare failure notice is no sign (review 62m, item 6)
    code, out = _check(
        "プライム会費：お支払い方法をご確認ください。カードの承認が失敗しました。", lang
    )
    flat = joined(out, lang)
    assert code == 1
    if lang == "ja":
        assert "「お支払い方法をご確認ください」自体はAmazonも使う言い方です。" in flat
    else:
        assert "'お支払い方法をご確認ください' itself is wording Amazon uses too." in flat


def test_a_sign_in_word_alone_is_named_without_its_place_again() -> None:
    flat = joined(_check("お支払い方法を更新してください。サインインはこちら")[1])
    assert "一致した語句：「サインインはこちら」" in flat
    assert "（本文の「サインインはこちら」の部分）" not in flat


@pytest.mark.parametrize("columns", [40, 60, 80])
def test_the_screen_keeps_within_its_width(columns: int) -> None:
    _code, out = _check("12月10日までにお支払い方法を更新してください。", columns=columns)
    assert all(cell_len(line) <= columns for line in out.splitlines() if "https://" not in line)
