"""Fix round 16 (review15a): check-message, check-number, contact, profile, complain."""

from __future__ import annotations

import pytest

from tests.support.clihelp import Run, run

WIDE = {"COLUMNS": "300"}  # long lines stay whole, so the tests can look for sentences


def _check(*args: str, stdin: str | None = None, columns: int = 300) -> Run:
    return run("check-message", *args, stdin=stdin, env={"COLUMNS": str(columns)})


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_5_a_link_on_a_hosting_service_is_not_called_a_domain_that_is_not_amazons(
    lang: str,
) -> None:
    # amazonaws.com is Amazon's (AWS) domain: FACTS §11 says only "not Amazon's site"
    text = "Amazon: 至急 http://abc.s3.amazonaws.com/x でログイン http://evil.info/z\n"
    result = _check("-", "--lang", lang, stdin=text)
    out = result.stdout
    hosting, other = {
        "ja": (
            "ホスティングサービスのドメインです。Amazonのサイトではありません",
            "Amazonのドメインではありません",
        ),
        "en": ("a hosting service anyone can rent, not Amazon's site", "not Amazon's domain"),
    }[lang]
    link_lines = [
        line
        for line in out.splitlines()
        if "amazonaws.com" in line and ("（" in line or " (" in line)
    ]
    assert link_lines and all(other not in line for line in link_lines)
    assert any(hosting in line for line in link_lines)
    evil = [line for line in out.splitlines() if "evil.info" in line and other in line]
    assert evil  # a domain that really is not Amazon's keeps the plain words
