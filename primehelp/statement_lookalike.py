"""A statement text that imitates Amazon's name without naming it (review 42c, item 4).

`charge` says such a text (「AMAZ0N PRIME」, 「AMZON PRIME」, a Cyrillic 「АMAZON PRIME」) is none
of Amazon's texts and may be another company's charge; `charge --statement` showed none of them,
counting them among the lines it does not show. Pure; imported only when a line names no Amazon
word (most lines of a statement are other shops', so this must stay cheap: no pattern compiled
at import).
"""

from __future__ import annotations

from primehelp.message_letters import skeleton

_NAME = "amazon"


def _one_edit(word: str, name: str = _NAME) -> bool:
    """Whether ``word`` is ``name`` with one letter left out, added, changed or two swapped."""
    if abs(len(word) - len(name)) > 1 or word == name:
        return False
    if len(word) == len(name):
        diff = [i for i, (a, b) in enumerate(zip(word, name, strict=True)) if a != b]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and (word[diff[0]], word[diff[1]]) == (name[diff[1]], name[diff[0]])
        )
    short, long = (word, name) if len(word) < len(name) else (name, word)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def looks_like_amazon(text: str) -> bool:
    """Whether ``text`` (which names no Amazon word) reads as Amazon's name once look-alike
    letters are undone (a zero for 「o」, Cyrillic or Greek letters: FACTS §11), or one of its
    words is Amazon's name with one letter left out, added, changed or swapped (「AMZON」)."""
    if "amazon" in skeleton(text):
        return True
    for part in text.split():
        folded = skeleton(part)
        word = "".join(c if "a" <= c <= "z" else " " for c in folded)
        if any(_one_edit(w) for w in word.split() if len(w) >= len(_NAME) - 1):
            return True
    return False
