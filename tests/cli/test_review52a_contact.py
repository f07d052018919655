"""Review 52a, items 1–4 and 50: contact's screen.

1. The box of numbers not to call said only that a call after a call-back request may be Amazon's;
   the caveat (「その場合も、…支払い情報を聞かれたら応じないでください。」) was in --json only.
2. 「12月29日〜1月3日│（年末年始）」 was parted at 120 columns: now 「年末年始の12月29日〜1月3日」.
3. The ADR line glossed 「全国的に重要な消費者紛争」 with 「（重要消費者紛争）」.
4. 「また、」 was left alone at a line end at 40 columns (「また、ナビダイヤルのため」).
50. The call-back row named the button 「電話をリクエスト」 unbracketed first.
"""

from __future__ import annotations

import pytest

from primehelp.content import scams
from primehelp.i18n import Lang
from tests.support.clihelp import run, screen

WIDTHS = (40, 60, 80, 120)


def _box(out: str) -> str:
    """The warning box, one paragraph a line (borders and wrapping undone)."""
    inside = out[out.index("╭") : out.index("╰")]
    return "".join(line.strip(" │╭╮─") for line in inside.splitlines())


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_box_gives_the_call_back_sentence_with_its_caveat(lang: Lang, columns: int) -> None:
    out = screen("contact", lang=lang, columns=columns)
    whole = scams.callback_caveat().text(lang)
    flat = _box(out) if lang == "ja" else " ".join(_box(out).split())
    said = whole if lang == "ja" else " ".join(whole.split())
    if lang == "en":  # words meet across a wrapped line in English: compare without spaces
        flat, said = flat.replace(" ", ""), said.replace(" ", "")
    assert said in flat
    caveat = "その場合も、電話で支払い情報を聞かれたら応じないでください。"
    assert (caveat if lang == "ja" else "Eventhen,donotgivepaymentinformation") in flat


@pytest.mark.parametrize("columns", WIDTHS)
def test_the_closing_days_are_not_parted_from_their_name(columns: int) -> None:
    lines = [line.strip() for line in screen("contact", lang="ja", columns=columns).splitlines()]
    assert "12月29日〜1月3日は年末年始のため休みです。" in "".join(lines)
    assert not any(line.endswith("12月29日〜1月3日") for line in lines)
    assert "（年末年始）" not in "".join(lines)


def test_the_adr_line_does_not_gloss_a_term_with_itself() -> None:
    out = screen("contact", lang="ja")
    assert "全国的に重要な消費者紛争を扱います。" in out
    assert "（重要消費者紛争）" not in out
    assert "重要消費者紛争" in screen("contact", lang="en")  # the term, for English readers


@pytest.mark.parametrize("columns", WIDTHS)
def test_no_line_ends_on_a_lone_connective(columns: int) -> None:
    out = screen("contact", lang="ja", columns=columns)
    assert not any(line.rstrip().endswith("また、") for line in out.splitlines())
    flat = "".join(line.strip() for line in out.splitlines())
    assert "188はナビダイヤルなので、通話定額のプランでも通話料がかかります。" in flat


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_call_back_row_brackets_the_button_from_its_first_mention(lang: Lang) -> None:
    out = screen("contact", lang=lang)
    first = "「電話をリクエスト」を選ぶと、Amazonから電話がかかってきます。"
    assert (first if lang == "ja" else "Choose 「電話をリクエスト」 (request a call)") in out
    assert "電話をリクエストすると" not in out
    assert run("--lang", lang, "contact", "--json").exit_code == 0
