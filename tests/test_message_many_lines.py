"""Review 55a, B 2: a message of thousands of link lines, each a line the sentence before it
goes on over (a link at a line end), was joined into one ever longer sentence — once per line,
so time and memory grew with the square of the lines (30,000 links: over 10 minutes and 9.3 GB).
A sentence is now joined over wrapped lines only up to WRAPPED_SENTENCE_AT_MOST characters. The
time is measured in benchmarks/message.py ("30,000 link lines"), never in a test: these pin the
cap, which is what keeps it linear."""

from __future__ import annotations

import unicodedata

from primehelp import message_clauses
from primehelp.message_check import WRAPPED_SENTENCE_AT_MOST
from primehelp.message_quote import as_given

LINES = [f"https://amaz0n-{i}.example.com/login?id={i}" for i in range(3_000)]
MESSAGE = "Amazonです。お支払い情報を更新してください。\n" + "\n".join(LINES)
LONGEST_LINE = max(len(line) for line in LINES)


def test_no_sentence_is_joined_over_more_than_the_cap() -> None:
    sentences = list(message_clauses.sentences(unicodedata.normalize("NFKC", MESSAGE)))
    longest = max(len(whole) for whole, _pieces in sentences)
    assert longest <= WRAPPED_SENTENCE_AT_MOST + LONGEST_LINE + 1
    # …and every line is still read: the pieces hold all of them, in order
    lines = [piece for _whole, pieces in sentences for piece in pieces]
    assert lines[-len(LINES) :] == LINES


def test_a_quote_is_joined_over_wrapped_lines_only_up_to_the_cap() -> None:
    quote = as_given(MESSAGE)
    last = quote(LINES[-1])
    assert last.endswith(LINES[-1])
    assert len(last) <= WRAPPED_SENTENCE_AT_MOST + LONGEST_LINE + 1


def test_a_sentence_wrapped_over_a_few_lines_is_still_one() -> None:
    wrapped = "お支払い方法を\n以下のリンクから\n更新してください。"
    (whole, pieces), *_ = message_clauses.sentences(wrapped)
    assert whole == "お支払い方法を以下のリンクから更新してください"
    assert len(pieces) == 3
