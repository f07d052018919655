"""Review 34b: renewal, trial, cancel, due, remind (fix round 39)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.clihelp import cancel_screen, run, saved_profile
from tests.support.profiles import STUDENT_TRIAL, TRIAL

TODAY = ("--today", "2026-12-05")


def _facts(node: Any) -> list[dict[str, Any]]:
    """Every fact (a mapping with an id and sources) anywhere in a --json document."""
    if isinstance(node, dict):
        found = [node] if "id" in node and "sources" in node else []
        return found + [fact for value in node.values() for fact in _facts(value)]
    if isinstance(node, list):
        return [fact for value in node for fact in _facts(value)]
    return []


SCREENS = [
    ("renewal", "2026-12-31", "--plan", "student-annual", "--count", "7"),
    ("renewal", "2027-03-01", "--plan", "annual", "--explain"),
    ("renewal", "2018-03-01", "--plan", "student-monthly", "--explain"),
    ("renewal", "2026-12-31", "--plan", "monthly", "--count", "3"),
    ("renewal", "2026-10-30", "--plan", "monthly"),
    ("renewal", "2026-12-31"),
    ("trial", "2026-11-25"),
    ("trial", "2026-11-25", "--student"),
    ("trial", "2026-10-26"),
    ("cancel", "--no-interactive", "--via", "web", "--paid", "--renewal", "2026-11-20"),
    ("cancel", "--no-interactive", "--via", "app", "--trial", "--student"),
    ("cancel", "--no-interactive", "--via", "carrier", "--paid", "--benefits-used"),
]


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("args", SCREENS, ids=lambda a: " ".join(a))
def test_item1_every_fact_in_json_has_its_sources_on_the_screen(
    args: tuple[str, ...], lang: str
) -> None:
    """34b item 1: a screen's 出典 list names the sources of every fact it states (--json)."""
    facts = _facts(run("--lang", lang, *args, *TODAY, "--json").json()["data"])
    text = run(*args, *TODAY, "--lang", lang, env={"COLUMNS": "1000"}).stdout
    listed = text[text.rindex("出典：" if lang == "ja" else "Sources:") :]
    for fact in facts:
        if fact["id"] == "trial.student_switch_refund":
            continue  # review 59b item 9, S 7: not on the trial's screen (`sources 返金` says it)
        for source in fact["sources"]:
            url = source.split(" ")[0]
            assert url in listed, (fact["id"], url)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_item1_fee_and_student_sources_on_a_student_schedule(lang: str) -> None:
    """34b item 1: Student fee rows and the 4-year note cite FACTS §1 and §2 sources."""
    args = ("renewal", "2026-12-31", "--plan", "student-annual", "--count", "7", *TODAY)
    text = run(*args, "--lang", lang, env={"COLUMNS": "1000"}).stdout
    assert "https://webcommu.net/amazonprime-price-increase" in text
    assert "https://appllio.com/amazon-prime-student-expiration-date" in text
    ids = {fact["id"] for fact in _facts(run("--lang", lang, *args, "--json").json()["data"])}
    assert "trial.student_limit" in ids


def _annual(tmp_path: Path) -> dict[str, str]:
    return saved_profile(tmp_path, "2026-12-31", "annual", False)


@pytest.mark.parametrize(
    ("today", "which"), [("2027-01-01", "前回の更新日"), ("2026-12-31", "今回の更新日")]
)
def test_items2_3_saved_annual_names_the_next_renewal_and_which_one_was_saved(
    tmp_path: Path, today: str, which: str
) -> None:
    """34b items 2–3: the next renewal counted from the saved plan, then which renewal the saved
    date is (not a second bare 「更新日は…」, not 「--plan monthly」 for an annual plan)."""
    text = cancel_screen(_annual(tmp_path), "--via", "web", "--today", today)
    assert "次の更新日は2027年12月31日です（計算による目安）。" in text
    assert f"{which}（2026年12月31日）は、`--save` で保存した日付です。" in text
    assert "更新日は `--save` で保存した日付" not in text
    assert "--plan monthly" not in text


@pytest.mark.parametrize("profile", [TRIAL, STUDENT_TRIAL])
def test_item5_an_ended_trial_says_its_renewal_day_without_a_label_to_split(
    profile: dict[str, str],
) -> None:
    """34b item 5: 「（有料会員への自動更新日：│2026年12月31日、…）」 split a label from its value at
    40 columns; the date now leads a clause that breaks naturally. due's contract is kept."""
    done = run("due", "--today", "2027-01-03", "--lang", "ja", env={**profile, "COLUMNS": "40"})
    assert done.exit_code == 2
    assert done.stderr.startswith("primehelp: 要確認: ")  # review 38b S 28 (round 48)
    assert done.stderr.count("\n") == 1
    assert "2026年12月31日（計算による目安）に終わり、" in done.stderr  # review 50b item 15
    assert "自動更新日：" not in done.stderr


def test_item6_removing_the_timer_never_tells_to_remove_the_last_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """34b item 6: after the systemd timer is removed, a crontab line is the only daily check:
    the screen says it goes on; how to remove it is for a member who wants no check at all."""
    from tests.cli.test_review31b import remind_lines, systemd_machine
    from tests.support.clihelp import fake_tool

    here = systemd_machine(tmp_path, monkeypatch)
    remind_lines(here, "install", "--scheduler", "systemd")
    fake_tool(here / "bin", "crontab", "#!/bin/sh\necho '0 9 * * * primehelp due --notify'\n")
    shown = "".join(remind_lines(here, "uninstall", "--scheduler", "systemd"))
    # review 41b: this line is not the one install prints, so the check is not said to go on
    # with cron (never false comfort); it is named, with the line to use in its place
    assert "（毎日の確認はcronで続きます）" not in shown
    assert "`primehelp remind install --scheduler cron` で表示される行に" in shown
    assert "`crontab -e` で削除してください" not in shown


@pytest.mark.parametrize("today", ["2027-01-01", "2027-01-10"])
def test_s8_a_renewal_charged_lately_comes_before_the_next_deadline(today: str) -> None:
    """34b S 8: the day after a charge, what can be done about it leads (in cancel's words,
    「更新されていれば」), and the next renewal's deadline follows its refund rules."""
    args = ("renewal", "2026-12-31", "--plan", "annual", "--today", today, "--lang", "ja")
    lines = run(*args, env={"COLUMNS": "1000"}).stdout.splitlines()
    # review 52b item 34: the next renewal's deadline first, the charge as 「なお、…」
    assert lines[0].startswith("次の自動更新を止めるには")
    assert "次の更新日は2027年12月31日です（計算による目安）。" in lines[0]
    assert lines[1].startswith("なお、2026年12月31日（")
    # 51b item 18: both timings first, as the screen without a plan says them
    assert (
        "）に更新されていれば、会費はすでに請求されています。次の更新日（2027年12月31日）に"
        in lines[1]
    )
    assert "今すぐ終了すると、特典はすぐに使えなくなります。" in lines[1]
    assert lines[2].startswith("・")


@pytest.mark.parametrize("command", [("renewal", "2026-12-31"), ("trial", "2026-12-01")])
def test_s9_alarms_without_a_value_gives_each_example_as_a_whole_option(
    command: tuple[str, ...],
) -> None:
    """34b S 9: 「（例：7,3,1、none）」 read as one value; each example is a whole option."""
    ja = run(*command, "--alarms", *TODAY, "--lang", "ja")
    assert ja.exit_code == 2
    assert "（例：`--alarms 7,3,1`。通知を付けない場合は `--alarms none`）" in ja.stderr
    assert "7,3,1、none" not in ja.stderr
    en = run(*command, "--alarms", *TODAY, "--lang", "en")
    assert "(e.g. `--alarms 7,3,1`; `--alarms none` for no alarms)" in en.stderr


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s14_systemd_refused_where_cron_already_runs_the_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """34b S 14: 「cron を使う場合は…--scheduler cron を実行してください」 where the crontab already
    has the line; now that cron runs it already. The error contract is kept."""
    from primehelp.cli import remind as command
    from tests.support.clihelp import fake_tool
    from tests.support.remind_env import THIS_LINE, crontab_printing, remind_env

    (tmp_path / "bin").mkdir()
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", tmp_path / "no-such-dir")
    fake_tool(tmp_path / "bin", "systemctl", "#!/bin/sh\nexit 0\n")
    # review 38b item 1: a line running this primehelp (a bare `primehelp` is not on cron's PATH)
    fake_tool(tmp_path / "bin", "crontab", crontab_printing(THIS_LINE))
    done = run(
        "remind", "install", "--scheduler", "systemd", "--lang", lang, env=remind_env(tmp_path)
    )
    assert done.exit_code == 2 and done.stderr.count("\n") == 1
    said = {"ja": "毎日の確認はcronですでに設定されています。", "en": "already set up with cron"}
    assert said[lang] in done.stderr
    assert "--scheduler cron" not in done.stderr


def test_s15_cancel_help_renewal_says_when_it_shows_the_cancel_by_date() -> None:
    """34b S 15: 「…を表示します」 had no subject or condition."""
    ja = "".join(run("cancel", "--help", "--lang", "ja").stdout.split())
    assert "指定すると、解約の目安日（余裕をみて、更新日の前日としています）と残りの日数を" in ja
    en = " ".join(run("cancel", "--help", "--lang", "en").stdout.split())
    assert "Given, it shows the cancel-by date" in en and "and the days left." in en


@pytest.mark.parametrize(
    "args",
    [
        ("--renewal", "2026-11-20"),
        ("--renewal", "2026-11-25"),
        ("--trial", "--renewal", "2026-11-20"),
    ],
)
def test_s18_no_benefits_used_says_why_to_end_now_before_the_steps(args: tuple[str, ...]) -> None:
    """34b S 18: the full refund, the reason to give up the rest of the period, was only said
    after six steps."""
    full = ("cancel", "--no-interactive", *args, "--no-benefits-used", "--today", "2026-11-25")
    first = run(*full, "--lang", "ja", env={"COLUMNS": "1000"}).stdout.splitlines()[0]
    assert "今すぐ終了するほうを選んでください。" in first
    assert "会費は全額返金されます（手順は以下のとおりです）。" in first
    # the renewal day (2026-11-25): as Amazon's help page says it (review 64b S 1)
    day = args[-1] == "2026-11-25"
    why = (
        "その後まだ特典を使っていないので、Amazonのヘルプページによると"
        if day
        else "請求の後に特典を使っていないため、"
    )
    assert why in first
    english = run(*full, "--lang", "en", env={"COLUMNS": "1000"}).stdout.splitlines()[0]
    assert "refunded in full" in english


@pytest.mark.parametrize(
    ("args", "command"),
    [
        (("2026-10-26",), "`primehelp cancel --trial --renewal 2026-11-25`"),
        (("2026-05-25", "--student"), "`primehelp cancel --trial --student --renewal 2026-11-25`"),
    ],
)
def test_s19_a_trial_on_its_renewal_day_points_to_the_screen_with_both_cases(
    args: tuple[str, ...], command: str
) -> None:
    """34b S 19: plain `primehelp cancel` shows only the paid case; `due` names this one."""
    full = ("trial", *args, "--today", "2026-11-25")
    first = run(*full, "--lang", "ja", env={"COLUMNS": "1000"}).stdout.splitlines()[0]
    # the command right after the verb, as renewal says it (review 51b, item 25), in a sentence of
    # its own rather than in brackets (review 52b item 12)
    assert (
        f"解約する場合は、終了のタイミングを選んでください。解約の手順は {command} で確認できます。"
        in first
    )
    action = run(*full, "--json").json()["data"]["action"]
    assert action["command"] == command.strip("`")
