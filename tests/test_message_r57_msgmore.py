"""Fix round 57 (helper msgmore), check-message: review 51a's items 22, 23, 4, 28, 5 and 29."""

from __future__ import annotations

import pytest

from primehelp.content.message import load as load_content
from primehelp.message import MessageContent, check_message
from tests.support.clihelp import WIDE, run


@pytest.fixture(scope="module")
def content() -> MessageContent:
    return load_content()


def _limits(text: str, content: MessageContent, lang: str) -> list[str]:
    return [note.text(lang) for note in check_message(text, content).could_not_know]


def _cap_links(monkeypatch: pytest.MonkeyPatch, cap: int) -> None:
    from primehelp import message, message_limits, message_links, message_targets

    for module in (message, message_limits, message_links, message_targets):
        monkeypatch.setattr(module, "MAX_LINKS", cap)


# ----------------------------- item 22: 「すべて確認しました」 only when no link was left unexamined


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_22_past_the_cap_on_links_it_never_says_every_link_was_checked(
    lang: str, content: MessageContent, monkeypatch: pytest.MonkeyPatch
) -> None:
    _cap_links(monkeypatch, 1200)
    lines = [f"https://www.amazon.co.jp/p{n}" for n in range(1500)] + ["https://amaz0n.top/x"]
    notes = " ".join(_limits("Amazonからのお知らせ\n" + "\n".join(lines), content, lang))
    assert ("すべて確認しました" if lang == "ja" else "was checked") not in notes
    said = {
        "ja": "「読み取った内容」には200件だけを載せています（確認した1,200件のうち、ほかに1,000件）。"
        "最初の1,200件より後のリンクは確認していません。",
        "en": "only 200 of the 1,200 links checked are listed under “What was read” (1,000 more"
        " are not). Links after the first 1,200 were not checked.",
    }[lang]
    assert said in notes


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_22_23_under_the_cap_every_link_was_checked_and_counts_have_commas(
    lang: str, content: MessageContent
) -> None:
    text = " ".join(f"https://shop{n}.example.com/" for n in range(1200))
    notes = " ".join(_limits(text, content, lang))
    said = {
        "ja": "（ほかに1,000件）。リンク先のドメインは、載せていないものも含めてすべて確認しました。",
        "en": "(1,000 more are not). The domain of every link, listed or not, was checked.",
    }[lang]
    assert said in notes


def test_22_the_screen_says_it_too(monkeypatch: pytest.MonkeyPatch) -> None:
    _cap_links(monkeypatch, 300)
    text = "Amazonからのお知らせ\n" + "\n".join(
        f"https://www.amazon.co.jp/p{n}" for n in range(400)
    )
    out = run("--lang", "ja", "check-message", "--text", text, env=WIDE).stdout
    assert "すべて確認しました" not in out
    assert "最初の300件より後のリンクは確認していません。" in out


# ----------------------------- item 29: 「お支払いが完了しませんでした」 is the payment-failure wording


@pytest.mark.parametrize(
    "said",
    ["お支払いが完了しませんでした", "お支払いが完了していません", "決済が完了しませんでした"],
)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_29_a_payment_that_did_not_complete_is_the_payment_failure_sign(
    said: str, lang: str
) -> None:
    text = f"【Amazon】プライム会費600円の{said}。https://amzn.asia/d/abc"
    done = run("--lang", lang, "check-message", "--text", text, env=WIDE)
    assert done.exit_code == 1
    label = {"ja": "支払いの失敗を知らせる文面", "en": "Notice that a payment failed"}[lang]
    assert label in done.stdout
    kinds = [
        flag["kind"]
        for flag in run("check-message", "--json", "--text", text).json()["data"]["red_flags"]
    ]
    assert "payment_problem" in kinds


# ----------------------------- item 5: the part before 「@」 of a link to an IP address


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "ja",
            "「@」より前の部分（amazon.co.jp）は行き先ではありません。実際の行き先は「@」の後ろの 203.0.113.5 です。",
        ),
        (
            "en",
            "The part before the “@” (amazon.co.jp) is not where it goes: the real destination is 203.0.113.5",
        ),
    ],
)
def test_5_the_part_before_at_of_a_link_to_an_ip_address_is_not_where_it_goes(
    lang: str, said: str
) -> None:
    text = "確認 http://amazon.co.jp@203.0.113.5/login"
    done = run("--lang", lang, "check-message", "--text", text, env=WIDE)
    assert done.exit_code == 1
    assert said in done.stdout
    assert done.stdout.count("203.0.113.5 です" if lang == "ja" else "is 203.0.113.5") == 1
