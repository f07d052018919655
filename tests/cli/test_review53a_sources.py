"""Review 53a, items 6 and 7: ``sources``.

6. 「解約 xyz」 in one argument gave the 解約 facts and dropped 「xyz」 without a word; 「返金 解約」 gave
   neither 返金 ∪ 解約 nor 返金 ∩ 解約. Words in one argument are now read as separate words: an
   unknown one is named with the accepted words, two topics get the one-topic error.
7. 「電話」 gave the contact facts under the title 「「電話」に関する…」, beside 「電話番号」 (7 facts):
   the title now names the topic matched, 「「問い合わせ」（電話）に関する…」.
"""

from __future__ import annotations

import pytest

from primehelp.i18n import Lang
from tests.support.clihelp import run, screen


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    "typed", [("解約 xyz",), ("xyz 解約",), ("解約", "xyz"), ("cancel\u3000xyz",)]
)
def test_an_unknown_word_beside_a_topic_is_named(typed: tuple[str, ...], lang: Lang) -> None:
    refused = run("sources", *typed, "--no-pager", "--lang", lang)
    assert refused.exit_code == 2
    assert refused.stdout == ""
    if lang == "ja":
        assert "「xyz」に当てはまる情報はありません。指定できる言葉：解約、" in refused.stderr
    else:
        assert "no fact matches 'xyz'; accepted: cancel, " in refused.stderr


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_two_topics_in_one_argument_are_two_topics(lang: Lang) -> None:
    quoted = run("sources", "返金 解約", "--no-pager", "--lang", lang)
    apart = run("sources", "返金", "解約", "--no-pager", "--lang", lang)
    assert quoted.exit_code == apart.exit_code == 2
    assert quoted.stderr == apart.stderr
    if lang == "ja":
        assert "話題は1つだけ指定できます（「返金」と「解約」が指定されています）" in quoted.stderr


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_phrase_with_a_space_that_names_one_topic_still_works(lang: Lang) -> None:
    for typed in ("Prime Student", "kindle unlimited", "money back"):
        assert run("sources", typed, "--no-pager", "--lang", lang).exit_code == 0, typed


def _title(word: str, lang: Lang) -> str:
    return screen("sources", word, "--no-pager", lang=lang).splitlines()[0]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_title_names_the_topic_a_word_matched(lang: Lang) -> None:
    if lang == "ja":
        assert _title("電話", lang).startswith("「問い合わせ」（電話）に関する情報と出典（")
        assert _title("キャンセル", lang).startswith("「解約」（キャンセル）に関する")
        assert _title("電話番号", lang).startswith("「電話番号」に関する")
    else:
        assert _title("call", lang).startswith("What primehelp states about “contact” (call),")
        assert _title("refund", lang).startswith("What primehelp states about “refund”,")
