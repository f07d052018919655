"""Review 9 (a native-level Japanese reader): renewal, trial, due, cancel and reminder texts.

Transcripts through the real CLI, one paragraph a line (COLUMNS=1000).
"""

from __future__ import annotations

import pytest

from primehelp.cli.help_ja import PARAMETERS
from primehelp.due_text import WORDING
from tests.support.clihelp import run

WIDE = {"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-02"}
TODAY = ("--today", "2026-12-02")


def _out(*args: str) -> str:
    result = run(*args, env=WIDE)
    assert result.exit_code == 0, result.stderr
    return result.stdout


# ---------------------------------------------------------------- item 1: a goal, not a condition


@pytest.mark.parametrize(
    ("renewal", "ja", "en"),
    [
        (
            "2026-12-09",
            "自動更新を止めるには、2026年12月8日（あと6日）までに解約してください",  # review 10b S 15
            "To stop the automatic renewal, cancel by 2026-12-08 (in 6 days)",
        ),
        (
            "2026-12-03",
            "更新日は明日（2026年12月3日）です。自動更新を止めるには、今日中に解約してください",
            "The renewal is tomorrow, 2026-12-03. To stop the automatic renewal, cancel today",
        ),
    ],
)
def test_1_before_the_renewal_the_line_states_a_goal(renewal: str, ja: str, en: str) -> None:
    for command in (("renewal", renewal), ("cancel", "--no-interactive", "--renewal", renewal)):
        first_ja = _out(*command, *TODAY, "--lang", "ja").splitlines()[0]
        assert first_ja.startswith(ja)
        assert "更新しない場合" not in first_ja
        assert _out(*command, *TODAY, "--lang", "en").startswith(en)


def test_1_due_states_a_goal() -> None:
    for key, goal in [
        ("renewal.coming", "自動更新を止めるには"),
        ("renewal.last_safe_day", "自動更新を止めるには"),
        # as the trial screen says it (review 52b item 36)
        ("trial.coming", "費用をかけずに無料体験を終えるには"),
        ("trial.last_safe_day", "費用をかけずに無料体験を終えるには"),
    ]:
        assert goal in WORDING[key].ja
        assert "更新しない場合" not in WORDING[key].ja


# ---------------------------------------------------------------- item 2: the cancel-by date


def test_2_the_cancel_by_date_reads_naturally_everywhere() -> None:
    screens = [
        _out("renewal", "2026-12-09", *TODAY, "--lang", "ja"),
        _out("cancel", "--no-interactive", *TODAY, "--lang", "ja"),
        _out("cancel", "--no-interactive", "--trial", *TODAY, "--lang", "ja"),
        _out("cancel", "--help", "--lang", "ja"),
        _out("renewal", "--help", "--lang", "ja"),
        *(text.ja for text in WORDING.values()),
        *PARAMETERS.values(),
    ]
    for screen in screens:
        assert "余裕をみた" not in screen
        assert "余裕をみて更新日の前日）" not in screen
    assert "│ 解約の目安日（更新日の前日）" in screens[0]
    assert "解約の目安日（更新日の前日）まで" in screens[1]  # said at its first use (25b S 13)
    assert "余裕をみて前日としています。" in screens[1]
    assert "（余裕をみて、更新日の前日としています）" in WORDING["renewal.coming"].ja
    assert "cancel-by：解約の目安日（余裕をみて、更新日の前日としています）" in PARAMETERS["events"]


# ---------------------------------------------------------------- item 5: one phrase for "no more fees"


@pytest.mark.parametrize("used", ["--benefits-used", "--no-benefits-used", None])
def test_5_no_more_fees_is_said_one_way(used: str | None) -> None:
    args = ("cancel", "--no-interactive", "--renewal", "2026-12-02", *TODAY, "--lang", "ja")
    out = _out(*args, *([used] if used else []))
    assert "それ以上の会費" not in out
    assert "それ以降の会費はかかりません" in out
    assert "それ以上の会費" not in _out("renewal", "2026-12-02", *TODAY, "--lang", "ja")


# ---------------------------------------------------------------- item 6: the day before the renewal


@pytest.mark.parametrize("renewal", ["2026-12-09", "2026-12-02"])
def test_6_the_renewal_date_is_named_not_glued_to_its_label(renewal: str) -> None:
    out = _out("cancel", "--no-interactive", "--renewal", renewal, *TODAY, "--lang", "ja")
    day = int(renewal[-2:])
    if renewal == "2026-12-09":
        # review 38b item 12: named in the first sentence, not again in a 「解約の目安日：」 line
        assert f"更新日は2026年12月{day}日です。" in out
    else:  # review 10b item 5: a passed cancel-by day is not shown; the next renewal instead
        assert "解約の目安日：" not in out and "次の更新日は、" in out
    assert f"更新日2026年12月{day}日" not in out


# ---------------------------------------------------------------- item 7: one name for the mail, one for its date


def test_7_the_reminder_mail_and_its_date_have_one_name_each() -> None:
    renewal = _out("renewal", "2026-12-20", "--plan", "annual", *TODAY, "--lang", "ja")
    cancel = _out("cancel", "--no-interactive", *TODAY, "--lang", "ja")
    for screen in (renewal, cancel, PARAMETERS["due.within"], PARAMETERS["events"]):
        for other in (
            "お知らせメールが届く目安",
            "お知らせメールの日",
            "更新のお知らせメール",
            "リマインド",
        ):
            assert other not in screen
    # the row label (review 9b item 2); review 59b item 4: 「届くころ」, as --help and the .ics
    assert "│ お知らせメールが届くころ（オンの場合）" in renewal
    # The column, too: the same label as the row (review 10b item 3: the mail is off by default).
    assert "お知らせメールが届くころ（オンの場合）" in renewal.split("今後の更新日")[1]
    assert "お知らせメールが届く日" not in renewal
    assert "\n更新前のお知らせメールについて\n" in renewal
    assert "・更新前のお知らせメールは、更新日の3日ほど前に届きます。" in renewal
    assert "更新前のお知らせメールが届きます（初期設定はオフです）" in cancel
    # due --within, shortened (review 52a item 26, 52b item 28), no longer names the mail; where
    # it does, by its one name (review 19b S 11, 49a item 5)
    within = PARAMETERS["due.within"]
    # and gives the range and what 0〜2 do (review 54b items 1, 5)
    assert within.startswith(
        "更新日の何日前から知らせるかを、0〜365で指定します"
        "（指定しない場合は3。3より小さい値は3と同じです）。"  # review 59a item 12
    ), within
    assert "お知らせメール" not in within or "更新前のお知らせメール" in within


# ---------------------------------------------------------------- items 3 and 4: the refund, once


RENEWAL_DAY = ("--renewal", "2026-12-02", *TODAY)


@pytest.mark.parametrize(
    "args",
    [
        ("renewal", "2026-12-02", *TODAY),
        ("cancel", "--no-interactive", *RENEWAL_DAY, "--benefits-used"),
        ("cancel", "--no-interactive", *RENEWAL_DAY, "--no-benefits-used"),
        ("cancel", "--no-interactive", *RENEWAL_DAY),
    ],
)
def test_3_the_refund_of_ending_now_is_said_once_on_the_renewal_day(args: tuple[str, ...]) -> None:
    ja = _out(*args, "--lang", "ja")
    assert ja.count("会費の一部が返金されることがあります") <= 1
    assert ja.count("会費が全額") <= 1
    assert ja.count("金額はAmazonが計算し") <= 1
    en = _out(*args, "--lang", "en")
    assert en.count("partial refund may be offered") + en.count("part of the fee may be") <= 1
    # Amazon's rule once; review 9b item 1 adds a short line under 「今すぐ終了する場合」 on cancel
    # saying what comes back for the member's answer (not the rule again).
    assert en.count("refunded in full, to the payment method used") <= 1


@pytest.mark.parametrize(
    ("answer", "ja", "en", "not_ja"),
    [
        (
            "--benefits-used",
            "前回の支払い以降に特典を使っているので、会費の一部が返金されることがあります。",
            "You have used benefits since the last charge, so a partial refund may be offered.",
            "特典を使っている場合",
        ),
        (
            "--no-benefits-used",
            "前回の支払い以降に特典を一度も使っていないので、現在の期間の会費が全額",
            "You have not used any benefit since the last charge, so the current period's fee",
            "特典を一度も使っていない場合",
        ),
    ],
)
def test_4_an_answered_rule_is_a_fact_about_the_member(
    answer: str, ja: str, en: str, not_ja: str
) -> None:
    for args in (RENEWAL_DAY, ("--renewal", "2026-12-20", *TODAY), TODAY):
        out = _out("cancel", "--no-interactive", *args, answer, "--lang", "ja")
        assert ja in out
        assert not_ja not in out
        assert en in _out("cancel", "--no-interactive", *args, answer, "--lang", "en")


def test_4_unknown_keeps_both_conditions() -> None:
    out = _out("cancel", "--no-interactive", *RENEWAL_DAY, "--lang", "ja")
    assert "前回の支払い以降に特典を一度も使っていない場合、" in out
    assert "前回の支払い以降に特典を使っている場合、" in out
    assert "ので、" not in out.split("プライム会員の解約手順")[0]
