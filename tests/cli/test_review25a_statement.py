"""Review 25a, items 1, 3, 6: charge --statement."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.clihelp import run, screen, statement_file

COLUMNS = ("--columns", "date,description,amount")
REPO = Path(__file__).resolve().parents[2]
TODAY = {"PRIMEHELP_TODAY": "2026-12-05"}


def _data(path: str, lang: str = "ja") -> Any:
    done = run("charge", "--statement", path, *COLUMNS, "--json", "--lang", lang)
    assert done.exit_code == 0, done.stderr
    return done.json()["data"]


# Item 1 (R-major): three annual fees in 14 days got no flag, and the summary said no duplicate.
def test_annual_fees_less_than_a_year_apart_are_flagged(tmp_path: Path) -> None:
    path = statement_file(
        tmp_path,
        "2026/10/20,AMAZON PRIME,5900",
        "2026/11/01,AMAZON PRIME,5900",
        "2026/11/03,AMAZON PRIME,2950",
    )
    assert [x["flags"] for x in _data(path)["lines"]] == [["annual_twice"]] * 3
    ja = screen("charge", "--statement", path, *COLUMNS, lang="ja")
    assert "※1年以内に年会費が2回以上請求されています" in ja
    assert "年会費は1つのアカウントで1年に1回の請求です。" in ja  # 38c item 19; 45c item 15
    assert "見つかりませんでした" not in ja
    en = screen("charge", "--statement", path, *COLUMNS, lang="en")
    assert "! Annual fees are charged twice or more within a year" in en
    assert "was found" not in en


def test_annual_fees_a_year_apart_are_not_flagged(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2025/10/20,AMAZON PRIME,5900", "2026/10/20,AMAZON PRIME,5900")
    assert [x["flags"] for x in _data(path)["lines"]] == [[], []]


def test_a_guessed_annual_fee_is_a_possibility_on_the_guess_only(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2026/10/20,AMAZON PRIME,5900", "2026/11/01,ｱﾏｿﾞﾝﾌﾟﾗｲﾑ,5900")
    data = _data(path)
    # Review 37c, item 9: marked on both rows, as in the monthly case (was the guess only);
    # review 60c, item 2: the 「AMAZON PRIME」 row with the fact, never 「年会費だとすると」
    assert [x["flags"] for x in data["lines"]] == [["annual_twice"], ["annual_guess_twice"]]
    ja = screen("charge", "--statement", path, *COLUMNS, lang="ja")
    assert "※年会費だとすると、1年以内に年会費が2回以上請求されています" in ja


# Item 6 (R-minor): 「月間プランは2019年より前にはありませんでした」 read as the regular plan, and was
# said of an annual amount and of 2019-03-01; the month table named the rows otherwise.
def test_a_student_fee_before_2019_says_the_monthly_plan_only_of_a_monthly_amount(
    tmp_path: Path,
) -> None:
    path = statement_file(
        tmp_path,
        "2018/05/01,AMAZON PRIME,2450",
        "2018/05/01,AMAZON PRIME,250",
        "2019/03/01,AMAZON PRIME,250",
    )
    data = _data(path)
    # Named as a Prime text of no fee is, the problem under 注意 (review 25a, S 12); the monthly
    # plan's note under the name, only of the monthly amount before 2019.
    names = ["Amazonプライム（その後のPrime Student 年間プランの会費と同額）",  # one a case (31c, 5)
             "Amazonプライム（その後のPrime Student 月間プランの会費と同額）",
             "Amazonプライム（その後のPrime Student 月間プランの会費と同額）"]  # fmt: skip
    assert [x["label"] for x in data["lines"]] == names
    # the label and the flag say the plan did not exist: no sentence under it (review 34c, S 10)
    assert [x["detail"] for x in data["lines"]] == [None, None, None]
    assert "student_monthly_none" in data["lines"][1]["flags"]
    assert {x["label"] for x in data["services"]} == set(names)
    en = _data(path, "en")
    assert en["lines"][1]["detail"] is None


# Item 3 (R-minor): at 80 the paragraph under 考えられる内容 split 「既存会│員」.
@pytest.mark.parametrize("columns", [40, 60, 80, 100])
def test_the_former_fee_paragraph_keeps_its_words_whole(columns: int) -> None:
    path = REPO / "tests" / "fixtures" / "statement_texts" / "generic-review25a-columns.csv"
    args = ("charge", "--statement", str(path), "--columns", "amount,_,date,description")
    out = screen(*args, lang="ja", columns=columns)
    flat = "".join(line.strip() for line in out.splitlines())
    assert flat.count("既存会員") == out.count("既存会員") == 2, out
