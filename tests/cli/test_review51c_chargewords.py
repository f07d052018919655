"""Review 51c (charge wording, helper chargewords): the help of `charge` (items 2, 3, 4, 28, 29),
the wording of the candidates of one amount (items 6, 7, 12, 13, 14, 18, 26, 27, 38, 43)."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run


def _help(width: str, lang: str = "ja", *command: str) -> str:
    done = run(*(command or ("charge",)), "--help", env={"PRIMEHELP_LANG": lang, "COLUMNS": width})
    assert done.exit_code == 0, done.stderr
    return done.stdout


def _flat(text: str, lang: str = "ja") -> str:
    """The help's sentences as one line (English words kept apart)."""
    return (" " if lang == "en" else "").join(line.strip() for line in text.splitlines())


# ---------------------------------------------------------------- help: items 2, 3, 4, 28, 29


@pytest.mark.parametrize(("lang", "said"), [("ja", "返金は -600、△600、▲600 のように書きます。"),
                                            ("en", "A refund: -600, △600 or ▲600.")])  # fmt: skip
def test_the_help_lists_the_refund_forms_the_error_accepts(lang: str, said: str) -> None:
    """Item 2: ▲ too, as the error for an unreadable amount lists it."""
    assert said in _flat(_help("1000", lang), lang)
    error = run("charge", "abc", "--lang", lang).stderr
    assert "▲600" in error


def test_the_help_gives_the_size_limits_with_a_subject() -> None:
    """Item 4: no 「Amazonの行2,000行まで」 (「行」 twice, no subject)."""
    flat = _flat(_help("1000"))
    assert "Amazonの行2,000行" not in flat
    assert (
        "ファイルは5MB（5,242,880バイト）まで、Amazonの行は2,000行まで読み込みます。"
        "ファイルは保存も送信もしません。"
    ) in flat


@pytest.mark.parametrize("width", ["40", "60", "80"])
def test_the_columns_example_is_no_bracket_left_alone(width: str) -> None:
    """Item 3: never 「（例：」 alone on a line; the example is no parenthetical."""
    shown = _help(width)
    assert "（例：" not in shown
    assert "例：date,description,amount,_" in shown


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_columns_help_says_the_japanese_names_are_accepted(lang: str) -> None:
    """Item 29: as the error for an unknown name says it."""
    said = "かっこの中の日本語の名前も使えます。" if lang == "ja" else "利用日, 明細の表記 and 金額"
    assert said in _flat(_help("1000", lang), lang)


def test_the_summary_is_two_sentences_in_both_helps() -> None:
    """Item 28: 「可能性の高い順に、確認する」 read as one phrase."""
    first = "カードの明細にあるAmazonの請求が何の請求かを、可能性の高い順に表示します。"
    flat = _flat(_help("1000"))
    assert first + "確認する場所と止め方もあわせて示します。" in flat
    assert "可能性の高い順に、確認する" not in flat
    top = _flat(_help("1000", "ja", "--lang", "ja"))
    assert first in top and "可能性の高い順に、確認する" not in top
