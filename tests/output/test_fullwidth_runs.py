"""A run of full-width Latin letters and digits (a pasted address, 「ＡＭＡＺＯＮ」) is never broken
inside a word: it moves whole to the next line where it fits, and one wider than the line is
folded after its 「．」 or 「／」 (review 64m, item 5: 「ａｍａｚｏｎ．ｃｏ．ｊｐ．ｖｅｒｉｆ│ｙ．ｃｎ」)."""

from __future__ import annotations

import itertools
import re

import pytest

from tests.support.clihelp import lang_run

ADDRESS = "ａｍａｚｏｎ．ｃｏ．ｊｐ．ｖｅｒｉｆｙ．ｃｎ"
TEXTS = (
    f"{ADDRESS}　ギフトカード番号を送ってください",
    f"こちらから確認してください：ｈｔｔｐｓ：／／{ADDRESS}　ギフトカード番号を送ってください",
    "お支払い情報を更新してください。ＡＭＡＺＯＮ　ＰＲＩＭＥ　ＳＵＰＰＯＲＴ　ＣＥＮＴＥＲ　本日中",
)
_LETTER = "[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]"


def _cut_words(out: str, text: str) -> list[tuple[str, str]]:
    """The pairs of lines where a full-width word of ``text`` runs from one line into the next
    (the end of one and the start of the next are one run in ``text``), not after a 「．」."""
    cuts = []
    for line, after in itertools.pairwise(out.splitlines()):
        end = re.search(f"{_LETTER}+$", line.rstrip())
        start = re.match(f" *({_LETTER}+)", after)
        if end and start and end.group() + start.group(1) in text:
            cuts.append((line, after))
    return cuts


@pytest.mark.parametrize("text", TEXTS)
def test_a_full_width_word_is_never_cut(text: str) -> None:
    for columns in range(30, 81, 2):
        out = lang_run("check-message", "--text", text, columns=columns).stdout
        assert not _cut_words(out, text), (columns, _cut_words(out, text))


def test_an_address_too_wide_folds_after_a_dot() -> None:
    out = lang_run("check-message", "--text", TEXTS[0], columns=40).stdout
    assert "ｖｅｒｉｆｙ．ｃｎ" in out, out
    assert re.search("ａｍａｚｏｎ．ｃｏ．ｊｐ．\n", out), out
