"""The one-line layout (:func:`laid_out`, used by ``due``'s line on a terminal) and stderr.

Review 10b item 9 broke stderr's messages like stdout's text on a terminal; review 57a item 7
undid that: an error or warning is one unbroken line on a terminal too, as it is piped (the
terminal wraps it, and a copied message has no breaks of ours inside its phrases).
"""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys

import pytest

from primehelp.output.stderr_lines import laid_out, terminal_width
from tests.support.clihelp import stderr_on_a_terminal
from tests.support.kinsoku import text_width

REFUSAL = (
    "primehelp: エラー: 更新日として2026年10月30日（月間プラン）がすでに保存されています"
    "（保存場所：/tmp/x/primehelp/profile.json）。2026年12月31日（月間プラン）に置き換えるには "
    "--force を付けてください。"
)


@pytest.mark.parametrize("width", [40, 60])
def test_a_long_message_is_broken_between_phrases_its_prefix_and_dates_whole(width: int) -> None:
    lines = laid_out(REFUSAL, width).split("\n")
    assert len(lines) > 1
    assert all(text_width(line) <= width for line in lines), lines
    assert lines[0].startswith("primehelp: エラー: 更新日")
    assert "".join(lines).replace(" ", "") == REFUSAL.replace(" ", "")
    for whole in ("2026年10月30日", "2026年12月31日", "--force", "/tmp/x/primehelp/profile.json"):
        assert any(whole in line for line in lines), (whole, lines)


def test_a_short_message_and_english_stay_as_they_are() -> None:
    assert laid_out("primehelp: エラー: 短い行です。", 40) == "primehelp: エラー: 短い行です。"
    english = laid_out("primehelp: error: " + "word " * 20 + "end", 40).split("\n")
    assert all(len(line) <= 40 for line in english) and english[0].startswith("primehelp: error:")


def test_only_a_terminal_has_a_width() -> None:
    assert terminal_width(io.StringIO()) is None  # piped or redirected: one line a message


def _stderr_through_a_terminal(columns: str, *args: str) -> str:
    return stderr_on_a_terminal(*args, env={"COLUMNS": columns, "PRIMEHELP_LANG": "ja"})


@pytest.mark.skipif(not hasattr(pty, "openpty"), reason="needs a pseudo-terminal")
def test_an_error_on_a_terminal_is_one_unbroken_line_as_piped() -> None:
    shown = _stderr_through_a_terminal("40", "renewal", "2026-02-30")
    lines = shown.rstrip("\n").split("\n")
    assert len(lines) == 1, lines  # review 57a item 7: the terminal wraps it
    assert lines[0].startswith("primehelp: エラー: ")
    assert "2026年11月1日" in lines[0]  # an accepted form, whole
    piped = subprocess.run(
        [sys.executable, "-m", "primehelp", "renewal", "2026-02-30"],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "40", "PRIMEHELP_LANG": "ja"},
        timeout=60,
        check=False,
    )
    assert piped.stderr.count("\n") == 1  # piped: one line, as scripts read it


ERRORS_AND_WORDS = [
    (("renewal",), ("指定してください", "ありません")),
    (("renewl",), ("コマンドはありません", "ですか")),
    (("remind", "foo"), ("操作", "使えません")),
    (("cancel", "--trial", "--paid"), ("一緒に", "指定してください")),
    (("due", "--within", "400"), ("使えません", "指定してください")),
]


@pytest.mark.skipif(not hasattr(pty, "openpty"), reason="needs a pseudo-terminal")
@pytest.mark.parametrize(("args", "words"), ERRORS_AND_WORDS)
def test_an_error_on_a_terminal_never_breaks_a_word(
    args: tuple[str, ...], words: tuple[str, ...]
) -> None:
    """Review 11b item 1: 「指│定してください」「コマ│ンド」「使│えません」 and a line that starts
    with a particle (「は使えません」) no more. Since review 57a item 7 the error is one line."""
    lines = _stderr_through_a_terminal("40", *args).rstrip("\n").split("\n")
    assert len(lines) == 1, lines
    for word in words:
        assert word in lines[0], (word, lines)


def _piped_error(*args: str) -> str:
    shown = subprocess.run(
        [sys.executable, "-m", "primehelp", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PRIMEHELP_LANG": "ja", "PRIMEHELP_TODAY": "2026-12-04"},
        timeout=60,
        check=False,
    )
    return shown.stderr.rstrip("\n")


LABELLED_ERRORS = [
    (("charge", "600", "--date", "2027-01-01"), "使える形式：", "2026-11-01、"),
    (("complain", "renewal", "--renewal", "xx"), "使える形式：", "2026-11-01、"),
    (("renewal", "2026-13-01"), "使える形式：", "2026-11-01、"),
    (("check-number", "abc"), "使える形式：", "0120-999-373、"),
    (("complain", "foo"), "使える値：", "renewal（自動更新で請求された）、"),
    # after a question (review 27a, R-minor 12: 「`renewal` のことですか？使える│値：」 at 40)
    (("complain", "renwal"), "使える値：", "renewal（自動更新で請求された）、"),
]


@pytest.mark.parametrize(("args", "label", "first"), LABELLED_ERRORS)
def test_a_label_in_an_error_is_never_split(args: tuple[str, ...], label: str, first: str) -> None:
    """Review 13a item 3: 「…指定してください。使える│形式：2026-11-01、」 at 40 columns. The
    label stays whole, with its first item when the two fit on a line."""
    message = _piped_error(*args)
    assert label + first in message
    for width in range(30, 81):
        lines = laid_out(message, width).split("\n")
        assert any(label in line for line in lines), (width, lines)
        joined = label + first
        if text_width(joined) <= width:
            assert any(joined in line for line in lines), (width, lines)
    # a full-width number is one word: 「０１│２０－９９９－３７３」 no more
    if args[0] == "check-number":
        for width in range(30, 81):
            assert "０１２０－９９９－３７３" in laid_out(message, width), width


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_first_phrase_too_long_to_sit_beside_the_prefix_is_laid_out_within_the_width(
    lang: str,
) -> None:
    # Review 19a S 16: `sources abcdefghij-klmno` at 40 printed a 51-cell first line (the break
    # the breaker made after the prefix was dropped, the next one counted from there). On a
    # terminal the error is one line since review 57a item 7; the layout itself still holds.
    env = {"PRIMEHELP_LANG": lang}
    message = _piped_error_in("sources", "abcdefghij-klmno", env=env)
    lines = laid_out(message, 40).split("\n")
    assert max(map(text_width, lines)) <= 40, lines
    assert lines[0].startswith("primehelp: "), lines
    shown = stderr_on_a_terminal("sources", "abcdefghij-klmno", env={"COLUMNS": "40", **env})
    assert shown.rstrip("\n") == message


def _piped_error_in(*args: str, env: dict[str, str]) -> str:
    shown = subprocess.run(
        [sys.executable, "-m", "primehelp", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=60,
        check=False,
    )
    return shown.stderr.rstrip("\n")


KEPT_WHOLE = [
    # review 29a, R-minor 2: 「自分から問い│合わせてください」 (check-number 非通知, 40)
    (("check-number", "非通知"), "問い合わせて"),
    # review 29a, R-minor 3: 「1〜│1,000,000円」 (complain's --amount errors, 40)
    (("complain", "refund", "--amount", "abc"), "1〜1,000,000円"),
    (("complain", "refund", "--amount", "99999999"), "1〜1,000,000円"),
]


@pytest.mark.parametrize(("args", "whole"), KEPT_WHOLE)
def test_a_compound_verb_and_a_range_are_kept_whole_in_an_error(
    args: tuple[str, ...], whole: str
) -> None:
    message = _piped_error(*args)
    assert whole in message
    for width in range(30, 81):
        lines = laid_out(message, width).split("\n")
        assert all(text_width(line) <= width for line in lines), (width, lines)
        assert any(whole in line for line in lines), (width, lines)
