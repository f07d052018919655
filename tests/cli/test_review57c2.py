"""Review 57c (charge --statement): a combined refund is matched as a one-for-one refund is
(item 2), names a day once (item 3); the Music Unlimited price note has its own heading (item 9)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.clihelp import run, statement_file

TODAY = {"PRIMEHELP_TODAY": "2026-12-07"}
# o2.csv of the review: an annual fee, two monthly fees and one refund of both
COMBINED = (
    "2026/10/24,AMAZON PRIME,5900",
    "2026/11/01,AMAZON PRIME,600",
    "2026/11/01,AMAZON PRIME,600",
    "2026/11/02,AMAZON PRIME,-1200",
)


def _flat(path: str, lang: str) -> str:
    done = run("charge", "--statement", path, "--lang", lang, env={"COLUMNS": "1000", **TODAY})
    assert done.exit_code in (0, 1), done.stderr
    return (" " if lang == "en" else "").join(done.stdout.split())


def _lines(path: str) -> list[dict[str, Any]]:
    done = run("charge", "--statement", path, "--json", env=TODAY)
    assert done.exit_code in (0, 1), done.stderr
    lines: list[dict[str, Any]] = done.json()["data"]["lines"]
    return lines


# ---------------------------------------------------------------- item 2


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_fees_refunded_together_are_no_overlap(tmp_path: Path, lang: str) -> None:
    path = statement_file(tmp_path, *COMBINED)
    lines = _lines(path)
    assert [x["flags"] for x in lines] == [[], [], [], ["refund"]]
    said = _flat(path, lang)
    assert "年会費と月会費の期間が重なっています" not in said
    assert "The periods of an annual fee and a monthly fee overlap" not in said
    assert ("※" if lang == "ja" else "!") not in said.split("Amazon")[0]


def test_the_same_file_with_one_for_one_refunds_reads_alike(tmp_path: Path) -> None:
    one = [*COMBINED[:3], "2026/11/02,AMAZON PRIME,-600", "2026/11/02,AMAZON PRIME,-600"]
    flags = [x["flags"] for x in _lines(statement_file(tmp_path, *one))]
    assert flags == [[], [], [], ["refund"], ["refund"]]


def test_a_combined_refund_names_every_fee_it_gives_back(tmp_path: Path) -> None:
    lines = _lines(statement_file(tmp_path, *COMBINED))
    back = lines[-1]
    assert back["refund_of_row"] == 4
    assert back["refund_of_rows"] == [3, 4]
    assert all(x["refund_of_rows"] is None for x in lines[:-1])


def test_a_one_for_one_refund_names_its_fee_alone(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2026/11/01,AMAZON PRIME,600", "2026/11/03,AMAZON PRIME,-600")
    back = _lines(path)[-1]
    assert (back["refund_of_row"], back["refund_of_rows"]) == (2, [2])


def test_fees_not_refunded_keep_the_overlap(tmp_path: Path) -> None:
    path = statement_file(
        tmp_path,
        "2026/10/24,AMAZON PRIME,5900",
        "2026/11/01,AMAZON PRIME,600",
        "2026/11/01,AMAZON PRIME,600",
    )
    flags = [x["flags"] for x in _lines(path)]
    assert all("both_prime_plans" in x for x in flags)  # nothing refunded: the overlap stays


# ---------------------------------------------------------------- item 3


def test_fees_of_one_day_name_the_day_once(tmp_path: Path) -> None:
    path = statement_file(tmp_path, *COMBINED)
    ja = _flat(path, "ja")
    assert "2026年11月1日の月会費2回分（600円×2）の返金の可能性があります。" in ja
    assert "2026年11月1日と2026年11月1日" not in ja
    en = _flat(path, "en")
    assert "the refund of the 2 monthly fees charged on 2026-11-01 (2 × 600 yen)." in en
    assert "2026-11-01 and 2026-11-01" not in en


def test_fees_of_two_days_keep_both_days(tmp_path: Path) -> None:
    rows = ("2026/11/01,AMAZON PRIME,600", "2026/11/10,AMAZON PRIME,600")
    path = statement_file(tmp_path, *rows, "2026/11/20,AMAZON PRIME,-1200")
    assert "2026年11月1日と2026年11月10日の月会費（600円×2）の返金" in _flat(path, "ja")
    assert "monthly fees charged on 2026-11-01 and 2026-11-10 (2 × 600 yen)." in _flat(path, "en")


def test_a_day_of_two_fees_among_others_is_said_once(tmp_path: Path) -> None:
    rows = ("2026/11/01,AMAZON PRIME,600",) * 2 + ("2026/11/10,AMAZON PRIME,600",)
    path = statement_file(tmp_path, *rows, "2026/11/20,AMAZON PRIME,-1800")
    ja = "2026年11月1日（2回）と2026年11月10日の月会費（600円×3）の返金の可能性があります。"
    assert ja in _flat(path, "ja")
    en = "fees charged on 2026-11-01 (2 times) and 2026-11-10 (3 × 600 yen)."
    assert en in _flat(path, "en")


# ---------------------------------------------------------------- item 9


def test_the_price_note_has_its_own_heading(tmp_path: Path) -> None:
    rows = ("2026/11/01,AMAZON PRIME,600", '2026/11/03,AMAZON DOWNLOADS,"1,080"')
    path = statement_file(tmp_path, *rows)
    ja = _flat(path, "ja")
    texts, prices = ja.index("明細の表記について"), ja.index("料金について")
    note = ja.index("報告によれば、AmazonMusicUnlimitedの料金は2026年2月に改定されました。")
    assert texts < prices < note < ja.index("確認する場所")
    en = _flat(path, "en")
    texts, prices = en.index("About the statement texts"), en.index("About the prices")
    note = en.index("Reportedly, the Amazon Music Unlimited prices changed in February 2026.")
    assert texts < prices < note < en.index("Where to check")


def test_no_price_heading_without_a_price_note(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2026/11/01,AMAZON PRIME,600")
    assert "料金について" not in _flat(path, "ja")
    assert "About the prices" not in _flat(path, "en")


# ---------------------------------------------------------------- S 13 (in part)


@pytest.mark.parametrize(
    ("lang", "cell", "note"),
    [
        ("ja", "金額：読み取れません（「abc」）", "注意：金額を読み取れません"),
        ("en", "Amount: cannot be read (“abc”)", "The amount cannot be read"),
    ],
)
def test_an_unread_amount_is_said_once(tmp_path: Path, lang: str, cell: str, note: str) -> None:
    path = statement_file(tmp_path, "2026/11/01,AMAZON PRIME,600", "2026/11/08,AMAZON PRIME,abc")
    done = run("charge", "--statement", path, "--lang", lang, env={"COLUMNS": "80", **TODAY})
    assert cell in done.stdout
    assert note not in done.stdout
