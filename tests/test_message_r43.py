"""Review 37a, round 43: check-message items 9, 10, 16, 18, 2, 3 and S 1, 2, 3, 8, 9."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.clihelp import WIDE, run


def _json(text: str, lang: str = "ja") -> dict[str, Any]:
    data: dict[str, Any] = run("--lang", lang, "check-message", "--json", "--text", text).json()
    return data["data"]


def _flags(text: str, lang: str = "ja") -> list[dict[str, str]]:
    flags: list[dict[str, str]] = _json(text, lang)["red_flags"]
    return flags


def _screen(text: str, lang: str = "ja") -> str:
    return run("--lang", lang, "check-message", "--text", text, env=WIDE).stdout


def _flat(screen: str) -> str:
    return " ".join(line.strip() for line in screen.splitlines())


# ------------------------------------------------------------ item 9: the prefix, the host


@pytest.mark.parametrize(
    ("host", "start"),
    [
        ("www.amazon.co.jp.com", "www.amazon.co.jp"),
        ("login-amazon.co.jp.web.app", "login-amazon.co.jp"),
        ("secure.amazon.co.jp.jp.net", "secure.amazon.co.jp"),
        ("www.amazon.co.jp-signin.xyz", "www.amazon.co.jp"),
        ("amazon.co.jp.secure-login.info", "amazon.co.jp"),
        ("amazon.co.jp-signin.xyz", "amazon.co.jp"),
    ],
)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_9_a_look_alike_names_the_prefix_the_member_reads(host: str, start: str, lang: str) -> None:
    flags = [
        f for f in _flags(f"Amazon https://{host}/login", lang) if f["kind"] == "lookalike_domain"
    ]
    assert flags, host
    said = "名前は{}で始ま" if lang == "ja" else "with {},"
    assert said.format(start) in flags[0]["detail"], flags[0]["detail"]
    # never a prefix cut inside the Amazon domain the member reads (「www.amazon.co」)
    assert said.format(start.removesuffix(".jp")) not in flags[0]["detail"]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_9_a_hosted_link_is_named_by_its_whole_host(lang: str) -> None:
    screen = _flat(_screen("Amazonです https://amazon.co.jp.s3.amazonaws.com/login.html", lang))
    label = "ドメイン：" if lang == "ja" else "Domain: "
    assert f"{label}amazon.co.jp.s3.amazonaws.com" in screen
    link = "リンク：" if lang == "ja" else "Link: "
    assert f"{link}amazon.co.jp.s3.amazonaws.com" in screen
    assert " jp.s3.amazonaws.com" not in screen and "：jp.s3" not in screen
