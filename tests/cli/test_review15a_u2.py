"""Fix round 16 (review15a): check-message, check-number, contact, profile, complain."""

from __future__ import annotations

import itertools

import pytest

from tests.support.clihelp import Run, run

WIDE = {"COLUMNS": "300"}  # long lines stay whole, so the tests can look for sentences


def _check(*args: str, stdin: str | None = None, columns: int = 300) -> Run:
    return run("check-message", *args, stdin=stdin, env={"COLUMNS": str(columns)})


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_5_a_link_on_a_hosting_service_is_not_called_a_domain_that_is_not_amazons(
    lang: str,
) -> None:
    # amazonaws.com is Amazon's (AWS) domain: FACTS §11 says only "not Amazon's site"
    text = "Amazon: 至急 http://abc.s3.amazonaws.com/x でログイン http://evil.info/z\n"
    result = _check("-", "--lang", lang, stdin=text)
    out = result.stdout
    # The line names the hosting service and refers to its sign (review 31a, S 11), whose
    # reason says 「Amazonのサイトではありません」.
    hosting, other = {
        "ja": ("（ホスティングサービス。兆候", "Amazon以外のドメイン"),
        "en": ("(a hosting service; see red flag", "not Amazon's domain"),
    }[lang]
    link_lines = [
        line
        for line in out.splitlines()
        if "amazonaws.com" in line and ("（" in line or " (" in line)
    ]
    assert link_lines and all(other not in line for line in link_lines)
    assert any(hosting in line for line in link_lines)
    evil = [line for line in out.splitlines() if "evil.info" in line and other in line]
    assert evil  # a domain that really is not Amazon's keeps the plain words


@pytest.mark.parametrize(
    ("lang", "said", "what_to_do"),
    [
        # the call-back line's new wording (review 43a, S 28)
        ("ja", "自分でコールバックを依頼した後に", "どうすればよいか"),
        ("en", "If the call came after you asked for a call-back yourself", "What to do"),
    ],
)
def test_8_the_call_back_warning_is_said_once_for_several_numbers(
    lang: str, said: str, what_to_do: str
) -> None:
    numbers = ("090-1234-5678", "0570064646", "03-1234-5678")
    out = run("check-number", *numbers, "--lang", lang, env=WIDE).stdout
    assert out.count(said) == 1
    assert out.index(what_to_do) < out.index(said)  # a bullet of what to do, for every number
    assert ("・" if lang == "ja" else "- ") + said in out  # "- " in English (review 36a, S 27)
    # Review 16a, item 3: one number too gets it as a bullet of what to do, never under the number.
    one = run("check-number", numbers[0], "--lang", lang, env=WIDE).stdout
    assert one.count(said) == 1 and one.index(what_to_do) < one.index(said)


@pytest.mark.parametrize(
    ("lang", "first", "again"),
    [
        (
            "ja",
            "Amazonは現在、電話番号を公開していません。電話での問い合わせは",
            "コールバックだけです",
        ),
        ("en", "Amazon currently publishes no phone number. Phone support is", "call-back only"),
    ],
)
def test_s15_the_contact_box_does_not_repeat_call_back_only(
    lang: str, first: str, again: str
) -> None:
    """Since review 56a, item 8, the box says call-back only (once): without it, 「かかってきた
    番号も…公開している番号ではありません」 seemed to contradict the call-back caveat under it."""
    out = run("contact", "--lang", lang, env={"COLUMNS": "300"}).stdout
    box = out[out.index("╭") : out.index("╰")]
    assert first in box and box.count(again) == 1


FULL_WIDTH_SMS = (
    "Amazon: 至急 bit.ly/3xYz でログイン\n"
    "http://192.168.0.1/login ＡＭＡＺＯＮ.co.jp.xn--amzon-abc.com amazonaws.com/x "
    "ギフトカードの番号を送ってください\n"
)


@pytest.mark.parametrize("columns", [40, 50, 60, 70, 80])
def test_4_a_full_width_word_in_a_quoted_excerpt_is_not_split(columns: int) -> None:
    out = _check("-", "--lang", "ja", stdin=FULL_WIDTH_SMS, columns=columns).stdout
    lines = [line.strip().lstrip("「") for line in out.splitlines()]
    assert any("ＡＭＡＺＯＮ.co.jp" in line for line in lines), out
    fw = "ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"
    for before, after in itertools.pairwise(lines):
        assert not (before[-1:] in fw and after[:1] in fw + "."), (before, after)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s10_a_sign_quoted_above_is_named_in_the_reason_not_as_a_bare_bullet(lang: str) -> None:
    from tests.cli.test_check_message_cli import MESSAGES

    out = _check(str(MESSAGES / "scam-subject-utf8.eml"), "--lang", lang).stdout
    assert "・（兆候" not in out and "・ (the wording" not in out
    assert "件名・文面（兆候" not in out and "(the wording quoted" not in out
    said = {
        # review20a 3: a note under sign 2, which quotes the text
        "ja": "この文面は、2025〜26年によく報告されている詐欺の件名・文面と同じです。",
        "en": "This wording matches a scam subject or wording commonly reported in 2025–26.",
    }[lang]
    assert said in ("".join(out.split()) if lang == "ja" else " ".join(out.split()))
    assert "兆候2の文面" not in out and "quoted in red flag 2" not in out


@pytest.mark.parametrize(
    ("lang", "title", "said"),
    [
        ("ja", "自分で解約して今すぐ終了する場合の返金", "会費の一部が返金されることがあります"),
        ("en", "The refund if you cancel it yourself and end it now", "a partial refund may be"),
    ],
)
def test_s14_complain_refund_with_benefits_used_says_part_may_be_refunded(
    lang: str, title: str, said: str
) -> None:
    out = run("complain", "refund", "--benefits-used", "--lang", lang, env=WIDE).stdout
    assert title in out and said in out
    assert "円" not in out.split(title)[1].split("\n\n")[0]  # no yen figure (FACTS §5, M)
    data = run("complain", "refund", "--benefits-used", "--json").json()["data"]
    # and the gift-card rule, kept with benefits used since review 62a, S 3 (FACTS §5)
    assert [fact["id"] for fact in data["refund"]] == ["refunds.partial_may", "refunds.gift_card"]
