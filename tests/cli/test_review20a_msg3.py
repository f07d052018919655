"""Review 20a (share a): check-message, check-number, sources and fees (helper msg3)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.clihelp import run

MESSAGES = Path(__file__).parent / "messages"
SUSPENDED = "A m a z o n お客様、アカウントが停止されました。http://192.168.0.1/login"
SCAM_HEAD = {"ja": "詐欺でよく使われる件名・文面", "en": "Subject or wording common in scams"}


def _out(*args: str, lang: str = "ja", columns: str = "60") -> str:
    return run(*args, "--lang", lang, env={"COLUMNS": columns, "TERM": "dumb"}).stdout


def _signs(out: str, lang: str) -> str:
    start, end = (
        ("見つかった兆候", "読み取った内容") if lang == "ja" else ("Red flags (", "What was read")
    )
    return out.split(start)[1].split(end)[0]


def _flat(text: str, lang: str) -> str:
    return "".join(text.split()) if lang == "ja" else " ".join(text.split())


# ---------------------------------------------------------------- 3: one phrase, one sign


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_3_a_phrase_already_quoted_is_not_a_sign_of_its_own(lang: str) -> None:
    out = _out("check-message", "--text", SUSPENDED, lang=lang)
    signs = _signs(out, lang)
    # three: the IP link, the spaced name (review 21a, S 17), the suspension wording
    assert signs.startswith("（3件）" if lang == "ja" else "3)"), signs
    assert SCAM_HEAD[lang] not in signs and "\n4. " not in signs
    note = {
        # the matched words on a line of their own, as in a sign's reason (review 32a, S 12)
        "ja": "この文面は、2025〜26年によく報告されている詐欺の件名・文面に似ています。"
        "一致した語句：「アカウントが停止されました」",
        "en": "This wording is similar to the scam subjects and wordings commonly reported in "
        "2025–26. Words that matched: “アカウントが停止されました”.",
    }[lang]
    assert note in _flat(signs, lang), signs
    assert "兆候2" not in signs and "red flag 2" not in signs
    data = run("check-message", "--text", SUSPENDED, "--json").json()["data"]
    assert [f["kind"] for f in data["red_flags"]][-1] == "scam_subject"  # --json unchanged


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_3_a_sign_with_its_own_quote_stays_naming_only_its_own_text(lang: str) -> None:
    out = _out("check-message", str(MESSAGES / "scam-subject-utf8.eml"), lang=lang)
    signs = _signs(out, lang)
    assert signs.startswith("（3件）" if lang == "ja" else "3)"), signs
    own = signs.split(f"3. {SCAM_HEAD[lang]}")[1]
    assert "兆候" not in own and "red flag" not in own  # no reference to sign 2
    under_2 = _flat(signs.split("2. ")[1].split("3. ")[0], lang)
    assert (
        "この文面は、2025〜26年によく報告されている詐欺の件名・文面と同じです。"
        if lang == "ja"
        else "This wording matches a scam subject or wording commonly reported in 2025–26."
    ) in under_2
    flags = json.loads(
        run("check-message", str(MESSAGES / "scam-subject-utf8.eml"), "--json").stdout
    )
    scam = [f for f in flags["data"]["red_flags"] if f["kind"] == "scam_subject"]
    # --json: both texts, sign 2's one too; review 42a item 17: `count` is its own quote (as
    # printed), sign 2's quote is in `evidence_elsewhere`
    assert [f["count"] + len(f["evidence_elsewhere"]) for f in scam] == [2]
    assert [f["count"] for f in scam] == [1]


def test_3_phone_numbers_point_to_the_renumbered_sign() -> None:
    text = "アカウントが停止されました。至急 03-1234-5678 にお電話ください。"
    out = _out("check-message", "--text", text, columns="200")
    assert "見つかった兆候（2件）" in out
    assert "03-1234-5678（兆候2）" in out, out


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_3_the_kind_quoted_is_not_listed_again_as_another(lang: str) -> None:
    # The reported subject alone (review 36a item 6 made the mail's body line 「お客様のお支払い
    # 方法に問題があります」 a loose match too, and a message with a loose match gets the "similar"
    # reason, which describes every reported family): the "same" reason names only the others.
    subject = "Amazonプライム会費のお支払い方法に問題があります"
    out = _flat(_out("check-message", "--text", subject, lang=lang), lang)
    said = {
        "ja": "と同じです。ほかに、プライムの一時停止、アカウント停止、不正な注文・購入などを知らせる件名も",
        "en": "Other subjects reported often tell of Prime being temporarily unavailable,",
    }[lang]
    assert said in out, out
    assert "支払いの問題" not in out and "payment problem" not in out


# ---------------------------------------------------------------- S13: a title that says the problem


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("ja", "1. 電話番号への誘導"),
        ("en", "1. Phone number to call"),
    ],
)
def test_s13_the_phone_number_sign_says_what_is_wrong(lang: str, title: str) -> None:
    text = "Amazonです。至急 03-1234-5678 にお電話ください。"
    signs = _signs(_out("check-message", "--text", text, lang=lang, columns="200"), lang)
    assert f"\n{title}\n" in signs, signs


# ---------------------------------------------------------------- S11: no echo of what was typed


@pytest.mark.parametrize(
    ("lang", "typed", "line"),
    [
        ("ja", "+1 855 370 0151", "+1 855 370 0151（海外の番号）"),
        ("en", "+1 855 370 0151", "+1 855 370 0151 (abroad)"),
        ("ja", "0312345678", "0312345678（03-1234-5678、固定電話）"),  # issue 12: grouped
        # a number in Japan gets its hyphenated form (review 37a, S 4); one abroad does not
        ("ja", "03 1234 5678", "03 1234 5678（03-1234-5678、固定電話）"),
        (
            "ja",
            "０１２０－９９９－３７３",
            "０１２０－９９９－３７３（0120-999-373、通話料無料の番号）",
        ),
        ("en", "(03) 5757-5252", "(03) 5757-5252 (03-5757-5252, landline)"),
    ],
)
def test_s11_the_usual_form_unless_typed_with_its_groups(lang: str, typed: str, line: str) -> None:
    out = _out("check-number", typed, lang=lang, columns="200")
    assert f"\n{line}\n" in out, out


# ---------------------------------------------------------------- S10: the rule named


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        # review 43a item 12: the words given are named, none called 「使えません」 (fees is a topic)
        ("ja", "話題は1つだけ指定できます（「contact」と「fees」が指定されています）"),
        ("en", "only one TOPIC can be given ('contact', 'fees' were given)"),
    ],
)
def test_s10_an_extra_topic_names_the_rule(lang: str, said: str) -> None:
    result = run("sources", "contact", "fees", "--lang", lang)
    assert result.exit_code == 2
    assert said in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr


# ---------------------------------------------------------------- S8: no "other" date


@pytest.mark.parametrize(
    ("lang", "said"),
    # after until when existing members paid the fee (review 24a, S 12)
    [
        ("ja", "までの更新時の請求（いつからかは確認できていません）"),
        ("en", "(start date not confirmed)"),
    ],
)
def test_s8_existing_members_cell_says_what_is_unknown(lang: str, said: str) -> None:
    # ja at 60: a list, 「既存会員：…」 (joined: it wraps); en at 200: a table, the cell on one line
    out = _out("fees", lang=lang, columns="60" if lang == "ja" else "200")
    assert said in ("".join(out.split()) if lang == "ja" else out), out
    assert "別の日付" not in out and "separate date" not in out
