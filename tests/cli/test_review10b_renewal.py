"""Review 10b (renewal, trial, due, remind, stderr): the fixes, through the real CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import fake_tool, run
from tests.support.remind_env import usable_profile

WIDE = {"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-11-25"}  # one paragraph per line
TODAY = ("--today", "2026-11-25")


def _out(*args: str, env: dict[str, str] | None = None) -> str:
    done = run(*args, env={**WIDE, **(env or {})})
    assert done.exit_code == 0, done.stderr
    return done.stdout


def _lines(*args: str) -> list[str]:
    return [line for line in _out(*args).splitlines() if line.strip()]


# ---------------------------------------------------------------- item 2: computed dates say so


# Review 59b item 5: 「計算による目安」; every row computed after a past date, the rows after
# the first after a date given.
ESTIMATE_NOTE_JA = "一覧の更新日は計算による目安です。正確な更新日は「Amazonプライム会員情報」のページで確認してください。"
ESTIMATE_NOTE_GIVEN_JA = "2回目以降の更新日は計算による目安です。正確な更新日は「Amazonプライム会員情報」のページで確認してください。"


@pytest.mark.parametrize(
    ("given", "first"),
    [
        (
            "2019-05-01",
            "次の自動更新を止めるには、2026年11月30日（あと5日）までに解約してください"
            "。解約の手順は `primehelp cancel --renewal 2026-12-01` で確認できます。"
            "次の更新日は2026年12月1日です（計算による目安）。",
        ),
        (
            "2026-10-26",
            "次の更新日は明日（2026年11月26日）です（計算による目安）。次の自動更新を止めるには、"
            "今日中に解約してください。解約の手順は `primehelp cancel --renewal 2026-11-26` で確認できます。",
        ),
        (
            "2026-10-25",
            "今日が更新日（会費の請求日）です（計算による目安）。会費がすでに請求されている"
            "可能性があります。解約する場合は、終了のタイミングを選んでください。"
            "解約の手順は `primehelp cancel --renewal 2026-11-25` で確認できます。",
        ),
    ],
)
def test_2_a_renewal_computed_from_a_past_date_is_an_estimate(given: str, first: str) -> None:
    lines = _lines("renewal", given, "--plan", "monthly", *TODAY, "--lang", "ja")
    assert first in lines  # after a charge and its rules (review 34b S 8)
    assert ESTIMATE_NOTE_JA in lines


def test_2_the_charge_computed_is_an_estimate_the_typed_one_is_not() -> None:
    computed = _lines("renewal", "2019-05-01", "--plan", "monthly", *TODAY, "--lang", "ja")
    # the charge first, then its rules, then the next renewal (review 34b S 8)
    # the estimate as the trial says it, short enough to stay with its date (review 51b item 23)
    # review 52b item 34: the deadline first, the charge as a side note after it
    assert computed[1].startswith("なお、2026年11月1日（24日前、目安）に更新されていれば")
    typed = _lines("renewal", "2026-10-30", "--plan", "monthly", *TODAY, "--lang", "ja")
    assert typed[0].endswith("次の更新日は2026年11月30日です（計算による目安）。")
    assert typed[1].startswith("なお、2026年10月30日（26日前）に更新されていれば")
    en = _lines("renewal", "2019-05-01", "--plan", "monthly", *TODAY, "--lang", "en")
    assert en[0].endswith("The next renewal date is 2026-12-01 (an estimate).")
    assert en[1].startswith("Also: if the membership renewed on 2026-11-01 (24 days ago, an est")
    assert (
        "The renewal dates in the list are estimates computed by primehelp. Check the exact "
        "renewal date on the Prime membership page." in en
    )


def test_2_the_date_the_member_typed_is_not_an_estimate() -> None:
    lines = _lines("renewal", "2026-12-31", "--plan", "annual", *TODAY, "--lang", "ja")
    assert lines[0].endswith("更新日は2026年12月31日です。")
    assert "計算による目安" not in lines[0]
    assert ESTIMATE_NOTE_GIVEN_JA in lines  # the rows after the first are computed
    plain = _lines("renewal", "2026-12-31", *TODAY, "--lang", "ja")
    assert "目安です" not in "".join(plain[:2]) and ESTIMATE_NOTE_GIVEN_JA not in plain


# ---------------------------------------------------------------- item 3: the mail column


def test_3_the_upcoming_list_says_the_mail_comes_only_if_switched_on() -> None:
    narrow = _out("renewal", "2026-12-31", "--plan", "annual", *TODAY, "--lang", "ja",
                  env={"COLUMNS": "40"})  # fmt: skip
    upcoming = narrow.split("今後の更新日")[1]
    assert "お知らせメールが届くころ（オンの場合）：2026-12-28" in upcoming.replace("：\n  ", "：")
    assert "届く日" not in narrow
    en = _out("renewal", "2026-12-31", "--plan", "annual", *TODAY, "--lang", "en")
    assert "Reminder mail arrives" not in en


# ---------------------------------------------------------------- item 6: a date years ahead


FAR_JA = (
    "primehelp: 警告: 更新日（2030年6月1日）は、今日から1年を超えて先の日付です。"
    "年間プランでも、次の更新日は今日から1年以内のはずです。日付を確認してください。\n"
)


@pytest.mark.parametrize(
    "args", [("renewal", "2030-06-01"), ("cancel", "--no-interactive", "--renewal", "2030-06-01")]
)
def test_6_a_renewal_date_more_than_a_year_ahead_is_one_warning_line(args: tuple[str, ...]) -> None:
    done = run(*args, *TODAY, "--lang", "ja", env=WIDE)
    assert done.exit_code == 0  # a warning: the screen follows
    assert done.stderr == FAR_JA
    assert done.stdout.strip()
    en = run(*args, *TODAY, "--lang", "en", env=WIDE)
    assert en.stderr == (
        "primehelp: warning: the renewal date 2030-06-01 is more than a year ahead, but even the "
        "annual plan renews within a year; check the date\n"
    )


@pytest.mark.parametrize(("date", "warned"), [("2027-11-25", False), ("2027-11-26", True)])
def test_6_a_year_ahead_to_the_day_is_not_warned(date: str, warned: bool) -> None:
    done = run("renewal", date, *TODAY, "--lang", "ja", env=WIDE)
    assert (done.exit_code, "1年を超えて先" in done.stderr) == (0, warned)


# ---------------------------------------------------------------- item 13: one name for the page


def test_13_every_help_text_calls_the_page_by_amazons_label() -> None:
    import re

    from primehelp.cli.help_ja import PARAMETERS

    for text in PARAMETERS.values():
        assert not re.search(r"(?<!Amazon)プライム会員情報のページ", text), text
    shown = _out("renewal", "--help", "--lang", "ja")
    assert "「Amazonプライム会員情報」のページに表示されている更新日" in "".join(shown.split())


# ---------------------------------------------------------------- item 14: the --plan hint, once


@pytest.mark.parametrize("date", ["2026-09-15", "2026-10-30"])  # 71 and 26 days ago
def test_14_a_past_date_without_a_plan_gives_the_plan_hint_once(date: str) -> None:
    screen = _out("renewal", date, *TODAY, "--lang", "ja")
    assert screen.count("--plan annual") == 1
    assert screen.count("`--plan` を付け") == 1
    en = _out("renewal", date, *TODAY, "--lang", "en")
    assert en.count("--plan annual") == 1


def test_14_the_hint_in_the_first_line_has_the_example() -> None:
    first = _lines("renewal", "2026-09-15", *TODAY, "--lang", "ja")[0]
    assert first.endswith(
        "確認できます。次の更新日からの一覧は、`--plan` を付けると表示できます（例：`--plan annual`）。"
    )  # after both plans' next renewals and the page (review 56b S 8, 57b item 1)
    # both plans' next renewals first (review 57b item 1), the page after them
    assert "過ぎています。年間プランなら、次の更新日は2027年9月15日" in first


# ---------------------------------------------------------------- item 12: remind status


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_12_without_a_crontab_the_hint_is_what_can_work(
    lang: str, tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    import primehelp.cli.remind as command

    monkeypatch.setattr(command, "SYSTEMD_RUNNING", Path(str(tmp_path)))  # runs (23b item 4)
    env = {
        "COLUMNS": "80",
        "PATH": str(tmp_path),
        # a usable saved date: without one, status ends with what to save (review 37b item 2)
        "PRIMEHELP_CONFIG_DIR": usable_profile(Path(str(tmp_path)) / "config"),
        "XDG_CONFIG_HOME": str(tmp_path),
    }  # fmt: skip  (no crontab command on PATH)
    systemctl = Path(str(tmp_path)) / "systemctl"  # offered only where it is (review 14b S 10)
    systemctl.write_text("#!/bin/sh\nexit 1\n")
    systemctl.chmod(0o755)
    fake_tool(
        Path(str(tmp_path)), "notify-send", "#!/bin/sh\nexit 0\n"
    )  # a notifier (review 41b item 3)
    done = run("remind", "status", "--scheduler", "cron", "--lang", lang, env=env)
    lines = done.stdout.splitlines()
    assert lines[-1] == "primehelp remind install --scheduler systemd"
    assert "--scheduler cron" not in done.stdout
    hint = {
        "ja": "cronが使えない場合は、systemdで設定できます：",
        "en": "If cron cannot be used, you can set it up with systemd:",
    }[lang]
    assert hint in "".join(done.stdout.split("\n"))
    narrow = run("remind", "status", "--scheduler", "cron", "--lang", lang,
                 env={**env, "COLUMNS": "40"})  # fmt: skip
    tail = narrow.stdout.splitlines()[-2:]
    assert tail == ["primehelp remind install \\", "  --scheduler systemd"]  # runs when copied
    assert all(len(line) <= 40 for line in tail)


# ---------------------------------------------------------------- S 17 and S 18: the trial screen


def test_s17_s18_the_trial_screen_names_the_day_as_its_table_does() -> None:
    lines = _lines("trial", "2026-11-10", *TODAY, "--lang", "ja")
    assert "無料体験の終了と有料会員への自動更新" in lines
    assert (
        "解約の目安日はAmazonの決まりではありません。Amazonが示しているのは自動更新日より前"
        "という期限だけなので、primehelpは余裕をみて自動更新日の前日にしています。" in lines
    )
    assert "解約の目安日（自動更新日の前日）" in "".join(lines)
    renewal = _lines("renewal", "2026-12-31", *TODAY, "--lang", "ja")
    assert any(line.startswith("解約の目安日はAmazonの決まりではありません。") for line in renewal)
    assert "自動更新日より前" not in "".join(renewal)  # a paid renewal keeps 「更新日」


# ---------------------------------------------------------------- S 25: day counts beyond a year


def test_s25_a_date_more_than_a_year_ago_has_no_count_of_days() -> None:
    plain = _lines("renewal", "2019-05-01", *TODAY, "--lang", "ja")
    assert plain[0].startswith("更新日の2019年5月1日は過ぎています。")
    counted = _lines("renewal", "2019-05-01", "--plan", "monthly", *TODAY, "--lang", "ja")
    assert "上の更新日は、2019年5月1日から1か月ごとに数えた次の更新日です。" in counted
    en = _lines("renewal", "2019-05-01", *TODAY, "--lang", "en")
    assert en[0].startswith("The renewal date, 2019-05-01, has passed.")
    trial = _lines("trial", "2024-09-15", *TODAY, "--lang", "ja")
    assert trial[0].startswith("解約していなければ、2024年10月15日（目安）に無料体験が終わり、")
    for screen in (plain, counted, en, trial):
        assert "2765" not in "".join(screen[:3])


def test_s25_within_a_year_the_count_stays() -> None:
    assert _lines("renewal", "2026-09-15", *TODAY, "--lang", "ja")[0].startswith(
        "更新日の2026年9月15日（71日前）は過ぎています。"
    )
    en = _lines("trial", "2026-09-01", *TODAY, "--lang", "en")[0]
    assert en.startswith(
        "Unless you cancelled, the free trial ended on 2026-10-01 (55 days ago, an estimate) and"
    )


# ---------------------------------------------------------------- S 15: the goal, then the deadline


@pytest.mark.parametrize(
    "args", [("renewal", "2026-12-31"), ("cancel", "--no-interactive", "--renewal", "2026-12-31")]
)
def test_s15_no_line_is_left_with_only_suru_niwa_at_40(args: tuple[str, ...]) -> None:
    narrow = _out(*args, *TODAY, "--lang", "ja", env={"COLUMNS": "40"}).splitlines()
    assert (
        "するには、" not in narrow
    )  # the first line is a whole clause: 「自動更新を止めるには、」
    assert narrow[0] == "自動更新を止めるには、" and narrow[1].startswith(
        "2026年12月30日（あと35日）"
    )
    joined = _lines(*args, *TODAY, "--lang", "ja")[0]
    assert joined.endswith("更新日は2026年12月31日です。")
