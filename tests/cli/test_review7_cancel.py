"""Review 7 (issue 12), the cancel/renewal/trial items: transcripts through the real CLI."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

WIDE = {"COLUMNS": "1000"}  # one paragraph per line


def _text(*args: str, lang: str = "ja") -> str:
    result = run(*args, "--lang", lang, env=WIDE)
    assert result.exit_code == 0, result.stderr
    return result.stdout


# ---------------------------------------------------------------- item 2: a past cancel-by date


@pytest.mark.parametrize("renewal", ["2026-11-20", "2026-12-05"])
def test_2_a_past_cancel_by_date_says_it_has_passed(renewal: str) -> None:
    args = ("cancel", "--no-interactive", "--renewal", renewal, "--today", "2026-12-05")
    ja = _text(*args)
    # Review 10b item 5: a passed cancel-by day is not shown at all; the next renewal instead.
    assert "解約の目安日：" not in ja
    # Review 52b item 19 (commit 739fed7d): the command on a line of its own after the lead-in.
    assert (
        "次の更新日は、「Amazonプライム会員情報」のページで確認できます。"
        f"次のコマンドで計算することもできます。\n年間プランの場合：`primehelp renewal {renewal} --plan annual`\n"
    ) in ja
    en = _text(*args, lang="en")
    assert "Cancel by:" not in en and "shows the next renewal date" in en


def test_2_a_cancel_by_date_still_ahead_is_shown_plainly() -> None:
    ja = _text("cancel", "--no-interactive", "--renewal", "2026-12-06", "--today", "2026-12-05")
    # review 38b item 12: said by the first sentence, not again in a 「解約の目安日：」 line
    assert ja.startswith("更新日は明日（2026年12月6日）です。自動更新を止めるには、今日中に")
    assert "解約の目安日：" not in ja
    assert "すでに過ぎています" not in ja


# ---------------------------------------------------------------- item 7: the trial's last day


@pytest.mark.parametrize(
    ("student", "command", "paid"),
    [
        # on the day: the screen with both cases, as `due` names it (review 34b S 19)
        ((), "primehelp cancel --trial", "primehelp cancel --trial --renewal 2026-12-05"),
        (
            ("--student",),
            "primehelp cancel --trial --student",
            "primehelp cancel --trial --student --renewal 2026-12-05",
        ),
    ],
)
def test_7_the_trial_ending_today_points_to_the_trial_command(
    student: tuple[str, ...], command: str, paid: str
) -> None:
    """Superseded in part by review 10b item 1: on the day the trial renews as paid, the fee may
    already be charged, so the line no longer says "cancel today and it costs nothing"; it points
    to the paid cancellation (choose when it ends) and says what holds if nothing was charged."""
    start = "2026-06-05" if student else "2026-11-05"
    lines = _text("trial", start, *student, "--today", "2026-12-05").splitlines()
    assert "今日中に解約してください" not in lines[0]
    # no cost promise, the page that shows the charge (review 62b item 1)
    assert "会費がすでに請求されている可能性があります。請求されたかどうかは" in lines[0]
    assert "費用はかかりません" not in lines[0]
    # review 51b item 25; the command in a sentence of its own since review 52b item 12
    assert f"終了のタイミングを選んでください。解約の手順は `{paid}` で確認できます。" in lines[0]
    en = _text("trial", start, *student, "--today", "2026-12-05", lang="en")
    assert "cancel today" not in en and f"follow `{paid}`" in en


def test_7_cancel_trial_on_its_last_day_names_both_buttons() -> None:
    """The fee is charged on the renewal date: until it is, the member is in the trial; once it
    is, a paid member. Superseded by review 13b item 1: that day shows the paid steps with both
    labels at step 3, the paid timings, then what holds if nothing has been charged yet."""
    args = ("cancel", "--no-interactive", "--trial", "--renewal", "2026-12-05")
    out = _text(*args, "--today", "2026-12-05")
    assert (
        "・会員：通常のプライム（今日が自動更新日のため、有料会員になっている可能性があります）"
        in out
    )
    assert (
        "3. 次を選びます：「プライム会員資格を終了し、特典の利用を止める」"
        "（まだ無料体験中なら「プライム無料体験と特典利用を止める」）"
    ) in out
    # "Nothing paid" only until the fee is charged; once it is, the paid steps.
    assert (  # above the two timings (review 26b item 5)
        "\n会費が請求されたかどうかは、「Amazonプライム会員情報」のページで確認してください。"
        in out
    )
    assert "返金されるものはありません" not in out
    # the first line says the fee may already be charged and points to the steps below
    assert "解約する場合は、以下の手順で終了のタイミング" in out  # 62b item 1
    # The day after, the trial is over: the paid steps (review 6 item 3).
    after = _text(*args, "--today", "2026-12-06")
    assert "3. 次を選びます：「プライム会員資格を終了し、特典の利用を止める」" in after


# ---------------------------------------------------------------- item 10: the situation line


@pytest.mark.parametrize(
    ("answer", "ending"),
    [
        ("--benefits-used", "・前回の支払い以降の特典の利用：あり"),
        ("--no-benefits-used", "・前回の支払い以降の特典の利用：なし"),
    ],
)
def test_10_the_situation_line_ends_in_a_noun_phrase(answer: str, ending: str) -> None:
    out = _text("cancel", "--no-interactive", answer)
    # Review 9b item 5 and S 18: an item of the situation list, in plain words.
    assert f"\n{ending}\n" in out, out


# ---------------------------------------------------------------- S items 16, 17, 19


def test_16_the_trial_renews_on_a_date_in_every_branch() -> None:
    tomorrow = _text("trial", "2026-11-06", "--today", "2026-12-05")
    assert "明日（2026年12月6日、目安）に有料会員へ自動で更新されます。" in tomorrow
    assert "から有料会員に" not in tomorrow


def test_17_the_student_trial_length_reads_as_a_duration() -> None:
    assert "無料体験の期間：6か月間" in _text("trial", "2026-06-20", "--student")


@pytest.mark.parametrize("topic", ["refund", "renewal"])
def test_19_complain_asks_for_the_screenshot_as_cancel_does(topic: str) -> None:
    out = _text("complain", topic)
    assert "スクリーンショットを保存しておいてください" in out
    assert "ましょう" not in out.split("国民生活センター")[0]


# ---------------------------------------------------------------- S item 12: labels said once


@pytest.mark.parametrize("via", ["web", "app"])
def test_12_a_step_that_quotes_its_labels_has_no_look_for_line(via: str) -> None:
    out = _text("cancel", "--no-interactive", "--via", via)
    assert "選ぶ項目：" not in out
    assert out.count("「特典と会員資格を終了」を選んで") == 1
    assert out.count("「特典と会員資格を終了」") == 1
    assert "Look for:" not in _text("cancel", "--no-interactive", "--via", via, lang="en")
