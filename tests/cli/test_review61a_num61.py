"""Review 61a (check-number), fixed on branch num61.

B1. 「186 110」, 「186 188」, 「184 #9110」 in one argument were refused as two numbers, with a
    suggested command that failed again (a lone 186) or lost its 「#9110」 as a shell comment.
B2. 「184#9110」: the "extra characters" error gave 184, which is refused on its own, as its
    example.
B3. 「186-0120-999-373 x」: the error quoted 「0120-999-373 x」, not what the user typed.
"""

from __future__ import annotations

import pytest

from primehelp.i18n import Lang
from tests.support.clihelp import WIDE, run

_NOTE = {
    "ja": "先頭の{prefix}を除いた{number}として確認しました。",
    "en": "Checked as {number}, without the leading {prefix}.",
}


def _error(*args: str) -> str:
    done = run(*args, env=WIDE)
    assert done.exit_code == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    return done.stderr


# ---------------------------------------------------------------- B1


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    ("typed", "prefix", "number", "name"),
    [
        ("186 110", "186", "110", {"ja": "警察（事件・事故）", "en": "110"}),
        ("186 188", "186", "188", {"ja": "消費者ホットライン", "en": "188"}),
        ("184 #9110", "184", "#9110", {"ja": "警察相談専用電話", "en": "#9110"}),
        ("184-110", "184", "110", {"ja": "警察（事件・事故）", "en": "110"}),
    ],
)
def test_b1_a_public_number_after_a_prefix_is_checked_without_it(
    typed: str, prefix: str, number: str, name: dict[str, str], lang: Lang
) -> None:
    done = run("check-number", typed, "--lang", lang, env=WIDE)
    assert done.exit_code == 0, done.stderr
    assert _NOTE[lang].format(prefix=prefix, number=number) in done.stdout
    assert name[lang] in done.stdout


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_b1_the_prefix_split_by_the_shell_is_joined_to_a_public_number(lang: Lang) -> None:
    # The command the old error suggested: `primehelp check-number 186 110`
    done = run("check-number", "186", "110", "--lang", lang, env=WIDE)
    assert done.exit_code == 0, done.stderr
    assert _NOTE[lang].format(prefix="186", number="110") in done.stdout


def test_b1_json_gives_the_public_number_and_its_prefix() -> None:
    done = run("--json", "check-number", "186 110")
    assert done.exit_code == 0, done.stderr
    [result] = done.json()["data"]["results"]
    assert result["normalized"] == "110" and result["caller_prefix"] == "186"


@pytest.mark.parametrize("typed", ["186110", "184#9110"])
def test_b1_a_prefix_run_into_a_public_number_stays_refused(typed: str) -> None:
    _error("check-number", typed)


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    ("typed", "example"),
    [
        ("184 0120-999-373 #9110", '`primehelp check-number 0120-999-373 "#9110"`'),
        ("0120-999-373 #9110", '`primehelp check-number 0120-999-373 "#9110"`'),
        ("186 110 188", "`primehelp check-number 110 188`"),
        ("184 184 0120-999-373", "`primehelp check-number 0120-999-373`"),
    ],
)
def test_b1_the_split_it_example_has_no_lone_prefix_and_quotes_a_hash(
    typed: str, example: str, lang: Lang
) -> None:
    stderr = _error("check-number", typed, "--lang", lang)
    assert example in stderr
    assert "check-number 184" not in stderr and "check-number 186" not in stderr


def test_b1_the_count_leaves_out_the_prefix() -> None:
    stderr = _error("check-number", "186 110 188", "--lang", "ja")
    assert "電話番号が2つあるようです" in stderr


# ---------------------------------------------------------------- B2


@pytest.mark.parametrize(
    ("lang", "said"),
    [("ja", "番号だけ（例：#9110）を指定してください。"), ("en", "(e.g. #9110)")],
)
def test_b2_the_example_is_the_number_after_the_prefix(lang: Lang, said: str) -> None:
    stderr = _error("check-number", "184#9110", "--lang", lang)
    assert said in stderr
    assert "184）" not in stderr and "e.g. 184" not in stderr


# ---------------------------------------------------------------- B3


@pytest.mark.parametrize(
    ("lang", "quoted", "changed"),
    [
        ("ja", "「186-0120-999-373 x」には", "「0120-999-373 x」"),
        ("en", "'186-0120-999-373 x' holds", "'0120-999-373 x'"),
    ],
)
def test_b3_the_error_quotes_the_input_as_typed(lang: Lang, quoted: str, changed: str) -> None:
    stderr = _error("check-number", "186-0120-999-373 x", "--lang", lang)
    assert quoted in stderr and changed not in stderr


@pytest.mark.parametrize(
    ("lang", "quoted"),
    [("ja", "「186 0120-999-3733」は"), ("en", "'186 0120-999-3733'")],
)
def test_b3_a_wrong_length_after_the_prefix_is_quoted_as_typed(lang: Lang, quoted: str) -> None:
    stderr = _error("check-number", "186 0120-999-3733", "--lang", lang)
    assert quoted in stderr


@pytest.mark.parametrize(
    ("lang", "said"), [("ja", "（「#」の後は4桁です）"), ("en", "'#' is followed by 4 digits")]
)
def test_b2_a_short_hash_number_is_not_offered_without_its_hash(lang: Lang, said: str) -> None:
    # 「#911」 gave 911 as its example, which is refused on its own; it is the # number too short
    stderr = _error("check-number", "#911", "--lang", lang)
    assert said in stderr and "911）" not in stderr and "e.g. 911" not in stderr
