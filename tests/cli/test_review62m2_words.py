"""Review 62m (share m62z), R-minor 7–11 and 14: the wording and breaks of check-message's
evidence."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import joined, lang_run

_PHISH = (
    "From: Amazon <no-reply@amazon-co-jp.support-prime.top>\n"
    "To: member@example.jp\n"
    "Subject: =?UTF-8?B?44GK5pSv5omV44GE?=\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=UTF-8\n"
    "\n"
    "Please check.\n"
)


def _mail(tmp_path: Path, text: str, name: str = "m.eml") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


# ---------------------------------------------------------------- R-minor 10


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "ja",
            "アドレスのドメイン名は amazon-co-jp で始まりますが、実際のドメインは support-prime.top です。",
        ),
        (
            "en",
            "The address's domain name begins with amazon-co-jp, but the real domain is "
            "support-prime.top.",
        ),
    ],
)
def test_10_a_sender_start_says_it_is_the_addresss_domain(
    tmp_path: Path, lang: str, said: str
) -> None:
    screen = lang_run("check-message", _mail(tmp_path, _PHISH), lang=lang).stdout
    assert said in joined(screen, lang)
    assert ("名前は amazon-co-jp" if lang == "ja" else "The name begins") not in joined(
        screen, lang
    )


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "ja",
            "このアドレスは amazon.co.jp で始まりますが、実際のドメインは secure-login.info です。",
        ),
        ("en", "This address begins with amazon.co.jp, but the real domain is secure-login.info."),
    ],
)
def test_10_a_link_start_says_this_address(lang: str, said: str) -> None:
    text = "Amazonです https://amazon.co.jp.secure-login.info/ap/signin"
    screen = lang_run("check-message", "--text", text, lang=lang).stdout
    assert said in joined(screen, lang)
