"""Review 39a S 31 (check-message --help names the .html a mail saved as a web page is) and S 37
(`profile --clear` on a folder said only that it would not delete it: now the next step too)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import WIDE, run


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_check_message_help_names_a_saved_web_page(lang: str) -> None:
    result = run("check-message", "--help", env={"PRIMEHELP_LANG": lang, **WIDE})
    assert result.exit_code == 0
    said = (
        "ウェブページとして保存したメール（.html、.mhtml）"  # .mhtml: review 47a, item 7
        if lang == "ja"
        else "saved as a web page (.html, .mhtml)"
    )
    # Japanese lines joined without a space (the placeholder 「ファイル」 moved the breaks, 49a item 1)
    joined = " ".join(result.stdout.split()).replace("） ", "）")
    if lang == "ja":
        joined = "".join(line.strip() for line in result.stdout.splitlines())
    assert said in joined


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_profile_clear_on_a_folder_says_what_to_do(tmp_path: Path, lang: str) -> None:
    folder = tmp_path / "profile.json"
    folder.mkdir(parents=True)
    result = run("profile", "--clear", "--lang", lang, env={"PRIMEHELP_CONFIG_DIR": str(tmp_path)})
    assert result.exit_code == 2
    said = "移動または削除してください" if lang == "ja" else "move or delete the directory"
    assert said in result.stderr, result.stderr
    assert folder.is_dir()
