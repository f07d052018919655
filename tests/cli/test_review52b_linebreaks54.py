"""Review 52b item 3 and review 52c item 5 (round 54): Japanese line-break leftovers.

Item 3: 「Amazonが示しているのは更新日より│前という期限だけなので」 at 80 and 60 columns;
「更新日より前」 is one deadline. 52c item 5: 「既存会員は2023年9月24日以降の請求│から）」 at 40.
"""

from __future__ import annotations

import pytest

from tests.support.clihelp import run


def _lines(*args: str, width: int, lang: str = "ja") -> list[str]:
    env = {"COLUMNS": str(width)}
    result = run(*args, "--lang", lang, env=env)
    assert result.exit_code == 0, result.stderr
    return [line.rstrip() for line in result.stdout.split("\n")]


@pytest.mark.parametrize("width", [60, 80])
@pytest.mark.parametrize(
    "args",
    [
        ("renewal", "2026-12-31", "--today", "2026-12-07"),
        ("renewal", "2026-12-31", "--today", "2026-12-07", "--explain"),
        ("trial", "2026-11-25", "--today", "2026-12-07"),
        ("cancel", "--trial", "--renewal", "2026-12-31", "--today", "2026-12-07"),
    ],
)
def test_52b_3_before_the_renewal_date_stays_whole(args: tuple[str, ...], width: int) -> None:
    lines = _lines(*args, width=width)
    assert any("更新日より前" in line for line in lines), lines
    assert not [line for line in lines if line.endswith("日より")], lines


@pytest.mark.parametrize("width", [60, 80])
def test_52b_3_in_english_the_same_note_is_whole(width: int) -> None:
    text = " ".join(
        _lines("renewal", "2026-12-31", "--today", "2026-12-07", width=width, lang="en")
    )
    assert "Amazon only says to cancel before the renewal date" in " ".join(text.split())


@pytest.mark.parametrize("student", [False, True])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_52b_19_the_next_renewal_command_stands_on_its_own(student: bool, lang: str) -> None:
    """Review 52b items 19 (and 12's shape): the renewal command that counts the next renewal
    stands on lines of its own at 40 columns, never continued inside 「（…）」; the monthly
    plan's value is a sentence after it."""
    args = ("cancel", "--no-interactive", "--renewal", "2026-12-07", "--today", "2026-12-07")
    lines = _lines(*args, *(("--student",) if student else ()), width=40, lang=lang)
    monthly = "student-monthly" if student else "monthly"
    at = next(i for i, line in enumerate(lines) if line.startswith("`primehelp renewal 2026-12-07"))
    # review 62b item 5: each command after its plan's label (「年間プランの場合：」)
    assert lines[at - 1].endswith(("年間プランの場合：", "Annual plan:")), lines
    pasted = " ".join(line.removesuffix("\\").strip() for line in lines[at : at + 2])
    annual = "student-annual" if student else "annual"
    assert " ".join(pasted.split()).startswith(f"`primehelp renewal 2026-12-07 --plan {annual}`")
    rest = "".join("".join(lines[at + 1 : at + 5]).split())  # the words, without the breaks
    # review 59b S 6: the monthly plan's whole command too, on a line of its own
    words = "月間プランの場合：" if lang == "ja" else "Monthly plan:"
    assert "".join(words.split()) in rest and f"--plan{monthly}`" in rest, lines
    assert not [line for line in lines if "（月間プランは" in line or "--plan monthly）" in line]
