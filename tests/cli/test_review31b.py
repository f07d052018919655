"""Review 31b (a Japanese reader): renewal, trial, cancel, due, remind and the .ics files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from primehelp.remind import SERVICE
from tests.support.remind_env import remind_lines, systemd_machine

_KATAKANA = "ァ-ヺー"


def _katakana_split(lines: list[str]) -> list[tuple[str, str]]:
    """Each pair of lines where a katakana word runs on from one to the next."""
    return [
        (a, b)
        for a, b in zip(lines, lines[1:], strict=False)
        if re.search(f"[{_KATAKANA}]$", a) and re.match(f"[{_KATAKANA}]", b)
    ]


# ---------------------------------------------------------------- item 1: 「変更されたファ│イル」


@pytest.fixture
def edited(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """systemd running, the timer installed, then its .service edited by hand."""
    here = systemd_machine(tmp_path, monkeypatch)
    remind_lines(here, "install", "--scheduler", "systemd")
    service = here / "xdg" / "systemd" / "user" / SERVICE
    service.write_text(service.read_text() + "# edited\n")
    return here


@pytest.mark.parametrize("columns", [40, 60, 80])
def test_1_uninstall_keeps_the_edited_file_and_no_word_is_split(
    edited: Path, columns: int
) -> None:
    lines = remind_lines(edited, "uninstall", columns=columns)
    hint = [at for at, line in enumerate(lines) if "--force" in line]
    assert hint, lines
    text = "".join(lines[hint[0] - 2 : hint[0] + 1])
    assert "そのままにしたファイルがあります。" in text, lines
    assert not _katakana_split(lines), lines
    assert "そのままにしたファイルがあります。" in "\n".join(lines), lines  # never 「そ│のまま」
