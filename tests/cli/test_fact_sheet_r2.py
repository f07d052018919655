"""Issue 11: each change of the fact sheet's revision 2 is visible where a member meets it.

One test per [r2] item, on the output of the command that shows it (item → command → test).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.clihelp import run

WIDE = {"COLUMNS": "1000"}  # one sentence per line: a phrase is never split by wrapping
TODAY = ("--today", "2026-11-25")


def _text(*args: str) -> str:
    result = run(*args, env=WIDE)
    assert result.exit_code in (0, 1), result.stderr
    return result.stdout


def _json(*args: str) -> Any:
    return run(*args, "--json").json()["data"]


def test_fees_monthly_500_from_2019_04_12() -> None:
    history = _json("fees", "--lang", "en")["history"]
    monthly = {entry["fee_yen"]: entry for entry in history if entry["plan"] == "monthly"}
    assert monthly[500]["new_members"].startswith("from 2019-04-12")  # to 2023-08-23 (25a S 16)
    assert monthly[500]["renewals_from"] == "2019-05-17"
    assert monthly[400]["new_members"] == "until 2019-04-11 (start date not confirmed)"
    assert "2019年4月12日から" in _text("fees", "--lang", "ja")
    fees = [
        item["fee_yen"]
        for args in (("2019-05-16",), ("2019-05-17",))
        for item in _json("renewal", *args, "--plan", "monthly", "--today", "2019-05-01")[
            "upcoming"
        ][:1]
    ]
    assert fees == [400, 500]


def test_renewal_shows_student_fees_as_unknown_before_2019_04_12() -> None:
    for plan, fee in (("student-annual", 2450), ("student-monthly", 250)):
        upcoming = _json("renewal", "2019-04-11", "--plan", plan, "--today", "2019-04-01")
        assert upcoming["upcoming"][0]["fee_yen"] is None
        later = _json("renewal", "2019-04-12", "--plan", plan, "--today", "2019-04-01")
        assert later["upcoming"][0]["fee_yen"] == fee
    shown = _text("renewal", "2019-01-10", "--plan", "student-annual", "--today", "2019-01-01")
    row = next(line for line in shown.splitlines() if "2019-01-10" in line and "2019-01-07" in line)
    assert "不明" in row


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_cancel_states_amazons_refund_rules_as_amazons(lang: str) -> None:
    out = _text("cancel", "--no-interactive", "--via", "web", "--paid", "--no-benefits-used",
                "--lang", lang)  # fmt: skip
    said = {  # Amazon's words, as Amazon's (without quotation marks in ja since review 62b, 2)
        "ja": "Amazonのヘルプページによると、この返金は2~3営業日以内に処理されます。",
        "en": "「この返金は、2~3営業日以内に処理されます」",
    }
    assert said[lang] in out
    refund_line = next(line for line in out.splitlines() if "2~3営業日" in line)
    assert "報告によれば" not in refund_line and "eportedly" not in refund_line
    gift = "クレジットカードなどで支払った分が先に返金され" if lang == "ja" else "refunded first"
    gift_line = next(line for line in out.splitlines() if gift in line)
    assert "報告によれば" not in gift_line and "eportedly" not in gift_line


@pytest.mark.parametrize(
    ("lang", "about"), [("ja", "更新日の3日ほど前"), ("en", "about 3 days before")]
)
def test_renewal_gives_the_switch_wording_variants_and_about_3_days(lang: str, about: str) -> None:
    out = _text("renewal", "2026-12-31", *TODAY, "--lang", lang)
    for wording in (
        "「更新前にお知らせを受ける」",
        "「更新前にお知らせを受け取る」",
        "「更新通知を受け取る」",
    ):
        assert wording in out
    assert about in out


@pytest.mark.parametrize(
    ("lang", "how"),
    [
        ("ja", "どこから請求されているかを確認してください"),
        ("en", "check on the 「Amazonプライム会員情報」 (Prime membership) page who bills you"),
    ],
)
def test_cancel_carrier_tells_campaigns_from_plans_and_how_to_see_who_bills(
    lang: str, how: str
) -> None:
    out = _text("cancel", "--no-interactive", "--via", "carrier", "--lang", lang)
    assert how in out
    # an example, without the half-width space before 「の」 (review 53b item 2)
    assert ("auの料金プランとセットになったAmazonプライム" if lang == "ja" else "au plan") in out
    assert ("有料のプライムとして更新されます" if lang == "ja" else "renews as paid Prime") in out


def test_cancel_names_what_family_members_lose_except_for_students() -> None:
    regular = _text("cancel", "--no-interactive", "--via", "web", "--paid", "--regular",
                    "--lang", "ja")  # fmt: skip
    assert "家族会員（同じ住所の2人まで）" in regular
    assert "確認された情報ではありません" in regular
    student = _text("cancel", "--no-interactive", "--via", "web", "--paid", "--student",
                    "--lang", "ja")  # fmt: skip
    assert "家族会員" not in student
    notes = _json("cancel", "--no-interactive", "--via", "web", "--paid", "--regular")["notes"]
    assert "family" in [note["kind"] for note in notes]


def test_cancel_on_the_web_gives_the_direct_cancellation_page() -> None:
    for lang in ("ja", "en"):
        out = _text("cancel", "--no-interactive", "--via", "web", "--lang", lang)
        assert "https://www.amazon.co.jp/mm/pipeline/cancellation" in out


def test_contact_gives_the_confirmed_call_back_label_only() -> None:
    for lang in ("ja", "en"):
        out = _text("contact", "--lang", lang)
        assert "「電話をリクエスト」" in out
        assert "今すぐ電話がほしい" not in out
        label_line = next(line for line in out.splitlines() if "「電話をリクエスト」" in line)
        assert "報告によれば" not in label_line and "eportedly" not in label_line


@pytest.mark.parametrize(
    ("lang", "words"),
    [("ja", "Amazonが公開している番号ではありません"), ("en", "not a number Amazon publishes")],
)
def test_check_number_words_circulating_numbers_as_not_published(lang: str, words: str) -> None:
    for number in ("0120-899-543", "022-745-6363", "(03) 5757-5252", "+1 855 370 0151"):
        out = _text("check-number", number, "--lang", lang)
        assert words in out
        assert "known phishing" not in out and "詐欺の番号です" not in out


def test_check_number_names_public_service_numbers_and_exits_0() -> None:
    numbers = ("110", "119", "118", "#9110", "188", "189", "171")
    result = run("check-number", *numbers, "--lang", "en", env=WIDE)
    assert result.exit_code == 0
    for name in ("police", "fire and ambulance", "coast guard", "police consultation",
                 "consumer hotline", "child consultation", "disaster message dial"):  # fmt: skip
        assert name in result.stdout
    data = run("check-number", *numbers, "--json", "--lang", "ja").json()["data"]
    assert [item["verdict"] for item in data["results"]] == ["public_service"] * 4 + [
        "consumer_hotline"
    ] + ["public_service"] * 2
    assert data["advice"] == []
    assert data["public_services"][0]["id"] == "contact.public_service_numbers"
    assert run("check-number", "110", "0120-999-373").exit_code == 1  # a mix still warns


@pytest.mark.parametrize("command", [("contact",), ("complain", "other")])
def test_188_states_who_cannot_call_it_and_that_it_is_charged(command: tuple[str, ...]) -> None:
    ja = _text(*command, "--lang", "ja")
    assert "一部のIP電話やプリペイド式の携帯電話からはかけられません" in ja
    assert "188はナビダイヤルなので、通話定額のプランでも通話料がかかります" in ja
    en = _text(*command, "--lang", "en")
    assert "prepaid mobiles" in en and "charged even on flat-rate plans" in en


def test_contact_gives_adrs_scope_and_direct_application() -> None:
    ja = _text("contact", "--lang", "ja")
    assert "全国的に重要な消費者紛争" in ja
    assert "消費者が直接申請できます" in ja
    assert "通常は地域の消費生活センターでのあっせんを経てから" not in ja
    assert "apply directly" in _text("contact", "--lang", "en")


@pytest.mark.parametrize(
    "command",
    [
        ("renewal", "2026-12-31", *TODAY),
        ("cancel", "--no-interactive", "--renewal", "2026-12-31", *TODAY),
    ],
)
def test_cancel_by_is_presented_as_a_safety_margin(command: tuple[str, ...]) -> None:
    ja = _text(*command, "--lang", "ja")
    # cancel, whose first sentence names the day: 「2026年12月30日は余裕をみた目安（解約の目安日、
    # 更新日の前日）で、Amazonの決まりではありません。」 (review 64b R-minor 1)
    assert (
        "解約の目安日はAmazonの決まりではありません" in ja
        or "は余裕をみた目安（解約の目安日、" in ja
    )
    assert "Amazonの決まりではありません" in ja
    assert "最終日" not in ja and "解約の期限" not in ja
    en = _text(*command, "--lang", "en")
    assert "safety margin" in en
    assert "Last day to cancel" not in en


def test_student_switch_refund_is_stated_where_refunds_are_looked_up() -> None:
    """§2 [r2]: switching from regular Prime to Prime Student refunds an annual fee's unused part.
    On the Student trial's screen too since review 37b item 7 / 39b S 13 (its --json, whose
    schema documents it, carries it: the screen says what the JSON says; review 12b item 14 had
    kept it off that screen), never on a regular trial's."""
    ja = _text("sources", "返金", "--lang", "ja")
    assert (
        "通常のプライムからPrime Studentに切り替えると、年会費のうち使っていない期間の分が返金されます。"
        in ja
    )
    en = _text("sources", "返金", "--lang", "en")
    assert (
        "Switching from regular Prime to Prime Student refunds the unused part of an annual fee."
        in en
    )
    assert "https://japan-lifehack.com" in en  # its source, as the sheet gives it
    for lang, said in (
        ("ja", "Prime Studentに切り替えると"),
        ("en", "Switching from regular Prime"),
    ):
        trial = _text("trial", "2026-11-25", "--student", *TODAY, "--lang", lang)
        # review 59b item 9, S 7: not on the Student trial's screen (for a regular member who
        # switches; its source a home page); `sources 返金` and --json give it (was: on it, 39b S 13)
        assert said not in trial
    fact = _json("trial", "2026-11-25", "--student", *TODAY)["student_switch_refund"]
    assert (fact["id"], fact["confidence"]) == ("trial.student_switch_refund", "M")
    assert "報告によれば" not in fact["text"]  # M: stated, not "reportedly"
    assert _json("trial", "2026-11-25", *TODAY)["student_switch_refund"] is None  # regular trial
    assert "Switching from regular Prime" not in _text(
        "trial", "2026-11-25", *TODAY, "--lang", "en"
    )
    refund_ids = [item["id"] for item in _json("sources", "返金")["facts"]]
    assert "trial.student_switch_refund" in refund_ids
