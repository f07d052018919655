"""Issue 12: `check-number` for the member who was just called.

Transcripts through the real CLI: Amazon's rule about payment details first, then each number as
typed and as usually written, a verdict that fits an incoming call, then what to do; the
public-service numbers are named and are not findings.
"""

from __future__ import annotations

import pytest

from tests.cli.test_review59a_num59 import RULE_EN, RULE_JA
from tests.support.clihelp import run

WIDE = {"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-02"}  # one paragraph per line


NEW_CALLBACK_EN = (
    "- If the call came after you asked for a call-back yourself, it may be Amazon calling, "
    "even if you do not recognize the number shown. Even then, do not give payment information "
    "if asked for it on the phone."
)
NEW_CALLBACK = (
    "自分でコールバックを依頼した後にかかってきた電話は、表示された番号に見覚えがなくても、"
    "Amazonからの"  # review 44a, item 7: standalone (it pointed 「上の」 to nothing in sources)
    "電話の場合があります。その場合も、電話で支払い情報を聞かれたら応じないでください。"
)


def _lines(*args: str) -> tuple[int, list[str]]:
    result = run(*args, env=WIDE)
    assert result.stderr == ""
    return result.exit_code, [line for line in result.stdout.splitlines() if line.strip()]


def test_a_number_that_called_the_member_in_japanese() -> None:
    code, lines = _lines("check-number", "0120999373", "--lang", "ja")
    assert code == 1
    assert lines[:4] == [
        "電話番号の確認",
        "Amazonが電話やSMSで支払い情報を聞くことはありません。",
        "0120999373（0120-999-373、通話料無料の番号）",  # issue 12: as typed and grouped
        "以前Amazonが公開していた番号ですが、現在は使われていません。"
        "この番号が表示された電話やSMS、この番号に電話するよう書かれた連絡は、詐欺の可能性があります。",
    ]
    assert lines[4] == RULE_JA  # not a step (28a S 10); call-back: review 59a, item 6
    assert lines[5] == "どうすればよいか"
    assert lines[6].startswith("・Amazonを名乗る電話やSMSの指示には従わないでください。")
    assert "`primehelp contact`" in lines[6]
    # every 出典 is a list, a source a row, then the check date (review 37a item 14)
    assert lines[lines.index("出典：") + 1].startswith("  https://www.aboutamazon.jp/")
    assert lines[-1] == "2026年12月2日に確認しました。"


def test_a_number_that_called_the_member_in_english() -> None:
    code, lines = _lines("check-number", "(03) 5757-5252", "--lang", "en")
    assert code == 1
    assert lines[:6] == [
        "Phone number check",
        "Amazon never asks for payment information by phone or SMS.",
        "(03) 5757-5252 (03-5757-5252, landline)",
        'It circulates online as "Amazon", but it is not a number Amazon publishes. '
        "A call or SMS showing this number, or a message asking you to call it, may be fraud.",
        RULE_EN,  # not a step (review 28a, S 10)
        "What to do",
    ]
    # Review 16a, item 3: the call-back rule is a bullet of what to do, one number or several.
    assert NEW_CALLBACK_EN in lines[5:]  # its new wording (review 43a, S 28)


def test_a_number_typed_in_its_usual_form_is_not_repeated() -> None:
    _, lines = _lines("check-number", "090-1234-5678", "--lang", "en")
    assert lines[2] == "090-1234-5678 (mobile)"
    assert lines[3] == (
        "Amazon does not publish this number. A call or SMS claiming to be Amazon that shows "
        "this number, or asks you to call it, may be fraud."
    )
    assert lines[5] == "What to do"  # review 16a, item 3: the call-back rule is one of its bullets
    assert NEW_CALLBACK_EN in lines[5:]  # its new wording (review 43a, S 28)


def test_an_ordinary_number_is_suspect_only_when_it_claims_to_be_amazon() -> None:
    """Review 7 item 4: a friend's mobile or a shop's landline is not called fraud outright,
    nor safe; the rule about payment details stays first."""
    _, lines = _lines("check-number", "03-1234-5678", "--lang", "ja")
    assert lines[1] == "Amazonが電話やSMSで支払い情報を聞くことはありません。"
    assert lines[3] == (
        "Amazonが公開している番号ではありません。"
        "「Amazon」を名乗る電話やSMSに、この番号が表示されていたり、この番号に電話するよう"
        "書かれていたりした場合は、詐欺の可能性があります。"
    )
    # review 13a, S 11: a member who asked for a call-back is not told to hang up
    # (review 16a, item 3: said once, as a bullet of 「どうすればよいか」)
    # (review 43a, S 28: the line now names the call-back as a reading of the number checked;
    # it may wrap, so the lines are joined)
    assert "・" + NEW_CALLBACK in "".join(lines[4:])
    assert "安全" not in "".join(lines)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "ja",
            [
                "電話番号の確認",
                "110",
                "警察（事件・事故）の番号です。公共の電話番号で、Amazonの番号ではありません。",
                "188",
                "消費者ホットラインの番号です。公共の電話番号で、Amazonの番号ではありません。",
                "#9110",
                "警察相談専用電話の番号です。公共の電話番号で、Amazonの番号ではありません。",
            ],
        ),
        (
            "en",
            [
                "Phone number check",
                "110",
                "Public service: police; not Amazon.",
                "188",
                "Public service: consumer hotline; not Amazon.",
                "#9110",
                "Public service: police consultation; not Amazon.",
            ],
        ),
    ],
)
def test_public_service_numbers_are_named_and_are_not_findings(
    lang: str, expected: list[str]
) -> None:
    code, lines = _lines("check-number", "110", "188", "#9110", "--lang", lang)
    assert code == 0
    # Then the sources line; no payment rule, no scam advice, and not the list of public
    # numbers (review 9a, item 8): each verdict already says it.
    # then the sources, a list at every width (review 37a item 14)
    assert lines[: len(expected)] == expected
    assert lines[len(expected)] in ("出典：", "Sources:")


def test_public_service_numbers_in_json() -> None:
    result = run("check-number", "110", "188", "#9110", "--json", env=WIDE)
    assert result.exit_code == 0
    data = result.json()["data"]
    assert data["payment_rule"] is None
    assert data["advice"] == []
    assert [(r["formatted"], r["kind"], r["verdict"]) for r in data["results"]] == [
        ("110", "short_code", "public_service"),
        ("188", "short_code", "consumer_hotline"),
        ("#9110", "short_code", "public_service"),
    ]


def test_json_gives_the_rule_first_and_each_number_as_written() -> None:
    data = run("check-number", "+1 855 370 0151", "0570064646", "--json", env=WIDE).json()["data"]
    assert data["payment_rule"]["id"] == "scam.no_payment_by_phone"
    assert data["payment_rule"]["confidence"] == "H"
    assert [(r["input"], r["formatted"], r["kind"]) for r in data["results"]] == [
        ("+1 855 370 0151", "+1 855 370 0151", "international"),  # spaces: 39a S 22
        ("0570064646", "0570-064-646", "navi_dial"),
    ]


@pytest.mark.parametrize(("lang", "title"), [("ja", "どうすればよいか"), ("en", "What to do")])
def test_the_public_numbers_note_and_what_to_do_are_separate_paragraphs(
    lang: str, title: str
) -> None:
    """Review 6, item 32: a blank line between the public numbers' note and 「どうすればよいか」."""
    lines = run("check-number", "110", "+81 120 999 373", "--lang", lang, env=WIDE).stdout
    lines = lines.splitlines()
    at = lines.index(title)
    assert lines[at - 1] == ""


def test_an_unquoted_number_with_spaces_is_read_as_one_number() -> None:
    """Review 6 item 1: the shell splits `+81 120 999 373` into four arguments."""
    code, lines = _lines("check-number", "+81", "120", "999", "373", "--lang", "ja")
    assert code == 1
    assert "+81 120 999 373（0120-999-373、通話料無料の番号）" in lines


def test_every_example_in_the_errors_works_when_typed_in_a_shell() -> None:
    """The examples in the errors, split as a shell splits them, are read as numbers."""
    import shlex

    from primehelp.phone import ACCEPTED_FORMS

    missing = run("check-number", env={**WIDE, "PRIMEHELP_LANG": "ja"})
    assert missing.exit_code == 2
    examples = missing.stderr.split("例：")[1].split("）")[0].split("、")
    forms = ACCEPTED_FORMS.ja.split("：")[1].split("、")
    for example in examples + forms:
        result = run("check-number", *shlex.split(example), env=WIDE)
        assert result.exit_code in (0, 1), (example, result.stderr)
        assert len(shlex.split(example)) == 1, example  # quoted when it has spaces
