"""Review 27a (and 26b, item 10): the command line's own words — --version with other words,
errors on a terminal, Tab descriptions, a saved profile's impossible date, help's line breaks."""

from __future__ import annotations

import itertools

import pytest

from primehelp import __version__
from tests.support.clihelp import run

_JA = f"primehelp {__version__}（情報の確認日："
_EN = f"primehelp {__version__} (facts checked "


# Item 13 (R-minor): `--version --lang ja` said there was no --lang; `--lang ja --version` asked
# for a command. Decision: --lang is taken in either order and the version is in its language.
@pytest.mark.parametrize(
    ("args", "env_lang", "start"),
    [
        (("--version", "--lang", "ja"), "en", _JA),
        (("--lang", "ja", "--version"), "en", _JA),
        (("--version", "--lang", "en"), "ja", _EN),
        (("--lang", "en", "--version"), "ja", _EN),
        (("--lang=en", "--version"), "ja", _EN),
        (("--version", "--lang=EN"), "ja", _EN),
    ],
)
def test_27a_13_version_takes_lang_in_either_order(
    args: tuple[str, ...], env_lang: str, start: str
) -> None:
    done = run(*args, env={"PRIMEHELP_LANG": env_lang})
    assert (done.exit_code, done.stderr) == (0, "")
    assert done.stdout.startswith(start) and done.stdout.count("\n") == 1


@pytest.mark.parametrize(
    ("args", "ja"),
    [
        (("--version", "--lang", "fr"), "`--lang` の値「fr」は使えません。使える値：ja、en。"),
        (("--lang", "fr", "--version"), "`--lang` の値「fr」は使えません。使える値：ja、en。"),
        (("--version", "--lang"), "`--lang` の値を指定してください（ja、en のいずれか）。"),
        (("--lang", "--version"), "`--lang` の値を指定してください（ja、en のいずれか）。"),
        (("--version", "--lang", "ja", "--lang", "en"), "`--lang` が2回指定されています"),
        (("--version", "--json"), "「--json」は `--version` と一緒には使えません"),
        (("--json", "--version"), "「--json」は `--version` と一緒には使えません"),
    ],
)
def test_27a_13_version_with_a_wrong_word_is_one_true_error(args: tuple[str, ...], ja: str) -> None:
    done = run(*args, env={"PRIMEHELP_LANG": "ja"})
    assert done.exit_code == 2
    line = done.stderr.splitlines()[0]
    assert line.startswith("primehelp: エラー: ") and ja in line
    assert "というオプションはありません" not in line and "コマンドを指定" not in line


def test_27a_13_english_errors_say_the_same() -> None:
    done = run("--version", "--lang", "fr", env={"PRIMEHELP_LANG": "en"})
    assert done.exit_code == 2
    assert done.stderr == "primehelp: error: `--lang` 'fr' is not accepted (accepted: ja, en)\n"
    done = run("--version", "--json", "--lang", "en")
    assert "'--json' cannot be given with `--version` (only `--lang` can)" in done.stderr


def test_27a_13_the_version_with_lang_first_is_built_without_commands() -> None:
    from primehelp.cli import _app_for

    assert _app_for(["--lang", "en", "--version"]).registered_commands == []
    assert _app_for(["--lang=en", "--version"]).registered_commands == []


# Item 29 (S): `--version extra` printed the version and ignored "extra".
@pytest.mark.parametrize(
    ("before", "word"),
    [(("--version",), "extra"), (("--version",), "contact"), (("--lang=ja", "--version"), "x")],
)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_27a_29_version_with_an_argument_is_one_error(
    before: tuple[str, ...], word: str, lang: str
) -> None:
    done = run(*before, word, env={"PRIMEHELP_LANG": lang} if "--lang=ja" not in before else {})
    assert (done.exit_code, done.stdout) == (2, "")
    assert done.stderr == (
        f"primehelp: エラー: 「{word}」は指定できません。`--version` のあとに付けられるのは `--lang` だけです"
        "（使い方：`primehelp --version`）。\n"
        if lang == "ja" or "--lang=ja" in before
        else f"primehelp: error: '{word}' is not accepted: `--version` takes no arguments "
        "(usage: `primehelp --version`)\n"
    )


# Item 28 (S): Tab descriptions were whole help paragraphs (zsh, fish): one short line each.
def _fish_offers(line: str, lang: str) -> dict[str, str]:
    import os
    import subprocess
    import sys

    env = {
        **os.environ,
        "PRIMEHELP_LANG": lang,
        "_PRIMEHELP_COMPLETE": "complete_fish",
        "_PRIMEHELP_COMPLETE_ARGS": line,
    }
    done = subprocess.run(
        [sys.executable, "-m", "primehelp"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    return dict(row.partition("\t")[::2] for row in done.stdout.splitlines())


def _outside_brackets(text: str) -> str:
    import re

    while True:
        shorter = re.sub(r"（[^（）]*）|\([^()]*\)", "", text)
        if shorter == text:
            return text
        text = shorter


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_27a_28_tab_descriptions_are_one_short_line(lang: str) -> None:
    from primehelp.cli import COMMANDS

    commands = _fish_offers("primehelp ", lang)
    assert sorted(commands) == sorted(COMMANDS)
    longest = 40 if lang == "ja" else 70
    for name, said in commands.items():
        assert said and len(said) <= longest and not said.endswith(("。", ".")), (name, said)
        options = _fish_offers(f"primehelp {name} --", lang)
        for option, about in options.items():
            stops = ("。",) if lang == "ja" else (". ", "; ")
            assert not any(stop in _outside_brackets(about) for stop in stops), (option, about)
            assert not about.endswith(("。", ".")), (option, about)
    if lang == "ja":  # the reviewer's line
        assert commands["check-number"] == "Amazonを名乗る電話番号を調べます"
    else:
        assert commands["check-number"] == "Check a phone number in Amazon's name"


@pytest.mark.parametrize(
    ("text", "lang", "first"),
    [
        (
            "更新日まで DAYS 日以内になったら知らせます（0〜365、指定しない場合は 3）。3 より…",
            "ja",
            "更新日まで DAYS 日以内になったら知らせます",
        ),
        (
            "表示する言語：ja（日本語）または en（英語）。指定しない場合は…",
            "ja",
            "表示する言語：ja（日本語）または en（英語）",
        ),
        ("Amount charged in yen, e.g. 5900, ¥5,900.", "en", "Amount charged in yen"),
        (
            "Read a CSV (UTF-8; Rakuten Card), find the lines. Up to 5 MiB.",
            "en",
            "Read a CSV, find the lines",
        ),
        (
            "With --ics: overwrite a file (never a device, FIFO or directory). With --save: …",
            "en",
            "With --ics: overwrite a file",
        ),
        ("Output language: ja or en. Default: $PRIMEHELP_LANG.", "en", "Output language: ja or en"),
    ],
)
def test_27a_28_the_first_sentence_leaves_long_brackets_out(
    text: str, lang: str, first: str
) -> None:
    from primehelp.cli.completing import first_sentence

    assert first_sentence(text, lang) == first  # type: ignore[arg-type]


# Item 30 (S): complain --help at 60 split 「解決しない│ときの相談先」 (the top-level help did not).
@pytest.mark.parametrize("command", [("complain",), ()])
@pytest.mark.parametrize("columns", [40, 50, 60, 70, 80])
def test_27a_30_help_keeps_a_when_clause_whole(command: tuple[str, ...], columns: int) -> None:
    done = run(*command, "--help", env={"PRIMEHELP_LANG": "ja", "COLUMNS": str(columns)})
    lines = [line.strip() for line in done.stdout.splitlines()]
    assert any("解決しないとき" in line for line in lines), lines
    assert not any(
        line.endswith("ない") and after.startswith("とき")
        for line, after in itertools.pairwise(lines)
    )


# Review 26b, item 10 (S): 「`--explain` のことですか？使い方は…」: no space after 「？」 where the
# text goes on. Every near-miss error: the question, a full-width space, then the rest.
@pytest.mark.parametrize(
    "args",
    [
        ("cancl",),
        ("renewal", "--explian"),
        ("trial", "--studnet"),
        ("due", "--verbos"),
        ("complain", "renwal"),
        ("remind", "instal"),
    ],
)
def test_26b_10_a_question_in_an_error_is_followed_by_a_full_width_space(
    args: tuple[str, ...],
) -> None:
    import re

    done = run(*args, env={"PRIMEHELP_LANG": "ja"})
    assert done.exit_code == 2
    asked = re.search(r"のことですか？(.)", done.stderr)
    assert asked is not None and asked.group(1) == "\u3000", done.stderr
    english = run(*args, env={"PRIMEHELP_LANG": "en"}).stderr
    assert re.search(r"did you mean `[^`]+`\?", english), english


@pytest.mark.parametrize(("args", "columns"), [(("cancl",), 50), (("complain", "renwal"), 40)])
def test_26b_10_the_space_after_the_question_never_starts_or_ends_a_line_on_a_terminal(
    args: tuple[str, ...], columns: int
) -> None:
    from tests.support.clihelp import stderr_on_a_terminal

    env = {"COLUMNS": str(columns), "PRIMEHELP_LANG": "ja"}
    lines = stderr_on_a_terminal(*args, env=env).rstrip("\n").split("\n")
    # one unbroken line on a terminal since review 57a item 7: the space stays inside it
    assert len(lines) == 1, lines
    assert "のことですか？\u3000" in lines[0], lines
    assert not any(line.startswith("\u3000") or line.endswith("\u3000") for line in lines), lines
