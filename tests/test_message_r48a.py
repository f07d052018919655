"""Review 48a, R-major items: what a browser does with a pasted or saved message."""

from __future__ import annotations

from pathlib import Path

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


@pytest.mark.parametrize(
    ("content", "host"),
    [
        ("0;https://evil-nourl.top/", "evil-nourl.top"),
        ("0 https://evil-space.top/", "evil-space.top"),
        ("0,https://evil-comma.top/", "evil-comma.top"),
        ("0; 'https://evil-quote.top/'", "evil-quote.top"),
        ("3 ; url = https://evil-url.top/", "evil-url.top"),
    ],
)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_refresh_without_url_keyword_is_read_as_browsers_do(
    tmp_path: Path, content: str, host: str, lang: str
) -> None:
    """Item 3: 「url=」 is optional in a refresh; the page leaves for the address anyway."""
    page = tmp_path / "mr.html"
    quote = '"' if "'" in content else "'"
    page.write_text(
        f"<html><head><meta http-equiv=refresh content={quote}{content}{quote}></head>"
        "<body><p>Amazonプライム会員資格の更新のお知らせ</p></body></html>",
        encoding="utf-8",
    )
    out = run("check-message", str(page), "--lang", lang, env=WIDE)
    assert out.exit_code == 1
    assert host in out.stdout
    assert (
        "リンク、メールアドレス、電話番号はありませんでした" if lang == "ja" else "No links"
    ) not in out.stdout
