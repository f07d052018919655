"""Review 20b (a Japanese reader on 90fffb4): cancel's texts, items 5, S 7, S 8, S 9 and S 12."""

from __future__ import annotations

import contextlib
import datetime as dt
import io

import pytest

from primehelp.cancellation import Via, answers_from_flags, renewal_deadline
from primehelp.i18n import Lang
from tests.support.clihelp import run

TODAY = dt.date(2026, 12, 5)


def _out(*args: str, lang: Lang = "ja", columns: int = 1000) -> str:
    result = run(*args, "--today", TODAY.isoformat(), "--lang", lang, env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _walk(
    via: Via, trial: bool, lang: Lang, renewal: str | None = None, benefits: bool | None = None
) -> str:
    """Every screen of the walkthrough whose answers all came from the flags."""
    from primehelp import walkthrough
    from primehelp.content.cancel import bundled_plan
    from primehelp.output.walkthrough import cancel_screen

    deadline = (
        None
        if renewal is None
        else renewal_deadline(dt.date.fromisoformat(renewal), TODAY, origin="option")
    )
    script = iter([""] * 20)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        walkthrough.run(
            answers_from_flags(via, trial, False, benefits),
            lambda branch: bundled_plan(branch, today=TODAY, renewal=deadline, walkthrough=True),
            lambda _prompt: next(script),
            lambda screen: cancel_screen(screen, lang),
        )
    return out.getvalue()


# ------------------------------------- item 5: at a carrier, no steps promised, no button note

CARRIER = ("cancel", "--no-interactive", "--via", "carrier")
BUTTON_NOTE = {"ja": "ボタンの表示は変わることがあるため", "en": "button"}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_5_a_carrier_screen_promises_no_steps_and_names_no_buttons(lang: Lang) -> None:
    screen = _out(*CARRIER, "--trial", "--student", lang=lang)
    title = screen.split("\n", 1)[0]
    assert title.startswith(
        {"ja": "プライム会員の解約（携帯電話会社", "en": "Cancelling Prime (mobile carrier)"}[lang]
    ), title
    assert "手順" not in title and "How to" not in title
    said = {
        "ja": "携帯電話会社で解約する場合の案内は、有料会員か無料体験中か、",
        "en": "When you cancel through a mobile carrier, this guidance does not depend on",
    }[lang]
    assert said in screen
    assert "手順は、" not in screen and "the steps do not depend" not in screen
    assert BUTTON_NOTE[lang] not in screen.lower()
    walk = _walk(Via.CARRIER, False, lang)
    assert BUTTON_NOTE[lang] not in walk.lower()
    assert "プライム会員の解約手順" not in walk and "How to cancel Prime" not in walk


@pytest.mark.parametrize("via", ["web", "app"])
def test_5_amazons_screens_keep_their_title_and_button_note(via: str) -> None:
    screen = _out("cancel", "--no-interactive", "--via", via)
    assert "プライム会員の解約手順（" in screen
    assert BUTTON_NOTE["ja"] in screen


# ------------------------------ S 7: the gift-card part, last under 「今すぐ終了する場合」

GIFT = {"ja": "ギフトカード残高に戻ります", "en": "gift-card balance"}
NOW = {"ja": "今すぐ終了する場合", "en": "If it ends now"}
NOTES = {"ja": "\n注意\n", "en": "\nNotes\n"}


def _section(screen: str, heading: str) -> list[str]:
    """The lines under ``heading`` up to the next blank line or heading (a line without ・)."""
    lines = screen.split("\n")
    start = lines.index(heading) + 1
    end = start
    # English bullets are "- " since review 36b S 13 (「・」 before)
    while end < len(lines) and lines[end].startswith(("・", "- ")):
        end += 1
    return lines[start:end]


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    "args", [(), ("--renewal", "2026-12-04"), ("--renewal", "2026-12-20"), ("--no-benefits-used",)]
)
def test_s7_the_gift_card_part_is_the_last_refund_bullet(args: tuple[str, ...], lang: Lang) -> None:
    screen = _out("cancel", "--no-interactive", *args, lang=lang)
    assert screen.count(GIFT[lang]) == 1
    now = _section(screen, NOW[lang])
    assert GIFT[lang] in now[-1], now
    assert GIFT[lang] not in screen.split(NOTES[lang], 1)[1]


def test_s7_on_the_trials_renewal_day_it_follows_the_paid_refunds() -> None:
    now = _section(
        _out("cancel", "--no-interactive", "--trial", "--renewal", "2026-12-05"), NOW["ja"]
    )
    # Last under 「今すぐ終了する場合」: what holds if no fee is charged yet is above the two
    # timings (review 26b item 5).
    assert GIFT["ja"] in now[-1] and not any("まだ会費が請求されていない" in n for n in now), now


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s7_the_walkthrough_says_it_at_the_timing_step_not_in_the_final_notes(lang: Lang) -> None:
    walk = _walk(Via.WEB, False, lang, benefits=False)
    assert walk.count(GIFT[lang]) == 1
    final = walk.split({"ja": "最後の注意", "en": "Final notes"}[lang])[-1]
    assert GIFT[lang] not in final


# ------------------------- S 9: a trial whose renewal date is past is paid: no trial button

TRIAL_BUTTON = "「プライム無料体験と特典利用を止める」"


@pytest.mark.parametrize("via", ["web", "app"])
@pytest.mark.parametrize("renewal", ["2026-12-04", "2026-10-01"])
def test_s9_a_past_trial_end_has_no_trial_button_hint(renewal: str, via: str) -> None:
    args = ("cancel", "--no-interactive", "--via", via, "--trial", "--renewal", renewal)
    screen = _out(*args)
    assert "・会員：有料会員" in screen
    assert TRIAL_BUTTON not in screen
    assert TRIAL_BUTTON not in _walk(Via(via), True, "ja", renewal=renewal, benefits=False)
    en = _out(*args, lang="en")
    assert "プライム無料体験" not in en


@pytest.mark.parametrize("renewal", ["2026-12-05", "2026-12-20"])
def test_s9_on_or_before_the_trials_renewal_day_the_trial_button_stays(renewal: str) -> None:
    screen = _out("cancel", "--no-interactive", "--trial", "--renewal", renewal)
    assert TRIAL_BUTTON in screen


def test_s9_without_a_date_a_paid_default_keeps_the_hint() -> None:
    """Not said paid (review 13b S 18): the trial's label stays as a hint."""
    assert TRIAL_BUTTON in _out("cancel", "--no-interactive")


# --------------------------- S 12: 「次の更新日に終了する場合」, as renewal and trial name it


@pytest.mark.parametrize("renewal", [(), ("--renewal", "2026-12-20"), ("--renewal", "2026-12-04")])
def test_s12_ending_at_renewal_is_the_next_renewal_date_everywhere(
    renewal: tuple[str, ...],
) -> None:
    screen = _out("cancel", "--no-interactive", *renewal)
    # with a renewal date ahead, its date before 「（次の更新日）」 (review 62b S 13)
    assert "\n次の更新日に終了する場合\n" in screen or "（次の更新日）に終了する場合\n" in screen
    assert screen.count("更新日に終了") == screen.count("次の更新日に終了")
    assert screen.count("更新日まで") == screen.count("次の更新日まで")
    en = _out("cancel", "--no-interactive", *renewal, lang="en")
    assert "\nIf it ends on the next renewal date\n" in en or "renewal date (2026-12-20)\n" in en
    assert "until the renewal date" not in en and "ends on the renewal date" not in en
    walk = _walk(Via.WEB, False, "ja", benefits=False)
    assert walk.count("更新日に終了") == walk.count("次の更新日に終了") >= 1


# --------------------------------- S 8: a trial's renewal day, the membership item in plain words


@pytest.mark.parametrize("student", [False, True])
def test_s8_the_renewal_day_membership_names_the_plan_then_why_either_holds(student: bool) -> None:
    args = ("cancel", "--no-interactive", "--trial", "--renewal", TODAY.isoformat())
    screen = _out(*args, *(("--student",) if student else ()))
    plan = "Prime Student" if student else "通常のプライム"
    item = next(line for line in screen.split("\n") if line.startswith("・会員："))
    assert item == (
        f"・会員：{plan}（今日が自動更新日のため、有料会員になっている可能性があります）"
    )
    assert "または" not in item
    en = _out(*args, lang="en")
    assert "Membership: Regular Prime (today is the automatic renewal day, so it may already" in en
