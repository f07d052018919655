"""Review 52b items 15 and 16 (the cancel steps): the retention screens said to repeat before
「そのたびに」, and the Prime Video channels note ends with what to do, not with a doubt."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run


def _flat(lang: str, *args: str) -> str:
    done = run(
        "cancel",
        "--no-interactive",
        *args,
        "--today",
        "2026-12-07",
        "--lang",
        lang,
        env={"COLUMNS": "1000"},
    )
    assert done.exit_code == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("via", ["web", "app"])
def test_15_the_retention_screens_repeat_before_each_time(via: str) -> None:
    text = _flat("ja", "--via", via)
    said = "会員を続けるよう勧める画面（引き止めの画面）が、何度か続けて表示されることがあります。表示されるたびに、「特典と会員資格を終了」"
    assert said in text, text
    assert "表示されます。そのたびに" not in text and "その│たびに" not in text
    assert "（この画面は何度か続くことがあります）" not in text


def test_16_channels_note_says_what_to_check_after_cancelling() -> None:
    ja = _flat("ja")
    assert "止まるとされています（料金が続いたという報告も1件あります）。" not in ja
    said = (
        "止まるとされています。ただし、料金が続いたという報告も1件あるため、解約後に"
        "「Prime Videoチャンネルの管理」とカードの明細で、チャンネルが止まっているか確認してください。"
    )
    assert said in ja, ja
    en = _flat("en")
    assert (
        "check in 「Prime Videoチャンネルの管理」 (manage Prime Video channels) and on your card"
        in en
    ), en
