"""Review 12b (a Japanese reader on af54a0b): trial and cancel texts, items 3, 4, 6, 7, 8 and 14."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

TODAY = ("--today", "2026-11-25")


def _out(*args: str, lang: str = "ja") -> str:
    result = run(*args, *TODAY, "--lang", lang, env={"COLUMNS": "1000"})
    assert result.exit_code == 0, result.stderr
    return result.stdout


# ---------------------------------------------------------------- item 3: the trial's renewal day

# `cancel --trial --renewal <today>` says the timings and the rules once, after the steps, as the
# paid renewal day does (review 13b item 1): tests/cli/test_review13b_cancel.py.
RENEWAL_DAY = [
    ("trial", "2026-10-26"),
    ("trial", "2026-05-25", "--student"),
]


@pytest.mark.parametrize("args", RENEWAL_DAY)
def test_3_the_refund_rules_on_the_trials_renewal_day_have_their_lead_in(
    args: tuple[str, ...],
) -> None:
    for lang, lead_in, rule in (
        (
            "ja",
            "今すぐ終了すると、特典はすぐに使えなくなります。その場合の返金は次のとおりです。",
            "・",
        ),
        # English lists use "- " (review 37b S 3)
        ("en", "Ending now stops the benefits at once; what is refunded then is as follows.", "- "),
    ):
        lines = _out(*args, lang=lang).split("\n")
        first_rule = next(i for i, line in enumerate(lines) if line.startswith(rule))
        assert lines[first_rule - 1].endswith(lead_in), lines[: first_rule + 1]
        # Review 53b item 1 (commit ba7f6d73): the charged case is marked first
        assert lines[first_rule - 1].startswith(
            (
                "すでに請求されている場合は、次の更新日（",
                "If it has been charged, ending on the next",
            )
        )


# ---------------------------------------------------------------- item 4: the carrier path


@pytest.mark.parametrize("trial", ["--trial", "--paid"])
def test_4_the_carrier_path_asks_for_no_screenshot_of_a_screen_it_never_shows(trial: str) -> None:
    for lang, screenshot in (("ja", "スクリーンショット"), ("en", "screenshot")):
        carrier = _out("cancel", "--no-interactive", "--via", "carrier", trial, lang=lang)
        assert screenshot not in carrier
        web = _out("cancel", "--no-interactive", "--via", "web", trial, lang=lang)
        assert web.count(screenshot) == 1  # Amazon's last screen: still kept there


# ---------------------------------------------------------------- item 6: the trial's timing step


@pytest.mark.parametrize("via", ["web", "app", "carrier"])
def test_6_the_trial_timing_step_does_not_repeat_itself_or_name_the_day_a_third_way(
    via: str,
) -> None:
    ja = _out("cancel", "--no-interactive", "--trial", "--via", via)
    assert "終了日に終了" not in ja
    assert "無料体験の終了日" not in ja and "ここでの更新日" not in ja
    if via != "carrier":
        assert "無料体験の期間が終わるまで使ってから終了するか、今すぐ終了するかを選びます" in ja
        assert "\n無料体験の期間が終わるまで使う場合\n" in ja
        en = _out("cancel", "--no-interactive", "--trial", "--via", via, lang="en")
        assert "Choose whether to use the free trial until it ends or to end it now" in en
    trial = _out("trial", "2026-11-20")
    assert "無料体験の終了日" not in trial and "無料体験の期間が終わるまで使えます" in trial


# ---------------------------------------------------------------- item 7: one wording


def test_7_the_benefits_question_says_since_the_last_payment_as_the_rest_does() -> None:
    import re
    from pathlib import Path

    import primehelp.data

    data = Path(primehelp.data.__file__).parent
    found = {
        phrase
        for toml in data.glob("*.toml")
        for phrase in re.findall(r"前回の[^、。「」]{0,8}?以降", toml.read_text(encoding="utf-8"))
    }
    assert found == {"前回の支払い以降"}


# ---------------------------------------------------------------- item 8: b at the first question


def test_8_the_first_question_does_not_offer_b() -> None:
    import datetime as dt

    from primehelp.cancellation import Branch, CancelPlan
    from primehelp.content.cancel import bundled_plan
    from primehelp.i18n import Text
    from primehelp.walkthrough import NoticeScreen, Outcome, Screen, run

    prompts: list[str] = []
    notices: list[str] = []
    answers = iter(["9", "1", "x", "q"])  # wrong at the first question, then at the second

    def ask(prompt: Text) -> str:
        prompts.append(prompt.ja)
        return next(answers)

    def say(screen: Screen) -> None:
        if isinstance(screen, NoticeScreen):
            notices.append(screen.text.ja)

    def plan_for(branch: Branch) -> CancelPlan:
        return bundled_plan(branch, today=dt.date(2026, 11, 25))

    assert run({}, plan_for, ask, say) is Outcome.QUIT
    assert prompts[0] == prompts[1] == "番号を入力してください（q：中断）> "
    assert prompts[2] == "番号を入力してください（b：戻る、q：中断）> "
    # b and q only in the prompt that follows (review 34b S 12)
    assert notices[0] == "1、2、3のどれかの番号を入力してください。"
    # One pattern for both (review 13b S 19): 「…の番号を入力してください。」
    # a word typed (「x」): the same line as a wrong number (review 41b S 14; 38b S 19 had
    # added how to stop)
    assert notices[1] == "1か2の番号を入力してください。"
