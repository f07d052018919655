"""Review 33b, items 1–4: words split at 40 columns on screens the phrase data had not seen
(「タイ│ミング」, 「会員資│格」, 「の│で」, 「変更し│ません」). The breaker keeps each class whole
by itself (:data:`primehelp.output.break_units._WORD`), phrase data or not."""

from __future__ import annotations

import itertools

import pytest

from primehelp.output.break_units import units
from primehelp.output.linebreak import LineBreaker
from tests.support.kinsoku import char_width, divide_at_spaces, text_width

NO_DATA = LineBreaker(char_width, text_width, divide_at_spaces)  # the kinsoku rules alone

LINES = {
    "終了のタイミングによる違いと返金は、タイミングを選ぶ手順で説明します。": "タイミング",
    "請求されています。解約する場合は、会員資格を今すぐ終了するほうを選んでください": "会員資格",
    "請求された後、特典を一度も使っていないので、その会費が全額、支払いに使った方法で": "ので",
    "あります。crontab -e で削除してください（primehelpは crontab を変更しません）。": (
        "変更しません"
    ),
}


@pytest.mark.parametrize(("line", "word"), LINES.items())
@pytest.mark.parametrize("width", range(20, 42))
def test_the_word_is_never_split(line: str, word: str, width: int) -> None:
    bounds = [0, *NO_DATA.offsets(line, width), len(line)]
    pieces = [line[start:end] for start, end in itertools.pairwise(bounds)]
    assert any(word in piece for piece in pieces), pieces


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ("「アカウントサービス」を開きます", "アカウントサービス"),
        ("カスタマーサービスに連絡します", "カスタマーサービス"),
        ("使えないので、", "ので"),
        ("届きません。", "届きません"),
        ("表示しません", "表示しません"),
    ],
)
def test_the_class_is_one_unit(line: str, word: str) -> None:
    assert word in [line[start:end] for start, end, _ in units(line)]


# S 11: renewal --explain at 40: 「…3日前として│計算しています：」 left two short lines; the
# sentence fills its line and the formula starts the next.
def test_s11_the_notice_formula_starts_its_own_line() -> None:
    from tests.support.clihelp import run

    args = ("renewal", "2027-03-01", "--today", "2026-11-25", "--plan", "annual", "--explain")
    lines = run(*args, "--lang", "ja", env={"COLUMNS": "40"}).stdout.splitlines()
    at = next(i for i, line in enumerate(lines) if line.endswith("計算しています："))
    # under the bullet's text since review 37a item 11 (continuation lines of a 「・」 item)
    assert lines[at] == "  更新日の3日前として計算しています：", lines
    assert lines[at + 1].startswith("  2027-03-01−3日＝2027-02-26。"), lines
