"""Review 52a, items 12 and 42: ``sources``.

12. ``sources all`` was titled 「「プライム全般」（all）に関する情報と出典（185件）」 — "Prime in general",
    read as a subset — and `sources` alone had another title for the same list. Both are now
    「primehelpが表示するすべての情報と出典（185件）」, and the error lists 「すべて」.
"""

from __future__ import annotations

import pytest

from primehelp.i18n import Lang
from tests.support.clihelp import run, screen


def _title(*args: str, lang: Lang) -> str:
    return screen("sources", *args, "--no-pager", lang=lang).splitlines()[0]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_fact_has_one_title_whatever_names_the_whole_list(lang: Lang) -> None:
    alone = screen("sources", "--no-pager", lang=lang)
    count = alone.count("ID：" if lang == "ja" else "ID: ")
    title = (
        f"primehelpが表示するすべての情報と出典（{count}件）"
        if lang == "ja"
        else f"Everything primehelp states, and where it comes from ({count})"
    )
    assert alone.splitlines()[0] == title
    for word in ("all", "すべて"):  # any other word says how it was read (review 54a, item 6)
        assert _title(word, lang=lang) == title, word


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_error_names_the_whole_list_all(lang: Lang) -> None:
    refused = run("sources", "xyz", "--lang", lang)
    assert refused.exit_code == 2
    if lang == "ja":
        assert "、すべて、Prime Student（英語：" in refused.stderr
        assert "プライム全般" not in refused.stderr
    else:
        assert ", all, student;" in refused.stderr


def test_a_topic_keeps_its_own_title() -> None:
    assert _title("返金", lang="ja").startswith("「返金」に関する情報と出典（")


# 42. Facts written to follow a sentence of check-message read as fragments on their own.


def _fact_texts(lang: Lang) -> dict[str, str]:
    out = screen("sources", "--no-pager", lang=lang)
    label = "ID：" if lang == "ja" else "ID: "
    lines = out.splitlines()
    return {
        line.removeprefix(label): lines[index + 1]
        for index, line in enumerate(lines)
        if line.startswith(label)
    }


def test_no_fact_starts_as_the_rest_of_another_sentence() -> None:
    for fact, text in _fact_texts("ja").items():
        assert not text.startswith(("ただし、", "また、", "なお、")), fact
    for fact, text in _fact_texts("en").items():
        assert not text.startswith("But "), fact


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_scam_subject_facts_say_what_is_the_same(lang: Lang) -> None:
    texts = _fact_texts(lang)
    for fact in (
        "message.flag.scam_subject",
        "message.flag.scam_subject.payment",
        "message.flag.scam_subject.unavailable",
    ):
        assert "と同じです" not in texts[fact] and "It matches" not in texts[fact], fact
    assert texts["message.flag.scam_subject.payment"].startswith(
        "「プライム会費のお支払い方法に問題があります」「支払い方法を更新してプライムを継続する」は、"
        if lang == "ja"
        else "「プライム会費のお支払い方法に問題があります」 (a problem with your Prime payment"
    )
    assert texts["message.flag.scam_subject.unavailable"].startswith("「プライムの使用が一時的に")
