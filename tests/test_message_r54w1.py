"""Review 53a item 26 (round 54): every link under 「読み取った内容」 points back to its sign,
as the hosting-service line and the phone lines already did."""

from __future__ import annotations

import pytest

from tests.support.clihelp import WIDE, run

TEXT = "アカウント確認 https://s3.amazonaws.com/amazon-jp/login.html bit.ly/3xYz https://www.amazon.co.jp/"


@pytest.mark.parametrize(
    ("lang", "short", "amazon"),
    [
        (
            "ja",
            "・リンク：bit.ly（Amazon以外のドメイン。兆候2）",
            "amazon.co.jp（Amazonのドメインですが",
        ),
        (
            "en",
            "- Link: bit.ly (not Amazon's domain; see red flag 2)",
            "amazon.co.jp (Amazon's domain",
        ),
    ],
)
def test_item26_each_link_line_names_its_sign(lang: str, short: str, amazon: str) -> None:
    out = run("--lang", lang, "check-message", "--text", TEXT, env=WIDE).stdout
    assert short in out.splitlines()
    hosting = "兆候1）" if lang == "ja" else "see red flag 1)"
    assert any(
        line.startswith(("・リンク：s3", "- Link: s3")) and hosting in line
        for line in out.splitlines()
    )
    amazon_line = next(line for line in out.splitlines() if amazon in line)
    assert "兆候" not in amazon_line and "red flag" not in amazon_line  # no sign: none named
