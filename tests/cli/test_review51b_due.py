"""Review 51b: due's help, screens and errors (items 8, 17, 20, 21)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import run, saved_profile

EXIT_NOTE = {
    "ja": "（終了コード：対応不要なら0、必要なら1、保存した更新日がないか使えないときは2）",
    "en": "(exit 0: nothing due; 1: something due; 2: no usable date saved)",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_8_the_help_s_exit_2_covers_a_saved_date_that_cannot_be_used(
    lang: str, tmp_path: Path
) -> None:
    """Item 8: the help promised 2 only when nothing was saved; a saved date that has passed
    with no plan also exits 2."""
    shown = run("--lang", lang, "due", "--help", env={"COLUMNS": "200"}).stdout
    joined = ("" if lang == "ja" else " ").join(shown.split())
    assert EXIT_NOTE[lang].replace(" " * (lang == "ja"), "") in joined
    env = saved_profile(tmp_path, "2026-12-10", None, False)
    assert run("due", "--today", "2026-12-11", "--lang", lang, env=env).exit_code == 2
