"""Review 11a (a native-level Japanese reader): check-message, check-number, complain, sources,
help texts (helper n2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import run

MESSAGES = Path(__file__).parent / "messages"


def _out(*args: str, lang: str = "ja", columns: str = "60", code: int | None = None) -> str:
    result = run(*args, "--lang", lang, env={"COLUMNS": columns, "TERM": "dumb"})
    if code is not None:
        assert result.exit_code == code, result.stderr
    return result.stdout


def _flags(out: str, lang: str) -> str:
    start, end = (
        ("見つかった兆候（", "読み取った内容") if lang == "ja" else ("Red flags (", "What was read")
    )
    return out.split(start)[1].split(end)[0]


# ---------------------------------------------------------------- item 3: a phrase quoted once


@pytest.mark.parametrize("columns", ["40", "60", "80"])
def test_3_a_sentence_two_signs_found_is_quoted_once_and_referred_back_to(columns: str) -> None:
    out = _out("check-message", str(MESSAGES / "scam-subject-utf8.eml"), columns=columns)
    flags = "".join(_flags(out, "ja").split())
    assert flags.count("「【Amazon】プライムの使用が一時的にできません」") == 1, out
    # review20a 3: a note under sign 2, which quotes the text, not a reference back to it
    assert "この文面は、2025〜26年によく報告されている詐欺の件名・文面と同じです。" in flags
    assert "・（兆候" not in flags
    assert "兆候の" not in flags  # review 13a, S 8: 「兆候の2」 is unusual
    assert "「本人確認をしてください」" in flags  # a sentence said once stays quoted
    en = " ".join(
        _flags(
            _out(
                "check-message", str(MESSAGES / "scam-subject-utf8.eml"), lang="en", columns="200"
            ),
            "en",
        ).split()
    )
    assert en.count("“【Amazon】プライムの使用が一時的にできません”") == 1
    assert "this wording matches a scam subject or wording commonly reported" in en.lower()


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_3_a_sign_whose_only_sentence_is_quoted_above_refers_back(lang: str) -> None:
    out = _out("check-message", "--text", "アカウントが停止されました", lang=lang, columns="200")
    flags = " ".join(_flags(out, lang).split())
    assert flags.count("アカウントが停止されました") == 1, out
    # review20a 3: one phrase, one sign, the note under it
    assert ("兆候1の文面は、" if lang == "ja" else "The wording quoted in red flag 1 ") not in flags
    assert flags.startswith("1件）" if lang == "ja" else "1)"), flags
    assert ("この文面は、2025〜26年" if lang == "ja" else "This wording is similar") in flags


# ---------------------------------------------------------------- item 4: sender checks compact


def _auth_row(out: str, label: str) -> list[str]:
    """The lines of the sender-checks row, stripped."""
    mark = "\n・" if "\n・" in out else "\n- "  # "- " in English (review 45a item 13)
    lines = out.split(mark + label.rstrip())[1].split(mark)[0].splitlines()
    # a value that does not fit after its label starts the next line (review 24a, S 11)
    return [line.strip() for line in lines if line.strip()]


@pytest.mark.parametrize("columns", ["40", "60", "80"])
def test_4_all_checks_passed_are_said_once(columns: str) -> None:
    mail = str(MESSAGES / "genuine-order-iso-2022-jp.eml")
    row = _auth_row(_out("check-message", mail, columns=columns), "認証結果：")
    assert " ".join(row).startswith("SPF・DKIM・DMARC がいずれも pass（認証に成功）"), row
    assert any("pass（認証に成功）" in line for line in row)  # a result and its meaning together
    assert "".join(row).count("認証に成功") == 2  # the gloss, and the note that it proves nothing
    en = _auth_row(_out("check-message", mail, lang="en", columns=columns), "Sender checks: ")
    assert " ".join(en).startswith("SPF, DKIM and DMARC: all pass"), en


@pytest.mark.parametrize("columns", ["40", "60", "80"])
def test_4_mixed_results_stand_one_a_line_each_with_its_gloss(columns: str) -> None:
    mail = str(MESSAGES / "scam-iso-2022-jp.eml")
    row = _auth_row(_out("check-message", mail, columns=columns), "認証結果：")
    assert row[:3] == [
        "SPF=softfail（認証に失敗）",
        "DKIM=none（署名なし）",
        "DMARC=fail（認証に失敗）",
    ]
    en = _auth_row(_out("check-message", mail, lang="en", columns=columns), "Sender checks: ")
    assert en[:3] == ["SPF=softfail (failed)", "DKIM=none (no signature)", "DMARC=fail (failed)"]


# ---------------------------------------------------------------- item 10: a renewal not yet come

_TODAY = {"PRIMEHELP_TODAY": "2026-12-05", "COLUMNS": "200", "TERM": "dumb"}


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "ja",
            "`--renewal` の値「2027-05-01」は今日（2026年12月5日）より後の日付です。"
            "請求された更新日を指定してください。使える形式：2026-11-01、",
        ),
        ("en", "`--renewal` '2027-05-01' is after today (2026-12-05): give the renewal date"),
    ],
)
def test_10_complain_refuses_a_renewal_date_after_today(lang: str, expected: str) -> None:
    result = run("complain", "renewal", "--renewal", "2027-05-01", "--lang", lang, env=_TODAY)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert expected in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    today = run("complain", "renewal", "--renewal", "2026-12-05", "--lang", lang, env=_TODAY)
    assert today.exit_code == 0, today.stderr  # today itself is a renewal that has charged


# ---------------------------------------------------------------- S 18: which sign, by its name


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "ja",
            "電話番号：(03) 5757-5252（03-5757-5252、兆候1）",
        ),  # review 40a S 22 (round 48): a number is also shown in its usual hyphenated form
        ("en", "(03) 5757-5252 (03-5757-5252; see red flag 1)"),
    ],
)
def test_s18_a_number_in_what_was_read_names_the_sign_it_is_under(lang: str, expected: str) -> None:
    text = "Amazonカスタマーサービスです。(03) 5757-5252 までお電話ください"
    out = " ".join(_out("check-message", "--text", text, lang=lang, columns="200").split())
    assert expected in out
    assert "上記" not in out and "above)" not in out


# ---------------------------------------------------------------- S 11, S 13: help texts


def _help(*args: str, lang: str = "ja") -> str:
    env = {"COLUMNS": "200", "TERM": "dumb", "PRIMEHELP_LANG": lang}
    out = run(*args, "--help", env=env).stdout
    return " ".join(out.split())


def test_s11_check_number_help_does_not_demand_quotes_it_does_not_need() -> None:
    ja = "".join(_help("check-number").split())
    assert "空白を含む番号も読み取れます" in ja and "引用符で囲むと確実です" in ja
    assert "引用符で囲んでください" not in ja
    en = _help("check-number", lang="en")
    assert "A number with spaces is read too" in en and "quote a number that has spaces" not in en


def test_s13_help_names_the_old_numbers_plainly() -> None:
    top = "".join(_help().split())
    assert "今は使われていない以前の番号" in top  # shorter units (review 52a, item 26)
    assert "、使われていない番号、" not in top
    assert "使われなくなった番号か、" not in top
    assert (
        "（公共の電話番号だけなら終了コード0、それ以外の番号が1つでもあれば1）"  # 50a item 19
        in top
    )  # 19a S12
    en = _help("contact", lang="en") + _help("check-number", lang="en")
    assert "dead numbers" not in en and "out of service or" not in en
    assert "numbers Amazon once published (no longer in use)" in en


# ---------------------------------------------------------------- S 12: a topic's own title


@pytest.mark.parametrize(
    ("lang", "topic", "title"),
    [
        ("ja", "返金", "「返金」に関する情報と出典（{count}件）"),
        ("en", "refund", "What primehelp states about “refund”, and where it comes from ({count})"),
    ],
)
def test_s12_sources_of_a_topic_are_titled_with_it_and_counted(
    lang: str, topic: str, title: str
) -> None:
    out = _out("sources", topic, "--no-pager", lang=lang, columns="200", code=0)
    count = out.count("ID：" if lang == "ja" else "ID: ")
    assert out.splitlines()[0] == title.format(count=count)
    every = _out("sources", "--no-pager", lang=lang, columns="200", code=0)
    total = every.count("ID：" if lang == "ja" else "ID: ")  # counted too (review 52a, 12)
    assert every.splitlines()[0] in (
        f"primehelpが表示するすべての情報と出典（{total}件）",
        f"Everything primehelp states, and where it comes from ({total})",
    )


# ---------------------------------------------------------------- S 14: no e-mail advice for a number


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s14_check_number_gives_no_advice_about_e_mail_fees(lang: str) -> None:
    out = _out("check-number", "03-1234-5678", lang=lang, columns="200", code=1)
    assert "600" not in out and "payment failed" not in out
    json_out = _out("check-number", "03-1234-5678", "--json", lang=lang, code=1)
    assert "scam.fee_amount_proves_nothing" not in json_out
    assert "scam.report" in json_out  # the other advice stays


def test_s14_the_fee_advice_quotes_no_subject_it_only_paraphrases() -> None:
    out = _out("sources", "scam.fee_amount_proves_nothing", "--no-pager", columns="200", code=0)
    assert "プライム会費の支払いに失敗したと知らせる偽のメール" in out
    assert "「プライム会費の支払いに失敗した」" not in out


# ---------------------------------------------------------------- S 16: the timing facts, plainly


def test_s16_the_timing_facts_say_the_choice_once_and_plainly() -> None:
    out = "".join(_out("sources", "cancel.timing", "--no-pager", columns="200", code=0).split())
    assert (
        "次の更新日に終了するほうを選ぶと、会員資格は次の更新日まで続き、その後の会費はかかりません。"
        in out
    )
    assert "ほうを選んだ場合" not in out and "会員資格を更新日に終了" not in out
    en = " ".join(
        _out("sources", "cancel.timing", "--no-pager", lang="en", columns="200", code=0).split()
    )
    assert "to end on the next renewal date, the membership lasts until then" in en
    assert "If, when cancelling," not in en


# ---------------------------------------------------------------- S 17: an IP address is no domain


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("ja", "リンク：192.168.10.5（IPアドレスです。Amazonのサイトではありません。兆候1）"),
        ("en", "Link: 192.168.10.5 (an IP address, not Amazon's site; see red flag 1)"),
    ],
)
def test_s17_a_link_to_an_ip_address_is_not_called_a_domain(lang: str, expected: str) -> None:
    text = "至急 http://192.168.10.5/login で確認してください"
    out = _out("check-message", "--text", text, lang=lang, columns="200", code=1)
    read = out.split("読み取った内容" if lang == "ja" else "What was read")[1]
    assert expected in read
    assert all(word not in read for word in ("ドメインではありません", "以外のドメイン"))
    assert "not Amazon's domain" not in read


# ---------------------------------------------------------------- S 25: due's summary


def test_s25_due_summary_says_what_is_needed_now_without_a_split_word() -> None:
    top = "".join(_help().split())
    assert "保存した更新日について、今すぐ必要なこと（解約の目安日と手順）があれば" in top
    assert "今すべきこと" not in top
