"""Review 31a: contact, check-number, sources, fees and complain (items 5–7, 13–17)."""

from __future__ import annotations

from tests.support.clihelp import run

WIDE = {"COLUMNS": "200"}


def _screen(*args: str, lang: str = "ja") -> str:
    result = run(*args, "--lang", lang, env=WIDE)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_sources_names_the_end_now_choice_once() -> None:
    """Item 5: 「すぐに終了するほう」 and 「今すぐ終了するほう」 were one choice with two names."""
    ja = _screen("sources", "refund")
    assert "すぐに終了するほう" not in ja.replace("今すぐ終了するほう", "")
    assert "解約するときに今すぐ終了するほうを選ぶと、会員資格と特典はすぐに終了します。" in ja
    en = _screen("sources", "refund", lang="en")
    assert "to end at once" not in en
    assert "If you choose, when cancelling, to end it now," in en
