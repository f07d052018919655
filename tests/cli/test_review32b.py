"""Review 32b (a Japanese reader): renewal, trial, cancel, due, remind and the .ics files."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from primehelp.output.linebreak import unicode_text_width
from primehelp.remind import SERVICE, TIMER
from tests.support.clihelp import run, stdout_on_a_terminal
from tests.support.remind_env import remind_lines, systemd_machine

_ENV = {"PRIMEHELP_LANG": "ja", "NO_COLOR": "1"}
_URL_ROW = re.compile(r" *https?://[!-~]+(（[0-9年月日]+）)?")


# ---------------------------------------------------------------- item 1: the 出典 list


def _sources_block(shown: str) -> list[str]:
    """The rows from 「出典：」 to the check date's sentence."""
    rows = shown.splitlines()
    start = rows.index("出典：")
    end = next(i for i in range(start, len(rows)) if rows[i].endswith("に確認しました。"))
    return rows[start : end + 1]


def _assert_a_list(block: list[str]) -> None:
    assert block[0] == "出典：", block
    assert re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日に確認しました。", block[-1]), block
    for row in block[1:-1]:  # a source (its date after it) or its date alone, indented
        assert _URL_ROW.fullmatch(row) or re.fullmatch(r" +（[0-9年月日]+）", row), block
        assert "、" not in row and "。" not in row, block


@pytest.mark.parametrize(
    "args",
    [
        ("renewal", "2026-11-25"),
        ("trial", "2026-10-27"),
        ("cancel", "--no-interactive"),
        ("cancel", "--no-interactive", "--via", "app"),
        ("cancel", "--no-interactive", "--trial", "--student"),
    ],
)
def test_1_sources_on_a_terminal_at_40_are_one_a_row_with_no_separator(
    args: tuple[str, ...],
) -> None:
    shown = stdout_on_a_terminal(*args, "--today", "2026-11-25", env={**_ENV, "COLUMNS": "40"})
    block = _sources_block(shown)
    _assert_a_list(block)
    yomlog = [
        row for row in block if "prime-itumade" in row
    ]  # 40 cells: a row of its own, indented all the same (review 36c, item 11)
    # indented at every width, past the line if need be (review 42a item 22 / 41a item 21, decided in round 50: a URL keeps its indent at every width)
    assert yomlog in ([], ["  https://yomlog.xyz/amazon-prime-itumade/"]), block


@pytest.mark.parametrize("columns", [40, 60, 80])
def test_1_sources_piped_are_the_same_list(columns: int) -> None:
    result = run(
        "renewal", "2026-11-25", "--today", "2026-11-25", env={**_ENV, "COLUMNS": str(columns)}
    )
    block = _sources_block(result.stdout)
    _assert_a_list(block)
    assert len(block) > 3, block
    urls = [row.strip() for row in block if row.strip().startswith("https://")]
    # review 34a S 22: every URL indented under 「出典：」; review 36c, item 11: one that does not
    # fit too (at the margin it jumped out of the list)
    for row in block:
        url = row.strip()
        if url.startswith("https://") and url in urls:  # at every width (42a item 22)
            assert row == "  " + url, block


def test_1_a_date_that_does_not_fit_goes_under_its_url_and_one_line_stays_one_line() -> None:
    from rich.console import Console

    from primehelp.output.console import rich_text, sources_text

    text = sources_text(
        ["https://ama-fan.com/prime/update/", "https://sbapp.net/?p=178551 (2026-01)"],
        dt.date(2026, 12, 2),
        "ja",
    )
    console = Console(width=40, force_terminal=True)
    # indented at every width (review 42a item 22 / 41a item 21, decided in round 50: a URL keeps its indent at every width); a list at every width (37a item 14)
    assert [line.plain for line in rich_text(text).wrap(console, 36)] == [
        "出典：",
        "  https://ama-fan.com/prime/update/",
        "  https://sbapp.net/?p=178551",
        "    （2026年1月）",
        "2026年12月2日に確認しました。",
    ]
    assert [line.plain for line in rich_text(text).wrap(console, 200)] == [
        "出典：",
        "  https://ama-fan.com/prime/update/",
        "  https://sbapp.net/?p=178551（2026年1月）",
        "2026年12月2日に確認しました。",
    ]
    english = sources_text(
        ["https://ama-fan.com/prime/update/", "https://sbapp.net/?p=178551 (2026-01)"],
        dt.date(2026, 12, 2),
        "en",
    )
    assert [line.plain for line in rich_text(english).wrap(console, 36)] == [
        "Sources:",
        "  https://ama-fan.com/prime/update/",
        "  https://sbapp.net/?p=178551",
        "    (2026-01)",
        "(checked 2026-12-02)",
    ]


# ---------------------------------------------------------------- item 2: remind's long lines


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    here = systemd_machine(tmp_path, monkeypatch)
    remind_lines(here, "install", "--scheduler", "systemd")
    service = here / "xdg" / "systemd" / "user" / SERVICE
    service.write_text(service.read_text() + "# edited\n")
    return here


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_2_a_path_and_its_state_and_the_command_are_laid_out_by_the_tool(
    installed: Path, lang: str
) -> None:
    lines = remind_lines(installed, "status", lang=lang, columns=40)
    label = "実行するコマンド：" if lang == "ja" else "Runs:"
    assert label in lines, lines  # the label alone, the command under it
    at = lines.index(label)
    command = []
    for line in lines[at + 1 :]:
        command.append(line)
        if not line.endswith(" \\"):
            break
    assert all(line.startswith("  ") for line in command), command
    joined = " ".join(line.strip().removesuffix(" \\") for line in command)
    assert joined.endswith("-m primehelp due --notify --lang ja"), command  # as installed
    assert not any(line.endswith(("--lang \\", "--scheduler \\")) for line in command), command
    # a unit's path on a row of its own, whole and flush left (review 33b S 12: broken after a
    # 「/」, a copied path was cut), its state under it
    for name in (TIMER, SERVICE):
        row = next(n for n, line in enumerate(lines) if line.endswith("/" + name))
        assert lines[row].startswith("/") and lines[row].endswith("/systemd/user/" + name), lines
        assert lines[row + 1].startswith("    ") and "：" not in lines[row + 1], lines
    # nothing but a command's single word or a path runs past the line
    wide = [line for line in lines if unicode_text_width(line) > 40]
    assert all(" " not in line.strip().removesuffix(" \\") for line in wide), wide


def test_2_a_line_that_fits_stays_one_line(installed: Path) -> None:
    lines = remind_lines(installed, "status", columns=1000)
    assert any(line.endswith(f"{SERVICE}：primehelpが書いた後に変更されています") for line in lines)
    assert any(line.startswith("実行するコマンド：PRIMEHELP_CONFIG_DIR=") for line in lines)


# ---------------------------------------------------------------- item 3: the renewal day


def test_3_on_the_saved_trials_renewal_day_the_screen_says_it_shows_both_cases() -> None:
    from tests.support.profiles import TRIAL

    for lang, both, trial_only in (
        ("ja", "両方を表示しています", "無料体験の場合を表示しています"),
        ("en", "this shows both cases", "so this is for a free trial"),
    ):
        env = {**TRIAL, "COLUMNS": "1000"}
        args = ("cancel", "--no-interactive", "--lang", lang, "--today")
        day = run(*args, "2026-12-31", env=env).stdout
        assert both in day and trial_only not in day, day
        before = run(*args, "2026-12-20", env=env).stdout  # a trial still: said as before
        assert trial_only in before and both not in before, before


# ---------------------------------------------------------------- item 4: what --paid changes


@pytest.mark.parametrize("profile", ["trial", "student_trial"])
def test_4_an_ended_trial_says_what_paid_would_change(profile: str) -> None:
    from tests.support.profiles import PROFILES

    env = {"PRIMEHELP_CONFIG_DIR": str(PROFILES / profile), "COLUMNS": "1000"}
    args = ("cancel", "--no-interactive", "--today", "2027-01-05", "--lang")
    ja = run(*args, "ja", env=env).stdout
    assert "`--paid` を付けるとその場合の返金の説明を表示します" in ja, ja  # 34b item 7 wording
    assert "`--paid` を付けてください" not in ja
    en = run(*args, "en", env=env).stdout
    assert "add `--paid` for the refund rules in that case" in en, en


# ---------------------------------------------------------------- S 5: --explain elsewhere


@pytest.mark.parametrize("command", [("cancel",), ("trial", "2026-11-01"), ("due",)])
def test_s5_explain_elsewhere_names_renewal_as_a_command_with_an_example(
    command: tuple[str, ...],
) -> None:
    for lang, said in (
        (
            "ja",
            "`--explain` は `renewal` コマンドだけで使えます（例：`primehelp renewal 2026-12-31 --explain`）。",
        ),
        (
            "en",
            "`--explain` works with `renewal` only (e.g. `primehelp renewal 2026-12-31 --explain`)",
        ),
    ):
        done = run(*command, "--explain", "--lang", lang)
        assert done.exit_code == 2
        assert done.stderr.strip().endswith(said), done.stderr
        assert len(done.stderr.strip().splitlines()) == 1 and "の後に指定します" not in done.stderr


# ---------------------------------------------------------------- S 6: renewal --help's summary


def test_s6_renewal_help_summary_wraps_without_a_stray_break() -> None:
    lines = run("renewal", "--help", "--lang", "ja", env={"COLUMNS": "60"}).stdout.splitlines()
    at = next(n for n, line in enumerate(lines) if line.strip().startswith("更新日から"))
    assert [line.strip() for line in lines[at : at + 2]] == [
        "更新日から、お知らせメールが届くころと解約の目安日、",
        "今後の更新日と会費を計算します。",
    ], lines


# ---------------------------------------------------------------- S 7: --trial --benefits-used


@pytest.mark.parametrize("flag", ["--benefits-used", "--no-benefits-used"])
@pytest.mark.parametrize("via", ["web", "app"])
def test_s7_a_benefits_answer_in_a_trial_is_said_to_change_nothing(flag: str, via: str) -> None:
    args = ("cancel", "--no-interactive", "--trial", "--via", via, flag, "--today", "2026-11-25")
    ja = run(*args, "--lang", "ja", env={"COLUMNS": "1000"}).stdout
    said = f"（{flag} の指定は、この案内には影響しません）。"  # 34b item 4; 52b item 18: once
    assert "特典を使ったかどうかに関係なく費用はかかりません" + said in ja
    en = run(*args, "--lang", "en", env={"COLUMNS": "1000"}).stdout
    assert f"({flag} does not change this guidance)" in en
    plain = run(*args[:-3], "--today", "2026-11-25", "--lang", "ja").stdout  # no flag: no line
    assert "この案内には影響しません" not in plain


# ---------------------------------------------------------------- S 8: a saved trial read as paid

# Review 40b item 5: said once, in the first sentence (「保存した無料体験の自動更新日（…）をもとに
# すると…」); the later note 「保存した日付は無料体験の自動更新日です。有料会員の場合、…」 said it again.
_SAVED_TRIAL_AS_PAID = "有料会員の更新日はこの日付と違うことがあるため"  # review 49b item 10


def test_s8_paid_from_a_saved_trial_says_the_date_is_the_trials() -> None:
    from tests.support.profiles import TRIAL

    env = {**TRIAL, "COLUMNS": "1000"}
    args = ("cancel", "--no-interactive", "--paid", "--today", "2026-12-20", "--lang")
    ja = run(*args, "ja", env=env).stdout
    assert ja.count(_SAVED_TRIAL_AS_PAID) == 1  # and only once (review 40b item 5)
    assert "保存した無料体験の自動更新日（2026年12月31日）から計算すると" in ja  # 49b item 10
    assert "更新日は `--save` で保存した日付から求めました" not in ja
    assert "A paid membership's renewal date may differ from it" in run(*args, "en", env=env).stdout
    trial = run("cancel", "--no-interactive", "--today", "2026-12-20", env=env).stdout
    assert _SAVED_TRIAL_AS_PAID not in trial  # shown as the trial: nothing to say


def test_s8_the_walkthrough_answered_paid_says_so_too() -> None:
    import sys

    import pexpect

    from tests.cli.test_cancel_e2e import HANG_GUARD, ROOT, env
    from tests.support.profiles import TRIAL

    child = pexpect.spawn(
        sys.executable,
        ["-m", "primehelp", "cancel", "--lang", "ja", "--today", "2026-12-20"],
        cwd=str(ROOT),
        env=env(COLUMNS="80", TERM="dumb", **TRIAL),
        encoding="utf-8",
        timeout=HANG_GUARD,
        dimensions=(40, 80),
    )
    seen = ""
    for _ in range(6):
        child.expect("> ")
        screen = child.before.replace("\r", "")
        seen += screen
        if "ご利用の状況" in screen:
            break
        child.sendline("2" if "無料体験中ですか" in screen else "1")
    child.sendline("q")
    child.expect(pexpect.EOF)
    flat = "".join(seen.split())
    assert "会員：有料会員" in flat and _SAVED_TRIAL_AS_PAID in flat, seen


# ---------------------------------------------------------------- S 9: 「の」 four times


@pytest.mark.parametrize("profile", ["trial", "student_trial"])
def test_s9_the_trials_last_safe_day_is_said_without_a_chain_of_no(profile: str) -> None:
    from tests.support.profiles import PROFILES

    env = {"PRIMEHELP_CONFIG_DIR": str(PROFILES / profile), "COLUMNS": "1000"}
    out = run("due", "--today", "2026-12-30", "--lang", "ja", env=env).stdout
    assert re.match(
        r"(Amazonプライム|Prime Student)の無料体験は、今日（2026年12月30日）が解約の目安日です",
        out,
    ), out
    assert "の無料体験の解約の目安日" not in out


# ---------------------------------------------------------------- S 10: 「明日│（…）」


def test_s10_a_day_word_stays_with_its_gloss_at_40() -> None:
    out = run(
        "trial", "2026-10-27", "--today", "2026-11-25", "--lang", "ja", env={"COLUMNS": "40"}
    ).stdout
    lines = out.splitlines()
    # review 52b item 12: the cancel command is a sentence of its own before it now
    # (「…確認できます。明日（2026年11月26日、」), so 「明日」 no longer starts a line; it still
    # keeps its gloss's bracket and date with it, never 「明日│（…）」
    assert any("明日（2026年11月26日" in line for line in lines), lines
    assert "明日（2026年11月26日、目安）に有料会員へ" in "".join(lines), lines
    assert not any(line.endswith(("明日", "今日")) for line in lines), lines
    # the key-dates label 「有料会員への自動更新日（計算による目安）：」 (42 columns, review 59b
    # item 5) breaks before its parenthesis at 40; no gloss is parted from its word
    glosses = [line for line in lines if line.startswith("（") and line != "（計算による目安）："]
    assert not glosses, lines


# ---------------------------------------------------------------- S 11: an ended trial, in due


@pytest.mark.parametrize("profile", ["trial", "student_trial"])
def test_s11_an_ended_trial_says_first_what_to_do_and_keeps_the_contract(profile: str) -> None:
    from tests.support.profiles import PROFILES

    env = {"PRIMEHELP_CONFIG_DIR": str(PROFILES / profile), "COLUMNS": "1000"}
    ja = run("due", "--today", "2027-01-03", "--lang", "ja", env=env)
    assert (ja.exit_code, ja.stdout) == (2, "")  # the documented contract, unchanged
    # review 33b item 6: 「保存した日付の更新」 read as the membership's renewal (「更新」 everywhere
    # else, in the notification's title too): the saved date is changed, not renewed
    # review 35b item 2: the instruction said once, at the end (「…次の更新日を保存してください」)
    assert re.match(
        r"primehelp: 要確認: 保存した日付によると、(Amazonプライム|Prime Student)の無料体験は",  # 50b 15  # review 38b S 28 (round 48): an ended trial is 「要確認」, not an error
        ja.stderr,
    )
    assert "日付の更新" not in ja.stderr and ja.stderr.count("保存してください") == 1
    assert "新しい日付に直して" not in ja.stderr
    shown = run("due", "--today", "2027-01-03", "--lang", "ja", "--json", env=env).stdout
    assert re.search(
        r'"message": "保存した日付によると、(Amazonプライム|Prime Student)の無料体験は', shown
    )
    assert ja.stderr.count("\n") == 1
    en = run("due", "--today", "2027-01-03", "--lang", "en", env=env)
    assert en.exit_code == 2
    assert en.stderr.startswith("primehelp: check: by the saved date, the ")


# ---------------------------------------------------------------- S 12: renewal from the profile


def test_s12_renewal_without_a_date_says_it_is_the_saved_one() -> None:
    from tests.support.profiles import ANNUAL, TRIAL

    wide = {"COLUMNS": "1000"}
    ja = run("renewal", "--today", "2026-12-20", "--lang", "ja", env={**ANNUAL, **wide}).stdout
    assert "更新日は保存した日付（2026年12月31日）です。" in ja  # 50b S 17
    en = run("renewal", "--today", "2026-12-20", "--lang", "en", env={**ANNUAL, **wide}).stdout
    assert "The renewal date is the one saved with `--save` (2026-12-31)." in en
    trial = run("renewal", "--today", "2026-12-20", "--lang", "ja", env={**TRIAL, **wide}).stdout
    assert "自動更新日は保存した日付（2026年12月31日）です。" in trial
    rolled = run("renewal", "--today", "2027-01-10", "--lang", "ja", env={**ANNUAL, **wide}).stdout
    assert "2026年12月31日は保存した日付です。" in rolled
    typed = run("renewal", "2026-12-31", "--today", "2026-12-20", "--lang", "ja", env=wide).stdout
    assert "保存した日付" not in typed
