"""Review 25b (a Japanese reader): S items on trial, renewal and cancel screens (7 onwards)."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

# ---------------------------------------------------------------- item 7: trial's own name


@pytest.mark.parametrize(
    ("command", "ja", "en"),
    [
        (
            "trial",
            "「1,x」は使えません。自動更新日の何日前に",
            "days before the automatic paid renewal",
        ),
        ("renewal", "「1,x」は使えません。更新日の何日前に", "days before the renewal,"),
    ],
)
def test_7_a_bad_alarms_value_names_the_day_as_the_commands_help_does(
    command: str, ja: str, en: str
) -> None:
    """trial's --help says 「自動更新日の何日前に通知するか」; its error said 「更新日の…」."""
    args = (command, "2026-11-25", "--today", "2026-12-05", "--ics", "-", "--alarms", "1,x")
    japanese = run(*args, "--lang", "ja")
    assert japanese.exit_code == 2 and ja in japanese.stderr, japanese.stderr
    english = run(*args, "--lang", "en")
    assert english.exit_code == 2 and en in english.stderr, english.stderr


# ---------------------------------------------------------------- item 8: one 出典 list


@pytest.mark.parametrize(
    "args",
    [
        ("renewal", "2026-12-04"),  # yesterday: the refund rules, then the reminder mail
        ("renewal", "2026-11-20"),  # within the period
        ("renewal", "2026-12-05"),  # the renewal day
        ("renewal", "2026-12-31"),
        ("trial", "2026-11-25"),
    ],
)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_8_one_sources_list_and_one_check_date_per_screen(args: tuple[str, ...], lang: str) -> None:
    """The refund block's 「出典：…／2026年12月2日に確認しました。」 and the mail block's, twice."""
    done = run(*args, "--today", "2026-12-05", "--lang", lang, env={"COLUMNS": "80"})
    assert done.exit_code == 0, done.stderr
    said = {"ja": ("出典：", "に確認しました。"), "en": ("Sources:", "(checked ")}[lang]
    assert done.stdout.count(said[0]) == 1, done.stdout
    assert done.stdout.count(said[1]) == 1, done.stdout
    # every block's sources are in it: the mail's and, where there are rules, the refund's
    assert "https://ama-fan.com/prime/update/" in done.stdout
    if args[1] in ("2026-12-04", "2026-11-20"):
        assert "nodeId=GTJQ7QZY7QL2HK4Y" in done.stdout


# ---------------------------------------------------------------- item 9: a past date's rows


@pytest.mark.parametrize(
    ("args", "gone"),
    [
        (("renewal", "2026-11-20"), ("2026-11-17", "2026-11-19")),  # 15 days past, no --plan
        (("renewal", "2026-12-04"), ("2026-12-01", "2026-12-03")),  # yesterday
        (("trial", "2026-11-01"), ("2026-11-28", "2026-11-30")),  # a trial ended 4 days ago
    ],
)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_9_a_past_date_shows_no_notice_or_cancel_by_day(
    args: tuple[str, ...], gone: tuple[str, ...], lang: str
) -> None:
    """「お知らせメール（オンの場合）：2026-11-17（18日前）」 and 「解約の目安日…（16日前）」 remained
    within 28 days, though the long-past screens dropped them."""
    from primehelp.facts import ui

    done = run(*args, "--today", "2026-12-05", "--lang", lang, env={"COLUMNS": "40"})
    assert done.exit_code == 0, done.stderr
    table = done.stdout.split("\n\n")[1]  # the key dates, after the action
    assert ui("row_notice", "ui_renewal")(lang) not in table, table
    assert not any(day in done.stdout for day in gone)
    data = run(*args, "--today", "2026-12-05", "--json").json()["data"]
    assert gone[0] in str(data)  # --json keeps every date


def test_9_a_date_ahead_keeps_its_rows() -> None:
    done = run("renewal", "2026-12-31", "--today", "2026-12-05", "--lang", "ja")
    assert "解約の目安日（更新日の前日）" in done.stdout
    # The renewal day itself: the rows are past, and left out (review 28b S 6).
    done = run("renewal", "2026-12-05", "--today", "2026-12-05", "--lang", "ja")
    assert "解約の目安日（更新日の前日）" not in done.stdout


# ---------------------------------------------------------------- item 10: one plan name


def test_10_a_student_table_counted_from_long_ago_names_one_plan_and_says_4_years_once() -> None:
    """「…からPrime Student 年間プランで数えた次の更新日です。」 right above 「今後の更新日（通常の
    プライム・年間プラン）」, and the 4-year rule under the table and again in 計算のしかた."""
    args = ("renewal", "2018-03-01", "--today", "2026-12-05", "--plan", "student-annual")
    done = run(*args, "--explain", "--lang", "ja", env={"COLUMNS": "1000"})
    out = done.stdout
    assert "上の更新日は、2018年3月1日から1年ごとに数えた次の更新日です。" in out, out
    assert "Prime Student 年間プランで数えた" not in out
    assert out.count("最長4年間") == 1, out  # the note under the table (stderr: the warning)
    assert (
        "・表の会費は、通常のプライムの年間プランの現在の料金で、今後変わることがあります。" in out
    )
    english = run(*args, "--lang", "en", env={"COLUMNS": "1000"}).stdout
    assert "counting yearly from 2018-03-01." in english  # review 47b S 12
    monthly = run("renewal", "2026-10-30", "--today", "2026-12-05", "--plan", "monthly").stdout
    assert "から1か月ごとに数えた次の更新日です。" in monthly


# ---------------------------------------------------------------- item 12: no benefits flag


@pytest.mark.parametrize(
    ("flags", "command"),
    [
        (("--trial", "--student", "--benefits-used"), "--via web --trial --student`"),
        (("--trial", "--no-benefits-used"), "--via web --trial`"),
        (("--paid", "--benefits-used"), "--via web --paid --benefits-used`"),  # a paid one: kept
    ],
)
def test_12_the_carriers_web_pointer_drops_the_benefits_flag_on_a_trial(
    flags: tuple[str, ...], command: str
) -> None:
    """`--benefits-used` changes nothing for a trial, and made the longest line of the box."""
    args = ("cancel", "--no-interactive", "--via", "carrier", *flags, "--lang", "ja")
    out = run(*args, env={"COLUMNS": "1000"}).stdout
    assert f"`primehelp cancel {command} の手順で解約してください。" in out, out


# ---------------------------------------------------------------- item 13: said at its first use


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            (),
            "次の会費がかからないようにするには、解約の目安日（更新日の前日）までに解約してください",
        ),
        (
            ("--trial",),
            "費用をかけずに無料体験を終えるには、"
            "解約の目安日（自動更新日の前日）までに解約してください",
        ),
    ],
)
def test_13_the_cancel_by_day_is_said_what_it_is_at_its_first_use(
    args: tuple[str, ...], said: str
) -> None:
    """「…解約の目安日までに解約してください…。…解約の目安日は、余裕をみて、更新日の前日としています。」
    used the name before saying what it is."""
    out = run("cancel", "--no-interactive", *args, "--lang", "ja", env={"COLUMNS": "1000"}).stdout
    first = out.splitlines()[0]
    assert first.startswith(said), first
    assert "余裕をみて前日としています。" in first and "解約の目安日は、余裕をみて" not in first
