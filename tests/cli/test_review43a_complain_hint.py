"""Review 43a, S 27: with plan, date and amount given (no --benefits flag), complain still said
「［］の部分をご自身の内容に書き換え…」, though no ［］ part was left: only the two lines on the
benefits, to keep one of. For every topic and every way the fields are given, the line above
the message asks to fill in ［］ parts exactly when the message has one, to delete one of the
benefits lines whenever they are there (review 61a R3: with ［］ parts too, in one line), and
nothing when nothing is left."""

from __future__ import annotations

import itertools

import pytest

from primehelp.complaint import Topic
from tests.support.clihelp import run

FILLED = ["--plan", "annual", "--renewal", "2026-12-01", "--amount", "5900"]
BRACKETS_HINT = {"ja": "［］の部分を", "en": "Replace each part in [ ]"}
# Review 61a R3: named whenever the two lines are there, with the ［］ parts too
BENEFITS_HINT = {
    "ja": "特典を使ったかどうかの2行のうち",
    "en": "f the two lines on Prime benefits, delete the one that does not apply",
}
JAPANESE_BRACKETS = "the parts in ［ ］ are the same fields"
JAPANESE_BENEFITS = "delete the line on Prime benefits that does not apply"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_hint_fits_what_is_left(lang: str) -> None:
    env = {"PRIMEHELP_TODAY": "2026-12-06", "COLUMNS": "300"}
    for topic, fields, benefits in itertools.product(
        Topic, ([], FILLED), ([], ["--benefits-used"], ["--no-benefits-used"])
    ):
        done = run("complain", topic.value, *fields, *benefits, "--lang", lang, env=env)
        assert done.exit_code == 0, done.stderr
        lines = done.stdout.splitlines()
        rules = [at for at, line in enumerate(lines) if line.startswith("───")]
        head, message = "\n".join(lines[: rules[0]]), "\n".join(lines[rules[0] : rules[1]])
        brackets = ("［" if lang == "ja" else "[") in message
        both_lines = not benefits
        case = (topic, fields, benefits)
        assert (BRACKETS_HINT[lang] in head) is brackets, case
        assert (BENEFITS_HINT[lang] in head) is both_lines, case
        if lang == "en":
            assert (JAPANESE_BRACKETS in done.stdout) is brackets, case
            assert (JAPANESE_BENEFITS in done.stdout) is both_lines, case
