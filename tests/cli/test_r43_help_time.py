"""Review 37a item 12: the top-level help at 40 columns cut 「9:00」 as 「9:」／「00」. The rule that
keeps a value with its gloss (「en（英語）」, review 9a S37) took 「00」 for the value before
「（このコンピューターの時計）」. A run of ASCII (a time, a word, a date) is one unit: no width of
help breaks inside one that fits, in any Japanese help text."""

from __future__ import annotations

import itertools

import pytest

from primehelp.cli import help_ja
from primehelp.cli.help import Formatter
from primehelp.cli.remind import remind
from primehelp.output.linebreak import unicode_text_width


def _texts() -> list[str]:
    texts = [help_ja.command_summary(remind.__doc__)]
    texts += [text for text in help_ja.PARAMETERS.values() if isinstance(text, str)]
    for value in help_ja.PARAMETERS.values():
        if isinstance(value, dict):
            texts += [text for text in value.values() if isinstance(text, str)]
    return texts


@pytest.mark.parametrize("width", range(20, 81, 3))
def test_no_ascii_run_that_fits_is_broken(width: int) -> None:
    formatter = Formatter("ja", width)
    texts = _texts()
    assert any("9:00" in text for text in texts)
    for text in texts:
        lines = formatter.lines(text, width)
        for before, after in itertools.pairwise(lines):
            if before and after and before[-1].isascii() and after[0].isascii():
                run = before.split()[-1] + after.split()[0]
                if not run.isascii() or unicode_text_width(run) > width:
                    continue
                assert not (before[-1] != " " and after[0] != " "), (width, before, after)


def test_the_remind_summary_keeps_its_time_whole() -> None:
    lines = Formatter("ja", 40).lines(help_ja.command_summary(remind.__doc__), 34)
    assert "9:" not in [line[-2:] for line in lines], lines
    assert any("9:00" in line for line in lines), lines
