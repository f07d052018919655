"""Review 49b (calendar): item 6 (the refused late --alarms: 「--alarms の 1 日前は…」 hard to
parse), item 9 (「1 日前」「3 以上の日数」: a space before 日 and 以上), S 18 (the --alarms 0
Outlook note: a remedy that did not match the problem, 「当日 9:00」)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import run

_TODAY = ("--today", "2026-12-06")


def _line(done_stderr: str, start: str) -> str:
    [line] = [each for each in done_stderr.splitlines() if each.startswith(start)]
    return line


def _spaced_count(line: str) -> bool:
    """A day count or clock written with a space before 日, 以上 or after 当日/前日."""
    return any(f" {word}" in line for word in ("日前", "以上", "日の", "9:00", "15:00"))


@pytest.mark.parametrize(
    ("args", "said", "offer"),
    [
        (
            ("trial", "2026-11-25", "--events", "notice", "--alarms", "1"),
            "`--alarms 1`（自動更新日の前日）の通知は、",
            "`--alarms` を3以上にするか",
        ),
        (
            ("renewal", "2026-12-31", "--events", "cancel-by", "--alarms", "0"),
            "`--alarms 0`（更新日の当日）の通知は、",
            "`--alarms` を1以上にするか",
        ),
        (
            ("renewal", "2026-12-31", "--events", "notice", "--alarms", "7,2,1"),
            "`--alarms 2,1`（更新日の2日前と前日）の通知は、",
            "`--alarms` を3以上にするか",
        ),
    ],
)
def test_6_9_a_late_alarm_is_refused_in_plain_words(
    args: tuple[str, ...], said: str, offer: str
) -> None:
    ja = run(*args, "--ics", "-", *_TODAY, "--lang", "ja")
    assert ja.exit_code == 2
    line = _line(ja.stderr, "primehelp: ")
    assert said in line and offer in line, line
    assert "だけのときは" in line and "--alarms の " not in line and "日数" not in line, line
    assert not _spaced_count(line), line
    en = run(*args, "--ics", "-", *_TODAY, "--lang", "en")
    assert en.exit_code == 2
    line = _line(en.stderr, "primehelp: error: ")
    assert f"`--alarms {said.split()[1].split('`')[0]}`" in line and " only," in line, line


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_9_alarms_left_out_write_the_day_count_without_a_space(tmp_path: Path, lang: str) -> None:
    ics = str(tmp_path / "z.ics")
    done = run("renewal", "2026-12-31", "--events", "notice", "--ics", ics, *_TODAY, "--lang", lang)
    assert done.exit_code == 0, done.stderr
    if lang == "ja":
        line = _line(done.stderr, "primehelp: 通知は更新前")
        assert "その予定より後になる通知（更新日の前日）は付けていません。" in line, line
        assert not _spaced_count(line), line
    else:
        assert "`--alarms 1`, after that event, were left out" in done.stderr


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_18_the_outlook_note_offers_what_fixes_outlook(tmp_path: Path, lang: str) -> None:
    ics = str(tmp_path / "z.ics")
    done = run("renewal", "2026-12-31", "--alarms", "0", "--ics", ics, *_TODAY, "--lang", lang)
    assert done.exit_code == 0, done.stderr
    if lang == "ja":
        line = _line(done.stderr, "primehelp: 更新日の当日")
        assert line == (  # review 52b item 35
            "primehelp: 更新日の当日9:00に通知を設定しました。Outlookでは、この通知が前日の"
            "15:00に鳴ることがあります。Outlookで使う場合は、`--alarms 1,0` のように 1 を加えて"
            "ください（Outlookは1つ目の通知だけを使うため、前日の9:00に鳴ります）。"
        ), line
    else:
        line = _line(done.stderr, "primehelp: the alarms are on the day")
        assert "to be alerted the day before too" not in line
        assert (
            "For Outlook, add 1 to `--alarms`, as in `--alarms 1,0`: Outlook uses only the first alarm"
            in line
        ), line
