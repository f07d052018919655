"""The README's terminal pictures: real runs on a pseudo-terminal, drawn as SVG by Rich.

``uv run python -m tests.support.pictures`` rewrites ``docs/pictures/*.svg``;
``tests/cli/test_pictures.py`` checks that the committed files are what this draws now.

Each picture is one run of the installed program on a pseudo-terminal (colours on, a fixed
size, a fixed date, no saved profile), answering the prompts of the interactive ``cancel`` as
a member would. What the terminal received is read back with Rich's ANSI decoder and exported
with ``Console(record=True).export_svg``, so the picture shows exactly what was printed.
"""

from __future__ import annotations

import html
import io
import os
import re
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PICTURES_DIR = ROOT / "docs" / "pictures"
COLUMNS, ROWS = 90, 40
HANG_GUARD = 60  # seconds; a run that answers never waits for it


@dataclass(frozen=True)
class Picture:
    """One run to draw: the arguments, then (text to wait for, line to type) in order."""

    name: str
    title: str
    args: tuple[str, ...]
    dialogue: Sequence[tuple[str, str]] = ()


PICTURES = (
    Picture("contact", "primehelp contact", ("contact", "--lang", "ja")),
    Picture(
        "cancel",
        "primehelp cancel",
        ("cancel", "--lang", "en", "--renewal", "2026-12-31", "--today", "2026-12-20"),
        (
            ("Where will you cancel?", "1"),
            ("Are you in the free trial now?", "2"),
            ("Which membership do you have?", "1"),
            ("have you used any Prime benefit?", "2"),
            ("An alternative to cancelling", ""),
            ("Step 1 of 6", "q"),
        ),
    ),
)


def _environment(config: str) -> dict[str, str]:
    keep = {
        key: value
        for key, value in os.environ.items()
        if key not in {"NO_COLOR", "FORCE_COLOR", "PRIMEHELP_LANG", "LC_ALL", "LC_MESSAGES"}
    }
    return {
        **keep,
        "TERM": "xterm-256color",
        "COLUMNS": str(COLUMNS),
        "LINES": str(ROWS),
        "LANG": "C.UTF-8",
        "PYTHONIOENCODING": "utf-8",
        "PRIMEHELP_TODAY": "2026-12-02",  # the facts' age: no warning line, at any date
        "PRIMEHELP_CONFIG_DIR": config,  # nothing saved
    }


def terminal_output(picture: Picture) -> str:
    """Everything the terminal received during the run (ANSI codes kept, CRLF as LF)."""
    import pexpect

    with tempfile.TemporaryDirectory() as config:
        child = pexpect.spawn(
            sys.executable,
            ["-m", "primehelp", *picture.args],
            cwd=config,
            env=_environment(config),
            encoding="utf-8",
            dimensions=(ROWS, COLUMNS),
            timeout=HANG_GUARD,
        )
        received = io.StringIO()
        child.logfile_read = received
        for wait_for, answer in picture.dialogue:
            child.expect_exact(wait_for)
            child.expect_exact("> ")  # the prompt: the typed line is echoed after it
            child.sendline(answer)
        child.expect(pexpect.EOF)
        child.close()
        if child.exitstatus != 0:
            raise RuntimeError(f"{picture.title} exited {child.exitstatus}:\n{received.getvalue()}")
    return received.getvalue().replace("\r\n", "\n")


def svg(picture: Picture) -> str:
    """The picture as SVG text."""
    from rich.console import Console
    from rich.text import Text

    console = Console(
        record=True,
        width=COLUMNS,
        file=io.StringIO(),
        force_terminal=True,
        color_system="truecolor",
        legacy_windows=False,
        _environ={},  # not the caller's TERM: Rich draws 80 columns for TERM=dumb
    )
    console.print(Text.from_ansi(terminal_output(picture).rstrip("\n")), soft_wrap=True)
    return wide_characters_fixed(console.export_svg(title=picture.title))


_TEXT = re.compile(r'(<text [^>]*?textLength=")([0-9.]+)("[^>]*>)([^<]*)(</text>)')


def wide_characters_fixed(svg_text: str) -> str:
    """Give each run of text the width it takes on a terminal, wide (Japanese) characters too.

    Rich 15 sets ``textLength`` from the number of characters, not the cells they fill, so a
    browser squeezes Japanese into half its width and the table borders no longer meet
    (Textualize/rich#2742, open). The run's position is already counted in cells.
    """
    from rich.cells import cell_len

    def fixed(match: re.Match[str]) -> str:
        text = html.unescape(match[4])
        cells = cell_len(text)
        if cells == len(text):
            return match[0]
        width = format(float(match[2]) / len(text) * cells, "g")
        return f"{match[1]}{width}{match[3]}{match[4]}{match[5]}"

    return _TEXT.sub(fixed, svg_text)


def path_of(picture: Picture) -> Path:
    return PICTURES_DIR / f"{picture.name}.svg"


def main() -> int:
    PICTURES_DIR.mkdir(parents=True, exist_ok=True)
    for picture in PICTURES:
        path_of(picture).write_text(svg(picture), "utf-8")
        sys.stdout.write(f"wrote {path_of(picture).relative_to(ROOT)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
