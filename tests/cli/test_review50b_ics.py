"""Review 50b items 2-4: the .ics renewal-day alarm, the note after --ics, the --events errors."""

from __future__ import annotations

import re

import pytest

from tests.support.clihelp import run

ENV = {"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-06"}


def unfolded(text: str) -> str:
    return re.sub(r"\r?\n ", "", text)


DAY = {
    "ja": "今日（2026年12月31日）はAmazonプライムの更新日です。解約していなければ、"
    "会費がすでに請求されている可能性があります。今すぐ終了した場合の返金は「primehelp cancel --renewal 2026-12-31」で確認できます。",
    "en": "Today (2026-12-31) is Amazon Prime's renewal date. Unless you have cancelled, "
    'the fee may already have been charged. If you end it now, "primehelp cancel --renewal 2026-12-31" explains what '
    "may be refunded.",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_item2_the_renewal_day_alarm_says_the_fee_may_be_charged_already(lang: str) -> None:
    args = ("renewal", "2026-12-31", "--ics", "-", "--alarms", "7,0", "--alarm-time", "21:30")
    done = run("--lang", lang, *args, env=ENV)
    assert done.exit_code == 0, done.stderr
    text = unfolded(done.stdout).replace("\\,", ",").replace("\\;", ";")
    assert DAY[lang] in text, text


TRIAL_DAY = {
    "ja": "解約していなければ、会費がすでに請求されている可能性があります。",
    "en": "unless you have cancelled, the fee may already have been charged.",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_item2_the_trial_renewal_day_alarm_agrees(lang: str) -> None:
    done = run("--lang", lang, "trial", "2026-12-01", "--ics", "-", "--alarms", "0", env=ENV)
    assert done.exit_code == 0, done.stderr
    text = unfolded(done.stdout).replace("\\,", ",").replace("\\;", ";")
    assert TRIAL_DAY[lang] in text, text


ONE = {
    "ja": "カレンダーファイルに入れた予定は、2026年12月31日の更新1回分だけです。次回以降の分も入れるには、"
    "`--plan` を付けてください（例：年間プランなら `primehelp renewal 2026-12-31 --plan annual --ics -`、"
    "月間プランなら `primehelp renewal 2026-12-31 --plan monthly --count 12 --ics -`）。",
    "en": "the calendar file holds the events of only one renewal, on 2026-12-31; to add the next ones too, "
    "add `--plan` (e.g. `primehelp renewal 2026-12-31 --plan annual --ics -` for the annual plan, "
    "`primehelp renewal 2026-12-31 --plan monthly --count 12 --ics -` for the monthly plan)",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_item3_the_one_renewal_note_names_the_calendar_file(lang: str) -> None:
    done = run("--lang", lang, "renewal", "2026-12-31", "--ics", "-", env=ENV)
    assert done.exit_code == 0, done.stderr
    assert ONE[lang] in " ".join(done.stderr.split()).replace("、 ", "、"), done.stderr


@pytest.mark.parametrize("events", ["foo", "student-end"])
def test_item4_the_events_errors_list_the_values_with_the_same_comma(events: str) -> None:
    done = run("--lang", "ja", "renewal", "2026-12-31", "--ics", "-", "--events", events, env=ENV)
    assert done.exit_code == 2, done.stderr
    assert "・" not in done.stderr, done.stderr
    assert "renewal、cancel-by、notice" in done.stderr, done.stderr
