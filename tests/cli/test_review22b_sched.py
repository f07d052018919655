"""Review 22b (a Japanese reader on d7a1905): renewal, trial, cancel, due and the calendar —
items 1, 2, 3, 5, 6, 7, 8, 10 and 12."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from primehelp.profile import Profile, profile_path, save_profile
from tests.support.clihelp import run, word_cut

TODAY = ("--today", "2026-12-05")
WIDTHS = (40, 60, 80, 100, 120)


def _out(*args: str, lang: str = "ja", columns: int = 1000) -> list[str]:
    result = run(*args, "--lang", lang, env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.stderr
    return result.stdout.splitlines()


# ---------------------------------------------------------------- item 1: 「支払った分」 whole

GIFT_CARD_SCREENS = (
    ("renewal", "2026-12-05", *TODAY),
    ("renewal", "2026-12-04", *TODAY),
    ("renewal", "2026-10-01", "--plan", "monthly", *TODAY),
    ("trial", "2026-11-05", *TODAY),
    ("cancel", "--no-interactive", "--renewal", "2026-12-05", *TODAY),
    ("cancel", "--no-interactive", "--via", "app", "--paid", "--student"),
)


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("args", GIFT_CARD_SCREENS, ids=lambda args: " ".join(args))
def test_1_paid_part_stays_whole(args: tuple[str, ...], columns: int) -> None:
    lines = _out(*args, columns=columns)
    assert any("ギフトカード残高" in line for line in lines), lines
    assert not word_cut(lines, "支払った分"), (columns, lines)


# ---------------------------------------------------------------- item 2: 「…より先」 at the boundary


def _stderr(*args: str, lang: str = "ja") -> str:
    done = run(*args, *TODAY, "--lang", lang, env={"COLUMNS": "1000"})
    assert done.exit_code == 0, done.stderr
    return done.stderr


@pytest.mark.parametrize(
    ("args", "ja", "en"),
    [
        (("renewal",), "は、今日から1年を超えて先の日付です。", "more than a year ahead"),
        (
            ("cancel", "--no-interactive", "--renewal"),
            "は、今日から1年を超えて先の日付です。",
            "more than a year",
        ),
    ],
)
def test_2_a_year_ahead_is_allowed_the_day_after_is_warned(
    args: tuple[str, ...], ja: str, en: str
) -> None:
    assert _stderr(*args, "2027-12-05") == ""  # exactly one year ahead: valid
    said = _stderr(*args, "2027-12-06")
    assert ja in said and "以上先" not in said
    assert en in _stderr(*args, "2027-12-06", lang="en")


@pytest.mark.parametrize(
    ("extra", "last_valid", "first_warned", "ja", "en"),
    [
        ((), "2027-01-04", "2027-01-05", "が今日から30日より先です。", "more than 30 days ahead"),
        (
            ("--student",),
            "2027-06-05",
            "2027-06-06",
            "が今日から6か月より先です。",
            "more than 6 months ahead",
        ),
    ],
)
def test_2_a_trial_date_at_the_trials_length_is_allowed(
    extra: tuple[str, ...], last_valid: str, first_warned: str, ja: str, en: str
) -> None:
    args = ("cancel", "--no-interactive", "--trial", *extra, "--renewal")
    assert _stderr(*args, last_valid) == ""
    said = _stderr(*args, first_warned)
    assert ja in said and "以上先" not in said
    assert en in _stderr(*args, first_warned, lang="en")


# ---------------------------------------------------------------- item 3: 自動更新日 on a trial


def _lines_with(lines: list[str], word: str) -> list[str]:
    return [line for line in lines if word in line]


@pytest.mark.parametrize("renewal", [None, "2026-12-06", "2026-12-20"])
def test_3_a_running_trial_says_automatic_renewal_day_throughout(renewal: str | None) -> None:
    dated = ("--renewal", renewal) if renewal else ()
    lines = _out("cancel", "--no-interactive", "--trial", *dated, *TODAY)
    said = "".join(lines)
    if renewal:
        assert "正確な自動更新日は、「Amazonプライム会員情報」のページで確認できます。" in said
        assert "正確な更新日" not in said
    (note,) = _lines_with(lines, "参考：")
    assert "自動更新日の3日ほど前に、更新前のお知らせメールが届きます" in note
    en = "".join(_out("cancel", "--no-interactive", "--trial", *dated, *TODAY, lang="en"))
    assert "about 3 days before the automatic renewal" in en
    if renewal:
        assert "shows the exact automatic renewal date" in en


def test_3_paid_and_a_trial_already_renewed_keep_renewal_day() -> None:
    for args in (("--paid", "--renewal", "2026-12-20"), ("--trial", "--renewal", "2026-12-04")):
        lines = _out("cancel", "--no-interactive", *args, *TODAY)
        (note,) = _lines_with(lines, "参考：")
        assert "、更新日の3日ほど前に更新前のお知らせメールが届きます" in note, args
    paid = "".join(_out("cancel", "--no-interactive", "--paid", "--renewal", "2026-12-20", *TODAY))
    assert "正確な更新日は、" in paid and "自動更新日" not in paid


# ---------------------------------------------------------------- item 6: not stated as certain


@pytest.mark.parametrize(("plan", "day"), [("annual", 31), ("monthly", 24)])
def test_6_due_on_the_renewal_day_allows_for_a_cancelled_membership(plan: str, day: int) -> None:
    save_profile(profile_path(os.environ), Profile(dt.date(2026, 12, day), plan=plan))
    today = ("--today", f"2026-12-{day}")
    ja = run("due", *today, "--lang", "ja", env={"COLUMNS": "1000"})
    assert ja.exit_code == 1, ja.stderr
    # Review 29b item 1: said as renewal and cancel say it that day, still not as certain.
    assert "会費がすでに請求されている可能性があります。" in ja.stdout
    assert "です。自動で更新され" not in ja.stdout and "会費が請求されます" not in ja.stdout
    en = run("due", *today, "--lang", "en", env={"COLUMNS": "1000"})
    assert "the fee may already have been charged" in en.stdout


# ---------------------------------------------------------------- item 12: the paid alarm's name


def _alarm_texts(*args: str, lang: str) -> list[str]:
    done = run(*args, *TODAY, "--ics", "-", "--alarms", "0", "--lang", lang)
    assert done.exit_code == 0, done.stderr
    unfolded = done.stdout.replace("\r\n", "\n").replace("\n ", "").replace("\\,", ",")
    return [line for line in unfolded.splitlines() if line.startswith("DESCRIPTION:")]


def test_12_the_paid_renewal_day_alarm_says_renewal_day() -> None:
    ja = [t for t in _alarm_texts("renewal", "2026-12-31", "--plan", "annual", lang="ja")
          if t.startswith("DESCRIPTION:今日（")]  # fmt: skip
    assert ja and all(
        "はAmazonプライムの更新日です。解約していなければ、会費がすでに請求されている可能性があります。"
        in t  # 50b item 2
        for t in ja
    )
    assert not any("自動更新日" in t for t in _alarm_texts("renewal", "2026-12-31", lang="ja"))
    en = _alarm_texts("renewal", "2026-12-31", "--plan", "annual", lang="en")
    assert any("renewal date. Unless you have cancelled, the fee may already" in t for t in en)


def test_12_the_trial_alarm_keeps_automatic_renewal_day_and_allows_for_cancelling() -> None:
    (ja,) = [t for t in _alarm_texts("trial", "2026-12-01", lang="ja") if "今日（" in t]
    assert (
        "への自動更新日です。解約していなければ、会費がすでに請求されている可能性があります。" in ja
    )


# ---------------------------------------------------------------- item 5: the cancel-by day today


# Review 38b item 12: the 「解約の目安日：…（今日、…）」 line said again what the first sentence says;
# the first sentence says 「今日中に」 (and 「明日」 the day before).
@pytest.mark.parametrize(
    ("kind", "ja", "en"),
    [
        ("--trial", "今日中に解約してください", "cancel today"),
        ("--paid", "今日中に解約してください", "cancel today"),
    ],
)
def test_5_the_cancel_by_day_today_says_today(kind: str, ja: str, en: str) -> None:
    args = ("cancel", "--no-interactive", kind, "--renewal")
    today = "".join(_out(*args, "2026-12-06", *TODAY))
    assert ja in today and "解約の目安日：" not in today
    assert en in "".join(_out(*args, "2026-12-06", *TODAY, lang="en"))
    later = "".join(_out(*args, "2026-12-07", *TODAY))
    assert "2026年12月6日（明日）までに解約してください" in later and "今日中" not in later
    assert "(tomorrow)" in "".join(_out(*args, "2026-12-07", *TODAY, lang="en"))


# ---------------------------------------------------------------- item 7: b and Enter, twice


def test_7_going_back_twice_names_the_enter_key_as_the_prompt_does() -> None:
    from primehelp.facts import ui

    back = ui("carrier_campaign_back", "ui_cancel")
    # b 「入力」, as the prompt's 「番号を入力してください」 (confirmed with Enter), said shortly
    # (review 23b S 9: 「b を入力してEnterキーを押す操作を2回行い」 was roundabout)
    assert "b を入力して" in back.ja and "押して最初" not in back.ja and "操作" not in back.ja
    assert "1か2" in back.ja and "1 か 2" not in back.ja  # as the question: 「プライムは1か2です」
    assert back.ja.count("。") == 1  # one sentence
    assert "enter b to go back" in back.en and "press b" not in back.en  # once: 31b S 15


# ---------------------------------------------------------------- item 8: a screen in the app


@pytest.mark.parametrize("kind", ["--trial", "--paid"])
def test_8_the_app_route_says_screen_the_website_page(kind: str) -> None:
    app = "".join(_out("cancel", "--no-interactive", "--via", "app", kind))
    assert "会員資格が終了する日付が画面に表示されれば、手続きは完了です。" in app
    assert "日付がページに表示されれば" not in app
    web = "".join(_out("cancel", "--no-interactive", "--via", "web", kind))
    assert "会員資格が終了する日付がページに表示されれば、手続きは完了です。" in web
    en = "".join(_out("cancel", "--no-interactive", "--via", "app", kind, lang="en"))
    assert "You are done when the screen states the date" in en


# ---------------------------------------------------------------- item 10: the ※ note under the table


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(("plan", "count"), [("student-annual", "7"), ("student-monthly", "50")])
def test_10_the_mark_note_comes_right_under_the_table(plan: str, count: str, lang: str) -> None:
    lines = _out("renewal", "2026-12-31", "--plan", plan, "--count", count, *TODAY, lang=lang)
    mark = "※" if lang == "ja" else "*"
    note = next(i for i, line in enumerate(lines) if line.startswith(mark))
    assert lines[note - 1].startswith("└"), lines[note - 1]  # the table's last line
    said = lines[note]
    if lang == "ja":
        # the point, what the 4 years count from, then each way the switch comes earlier in a
        # sentence of its own (review 26b S 18: not packed in one parenthesis)
        assert "以降の更新では、通常のプライム（" in said and said.count("。") == 4
        for fact in ("最長4年間", "最初の請求日として数えています", "卒業した場合は次の更新日に"):
            assert fact in said
        assert "より前に始まっている場合は、切り替わりもそれだけ早く" in said
        assert "Prime Studentのままの場合" not in said  # said by the brackets now
    else:
        assert "at most 4 years" in said and "After graduation" in said  # 26b S 18
    estimate = (
        "2回目以降の更新日は計算による目安です" if lang == "ja" else "The renewal dates after the"
    )
    assert any(line.startswith(estimate) for line in lines[note + 1 :])
