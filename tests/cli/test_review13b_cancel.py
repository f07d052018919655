"""Review 13b (a Japanese reader on 22ae7af): cancel texts and the walkthrough, items 1 and 11,
S 17, 18, 19 and 25 (item 11 and S 19: tests/cli/test_review10b_cancel.py,
tests/cli/test_review9b_cancel.py, tests/cli/test_review12b_trial_cancel.py and
tests/cli/test_cancel_e2e.py follow the new wording)."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
from collections.abc import Sequence

import pytest

from primehelp import walkthrough
from primehelp.cancellation import Branch, RenewalDeadline, Via, renewal_deadline
from primehelp.content.cancel import bundled_plan
from primehelp.i18n import Lang
from tests.support.clihelp import run

TODAY = dt.date(2026, 11, 25)
TODAY_ARGS = ("--today", TODAY.isoformat())
TRIAL_RENEWAL_DAY = ("cancel", "--no-interactive", "--trial", "--renewal", "2026-11-25")

PAID_LABEL = "「プライム会員資格を終了し、特典の利用を止める」"
TRIAL_LABEL = "「プライム無料体験と特典利用を止める」"
BOTH_LABELS = f"次を選びます：{PAID_LABEL}（まだ無料体験中なら{TRIAL_LABEL}）"  # 51a, 31
# Above the two timings, which it covers both of (review 26b item 5: not a bullet under one).
NOT_YET_CHARGED = (
    "会費が請求されたかどうかは、「Amazonプライム会員情報」のページで確認してください。"
    "会費が請求されている場合は、次のとおりです。"
)
FIRST_CHARGE_RULE = "・無料体験が終わって最初の会費が請求された後、特典を一度も使っていない場合は"


def _out(*args: str, lang: Lang = "ja") -> str:
    result = run(*args, *TODAY_ARGS, "--lang", lang, env={"COLUMNS": "1000"})
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _block(screen: str, title: str, end: str) -> list[str]:
    """The lines under ``title`` up to the blank line that ends the block."""
    lines = screen.split("\n")
    start = lines.index(title) + 1
    return lines[start : lines.index(end, start)]


def _walk(
    answers: Sequence[str], lang: Lang, deadline: RenewalDeadline | None
) -> tuple[list[walkthrough.Screen], str]:
    """The walkthrough's screens along ``answers`` (then Enter to the end), and their text."""
    from primehelp.output.walkthrough import cancel_screen

    script = iter([*answers, *[""] * 12])
    screens: list[walkthrough.Screen] = []

    def say(screen: walkthrough.Screen) -> None:
        screens.append(screen)
        cancel_screen(screen, lang)

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        walkthrough.run(
            {},
            lambda branch: bundled_plan(branch, today=TODAY, renewal=deadline, walkthrough=True),
            lambda _prompt: next(script),
            say,
        )
    return screens, out.getvalue()


# ---------------------------------------------------------------- item 1: the trial's renewal day


@pytest.mark.parametrize("via", ["web", "app"])
def test_1_the_trials_renewal_day_shows_the_paid_timings_then_the_trial_line(
    via: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = _out(*TRIAL_RENEWAL_DAY, "--via", via)
    first = screen.split("\n")[0]
    # The top: the steps below, not the command being run; the timings are said once, below.
    assert "解約する場合は、以下の手順で終了のタイミングを選んでください" in first  # 61b S 8
    assert "`primehelp cancel`" not in first
    assert "終了のタイミングによる違いと返金は、手順の後で説明しています。" in screen
    assert screen.count(FIRST_CHARGE_RULE) == 1
    assert (
        "・会員：通常のプライム（今日が自動更新日のため、有料会員になっている可能性があります）\n"
        in screen
    )
    # Step 3 names both of Amazon's buttons (FACTS §4), once each.
    assert f". {BOTH_LABELS}\n" in screen
    assert screen.count(TRIAL_LABEL) == 1
    # 「終了のタイミングと返金」: the paid renewal day's block, then the trial's line.
    block = _block(screen, "終了のタイミングと返金", "")
    paid = _block(
        _out("cancel", "--no-interactive", "--paid", "--renewal", "2026-11-25", "--via", via),
        "終了のタイミングと返金",
        "",
    )
    headings = ["次の更新日に終了する場合", "今すぐ終了する場合"]
    assert [line for line in block[1:] if not line.startswith("・")] == headings
    assert block[1:4] == paid[:3]  # the next renewal: ends then, nothing refunded
    assert block[0] == NOT_YET_CHARGED and block.count(NOT_YET_CHARGED) == 1
    assert FIRST_CHARGE_RULE in "\n".join(block)
    for trial_only in ("無料体験の期間が終わるまで使う場合", "無料体験中は、どちらを選んでも"):
        assert trial_only not in screen
    # The timing step is the paid one, whose differences are below.
    assert "会員資格を終了するタイミングを選びます（違いと返金は下のとおりです）。" in screen


def test_1_the_trials_renewal_day_in_english() -> None:
    screen = _out(*TRIAL_RENEWAL_DAY, lang="en")
    first = screen.split("\n")[0]
    assert "follow the steps below and choose when it ends" in first
    assert "`primehelp cancel`" not in first
    assert (  # review 20b S 8: the plan, then why either holds
        "Membership: Regular Prime (today is the automatic renewal day, so it may already be a "
        "paid membership)" in screen
    )
    assert f"if the free trial is still on, it reads {TRIAL_LABEL}" in screen
    block = _block(screen, "When it ends, and refunds", "")
    assert block[1] == "If it ends on the next renewal date"
    assert block[0] == (
        "The Prime membership page shows whether the fee has been charged."
        " If it has been charged, the following applies."
    )
    assert "If you use the free trial until it ends" not in screen


def test_1_the_trial_screen_keeps_the_command_and_the_estimate() -> None:
    """`trial` is not `cancel`: it names the command, and its date is computed (「（目安）」)."""
    first = _out("trial", "2026-10-26").split("\n")[0]
    assert first.startswith("今日は有料会員への自動更新日（目安）です。")
    # the screen with both cases, as `due` names it (review 34b S 19)
    said = "終了のタイミングを選んでください。解約の手順は `primehelp cancel --trial --renewal 2026-11-25` で確認できます。"
    assert said in first
    en = _out("trial", "2026-10-26", lang="en").split("\n")[0]
    assert "follow `primehelp cancel --trial --renewal 2026-11-25` and choose when it ends" in en


def test_1_the_json_of_the_trials_renewal_day_keeps_the_trial_and_names_both_buttons() -> None:
    document = json.loads(_out(*TRIAL_RENEWAL_DAY, "--json"))
    data = document["data"]
    assert data["branch"]["trial"] is True
    step = data["steps"][2]
    assert step["id"] == "cancel.web.end_membership_renewal_day"
    assert step["label_ja"] == PAID_LABEL.strip("「」") and step["notes"] == []
    assert [c["id"] for c in data["consequences"]] == [
        "cancel.timing.next_renewal_date",
        "cancel.timing.now",
    ]
    assert data["refund"][-1]["id"] == "refunds.trial_now"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_1_the_walkthroughs_trial_path_on_the_renewal_day(
    lang: Lang, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "1000")
    screens, text = _walk(("1", "1", "1"), lang, renewal_deadline(TODAY, TODAY))
    steps = [s for s in screens if isinstance(s, walkthrough.StepScreen)]
    assert steps[2].step.id == "cancel.web.end_membership_renewal_day"
    if lang == "ja":
        assert BOTH_LABELS in text and text.count(TRIAL_LABEL) == 1
        assert "以下の手順で終了のタイミングを選んでください" in text
        assert (
            "・会員：通常のプライム（今日が自動更新日のため、有料会員になっている可能性があります）"
            in text
        )
        assert "次の更新日に終了する場合\n" in text and NOT_YET_CHARGED in text
        assert "無料体験の期間が終わるまで使う場合" not in text
        assert "`primehelp cancel` の手順で" not in text
    else:
        assert "follow the steps below" in text and "If it ends on the next renewal date" in text
        assert "If you use the free trial until it ends" not in text


def test_1_the_day_before_and_the_day_after_are_unchanged() -> None:
    before = _out("cancel", "--no-interactive", "--trial", "--renewal", "2026-11-26")
    assert "3. 無料体験中は、次を選びます：「プライム無料体験と特典利用を止める」" in before
    assert "無料体験中は、どちらを選んでも費用はかかりません。" in before
    after = _out("cancel", "--no-interactive", "--trial", "--renewal", "2026-11-24")
    assert f"3. 次を選びます：{PAID_LABEL}" in after
    assert "・会員：有料会員（通常のプライム）" in after


# ---------------------------------------------------------------- S 17: the example command


@pytest.mark.parametrize(
    ("flags", "example"),
    [
        (("--trial", "--student"), "primehelp cancel --trial --student --renewal 2026-12-31"),
        (("--paid", "--student"), "primehelp cancel --student --renewal 2026-12-31"),
        (("--trial",), "primehelp cancel --trial --renewal 2026-12-31"),
        ((), "primehelp cancel --renewal 2026-12-31"),
    ],
)
def test_s17_the_example_gives_the_flags_the_member_gave(
    flags: tuple[str, ...], example: str
) -> None:
    assert f"例：`{example}`（日付は" in _out("cancel", "--no-interactive", *flags)
    assert f"For example: `{example}` (replace" in _out(
        "cancel", "--no-interactive", *flags, lang="en"
    )


def test_s17_the_walkthroughs_student_path_gives_student_in_its_example(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "1000")
    _, text = _walk(("1", "1", "2"), "ja", None)
    # The walkthrough words it for a member who knows the date (review 15b S 13).
    assert (
        "\n例：`primehelp cancel --trial --student --renewal 2026-12-31`（日付は" in text
    )  # 56b 7


# ---------------------------------------------------------------- S 18: a paid member's step 3

TRIAL_NOTE = "無料体験中は、このボタンの表示が変わります：「プライム無料体験と特典利用を止める」"


def test_s18_the_walkthroughs_paid_path_leaves_out_the_trials_button(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "1000")
    _, paid = _walk(("1", "2", "1", "3"), "ja", None)
    assert f"次を選びます：{PAID_LABEL}" in paid and TRIAL_NOTE not in paid
    # A trial that has ended is a paid membership now: the note goes too (review 20b S 9).
    ended = renewal_deadline(dt.date(2026, 11, 20), TODAY)
    _, after_trial = _walk(("1", "1", "1"), "ja", ended)
    assert TRIAL_NOTE not in after_trial


@pytest.mark.parametrize(
    ("flags", "shown"),
    # an ended trial is paid now (review 20b S 9)
    [((), True), (("--paid",), False), (("--trial", "--renewal", "2026-11-20"), False)],
)
def test_s18_the_list_says_the_trials_button_unless_the_member_said_paid(
    flags: tuple[str, ...], shown: bool
) -> None:
    assert (TRIAL_NOTE in _out("cancel", "--no-interactive", *flags)) is shown


# ---------------------------------------------------------------- S 25: a typed date is no estimate


@pytest.mark.parametrize("renewal", ["2026-12-24", "2026-11-26", "2026-11-25", "2026-11-20"])
def test_s25_the_date_the_member_typed_is_not_called_an_estimate(renewal: str) -> None:
    first = _out("cancel", "--no-interactive", "--trial", "--renewal", renewal).split("\n")[0]
    assert "目安）" not in first
    en = _out("cancel", "--no-interactive", "--trial", "--renewal", renewal, lang="en")
    assert "estimate" not in en.split("\n")[0]


def test_s25_the_date_computed_or_saved_stays_an_estimate() -> None:
    assert "2026年12月25日（目安）に有料会員へ自動で更新されます。" in _out("trial", "2026-11-25")
    saved = RenewalDeadline(dt.date(2026, 12, 24), dt.date(2026, 12, 23), 28, "profile")
    branch = Branch(Via.WEB, trial=True, student=False, benefits_used=None)
    action = bundled_plan(branch, today=TODAY, renewal=saved).action
    assert action is not None and "2026年12月24日（目安）に有料会員へ" in action.text.ja
