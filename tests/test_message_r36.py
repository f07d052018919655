"""Fix round 36, check-message and nearby screens (review 32a)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import run

MESSAGES = Path(__file__).parent / "cli" / "messages"
WIDE = {"COLUMNS": "1000"}


# ---------------------------------------------------------------- item 1


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    "text", ["A m a z o n お客様", "Amazoneカスタマーセンターです", "Amαzonより"]
)
def test_a_look_alike_name_names_only_its_own_trick(text: str, lang: str) -> None:
    """32a item 1: one sentence naming the trick found, not every trick as if each were used."""
    out = run("check-message", "--text", text, "--lang", lang, env=WIDE).stdout
    general = "文字を足したり変えたり" if lang == "ja" else "a letter added or changed"
    assert general not in out
    assert ("似せた名前です。" if lang == "ja" else "imitates Amazon with") in out


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_look_alike_sender_says_its_trick_then_the_address(lang: str) -> None:
    mail = MESSAGES / "scam-lookalike-sender.eml"
    out = run("check-message", str(mail), "--lang", lang, env=WIDE).stdout
    said = {
        "ja": "「Amazone」は、Amazonに文字を足して似せた名前です。メールアドレスも、Amazonの",
        "en": "“Amazone” imitates Amazon with a letter added. Nor is the address",
    }[lang]
    assert said in out
    assert ("空白を挟んだり" if lang == "ja" else "with spaces, look-alike") not in out
