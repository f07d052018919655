"""Japanese punctuation and wording rules that a careful reader checked once and a test keeps.

Japanese lines use 「：」 and full-width （）, never ASCII ": " or "(...)" (Rich also breaks a
Japanese line at the space after an ASCII colon); examples are written 「例：」; usage errors
from the command-line parser come out in Japanese, not as an English sentence.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from primehelp.i18n import Text
from tests.support.clihelp import run

# Half-width punctuation that does not belong in a Japanese sentence. A URL keeps its "://"
# and "?", so only ": " (with the space) and parentheses are checked.
ASCII_IN_JAPANESE = re.compile(r": |[()]|例 ")


def _ja_texts() -> Iterator[tuple[str, str]]:
    def walk(node: Any, where: str) -> Iterator[tuple[str, str]]:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "ja" and isinstance(value, str):
                    yield where, value
                yield from walk(value, f"{where}.{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                yield from walk(value, f"{where}[{index}]")

    for entry in sorted(resources.files("primehelp.data").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            yield from walk(tomllib.loads(entry.read_text(encoding="utf-8")), entry.name)


def test_japanese_data_uses_full_width_punctuation() -> None:
    texts = list(_ja_texts())
    assert len(texts) > 100
    wrong = [(where, text) for where, text in texts if ASCII_IN_JAPANESE.search(text)]
    assert wrong == []


# A placeholder of help (DATE, START, FILE) in a sentence, not defined there as 「更新日（DATE）」.
PLACEHOLDER_IN_SENTENCE = re.compile(r"(?<!（)\b(?:DATE|START|FILE)\b(?!）)")


def test_example_commands_in_japanese_sentences_give_real_values() -> None:
    """Review 13a, S 14: 「`primehelp renewal DATE --save --force`」 put help's English
    placeholder into a Japanese sentence; examples give a date (2026-12-31) and a file name."""
    from primehelp.due_text import WORDING
    from primehelp.profile_corrupt import corrupt

    texts = [*_ja_texts(), *((key, text.ja) for key, text in WORDING.items())]
    texts.append(("profile", corrupt(Path("/x/profile.json"), Text("x", "x")).message.ja))
    wrong = [(where, text) for where, text in texts if PLACEHOLDER_IN_SENTENCE.search(text)]
    assert wrong == []


@pytest.mark.parametrize(
    "args",
    [
        ["contact"],
        ["check-number", "0120-999-373", "188", "03-5757-5252"],
        ["sources"],
        ["renewal", "2026-11-20", "--plan", "monthly", "--today", "2026-11-25", "--explain"],
        ["trial", "2026-11-25", "--student", "--today", "2026-11-25"],
        ["fees"],
        ["charge", "500", "AMAZON", "DOWNLOADS", "--date", "2026-11-01"],
        ["charge", "US$14.99", "利用国USA"],
        ["subscriptions"],
        ["cancel", "--no-interactive", "--student", "--renewal", "2026-12-31"],
        ["complain", "renewal"],
        ["profile"],
    ],
)
def test_japanese_output_has_no_ascii_colon_or_check_date_in_ascii_parentheses(
    args: list[str],
) -> None:
    # Wide, so no table folds a cell next to a border and fakes a ": ".
    result = run(*args, "--lang", "ja", env={"COLUMNS": "400"})
    assert result.exit_code in (0, 1), result.stderr
    checked = "確認日" in result.stdout or re.search(
        r"\d{4}年\d{1,2}月\d{1,2}日(?:に)?確認", result.stdout
    )
    assert checked or args[0] in ("check-number", "profile", "renewal", "trial")
    assert ": " not in result.stdout
    assert "(確認日" not in result.stdout


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["nosuchcommand"], "「nosuchcommand」というコマンドはありません。"),
        (["contact", "--lang"], "`--lang` の値を指定してください（ja、en のいずれか）。"),
        (
            ["renewal", "2026-12-31", "extra"],
            "更新日は1つだけ指定できます（2つ目に「extra」が指定されています）。",
        ),
        (["renewal", "2026-02-30"], "「2026-02-30」は存在しない日付です。"),
        (
            ["renewal", "1890-01-01"],
            "「1890-01-01」は年が範囲外です（1900年〜2999年の日付を指定してください）。",
        ),
        (
            ["check-number", "abc"],
            "「abc」は電話番号として読み取れません（使えない文字「a」があります）。",
        ),
        (["complain", "nope"], "「nope」は相談の種類として使えません。使える値：renewal"),
        (["contact", "--lang", "fr"], "使える値：ja、en"),
        # Review 9, item 4: the same kind of problem in the same words on every command.
        (["contact", "--nope"], "「--nope」というオプションはありません。"),
        (["remind", "start"], "「start」は `remind` の操作として使えません。"),
        (["completion", "tcsh"], "「tcsh」には対応していません。使えるシェル："),
        (
            ["renewal", "01/02/2026"],
            "日と月のどちらが先か分かりません（年・月・日の順に書いてください）。",
        ),
        (
            ["renewal", "2026-12-31", "--ics", ""],
            "`--ics` にはファイル名を指定してください（標準出力に書く場合は `-`）。",
        ),
        (["complain", "renewal", "--amount", "0"], "`--amount` の値「0」は範囲外です。"),
        (
            ["charge", "0"],
            "0円の請求は調べられません。明細に書かれている金額を指定してください。使える形式：",
        ),
        (
            ["check-message", "--text", "\x07\r"],
            "文字ではないデータ（画像や圧縮ファイルなど）のようです。",  # 52a, 24
        ),
        (
            ["check-message", "a-file", "--text", "x"],
            "一緒に指定できません。どちらか一方だけを指定してください。",
        ),
        (["charge", "--columns", "date"], "`--columns` は `--statement` と一緒に"),
    ],
)
def test_usage_errors_read_as_japanese(args: list[str], needle: str) -> None:
    result = run(*args, env={"PRIMEHELP_LANG": "ja"})
    assert result.exit_code == 2
    line = result.stderr.strip()
    assert line.startswith("primehelp: エラー: ")
    assert needle in line
    message = line.removeprefix("primehelp: エラー: ")
    assert ".。" not in message and ": " not in message
    assert not re.search(r"\b(No such|requires|Got unexpected|Option)\b", message)


# One name for one thing (native review 4, item 15): the words on the left are never written;
# every screen, help line and error says the ones on the right.
ONE_NAME = {
    "保存された更新日": "保存した更新日",
    "保存された設定": "保存した更新日のファイル",
    "保存済みの更新日": "保存した更新日",
    "余裕をもっ": "余裕をみて",  # 余裕をもって解約… / 余裕をもった目安
    "余裕をもた": "余裕をみて",
    "アラームなし": "通知を付けない（--alarms none、help と同じ）",
    "読まない列": "使わない列（--columns の _、errors と同じ）",
    # native review 5, item 18
    "わから": "分から（分からない・分かりません）",
    "わかり": "分かり",
    "ディレクトリ": "フォルダー",
    "端末": "ターミナル",
    "メッセージをクリップボード": "問い合わせ文をクリップボード（complain の画面と同じ）",
    "文面をクリップボード": "問い合わせ文をクリップボード",
    # native review 9: one verb for a value primehelp cannot parse, one name for the mail
    "読めない": "読み取れない（errors: 「…として読み取れません」）",
    "読めません": "読み取れません",
    "更新のお知らせメール": "更新前のお知らせメール",
}


def test_one_name_for_one_thing_in_every_japanese_text() -> None:
    from pathlib import Path

    import primehelp

    package = Path(primehelp.__file__).parent
    sources = [
        path
        for path in sorted(package.rglob("*"))
        if path.suffix in (".py", ".toml") and "compiled" not in path.parts
    ]
    assert len(sources) > 50
    found = [
        (str(path.relative_to(package)), old)
        for path in sources
        for old in ONE_NAME
        if old in path.read_text(encoding="utf-8")
    ]
    assert found == [], [(where, old, ONE_NAME[old]) for where, old in found]


def test_values_in_errors_are_quoted_as_each_language_quotes() -> None:
    """Review 5 item 35: 「abc」 in Japanese (no space next to the brackets), 'abc' in English;
    a mark typed by the user is escaped, not taken for a quote."""
    from primehelp.errors import BadInput, shown
    from primehelp.i18n import Text

    error = BadInput(Text(f"{shown('abc')} は使えません", f"{shown('abc')} is not usable"))
    assert error.message.ja == "「abc」は使えません。"
    assert error.message.en == "'abc' is not usable" == str(error)
    assert Text(f"`--x` の値 {shown('1')} です", "")("ja") == "`--x` の値「1」です"
    forged = BadInput(Text(f"{shown(chr(0xE000) + 'a')}", f"{shown(chr(0xE000))}"))
    assert forged.message.ja == "「\\ue000a」。" and forged.message.en == "'\\ue000'"


# 「primehelp は」: a space before a Japanese particle (house style is 「primehelpは」). A
# crontab line's program is a bare name such as primehelp (「この行が実行する {program} は」).
SPACE_BEFORE_PARTICLE = re.compile(r"(?:primehelp|\{program\}) [はがをにのでとも]")


def test_no_space_between_primehelp_and_a_particle() -> None:
    """Small fixes, item 4: 「この行が実行する primehelp は、cronが…」."""
    texts = [
        (where, text)
        for where, text in _ja_texts()
        if not where.startswith(("ui_message.toml", "message"))
    ]
    assert any("{program}は" in text for _, text in texts)
    assert [pair for pair in texts if SPACE_BEFORE_PARTICLE.search(pair[1])] == []
