"""Fix round 39, top-level errors and other screens of review 34a."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run


@pytest.mark.parametrize(
    ("args", "lang", "said"),
    [
        (("--lang", "ja", "--foo"), "ja", "「--foo」というオプションはありません。コマンドを指定してください"),
        (("--json", "--foo"), "ja", "「--foo」というオプションはありません。"),
        (("--lang", "en", "--foo"), "en", "unknown option '--foo'; give a command"),
    ],
)
def test_item7_an_unknown_option_beside_lang_is_named(
    args: tuple[str, ...], lang: str, said: str
) -> None:
    done = run(*args, env={"PRIMEHELP_LANG": lang, "COLUMNS": "1000"})
    assert done.exit_code == 2
    assert said in (done.stderr + done.stdout)
    assert "Traceback" not in done.stderr


def test_item7_lang_alone_still_asks_for_a_command() -> None:
    done = run("--lang", "ja", env={"PRIMEHELP_LANG": "ja", "COLUMNS": "1000"})
    assert done.exit_code == 2
    assert "--lang と一緒にコマンドを指定してください" in done.stderr
