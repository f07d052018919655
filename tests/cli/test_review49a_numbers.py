"""Review 49a, items 7 and 8 (check-number errors).

Item 7: a number starting with 00 that primehelp cannot check was told of 「primehelpの番号表」
(an inner notion) and offered a + form with a country code that does not exist (0077-12-3456 →
"+77-12-3456", 00531-12-3456 → "+531-12-3456"): it is now 「primehelpでは確認できない番号」, the
00 numbers it can check are named (0066 and the like), and a + form is offered only when the
digits after 00 (or 010) are a possible number abroad (a country code and a length it uses).

Item 8: `check-number +44 20 7946 0000`, unquoted, refused its last piece 「0000」 as a number
starting with 00 with the hint "+00": the pieces are joined (the only reading that leaves no
piece unread), and the refusals apply to the number as joined."""

from __future__ import annotations

import pytest

from primehelp.phone import joined
from tests.support.clihelp import run

_UNCHECKED = ["0077-12-3456", "00531-12-3456", "0012025550123", "00-1234-5678"]


@pytest.mark.parametrize("typed", _UNCHECKED)
def test_7_no_number_table_and_the_checked_ones_named_ja(typed: str) -> None:
    done = run("--lang", "ja", "check-number", typed, env={"COLUMNS": "1000"})
    assert done.exit_code == 2 and done.stdout == ""
    assert "番号表" not in done.stderr
    assert done.stderr.startswith(
        f"primehelp: エラー: 「{typed}」は、primehelpで確認できる番号ではありません。"
    )
    assert "00で始まる番号で確認できるのは、0066などの通話料無料の番号だけです。" in done.stderr
    assert "海外の番号なら、+ と国番号から入力してください" in done.stderr
    assert done.stderr.count("\n") == 1


@pytest.mark.parametrize("typed", _UNCHECKED)
def test_7_no_number_table_en(typed: str) -> None:
    done = run("--lang", "en", "check-number", typed, env={"COLUMNS": "1000"})
    assert done.exit_code == 2
    assert "number plan" not in done.stderr
    assert f"{typed} is a number primehelp cannot check" in done.stderr.replace("'", "")
    assert "the only numbers starting with 00 it checks are toll-free ones such as 0066" in (
        done.stderr
    )


@pytest.mark.parametrize(
    "typed", ["0077-12-3456", "00531-12-3456", "010-531-12-3456", "0099-12-3456"]
)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_7_no_invented_country_code(typed: str, lang: str) -> None:
    done = run("--lang", lang, "check-number", typed, env={"COLUMNS": "1000"})
    assert done.exit_code == 2
    assert '"+' not in done.stderr.split("使える形式")[0].split("accepted forms")[0]


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("0044-20-7946-0000", "+44-20-7946-0000"),
        ("010-44-20-7946-0000", "+44-20-7946-0000"),
        ("001-010-1-855-370-0151", "+1-855-370-0151"),
    ],
)
def test_7_a_possible_number_abroad_keeps_its_example(typed: str, meant: str) -> None:
    done = run("--lang", "ja", "check-number", typed, env={"COLUMNS": "1000"})
    assert done.exit_code == 2
    assert f'海外の番号なら、"{meant}" のように + と国番号から入力してください' in done.stderr
    assert "番号表" not in done.stderr


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["+44", "20", "7946", "0000"], ["+44 20 7946 0000"]),
        (["+44", "20", "7946", "0001"], ["+44 20 7946 0001"]),
        (["+81", "3", "5757", "5252", "188"], ["+81 3 5757 5252", "188"]),
    ],
)
def test_8_pieces_read_one_way_only_are_joined(args: list[str], expected: list[str]) -> None:
    assert joined(args) == expected


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_8_an_unquoted_london_number_is_checked(lang: str) -> None:
    done = run("--lang", lang, "check-number", "+44", "20", "7946", "0000")
    assert done.exit_code == 1, done.stderr
    assert done.stderr == ""
    assert "+44 20 7946 0000" in done.stdout
    assert "+00" not in done.stdout


def test_8_pieces_that_still_read_two_ways_ask_for_quotes() -> None:
    # +44 20 7946 then 0120 999 373, or +44 20 7946 0120 then 999 and 373: quotes are asked for
    done = run("--lang", "ja", "check-number", "+44", "20", "7946", "0120", "999", "373")
    assert done.exit_code == 2
    assert done.stderr.startswith("primehelp: エラー: 「+44」だけでは電話番号として読み取れません")
    assert "+00" not in done.stderr and "「0000」" not in done.stderr
