"""Review 17a, S 7: check-message wrote the sender checks 「dkim・spf・dmarc」 on one screen and
「（SPF・DKIM・DMARC）」 on another. One form everywhere: SPF・DKIM・DMARC, upper case, that order."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.support.clihelp import run
from tests.support.message_corpus import eml

MESSAGES = Path(__file__).parent / "messages"
LOWER = re.compile(r"\b(spf|dkim|dmarc)\b")  # the header's case: never on a screen
ORDER = ("SPF", "DKIM", "DMARC")


def _screen(path: str, lang: str, *more: str) -> str:
    result = run("check-message", path, "--lang", lang, *more, env={"COLUMNS": "200"})
    assert result.exit_code in (0, 1), result.stderr  # 1: red flags found
    return result.stdout


def _in_order(text: str) -> bool:
    at = [text.find(name) for name in ORDER if name in text]
    return at == sorted(at)


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("mail", sorted(p.name for p in MESSAGES.glob("*.eml")))
def test_every_mail_screen_names_the_checks_in_one_form(lang: str, mail: str) -> None:
    out = _screen(str(MESSAGES / mail), lang)
    assert not LOWER.search(out), LOWER.findall(out)
    for line in out.splitlines():
        assert _in_order(line), line


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_header_in_another_order_is_shown_spf_dkim_dmarc(lang: str, tmp_path: Path) -> None:
    mail = tmp_path / "m.eml"
    auth = (
        "mx.example.jp; dmarc=fail header.from=amazon.co.jp; dkim=none; spf=fail smtp.mailfrom=x.cn"
    )
    mail.write_bytes(eml(subject="s", sender="Amazon <a@amazon.co.jp>", body="ok", auth=auth))
    out = _screen(str(mail), lang)
    failed = {"ja": "SPF=fail、DMARC=fail", "en": "SPF=fail, DMARC=fail"}[lang]
    assert failed in out
    read = {"ja": "SPF=fail（認証に失敗）", "en": "SPF=fail (failed)"}[lang]
    lines = out.splitlines()
    at = next(i for i, line in enumerate(lines) if read in line)
    assert [line.strip().split("=")[0] for line in lines[at + 1 : at + 3]] == ["DKIM", "DMARC"]
    # --json keeps the header's words (schema_version 1 unchanged)
    data = json.loads(run("check-message", str(mail), "--json").stdout)
    assert [c["method"] for c in data["data"]["authentication"]] == ["dmarc", "dkim", "spf"]
