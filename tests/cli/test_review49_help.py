"""Review 49a items 1-5, 9, 14, 19, 20, 24 and 49b items 7, 12: Japanese help names its
parameters in Japanese (「電話番号...」「[ファイル]」「日付」), its sentences do not lean on an
English placeholder, and the errors name a parameter the way the Japanese help does (no
「（TOPIC）」); a second value is said to be a second one, not an unusable one."""

from __future__ import annotations

import re

import pytest

from primehelp.cli import COMMANDS
from primehelp.output.linebreak import unicode_text_width
from tests.support.clihelp import run

WIDTHS = ("40", "60", "80", "120")
# Help's English placeholders, as whole words (「AMAZON DOWNLOADS」 is no placeholder)
ENGLISH_PLACEHOLDER = re.compile(
    r"(?<![\w-])(?:NUMBER|FILE|TOPIC|DATE|DAYS|YEN|KINDS|SHELL|ACTION|START|TEXT|AMOUNT|SPEC|N|HH:MM)"
    r"(?![\w-])"
)


def _help(command: str, width: str, lang: str = "ja") -> str:
    done = run(command, "--help", env={"PRIMEHELP_LANG": lang, "COLUMNS": width})
    assert done.exit_code == 0, done.stderr
    return done.stdout


def _joined(text: str) -> str:
    return "".join(line.strip() for line in text.splitlines())


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("command", list(COMMANDS))
def test_japanese_help_has_no_english_placeholder(command: str, width: str) -> None:
    shown = _help(command, width)
    prose = [line for line in shown.splitlines() if "primehelp " not in line or "使い方" in line]
    assert [line for line in prose if ENGLISH_PLACEHOLDER.search(line)] == []
    assert max(map(unicode_text_width, prose)) <= min(int(width), 80)
    # a hyphen never opens a line as if a bullet (49a item 2)
    assert not [line for line in shown.splitlines() if line.strip().startswith("- ")]


@pytest.mark.parametrize(
    ("command", "usage"),
    [
        ("check-number", "使い方：primehelp check-number [オプション] 電話番号..."),
        ("check-message", "使い方：primehelp check-message [オプション] [ファイル]"),
        ("sources", "使い方：primehelp sources [オプション] [話題]"),
        ("complain", "使い方：primehelp complain [オプション] 相談の種類"),
        ("completion", "使い方：primehelp completion [オプション] シェル"),
        ("remind", "使い方：primehelp remind [オプション] 操作"),
        ("renewal", "使い方：primehelp renewal [オプション] [更新日]"),
        ("trial", "使い方：primehelp trial [オプション] 開始日"),
        ("charge", "使い方：primehelp charge [オプション] [金額] [表記]..."),
    ],
)
def test_usage_lines_name_arguments_in_japanese_and_english_stays(command: str, usage: str) -> None:
    assert _help(command, "120").splitlines()[0] == usage
    english = _help(command, "120", "en")
    assert english.startswith(f"Usage: primehelp {command} [OPTIONS] ")
    assert re.search(r"\[OPTIONS\] \[?[A-Z]", english.splitlines()[0])


def test_option_placeholders_and_their_sentences_read_as_japanese() -> None:
    due = _joined(_help("due", "120"))
    assert "--within 日数" in due
    assert "更新日の何日前から知らせるか" in due  # review 52a, item 43
    assert "--today 日付" in due and "指定した日付を今日として計算します" in due
    complain = _help("complain", "120")
    assert "--renewal 日付" in complain and "--amount 金額" in complain
    trial = _help("trial", "120")
    assert "--events 種類" in trial and "--ics ファイル" in trial


def test_a_hyphen_is_named_as_a_value_not_a_bullet() -> None:
    message = _joined(_help("check-message", "80"))
    assert "ファイル名の代わりに「-」を指定すると、標準入力から読み込みます。" in message
    renewal = _joined(_help("renewal", "80"))
    assert "ファイル名の代わりに「-」を指定すると、標準出力に書き出します。" in renewal
    assert "- なら" not in message + renewal


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("command", ["trial", "renewal"])
def test_each_event_keeps_its_gloss_on_its_line(command: str, width: str) -> None:
    lines = [line.strip() for line in _help(command, width).splitlines()]
    values = ["renewal", "cancel-by", "notice"] + (["student-end"] if command == "trial" else [])
    for value in values:
        assert value not in lines  # never alone on a line (49a item 3, 49b item 12)
        assert any(line.startswith(f"{value}：") for line in lines), value


def test_charge_symbols_are_quoted_one_by_one() -> None:
    for width in WIDTHS:
        shown = _help("charge", width)
        assert "「*」「(」「)」「$」" in _joined(shown)
        assert "。*" not in shown


def test_the_reminder_mail_is_named() -> None:
    # due --within no longer names it: the mail's day is always 3 days before (review 52a, 43)
    for command in ("renewal", "trial"):
        shown = _joined(_help(command, "120"))
        assert "オンの場合" not in shown
        assert "更新前のお知らせメール" in shown


def test_lang_and_json_help_read_as_sentences() -> None:
    shown = _joined(_help("contact", "120"))
    assert "結果を、テキストの代わりに JSON 形式で出力します（形式のバージョン：1）。" in shown
    assert "指定しない場合は環境変数 PRIMEHELP_LANG、次にロケールで決めます" in shown  # 52a, 25
    assert "JSON を1つ" not in shown


JA = {"PRIMEHELP_LANG": "ja"}
EN = {"PRIMEHELP_LANG": "en"}


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["check-message", "a", "--text", "x"],
            "ファイルと `--text` は一緒に指定できません。どちらか一方だけを指定してください。",
        ),
        (
            ["check-message", "a", "b"],
            "ファイルは1つだけ指定できます（2つ目に「b」が指定されています）。",
        ),
        (
            ["check-number"],
            "確認したい電話番号を1つ以上指定してください（例：0120-999-373、"
            '"+81 120 999 373"、188）。',
        ),
        (["sources", ""], "話題が空です。指定できる言葉："),
        (
            ["sources", "解約", "返金"],
            "話題は1つだけ指定できます（「解約」と「返金」が指定されています）。",
        ),
        (["complain"], "相談の種類を指定してください。使える値：renewal（"),
        (["complain", "foo"], "「foo」は相談の種類として使えません。"),
        (
            ["completion", "bash", "zsh"],
            "シェルは1つだけ指定できます（2つ目に「zsh」が指定されています）。",
        ),
        (["completion"], "シェルを指定してください（bash、zsh、fish のいずれか）。"),
        (
            ["completion", "powershell"],
            "「powershell」には対応していません。使えるシェル：bash、zsh、fish。",
        ),
        (["trial"], "無料体験を始めた日を指定してください（例：2026-11-01、"),
        (["remind"], "操作を指定してください（install、uninstall、status のいずれか）。"),
        (["remind", "start"], "「start」は `remind` の操作として使えません。"),
        (
            ["renewal", "2026-12-31", "extra"],
            "更新日は1つだけ指定できます（2つ目に「extra」が指定されています）。",
        ),
        (
            ["cancel", "--renewal"],
            "`--renewal` には日付を指定してください（例：2026-11-01、2026/11/01、2026年11月1日）。",
        ),
        (["due", "--within"], "`--within` には日数を指定してください（例：7、30）。"),
    ],
)
def test_errors_name_parameters_as_japanese_help_does(args: list[str], expected: str) -> None:
    done = run(*args, env=JA, stdin="")
    assert done.exit_code == 2
    line = done.stderr.strip()
    assert expected in line, line
    body = line.removeprefix("primehelp: エラー: ")
    assert not ENGLISH_PLACEHOLDER.search(body.replace("primehelp", "")), body
    assert "は使えません" not in body or args[0] == "complain"


def test_no_message_names_a_file_name_stdin_or_text() -> None:
    done = run("check-message", env={**JA, "PRIMEHELP_FORCE_PIPE": "1"}, stdin="")
    assert done.exit_code == 2
    assert "（FILE）" not in done.stderr and "TEXT（" not in done.stderr


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["check-message", "a", "b"], "only one FILE can be given (a second one was given: 'b')"),
        (
            ["completion", "bash", "zsh"],
            "only one SHELL can be given (a second one was given: 'zsh')",
        ),
        (["check-number"], "NUMBER is missing: give one or more phone numbers to check"),
        (["due", "--within"], "`--within` needs a value: give DAYS (e.g. 7, 30)"),
    ],
)
def test_english_errors_keep_english_helps_names(args: list[str], expected: str) -> None:
    done = run(*args, env=EN)
    assert done.exit_code == 2
    assert expected in done.stderr, done.stderr
