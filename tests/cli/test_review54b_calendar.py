"""Review 54b items 7 and 17: the student-end error on renewal and the one-renewal note."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

ENV = {"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-07"}

STUDENT_END = {
    "ja": "primehelp: エラー: student-end は、Prime Studentの無料体験（`primehelp trial --student`）のときだけ"
    "使えます。`primehelp renewal` の `--events` には、renewal、cancel-by、notice から選んでカンマ区切りで"
    "指定してください（例：renewal,cancel-by）",
    "en": "primehelp: error: student-end is only for a Prime Student free trial (`primehelp trial --student`); "
    "for `--events` of `primehelp renewal`, choose from renewal, cancel-by and notice",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_item7_student_end_error_names_the_command_in_backticks(lang: str) -> None:
    done = run(
        "--lang", lang, "renewal", "2026-12-31", "--ics", "-", "--events", "student-end", env=ENV
    )
    assert done.exit_code == 2, done.stderr
    assert STUDENT_END[lang] in done.stderr, done.stderr
    assert "renewal では" not in done.stderr


ONE = {
    "ja": "カレンダーファイルに入れた予定は、2026年12月31日の更新1回分だけです。次回以降の分も入れるには、"
    "`--plan` を付けてください（例：年間プランなら `primehelp renewal 2026-12-31 --plan annual --ics -`、"
    "月間プランなら `primehelp renewal 2026-12-31 --plan monthly --count 12 --ics -`）。",
    "en": "the calendar file holds the events of only one renewal, on 2026-12-31; to add the next ones too, "
    "add `--plan` (e.g. `primehelp renewal 2026-12-31 --plan annual --ics -` for the annual plan, "
    "`primehelp renewal 2026-12-31 --plan monthly --count 12 --ics -` for the monthly plan)",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_item17_one_renewal_note_does_not_promise_a_renewal_entry(lang: str) -> None:
    done = run(
        "--lang", lang, "renewal", "2026-12-31", "--ics", "-", "--events", "cancel-by", env=ENV
    )
    assert done.exit_code == 0, done.stderr
    assert ONE[lang] in " ".join(done.stderr.split()).replace("、 ", "、"), done.stderr
