"""Issue 12: `renewal`, `trial` and `cancel` open with the action for today.

Transcripts through the real CLI: the first line says what to do now, by when, and the command
that does it; when a fee was (or is being) charged, ending now and Amazon's own refund rule
follow (stated as Amazon's, never "reportedly"); a past date never leads the screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.clihelp import run

WIDE = {"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-02"}  # one paragraph per line
TODAY = ("--today", "2026-12-02")
REFUND_JA = (
    "・前回の支払い以降に特典を一度も使っていない場合、現在の期間の会費が全額、"
    "支払いに使った方法で返金されます。"
    "Amazonのヘルプページによると、この返金は2~3営業日以内に処理されます。"
)
# FACTS §5: the gift-card part, after both refunds (it holds for either; review 26b S 11: the
# order of cancel's 「今すぐ終了する場合」, full, partial, gift card).
GIFT_JA = (
    "・会費の一部をAmazonギフトカードで支払った場合は、クレジットカードなどで支払った分が先に"
    "返金され、残りはギフトカード残高に戻ります。"
)
PARTIAL_JA = (
    "・前回の支払い以降に特典を使っている場合、会費の一部が返金されることがあります。"
    "金額はAmazonが計算し、確定する前に画面に表示されます。計算方法は公開されていません。"
)
# English lists use "- " (review 37b S 3)
REFUND_EN = "- If no benefit has been used since the last charge, the current period's fee is refunded in full"


# Review 7 item 1: charged, benefits used or not known: both timings, neutrally. Review 9
# item 3: the refund of ending now is said once, by the rules right after this line.
# Past the renewal date 「次の更新日」 says how far it is from it (review 26b S 17).
CHOICES_JA = (
    "次の更新日（年間プランなら2027年12月1日、月間プランなら2027年1月1日。計算による目安）に終了すると、"  # 49b 14, 61b 2
    "すでに請求された会費は返金されませんが、特典はその日まで使え、"
    "それ以降の会費はかかりません。今すぐ終了すると、特典はすぐに使えなくなります。"
    "その場合の返金は次のとおりです。"
)
CHOICES_UNKNOWN_JA = CHOICES_USED_JA = CHOICES_JA
# On the renewal day itself 「次の更新日」 says how far it is (review 21b, 3: read as today's),
# dated as the day after says it (review 37b S 9).
CHOICES_TODAY_JA = (
    "次の更新日（年間プランなら2027年12月2日、月間プランなら2027年1月2日。計算による目安）に終了すると、"
    "今回の会費は返金されませんが、"
    "特典はその日まで使え、それ以降の会費はかかりません。今すぐ終了すると、特典はすぐに使えなくなります。"
    "その場合の返金は次のとおりです。"
)
# Review 9 item 4: once the member has answered, the rule is a fact about them.
REFUND_ANSWERED_JA = (
    "・前回の支払い以降に特典を一度も使っていないので、現在の期間の会費が全額、"
    "支払いに使った方法で返金されます。"
    "Amazonのヘルプページによると、この返金は2~3営業日以内に処理されます。"
)
PARTIAL_ANSWERED_JA = (
    "・前回の支払い以降に特典を使っているので、会費の一部が返金されることがあります。"
    "金額はAmazonが計算し、確定する前に画面に表示されます。計算方法は公開されていません。"
)


def _lines(*args: str, env: dict[str, str] | None = None) -> list[str]:
    result = run(*args, env={**WIDE, **(env or {})})
    assert result.exit_code == 0, result.stderr
    return [line for line in result.stdout.splitlines() if line.strip()]


def _action(*args: str, env: dict[str, str] | None = None) -> dict[str, Any]:
    result = run(*args, "--json", env={**WIDE, **(env or {})})
    assert result.exit_code == 0, result.stderr
    action: dict[str, Any] = result.json()["data"]["action"]
    return action


# ---------------------------------------------------------------- the last safe day is today


def test_last_safe_day_today_says_cancel_today() -> None:
    lines = _lines("renewal", "2026-12-03", *TODAY, "--lang", "ja")
    assert lines[0] == (
        "更新日は明日（2026年12月3日）です。"
        "自動更新を止めるには、今日中に解約してください。"
        "解約の手順は `primehelp cancel --renewal 2026-12-03` で確認できます。"  # 63b S 9
    )
    assert lines[1] == "Amazonプライムの更新日"
    en = _lines("renewal", "2026-12-03", *TODAY, "--lang", "en")
    assert en[0] == (
        "The renewal is tomorrow, 2026-12-03. "
        "To stop the automatic renewal, cancel today: `primehelp cancel --renewal 2026-12-03`."
    )
    action = _action("renewal", "2026-12-03", *TODAY)
    assert (action["act"], action["cancel_by"], action["days_until_cancel_by"]) == (
        "cancel_today",
        "2026-12-02",
        0,
    )
    assert (action["command"], action["charged_on"], action["refund_rules"]) == (
        "primehelp cancel --renewal 2026-12-03",
        None,
        [],
    )


def test_last_safe_day_today_in_cancel() -> None:
    lines = _lines("cancel", "--no-interactive", "--renewal", "2026-12-03", *TODAY, "--lang", "ja")
    assert lines[0] == (
        "更新日は明日（2026年12月3日）です。"
        "自動更新を止めるには、今日中に解約してください（手順は以下のとおりです）。"
    )
    assert lines[1].startswith("プライム会員の解約手順")
    action = _action("cancel", "--renewal", "2026-12-03", *TODAY)
    assert (action["act"], action["command"]) == ("cancel_today", None)


# ---------------------------------------------------------------- the renewal is today


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_renewal_today_leads_to_ending_now_and_amazons_refund_rule(lang: str) -> None:
    lines = _lines("renewal", "2026-12-02", *TODAY, "--lang", lang)
    if lang == "ja":
        assert (
            lines[0]
            == (
                "今日が更新日（会費の請求日）です。会費がすでに請求されている可能性があります。"
                "解約する場合は、終了のタイミングを選んでください"
                "。解約の手順は `primehelp cancel --renewal 2026-12-02` で確認できます。"  # the day's lead there (53b S 19)
            )
        )
        # Whether benefits were used is not known here: both timings, both of Amazon's rules.
        assert lines[1] == CHOICES_TODAY_JA
        assert lines[2:5] == [REFUND_JA, PARTIAL_JA, GIFT_JA]
        # the rules' sources in the screen's one list, at its end (review 25b S 8)
        assert lines[5] == "Amazonプライムの更新日"  # the table right after the rules
        # a list at every width (review 37a item 14): the first source under 「出典：」
        sources = lines[lines.index("出典：") + 1]
        assert sources.strip().startswith("https://www.amazon.co.jp/gp/help/customer/")
    else:
        assert lines[0] == (
            "Today is the renewal day (the day the fee is charged). The fee may already have been "
            "charged. If you do not want to keep the membership, cancel and choose when it ends: "
            "`primehelp cancel --renewal 2026-12-02`."
        )
        assert lines[1].startswith("Ending on the next renewal date (2027-12-02 on the annual")
        assert "Ending now stops the benefits at once; what is refunded then" in lines[1]
        assert lines[2].startswith(REFUND_EN)
    head = "\n".join(lines[:4])
    assert "報告によれば" not in head and "eportedly" not in head  # Amazon's own rule
    action = _action("renewal", "2026-12-02", *TODAY)
    assert (action["act"], action["charged_on"]) == ("end_now", "2026-12-02")
    rules = action["refund_rules"]
    assert [rule["id"] for rule in rules] == [
        "refunds.full_if_unused",
        "refunds.partial_may",
        "refunds.gift_card",
    ]
    assert rules[0]["confidence"] == "M-H"


@pytest.mark.parametrize(
    ("answer", "shown", "not_shown"),
    [
        ("--benefits-used", PARTIAL_ANSWERED_JA, REFUND_JA),
        ("--no-benefits-used", REFUND_ANSWERED_JA, PARTIAL_JA),
    ],
)
def test_renewal_today_in_cancel_gives_only_the_rule_for_the_members_answer(
    answer: str, shown: str, not_shown: str
) -> None:
    """A member who said they used benefits is not promised a full refund, and the reverse.

    Review 10b item 4: cancel says the timings and Amazon's rules once, under
    「終了のタイミングと返金」 (with their sources at the end); its first line is the action."""
    args = ("cancel", "--no-interactive", "--renewal", "2026-12-02", answer, *TODAY)
    lines = _lines(*args, "--lang", "ja")
    assert lines[0].startswith("今日が更新日（会費の請求日）です。")
    if answer == "--benefits-used":  # review 7 item 1: both timings, neither pushed
        assert "終了のタイミングを選んでください" in lines[0]
    else:  # nothing used: ending now refunds in full
        assert "会員資格を今すぐ終了するほうを選んでください" in lines[0]
    assert lines[1] == "終了のタイミングによる違いと返金は、手順の後で説明しています。"
    refund = lines[lines.index("終了のタイミングと返金") :]
    assert shown in refund and lines.count(shown) == 1
    action = _action(*args[:1], *args[2:])
    wanted = "refunds.partial_may" if answer == "--benefits-used" else "refunds.full_if_unused"
    assert [rule["id"] for rule in action["refund_rules"]] == [wanted]
    assert not_shown not in lines


def test_renewal_today_in_cancel_without_the_answer_gives_both_rules() -> None:
    lines = _lines("cancel", "--no-interactive", "--renewal", "2026-12-02", *TODAY, "--lang", "ja")
    assert CHOICES_UNKNOWN_JA not in lines  # the timings: under their headings, once
    now = lines.index("今すぐ終了する場合")
    assert lines[now + 2 : now + 4] == [REFUND_JA, PARTIAL_JA]
    assert lines.count(REFUND_JA) == 1


# ---------------------------------------------------------------- a past date, a saved plan


def test_a_date_26_days_past_with_a_saved_monthly_plan_leads_with_the_next_renewal(
    tmp_path: Path,
) -> None:
    env = {"PRIMEHELP_CONFIG_DIR": str(tmp_path)}
    saved = run("renewal", "2026-11-06", "--plan", "monthly", "--save", *TODAY, env=env)
    assert saved.exit_code == 0, saved.stderr
    lines = _lines("renewal", *TODAY, "--lang", "ja", env=env)
    # Review 52b item 34: the next renewal's deadline first, then the charge and its rules.
    assert lines[1] == (
        "なお、2026年11月6日（26日前）に更新されていれば、会費はすでに請求されています。"
        # review 51b item 18: both timings, as the screen without a plan says them
        "次の更新日（2026年12月6日）に終了すると、すでに請求された会費は返金されませんが、"
        "特典はその日まで使え、それ以降の会費はかかりません。今すぐ終了すると、特典はすぐに"
        "使えなくなります。その場合の返金は次のとおりです。"
    )
    assert lines[2:5] == [REFUND_JA, PARTIAL_JA, GIFT_JA]
    assert lines[0] == (
        # Review 10b item 2: computed from the saved date, so an estimate.
        "次の自動更新を止めるには、2026年12月5日（あと3日）までに解約してください。"
        "解約の手順は `primehelp cancel --renewal 2026-12-06` で確認できます。"
        "次の更新日は2026年12月6日です（計算による目安）。"
    )
    screen = "\n".join(lines)
    # The table shows the next renewal; the saved date comes only after it, as the anchor.
    assert screen.index("2026-12-06") < screen.index("2026年11月6日（26日前）から1か月ごとに")
    # Review 7 item 8: the sentence names its subject and how it was counted.
    assert "上の更新日は、2026年11月6日（26日前）から1か月ごとに数えた次の更新日です。" in lines
    assert "26日前 │" not in screen  # no row of the table is about the past date
    action = _action("renewal", *TODAY, env=env)
    assert (action["act"], action["renewal_date"], action["charged_on"]) == (
        "cancel_by",
        "2026-12-06",
        "2026-11-06",
    )
    # cancel reads the same profile and, as `cancel --renewal 2026-11-06`, leads with the fee
    # charged within the current period: ending now (review 28b item 1).
    cancel = _action("cancel", *TODAY, env=env)
    assert (cancel["act"], cancel["renewal_date"], cancel["charged_on"]) == (
        "end_now",
        "2026-11-06",
        "2026-11-06",
    )


def test_a_past_date_without_a_plan_names_the_charge_and_ending_now() -> None:
    lines = _lines("renewal", "2026-11-30", *TODAY, "--lang", "en")
    assert lines[0] == (
        "If the membership renewed on 2026-11-30 (2 days ago), the fee has been charged. "
        "If you do not want to keep it, cancel and choose when it ends: "
        "`primehelp cancel --renewal 2026-11-30`."  # the day's lead there (review 53b S 19)
    )
    assert lines[2].startswith(REFUND_EN)


# ---------------------------------------------------------------- the trial ends today


def test_trial_ending_today() -> None:
    """Review 10b item 1: on the renewal day the first fee may already be charged (the sheet
    gives only "before the renewal date"): no promise that cancelling today avoids it."""
    lines = _lines("trial", "2026-11-02", *TODAY, "--lang", "ja")
    assert lines[:5] == [
        # the case at no cost first (review 61b S 8)
        # no cost promise: the fee may be charged, the page shows it (review 62b item 1)
        "今日は有料会員への自動更新日（目安）です。会費がすでに請求されている可能性があります。"
        "請求されたかどうかは「Amazonプライム会員情報」のページで確認してください。"
        # the command with the trial and its date (review 34b S 19)
        # the command after the verb, in brackets (review 51b item 25)
        "解約する場合は、終了のタイミングを選んでください。解約の手順は `primehelp cancel --trial --renewal 2026-12-02` で確認できます。",
        # The two timings, as on the other such screens (review 12b item 3), for the charged
        # case, marked after the not-charged one (review 53b item 1).
        "すでに請求されている場合は、" + CHOICES_TODAY_JA,
        # No payment came before this one: the rules speak of the first charge after the trial.
        "・無料体験が終わって最初の会費が請求された後、特典を一度も使っていない場合は、その会費が全額、"
        "支払いに使った方法で返金されます。"
        "Amazonのヘルプページによると、この返金は2~3営業日以内に処理されます。",
        "・無料体験が終わって最初の会費が請求された後、特典を使っている場合は、会費の一部が"
        "返金されることがあります。金額はAmazonが計算し、確定する前に画面に表示されます。"
        "計算方法は公開されていません。",
        GIFT_JA,
    ]
    screen = "\n".join(lines)
    assert "前回の支払い" not in "\n".join(lines[:4])
    assert "今日中に解約" not in screen and "無料体験が終わり" not in screen
    en = _lines("trial", "2026-11-02", *TODAY, "--lang", "en")
    assert en[0] == (
        "Today is the day the free trial renews automatically as paid (estimate). The fee may "
        "already have been charged: the Prime membership page shows whether it has. If you do not "
        "want to keep the membership, follow `primehelp cancel --trial --renewal 2026-12-02` and "
        "choose when it ends."  # 62b item 1
    )
    action = _action("trial", "2026-11-02", *TODAY)
    assert (action["act"], action["charged_on"], action["command"]) == (
        "end_now",
        "2026-12-02",
        "primehelp cancel --trial --renewal 2026-12-02",  # both cases shown there (34b S 19)
    )
    cancel = _lines(
        "cancel", "--no-interactive", "--via", "web", "--trial", "--regular",
        "--renewal", "2026-12-02", *TODAY, "--lang", "ja",
    )  # fmt: skip
    # cancel --trial --renewal <today> says the same, of the date typed and the steps below
    # (review 13b item 1 and S 25: not 「（目安）」, not the command being run)
    assert cancel[0] == lines[0].replace("（目安）", "").replace(
        "。解約の手順は `primehelp cancel --trial --renewal 2026-12-02` で確認できます", ""
    ).replace("場合は、終了", "場合は、以下の手順で終了")  # 61b S 8
    assert "今日中に解約" not in "\n".join(cancel)


def test_trial_with_time_left_points_to_cancel_trial() -> None:
    lines = _lines("trial", "2026-11-25", *TODAY, "--lang", "en")
    assert lines[0] == (
        "To end the free trial free of charge, cancel by 2026-12-24 (in 22 days): "
        "`primehelp cancel --trial`. It turns into a paid membership on 2026-12-25 (estimate)."
    )
    assert _action("trial", "2026-11-25", *TODAY)["refund_rules"] == []


@pytest.mark.parametrize(
    ("start", "command"),
    [
        ("2026-06-20", "primehelp cancel --trial --student"),  # ends in 18 days
        # renewal today: the fee may be charged; the trial and its date given (review 34b S 19)
        ("2026-06-02", "primehelp cancel --trial --student --renewal 2026-12-02"),
        # renewed 13 days ago: the paid steps for the fee of that day, as `due` names them
        # (review 63b item 2; before it, `--trial` as in review 57b item 4)
        ("2026-05-20", "primehelp cancel --paid --student --renewal 2026-11-20"),
        # over a month ago: the paid steps, with the day of the first fee (review 62b item 8)
        ("2026-04-20", "primehelp cancel --paid --student --renewal 2026-10-20"),
    ],
)
def test_a_prime_student_trial_points_to_cancel_student_in_every_branch(
    start: str, command: str
) -> None:
    lines = _lines("trial", start, "--student", *TODAY, "--lang", "ja")
    assert f"`{command}`" in lines[0]
    assert _action("trial", start, "--student", *TODAY)["command"] == command


def test_an_ended_trial_says_it_turned_paid_under_a_heading_of_both_dates() -> None:
    """Not 「終わりました」 beside a row of the same date called the automatic renewal, and no
    heading promising an end date the table does not show."""
    lines = _lines("trial", "2026-09-01", *TODAY, "--lang", "ja")
    assert lines[0] == (
        "解約していなければ、2026年10月1日（62日前、目安）に無料体験が終わり、有料会員に自動で"
        "更新されています。解約する場合は、終了のタイミングを選んでください。解約の手順は `primehelp cancel --paid --renewal 2026-10-01` で確認できます。"
    )  # review 23b item 5; 51b item 6: both timings and the next dates follow
    heading = "無料体験の終了と有料会員への自動更新"  # review 10b S 18; review 13b item 9
    assert lines.index(heading) > 1 and lines[lines.index(heading) - 1].startswith("・")
    en = _lines("trial", "2026-09-01", *TODAY, "--lang", "en")
    assert en[0].startswith("Unless you cancelled, the free trial ended on 2026-10-01")
    assert "The free trial and its automatic paid renewal" in en


# ---------------------------------------------------------------- nothing urgent


def test_nothing_urgent_says_when_to_act() -> None:
    lines = _lines("renewal", "2026-12-31", *TODAY, "--lang", "ja")
    assert lines[0] == (
        "自動更新を止めるには、2026年12月30日（あと28日）までに解約してください。"
        "解約の手順は `primehelp cancel --renewal 2026-12-31` で確認できます。"
        "更新日は2026年12月31日です。"
    )
    no_date = _lines("cancel", "--no-interactive", *TODAY, "--lang", "en")
    assert no_date[0].startswith("To avoid the next fee, cancel by the cancel-by date (the day")
    assert _action("cancel", *TODAY)["act"] == "find_date"
    assert _action("cancel", "--via", "carrier", *TODAY) is None  # a carrier's dates: unknown


def test_a_date_long_past_without_a_plan_counts_both_plans() -> None:
    """More than 28 days past, another renewal may have come since: both plans are counted on
    (review 57b item 1; before, only one plan by the date's age, with no charge named)."""
    lines = _lines("renewal", "2026-11-03", *TODAY, "--lang", "ja")
    # Review 39b item 3: 29 days past, the monthly case is said first (its cancel-by date is
    # today), and --plan monthly is the example; the annual fee of 29 days ago is in its period.
    assert lines[0] == (
        "更新日の2026年11月3日（29日前）は過ぎています。月間プランなら、次の更新日は"
        "2026年12月3日（明日、計算による目安）、解約の目安日は今日（2026年12月2日）です。"
        "年間プランなら、2026年11月3日（29日前、計算による目安）に更新されていて、"
        "会費はすでに請求されているはずです。解約の手順と返金の条件は "
        "`primehelp cancel --renewal 2026-11-03` で確認できます。正確な日付は"
        "「Amazonプライム会員情報」のページで確認できます。次の更新日からの一覧は、"
        "`--plan` を付けると表示できます（例：`--plan monthly`）。"
    )
    action = _action("renewal", "2026-11-03", *TODAY)
    assert (action["act"], action["charged_on"]) == ("end_now", "2026-11-03")
    assert action["refund_rules"]
    assert _action("renewal", "2026-11-04", *TODAY)["act"] == "end_now"  # 28 days: this period
