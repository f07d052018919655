"""Review 13b (a Japanese reader on 22ae7af): cancel texts and the walkthrough, items 1 and 11,
S 17, 18, 19 and 25 (item 11 and S 19: tests/cli/test_review10b_cancel.py,
tests/cli/test_review9b_cancel.py, tests/cli/test_review12b_trial_cancel.py and
tests/cli/test_cancel_e2e.py follow the new wording)."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
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
BOTH_LABELS = f"{PAID_LABEL}（まだ無料体験中なら{TRIAL_LABEL}）を選びます。"
NOT_YET_CHARGED = (
    "・まだ会費が請求されていない場合（無料体験中）は、どちらを選んでも費用はかかりません。"
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
            lambda branch: bundled_plan(branch, today=TODAY, renewal=deadline),
            lambda _prompt: next(script),
            say,
        )
    return screens, out.getvalue()


# ---------------------------------------------------------------- S 17: the example command


@pytest.mark.parametrize(
    ("flags", "example"),
    [
        (("--trial", "--student"), "primehelp cancel --trial --student --renewal 2026-12-24"),
        (("--paid", "--student"), "primehelp cancel --student --renewal 2026-12-24"),
        (("--trial",), "primehelp cancel --trial --renewal 2026-12-24"),
        ((), "primehelp cancel --renewal 2026-12-24"),
    ],
)
def test_s17_the_example_gives_the_flags_the_member_gave(
    flags: tuple[str, ...], example: str
) -> None:
    assert f"例：`{example}`\n" in _out("cancel", "--no-interactive", *flags)
    assert f"For example: `{example}`\n" in _out("cancel", "--no-interactive", *flags, lang="en")


def test_s17_the_walkthroughs_student_path_gives_student_in_its_example(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "1000")
    _, text = _walk(("1", "1", "2"), "ja", None)
    assert "例：`primehelp cancel --trial --student --renewal 2026-12-24`" in text


# ---------------------------------------------------------------- S 18: a paid member's step 3

TRIAL_NOTE = "無料体験中の場合、このボタンは「プライム無料体験と特典利用を止める」と表示されます。"


def test_s18_the_walkthroughs_paid_path_leaves_out_the_trials_button(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "1000")
    _, paid = _walk(("1", "2", "1", "3"), "ja", None)
    assert f"{PAID_LABEL}を選びます。" in paid and TRIAL_NOTE not in paid
    # A trial that has ended (the member said trial): the note stays.
    ended = renewal_deadline(dt.date(2026, 11, 20), TODAY)
    _, after_trial = _walk(("1", "1", "1"), "ja", ended)
    assert TRIAL_NOTE in after_trial


@pytest.mark.parametrize(
    ("flags", "shown"),
    [((), True), (("--paid",), False), (("--trial", "--renewal", "2026-11-20"), True)],
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
    assert "2026年12月25日に有料会員へ自動で更新されます（目安）。" in _out("trial", "2026-11-25")
    saved = RenewalDeadline(dt.date(2026, 12, 24), dt.date(2026, 12, 23), 28, "profile")
    branch = Branch(Via.WEB, trial=True, student=False, benefits_used=None)
    action = bundled_plan(branch, today=TODAY, renewal=saved).action
    assert action is not None and "有料会員へ自動で更新されます（目安）。" in action.text.ja
