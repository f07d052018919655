"""Review 48a, R-major items: what a browser does with a pasted or saved message."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

WIDE = {"COLUMNS": "1000"}


def _flat(out: str, lang: str) -> str:
    return "".join(out.split()) if lang == "ja" else " ".join(out.split())


@pytest.mark.parametrize(
    ("lang", "said", "wrong"),
    [
        (
            "ja",
            "「\\」はブラウザーでは「/」として扱われるため、実際の行き先は evil.top です。"
            "「@」の後ろの www.amazon.co.jp は行き先ではありません。",
            "実際の行き先は「@」の後ろの",
        ),
        (
            "en",
            "A browser reads “\\” as “/”, so the link goes to evil.top; the www.amazon.co.jp after the “@” is not where it goes.",
            "the real destination is www.amazon.co.jp",
        ),
    ],
)
def test_a_backslash_before_the_at_sign_names_the_real_host(
    lang: str, said: str, wrong: str
) -> None:
    """Item 4: browsers read 「\\」 as 「/」, so evil.top is the host, not www.amazon.co.jp."""
    out = run(
        "check-message",
        "--text",
        "Amazon: お支払い確認 https://evil.top\\@www.amazon.co.jp/x",
        "--lang",
        lang,
        env=WIDE,
    )
    flat = _flat(out.stdout, lang)
    assert _flat(said, lang) in flat
    assert _flat(wrong, lang) not in flat
