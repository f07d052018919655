"""Review 52b: `due` (items 7, 8, 10, 25, 26, 36)."""

from __future__ import annotations

import itertools
import re
import sys
from pathlib import Path

import pytest

from tests.cli.test_due import _fake
from tests.support.clihelp import run, stdout_on_a_terminal

DATE = r"\d{4}年\d{1,2}月\d{1,2}日"


@pytest.fixture
def monthly() -> None:
    done = run("renewal", "2027-01-15", "--plan", "monthly", "--save", "--today", "2027-01-01")
    assert done.exit_code == 0, done.stderr


def _lines(today: str, columns: int, *more: str) -> list[str]:
    shown = stdout_on_a_terminal(
        "due", "--lang", "ja", "--today", today, *more, env={"COLUMNS": str(columns)}
    )
    return [line for line in shown.splitlines() if line]


@pytest.mark.usefixtures("monthly")
@pytest.mark.parametrize("columns", [40, 60, 80])
@pytest.mark.parametrize("today", ["2027-01-12", "2027-01-15"])
def test_25_a_label_stays_with_its_date_on_a_terminal(columns: int, today: str) -> None:
    """Item 25: 「解約の目安日│（2027年1月14日）」, 「次の更新日│（2027年2月15日）」 — a label at a
    line's end, its date on the next."""
    lines = _lines(today, columns)
    text = "".join(lines)
    labels = re.findall(rf"{DATE}（(解約の目安日|次の更新日)", text)
    assert labels, text
    for line, before in zip(lines, ["", *lines[:-1]], strict=True):
        assert not re.search(r"(解約の目安日|次の更新日)(の|は)?$", line), lines
        # 「2027年2月15日（次の更新日、計算による目安）」 (review 61b item 2) is wider than 40
        # columns: there the whole bracket may follow its date, at the end of the line before
        whole = line.startswith("（次の更新日、計算による目安）") and re.search(f"{DATE}$", before)
        assert not line.startswith("（解約の目安日"), lines
        assert not line.startswith("（次の更新日") or (columns == 40 and whole), lines
    if today == "2027-01-15":
        assert "2027年2月15日（次の更新日、計算による目安）に終了すると" in text  # 61b 2


@pytest.mark.usefixtures("monthly")
@pytest.mark.parametrize("columns", [60, 80])
def test_26_no_line_of_the_quiet_paragraph_is_left_short(columns: int) -> None:
    """Item 26: 「解約していなければ、Amazonプライムの│」 (38 of 80 columns) then a whole clause."""
    lines = _lines("2027-03-01", columns, "--verbose")
    assert lines[0].startswith("今日、期限の近い手続きはありません。解約していなければ、")  # 56b 3
    # the command is said after a 「。」 (「手順と返金の条件：`…`」): the sentence before it may end short
    for line, after in itertools.pairwise(lines[1:]):
        if line.endswith("。") and after.startswith("手順と返金の条件："):
            continue
        width = sum(2 if ord(char) > 0x2E80 else 1 for char in line)
        assert width > columns * 0.6, lines


@pytest.mark.usefixtures("monthly")
def test_8_one_opening_for_nothing_due() -> None:
    """Item 8: 「今日お知らせすることはありません。」 and 「今日、期限の近い手続きはありません。」.
    Review 56b item 3: with a refund note (a fee just charged), the one opening is
    「今日、期限の近い手続きはありません。」 ("right away")."""
    for today in ("2027-01-04", "2027-03-01"):
        for lang, opening, refund in (
            ("ja", "今日、期限の近い手続きはありません。", "今日、期限の近い手続きはありません。"),
            ("en", "Nothing is due yet: ", "Nothing is due yet: "),
        ):
            done = run("due", "--lang", lang, "--verbose", "--today", today)
            noted = "返金" in done.stdout or "refund" in done.stdout
            assert done.stdout.startswith(refund if noted else opening), done.stdout


@pytest.mark.parametrize("today", ["2026-12-22", "2026-12-24"])
def test_36_the_trials_goal_as_the_trial_screen_says_it(today: str) -> None:
    """Item 36: 「有料会員にならないようにするには」 only in due."""
    assert run("trial", "2026-11-25", "--save", "--today", "2026-12-01").exit_code == 0
    ja = run("due", "--lang", "ja", "--today", today).stdout
    assert "費用をかけずに無料体験を終えるには、" in ja and "有料会員にならない" not in ja
    en = run("due", "--lang", "en", "--today", today).stdout
    assert "To end the free trial at no cost, cancel" in en


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_7_commands_in_backticks_on_the_terminal(lang: str) -> None:
    """Item 7: 「手順：primehelp cancel」, 「例：primehelp renewal … --save（--plan を…」."""
    missing = run("due", "--lang", lang)
    assert missing.exit_code == 2
    assert "`primehelp renewal 2026-12-31 --plan annual --save`" in missing.stderr
    assert run("renewal", "2026-12-15", "--plan", "monthly", "--save", "--today", "2026-12-01")
    far = run("due", "--lang", lang, "--today", "2026-11-01")
    assert far.exit_code == 2
    assert re.search(r"`primehelp renewal \S+ --plan monthly --save --force`", far.stderr), far


@pytest.mark.parametrize(
    ("lang", "titles"),
    [
        (
            "ja",
            (
                "primehelp：更新日が保存されていません",
                "primehelp：保存した更新日を確認してください",
            ),
        ),
        ("en", ("primehelp: no renewal date is saved", "primehelp: check the saved renewal date")),
    ],
)
def test_10_setup_problems_are_not_titled_as_a_renewal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, titles: tuple[str, str]
) -> None:
    """Item 10: 「Amazonプライムの更新」 over 「更新日が保存されていません」."""
    monkeypatch.setattr(sys, "platform", "linux")
    log = tmp_path / "notify.log"
    _fake(tmp_path / "bin", "notify-send", "exit 0")
    env = {"PATH": str(tmp_path / "bin"), "NOTIFY_LOG": str(log)}
    assert run("due", "--notify", "--lang", lang, env=env).exit_code == 2
    sent = log.read_text().splitlines()
    assert sent[2] == titles[0] and "`" not in sent[3], sent
    log.unlink()
    assert run("renewal", "2026-10-01", "--plan", "annual", "--save", "--force").exit_code == 0
    assert run("due", "--notify", "--lang", lang, "--today", "2025-01-01", env=env).exit_code == 2
    assert log.read_text().splitlines()[2] == titles[1]
