"""Fix round 64, check-message wording (review 63m: R-minor items 9, 10 and 11; S 14 and 15)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import joined, lang_run


def _signs(*args: str, lang: str = "ja", columns: int = 1000) -> str:
    """The red flags of ``check-message ARGS``, their wrapped lines joined."""
    done = lang_run("check-message", *args, lang=lang, columns=columns)
    assert done.exit_code == 1, done.stderr
    start, end = (
        ("見つかった兆候", "読み取った内容") if lang == "ja" else ("Red flags", "What was read")
    )
    return joined(done.stdout.split(start, 1)[1].split(end, 1)[0], lang)


# ------------------------------------- item 9: not a lone 「円」 among the words that matched

_FEE_MAIL = (
    "Amazonプライム会費600円の請求が確定しました。"
    "身に覚えがない場合は050-1234-5678までご連絡ください"
)


@pytest.mark.parametrize("columns", [40, 80])
def test_9_the_yen_is_shown_as_the_amount(columns: int) -> None:
    signs = _signs("--text", _FEE_MAIL, columns=columns)
    assert "一致した語句：「身に覚えがない場合」、金額の記載（「プライム会費600円」）" in signs
    assert "「円」" not in signs


def test_9_the_yen_is_shown_as_the_amount_in_english() -> None:
    signs = _signs("--text", _FEE_MAIL, lang="en")
    assert "Words that matched: '身に覚えがない場合', an amount ('プライム会費600円')." in signs
    assert "'円'" not in signs


def test_9_an_amount_in_the_quoted_sentence_and_in_ten_thousands() -> None:
    signs = _signs("--text", "身に覚えがない場合、合計1万円の請求をキャンセルしてください")
    assert "一致した語句：「身に覚えがない場合」、金額の記載（「合計1万円」）" in signs


def test_9_a_yen_in_no_amount_is_left_out() -> None:
    signs = _signs("--text", "身に覚えがない場合は円滑に手続きします")
    assert "一致した語句：「身に覚えがない場合」" in signs
    assert "「円」" not in signs and "金額の記載" not in signs


# ------------------------------------- item 10: 「も」 only when both sentences say the same

_REPORTED = "【Amazon】プライムの使用が一時的にできません"


def test_10_the_similar_quote_is_not_said_with_mo() -> None:
    signs = _signs("--text", f"{_REPORTED}\nアカウントが停止されました。")
    assert "1つ目の文面は、2025〜26年によく報告されている詐欺の件名・文面と同じです。" in signs
    assert "2つ目の文面は、よく報告されている詐欺の件名・文面に似ています。" in signs
    assert "の文面も" not in signs


def test_10_the_english_note_is_unchanged() -> None:
    signs = _signs("--text", f"{_REPORTED}\nアカウントが停止されました。", lang="en")
    assert "Wording 1 matches a scam subject or wording commonly reported in 2025–26;" in signs
    assert "wording 2 is similar to them." in signs


# ------------------------------------- item 11: a form that sends to an IP address

_IP_FORM = """<html><head><meta charset="utf-8"><title>Amazon</title></head><body>
<p>Amazonプライム会員情報</p>
<form action="http://198.51.100.7/login" method="post">
<input type="text" name="email"><input type="password" name="pw">
<button type="submit">送信</button></form></body></html>
"""


def test_11_a_form_sending_to_an_ip_address_names_no_domain(tmp_path: Path) -> None:
    page = tmp_path / "ipform.html"
    page.write_text(_IP_FORM, encoding="utf-8")
    signs = _signs(str(page))
    assert (
        "入力した内容は 198.51.100.7 に送られます。送信先はIPアドレスで、Amazonのサイトでは"
        "ありません。このフォームには何も入力しないでください。"
    ) in signs
    assert "送信先のドメインは" not in signs
    en = _signs(str(page), lang="en")
    assert "is sent to 198.51.100.7, an IP address, not Amazon's site." in en
    assert "a domain that is not Amazon's" not in en


def test_11_a_form_sending_to_a_domain_still_names_it() -> None:
    signs = _signs("tests/cli/messages/scam-html-form.html")
    assert "送信先のドメインは、Amazonのものではありません。" in signs


# ------------------------------------- S 14: no 「電話して、」 alone on a line in the card step


@pytest.mark.parametrize("columns", [40, 44, 50, 60, 80])
def test_s14_the_card_step_has_no_short_phone_line(columns: int) -> None:
    done = lang_run("check-message", "--text", _FEE_MAIL, columns=columns)
    lines = [line.strip() for line in done.stdout.splitlines()]
    assert "電話して、" not in lines and "電話して" not in lines
    step = joined(done.stdout.split("電話や返信で情報を伝えてしまった場合", 1)[1])
    assert (
        "1. クレジットカードの情報を入力したり伝えたりした場合は、"
        "カードを止めてもらうよう、カード会社に電話してください。"
    ) in step


def test_s14_the_english_card_step_is_unchanged() -> None:
    done = lang_run("check-message", "--text", _FEE_MAIL, lang="en")
    assert "call your card company and have the card stopped." in done.stdout


# ------------------------------------- S 15: the number request after a gift-card request


@pytest.mark.parametrize(
    "first",
    ["Amazonギフトカードで5万円分お支払いください。", "Amazonギフトカードを購入してください。"],
)
def test_s15_a_bare_number_request_is_quoted_too(first: str) -> None:
    signs = _signs("--text", f"{first}番号を返信してください")
    assert "ギフトカードでの支払いの要求（2件）" in signs
    assert "・「番号を返信してください」" in signs
    assert "その番号を伝えることを求めています。" in signs


def test_s15_another_number_is_not_the_gift_cards() -> None:
    text = "Amazonギフトカードで5万円分お支払いください。注文番号をご確認ください"
    signs = _signs("--text", text)
    assert "注文番号" not in signs and "（2件）" not in signs


@pytest.mark.parametrize("columns", [40, 60, 80])
def test_s14_the_links_and_numbers_headline_has_no_short_phone_line(columns: int) -> None:
    text = "身に覚えがない場合は050-1234-5678までご連絡ください。https://amaz0n-jp.top/login"
    done = lang_run("check-message", "--text", text, columns=columns)
    head = done.stdout.split("\n\n", 1)[0]
    assert [line.strip() for line in head.splitlines()][-1] != "電話したり、"
    assert "電話したり、" not in [line.strip() for line in head.splitlines()]
    assert joined(head) == (
        "✗ 危険な兆候が見つかりました。リンクを開いたり、番号に電話したり、返信したりしないでください。"
    )
