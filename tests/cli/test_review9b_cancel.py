"""Review 9b, the cancel screens and the walkthrough (g1): transcripts through the real CLI."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

WIDE = {"COLUMNS": "1000"}  # one paragraph per line


def _text(*args: str, lang: str = "ja") -> str:
    result = run(*args, "--lang", lang, env=WIDE)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _cancel(*args: str, lang: str = "ja") -> str:
    return _text("cancel", "--no-interactive", *args, lang=lang)


# ---------------------------------------------------------------- item 13: no same-day deadline


@pytest.mark.parametrize(
    "args",
    [
        ("renewal", "2026-12-05", "--today", "2026-12-05"),
        ("cancel", "--no-interactive", "--renewal", "2026-12-05", "--today", "2026-12-05"),
        ("cancel", "--no-interactive", "--renewal", "2026-12-05", "--today", "2026-12-05",
         "--no-benefits-used"),
    ],
)
def test_13_the_renewal_day_sets_no_same_day_deadline(args: tuple[str, ...]) -> None:
    ja = _text(*args).splitlines()[0]
    assert ja.startswith("今日が更新日（会費の請求日）です。解約する場合は、"), ja
    assert "今日中" not in ja
    en = _text(*args, lang="en").splitlines()[0]
    assert "cancel today" not in en and "cancel and choose" in en, en
