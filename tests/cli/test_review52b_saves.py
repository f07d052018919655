"""Review 52b item 14: `trial … --save` on a trial that has ended suggests a `renewal … --save`
command; with a profile saved that command needs --force (it failed: 「…置き換えるには --force
を付けてください」), so the suggestion carries it and says what it replaces."""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path

import pytest

from tests.support.clihelp import WIDE, run

TODAY = ("--today", "2026-12-07")
COMMAND = re.compile(r"`(primehelp renewal [^`]*--save[^`]*)`")


def _suggested(stderr: str) -> list[str]:
    found = COMMAND.findall(stderr)
    assert len(found) == 1, stderr
    words = shlex.split(found[0])
    assert words[0] == "primehelp"
    return words[1:]


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("force", [False, True])
def test_the_suggested_command_works_with_a_profile_saved(lang: str, force: bool) -> None:
    assert run("trial", "2026-11-20", "--student", "--save", *TODAY).exit_code == 0
    done = run(
        "--lang", lang, "trial", "2026-10-01", "--save", *["--force"] * force, *TODAY, env=WIDE
    )
    assert done.exit_code == 2
    command = _suggested(done.stderr)
    assert command[-1] == "--force"
    said = {
        "ja": "`--force` を付けると、保存してある2027年5月20日（Prime Student、",
        "en": ("`--force` replaces the saved 2027-05-20 (Prime Student"),
    }[lang]
    assert said in done.stderr
    assert run(*command, *TODAY).exit_code == 0  # as the member would type it


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_nothing_saved_no_force(lang: str) -> None:
    done = run("--lang", lang, "trial", "2026-10-01", "--save", "--force", *TODAY, env=WIDE)
    assert done.exit_code == 2
    command = _suggested(done.stderr)
    assert "--force" not in command and "--force " not in done.stderr.split("`")[-1]
    assert run(*command, *TODAY).exit_code == 0


def test_an_unreadable_file_is_named_and_replaced_with_force() -> None:
    folder = Path(os.environ["PRIMEHELP_CONFIG_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "profile.json").write_text("{broken", "utf-8")
    done = run("--lang", "ja", "trial", "2026-10-01", "--save", "--force", *TODAY, env=WIDE)
    assert done.exit_code == 2
    command = _suggested(done.stderr)
    assert command[-1] == "--force"
    assert "保存してある更新日のファイルを置き換えます" in done.stderr
    assert run(*command, *TODAY).exit_code == 0


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_renewal_without_a_plan_likewise(lang: str) -> None:
    assert run("trial", "2026-11-20", "--save", *TODAY).exit_code == 0
    done = run("--lang", lang, "renewal", "2026-10-01", "--save", *TODAY, env=WIDE)
    assert done.exit_code == 2
    command = _suggested(done.stderr)
    assert command[-1] == "--force"
    assert run(*command, *TODAY).exit_code == 0
