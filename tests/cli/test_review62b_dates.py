"""Review 61b (fixed in round 62, b62a): the renewal, trial, due and .ics wording.

Item 1: after cancelling, clearing the saved date and stopping the daily check are one step,
after the end date is confirmed; `due --notify` with nothing saved tells a member who cancelled
how to stop the check, not only to save a date again. Item 2: a computed next renewal date on the
renewal day is marked 「計算による目安」 (renewal, trial, due; screen and JSON). Item 3: a computed
.ics event says 目安 in its title. Item 7: a far-future lead says 「約3年後」 as the table does.
S 8: the trial's renewal day says the cost-free case first. S 9: the renewal-day alarm names
`primehelp cancel --renewal DATE`."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from tests.cli.test_due import _fake
from tests.support.clihelp import joined, lang_run, run

TODAY = "2026-12-08"
CLEAR = {
    "ja": "解約が完了したこと（会員資格が終了する日付の表示）を確認したら、保存した更新日と毎日の確認を"
    "削除してください：`primehelp profile --clear` と `primehelp remind uninstall`（毎日の確認を"
    "設定していない場合は、`primehelp profile --clear` だけで済みます）。",
    "en": "delete the saved renewal date and the daily check: `primehelp profile --clear` and "
    "`primehelp remind uninstall` (if you never set up the daily check, "
    "`primehelp profile --clear` alone is enough).",
}


def _saved(tmp_path: Path, *args: str) -> dict[str, str]:
    env = {"PRIMEHELP_CONFIG_DIR": str(tmp_path / "cfg")}
    done = lang_run(*args, "--save", "--today", TODAY, env=env)
    assert done.exit_code == 0, done.stderr
    return env


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("columns", [40, 60, 80])
def test_item1_cancel_ends_with_clearing_both(tmp_path: Path, lang: str, columns: int) -> None:
    env = _saved(tmp_path, "renewal", "2026-12-20", "--plan", "monthly")
    done = lang_run("cancel", "--no-interactive", lang=lang, columns=columns, env=env)
    assert done.exit_code == 0, done.stderr
    if lang == "ja":  # a line may end at the space before a command: compared without spaces
        assert CLEAR[lang].replace(" ", "") in joined(done.stdout).replace(" ", ""), done.stdout
    else:
        assert CLEAR[lang] in joined(done.stdout, lang), done.stdout
    assert "毎日の確認も止める場合は" not in done.stdout and "to stop the daily check too" not in (
        done.stdout
    )


@pytest.mark.parametrize(
    ("lang", "title", "said"),
    [
        (
            "ja",
            "primehelp：更新日が保存されていません",
            "Amazonプライムを解約した場合は、毎日の確認を止めてください：primehelp remind uninstall。"
            "解約していない場合は、「Amazonプライム会員情報」のページに表示される更新日を保存してください。",
        ),
        (
            "en",
            "primehelp: no renewal date is saved",
            "If you cancelled Amazon Prime, stop the daily check: primehelp remind uninstall. "
            "If not, save the renewal date",
        ),
    ],
)
def test_item1_daily_notice_with_nothing_saved_says_how_to_stop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, title: str, said: str
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    log = tmp_path / "notify.log"
    _fake(tmp_path / "bin", "notify-send", "exit 0")
    env = {"PATH": str(tmp_path / "bin"), "NOTIFY_LOG": str(log)}
    done = lang_run("due", "--notify", lang=lang, env=env)
    assert done.exit_code == 2
    sent = log.read_text().splitlines()
    assert sent[2] == title and said in sent[3], sent
    assert "save your renewal date" not in sent[2] and "保存が必要" not in sent[2]
    # the same on stderr (the line a cron mail would carry)
    assert "remind uninstall" in done.stderr
    # without --notify (run by hand), the error stays how to save a date
    plain = lang_run("due", lang=lang, env={"PRIMEHELP_CONFIG_DIR": str(tmp_path / "none")})
    assert plain.exit_code == 2 and "remind uninstall" not in plain.stderr


RENEWAL_DAY = [
    (
        ("renewal", TODAY, "--plan", "monthly", "--today", TODAY),
        "次の更新日（2027年1月8日、計算による目安）に終了すると",
        "Ending on the next renewal date (2027-01-08, an estimate)",
    ),
    (
        ("renewal", TODAY, "--today", TODAY),
        "次の更新日（年間プランなら2027年12月8日、月間プランなら2027年1月8日。計算による目安）に終了すると",
        "(2027-12-08 on the annual plan, 2027-01-08 on the monthly plan; estimates)",
    ),
    (
        ("trial", "2026-11-08", "--today", TODAY),
        "すでに請求されている場合は、次の更新日（年間プランなら2027年12月8日、月間プランなら"
        "2027年1月8日。計算による目安）に終了すると",
        "(2027-12-08 on the annual plan, 2027-01-08 on the monthly plan; estimates)",
    ),
]


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(("args", "ja", "en"), RENEWAL_DAY)
def test_item2_next_renewal_on_the_renewal_day_is_an_estimate(
    args: tuple[str, ...], ja: str, en: str, lang: str
) -> None:
    want = {"ja": ja, "en": en}[lang]
    for columns in (40, 80):
        done = lang_run(*args, lang=lang, columns=columns)
        assert done.exit_code == 0, done.stderr
        assert want in joined(done.stdout, lang), done.stdout
    action = lang_run(*args, "--json", lang=lang).json()["data"]["action"]
    assert want in action["then"]


@pytest.mark.parametrize(
    ("args", "ja", "en"),
    [
        (
            ("renewal", "2026-12-31", "--plan", "annual"),
            "解約して2027年12月31日（次の更新日、計算による目安）に終了すると、今回の会費は返金されません。",
            "Ending on the next renewal date (2027-12-31, an estimate) refunds nothing",
        ),
        (
            ("renewal", "2026-12-31", "--plan", "monthly"),
            "解約して2027年1月31日（次の更新日、計算による目安）に終了すると",
            "Ending on the next renewal date (2027-01-31, an estimate)",
        ),
        (
            ("renewal", "2026-12-31"),
            "解約して次の更新日（年間プランなら2027年12月31日、月間プランなら2027年1月31日。"
            "計算による目安）に終了すると",
            "(2027-12-31 on the annual plan, 2027-01-31 on the monthly plan; estimates)",
        ),
    ],
)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_item2_due_on_the_renewal_day(
    tmp_path: Path, args: tuple[str, ...], ja: str, en: str, lang: str
) -> None:
    env = _saved(tmp_path, *args)
    want = {"ja": ja, "en": en}[lang]
    done = lang_run("due", "--today", "2026-12-31", lang=lang, env=env)
    assert done.exit_code == 1, done.stderr
    assert want in done.stdout
    data = lang_run("due", "--today", "2026-12-31", "--json", lang=lang, env=env).json()["data"]
    assert want in data["message"]


def _summaries(path: Path) -> list[tuple[str, str]]:
    """(DTSTART date, SUMMARY) of each event, unfolded and unescaped."""
    text = path.read_bytes().decode().replace("\r\n ", "")
    days = re.findall(r"^DTSTART;VALUE=DATE:(\d{8})\r$", text, re.M)
    titles = [t.replace("\\,", ",") for t in re.findall(r"^SUMMARY:(.*)\r$", text, re.M)]
    return list(zip(days, titles, strict=True))


@pytest.mark.parametrize(
    ("lang", "typed", "computed"),
    [
        ("ja", "Amazonプライムの更新日（月間プラン・600円）", "Amazonプライムの更新日（目安・月間プラン・600円）"),
        ("en", "Amazon Prime renewal (monthly plan, ¥600)", "Amazon Prime renewal (estimate, monthly plan, ¥600)"),
    ],
)  # fmt: skip
def test_item3_computed_ics_events_say_estimate_in_the_title(
    tmp_path: Path, lang: str, typed: str, computed: str
) -> None:
    path = tmp_path / "p.ics"
    args = ("renewal", "2026-12-31", "--plan", "monthly", "--ics", str(path), "--count", "4")
    assert lang_run(*args, "--today", TODAY, lang=lang).exit_code == 0
    renewals = [(day, title) for day, title in _summaries(path) if "600" in title]
    assert renewals == [
        ("20261231", typed),
        ("20270131", computed),
        ("20270228", computed),
        ("20270331", computed),
    ]


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("ja", "Amazonプライムの無料体験から有料会員への自動更新日（目安）"),
        ("en", "Amazon Prime free trial renews as paid (estimate)"),
    ],
)
def test_item3_trial_event_title_is_an_estimate(tmp_path: Path, lang: str, title: str) -> None:
    path = tmp_path / "t.ics"
    done = lang_run("trial", "2026-11-20", "--ics", str(path), "--today", TODAY, lang=lang)
    assert done.exit_code == 0, done.stderr
    assert ("20261220", title) in _summaries(path)


@pytest.mark.parametrize(
    ("lang", "ja", "en"),
    [("ja", "2029年12月31日（約3年後）までに解約してください", ""),
     ("en", "", "cancel by 2029-12-31 (in about 3 years)")],
)  # fmt: skip
@pytest.mark.parametrize("command", ["renewal", "cancel"])
def test_item7_far_future_lead_says_the_tables_unit(
    lang: str, ja: str, en: str, command: str
) -> None:
    args = (
        ("renewal", "2030-01-01", "--plan", "monthly")
        if command == "renewal"
        else ("cancel", "--no-interactive", "--renewal", "2030-01-01")
    )
    done = lang_run(*args, "--today", TODAY, lang=lang)
    assert done.exit_code == 0, done.stderr
    assert (ja or en) in done.stdout and "1119" not in done.stdout, done.stdout
    if command == "renewal":  # the same words in the table
        assert ("約3年後" if lang == "ja" else "in about 3 years") in done.stdout.split("\n\n")[1]
    text = lang_run(*args, "--today", TODAY, "--json", lang=lang).json()["data"]["action"]["text"]
    assert (ja or en) in text


def test_item7_within_a_year_days_are_counted() -> None:
    done = lang_run("renewal", "2027-06-01", "--plan", "annual", "--today", TODAY)
    assert "2027年5月31日（あと174日）までに解約してください" in done.stdout


@pytest.mark.parametrize(
    ("lang", "lead"),
    [
        (
            "ja",
            # review 62b item 1: no cost promise, the page that shows the charge
            "今日は有料会員への自動更新日（目安）です。会費がすでに請求されている可能性があります。"
            "請求されたかどうかは「Amazonプライム会員情報」のページで確認してください。"
            "解約する場合は、終了のタイミングを選んでください。"
            "解約の手順は `primehelp cancel --trial --renewal 2026-12-08` で確認できます。",
        ),
        (
            "en",
            "Today is the day the free trial renews automatically as paid (estimate). The fee may "
            "already have been charged: the Prime membership page shows whether it has. If you do "
            "not want to keep the membership, follow `primehelp cancel --trial --renewal 2026-12-08` "
            "and choose when it ends.",
        ),
    ],
)
def test_s8_trial_renewal_day_says_the_free_case_first(lang: str, lead: str) -> None:
    for columns in (40, 60, 80):
        done = lang_run("trial", "2026-11-08", "--today", TODAY, lang=lang, columns=columns)
        assert done.exit_code == 0, done.stderr
        flat = joined(done.stdout, lang).replace(" ", "")  # a line may end before a command
        # (at 40 columns the command itself is split with a 「\」: compared up to it)
        assert flat.startswith(lead.split("`")[0].replace(" ", "")), done.stdout
        if columns > 40:
            assert flat.startswith(lead.replace(" ", "")), done.stdout
    steps = lang_run(
        "cancel", "--no-interactive", "--trial", "--renewal", TODAY, "--today", TODAY, lang=lang
    ).stdout
    first = steps.splitlines()[0]
    # review 62b item 1: no free case promised any more, the page that shows the charge
    assert ("今日解約すれば" if lang == "ja" else "cancelling today") not in first
    assert ("請求されたかどうかは" if lang == "ja" else "shows whether it has") in first


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s9_renewal_day_alarm_names_the_renewal_day_command(tmp_path: Path, lang: str) -> None:
    path = tmp_path / "a.ics"
    args = ("renewal", "2026-12-31", "--plan", "monthly", "--ics", str(path), "--count", "2")
    assert run(*args, "--alarms", "0", "--today", TODAY, "--lang", lang).exit_code == 0
    text = path.read_bytes().decode().replace("\r\n ", "")
    alarms = re.findall(r"^DESCRIPTION:(.*)\r$", text, re.M)
    on_the_day = [a for a in alarms if "primehelp cancel" in a and "2026" in a[:40]]
    assert any("primehelp cancel --renewal 2026-12-31" in a for a in on_the_day), alarms
    assert any("primehelp cancel --renewal 2027-01-31" in a for a in alarms), alarms


def test_house_term_for_a_computed_trial_date_in_the_ics_and_due(tmp_path: Path) -> None:
    """The brief's last point: the .ics trial texts and due's ended-trial line say 「計算による
    目安」 of a computed date, as the renewal texts do (was 「（目安）」, 「、目安）」)."""
    path = tmp_path / "t.ics"
    args = ("trial", "2026-11-20", "--ics", str(path), "--alarms", "0", "--today", TODAY)
    assert lang_run(*args).exit_code == 0
    text = path.read_bytes().decode().replace("\r\n ", "")
    assert "今日（2026年12月20日、計算による目安）は" in text and "、目安）" not in text
    env = _saved(tmp_path, "trial", "2026-11-20")
    done = lang_run("due", "--today", "2027-01-20", env=env)
    assert "2026年12月20日（計算による目安）に終わり、" in done.stderr, done.stderr
