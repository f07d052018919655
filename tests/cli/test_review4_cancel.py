"""Review 4 (native-level Japanese review), the cancel and renewal wording items.

Each test names its item; the walkthrough's order (items 3 and 24) is in test_cancel_e2e.py,
the renewal-day line of `renewal` (item 9) in test_action_first.py, `due` in test_due.py.
"""

from __future__ import annotations

import re

import pytest

from primehelp.content import refunds
from tests.support.clihelp import wide_stdout

TODAY = ("--today", "2026-12-02")


_out = wide_stdout


def test_1_the_partial_refund_says_only_what_the_facts_say() -> None:
    """No "older pages say there is no refund": the fact sheet does not contain it."""
    partial = next(s for s in refunds.load().statements if s.id == "refunds.partial_may")
    assert partial.text.ja.endswith(
        "金額はAmazonが計算し、確定する前に画面に表示されます。計算方法は公開されていません。"
    )
    assert partial.text.en.endswith(
        "shows it on the screen before you confirm; the formula is not published."
    )
    for lang in ("ja", "en"):
        out = _out("cancel", "--no-interactive", "--benefits-used", "--lang", lang)
        assert "古い案内" not in out and "限りません" not in out
        assert "Older pages" not in out and "not certain" not in out


@pytest.mark.parametrize(
    ("args", "ja", "not_ja", "en"),
    [
        (
            ("--paid",),
            "次の会費がかからないようにするには、解約の目安日（更新日の前日）までに解約してください",
            "払わないためには",
            "To avoid the next fee, cancel by the cancel-by date (the day before your renewal date)",
        ),
        (
            ("--trial",),
            "費用をかけずに無料体験を終えるには、解約の目安日（自動更新日の前日）までに解約してください",
            "次の会費",
            "To end the free trial free of charge, cancel by the cancel-by date (the day before",
        ),
        (
            ("--trial", "--student"),
            "費用をかけずに無料体験を終えるには",
            "次の会費",
            "To end the free trial free of charge, cancel by the cancel-by date (the day before",
        ),
    ],
)
def test_4_and_29_the_top_line_of_cancel(
    args: tuple[str, ...], ja: str, not_ja: str, en: str
) -> None:
    """A trial has no "next fee"; a paid member: 「次の会費がかからないようにするには」."""
    first = _out("cancel", "--no-interactive", *args, "--lang", "ja").splitlines()[0]
    assert first.startswith(ja)
    assert not_ja not in first
    assert _out("cancel", "--no-interactive", *args, "--lang", "en").startswith(en)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_9_cancel_on_the_renewal_day(lang: str) -> None:
    first = _out("cancel", "--no-interactive", "--renewal", "2026-12-02", *TODAY, "--lang", lang)
    line = first.splitlines()[0]
    if lang == "ja":
        assert line.startswith(
            "今日が更新日（会費の請求日）です。会費がすでに請求されている可能性があります。解約する場合は、"
        )
        assert "更新しない場合" not in line
    else:
        assert line.startswith("Today is the renewal day (the day the fee is charged).")
        assert "do not want to renew" not in line


@pytest.mark.parametrize(
    "args",
    [
        ("renewal", "2026-12-20", *TODAY),
        ("renewal", "2026-12-20", "--explain", *TODAY),
        ("trial", "2026-11-20", *TODAY),
        ("cancel", "--no-interactive"),
        ("cancel", "--no-interactive", "--renewal", "2026-12-20", *TODAY),
        ("renewal", "2026-12-20", "--ics", "-", *TODAY),
        ("trial", "2026-11-20", "--ics", "-", *TODAY),
    ],
)
def test_10_amazons_deadline_is_not_quoted_as_amazons_wording(args: tuple[str, ...]) -> None:
    """The fact sheet gives no Amazon wording for the deadline: no 「更新日の前まで」."""
    ja = _out(*args, "--lang", "ja")
    assert "更新日の前まで" not in "".join(ja.split())
    assert "更新日より前という期限だけ" in "".join(ja.split())
    en = _out(*args, "--lang", "en")
    assert '"before the renewal date"' not in en
    # a trial's calendar: 「the automatic renewal date」, its one name there (review 13b S 20)
    assert re.search(r"before the (automatic )?renewal date", " ".join(en.split()))


def test_16_carrier_refund_note_is_not_stiff() -> None:
    ja = _out("cancel", "--no-interactive", "--via", "carrier", "--lang", "ja")
    assert "携帯電話会社の料金プランの場合の返金については、確認できた情報がありません。" in ja
    assert "primehelpは確認済みの情報を持っていません" not in ja


def test_25_the_first_question_sends_only_carrier_plans_to_3() -> None:
    """Carrier campaign years are cancelled on Amazon's page (answers 1 and 2), not at 3."""
    from primehelp.facts import ui

    question = ui("q_via", "ui_cancel")
    assert "料金プランとセットになったプライムの場合は3" in question.ja
    assert "キャンペーンで付いたプライムは1か2" in question.ja
    assert "campaign: 1 or 2" in question.en
    carrier = ui("via_carrier", "ui_cancel")
    assert "docomo" not in carrier.ja  # docomo's bundled year is a campaign, cancelled at Amazon
    assert carrier.ja == "携帯電話会社（料金プランとセットになったプライム）"  # review 9b item 12


def test_the_english_renewal_option_help_calls_it_a_safety_margin() -> None:
    help_text = " ".join(_out("cancel", "--help", "--lang", "en").split())
    assert "free of charge" not in help_text
    assert "safety margin" in help_text
