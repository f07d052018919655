"""Review 29a (Japanese screens, share a): check-message and sources (helper msg33)."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

PAYMENT = "プライム会費のお支払いができませんでした。お支払い方法をご確認ください。"


def _out(*args: str, lang: str = "ja", columns: str = "200", code: int | None = None) -> str:
    result = run(*args, "--lang", lang, env={"COLUMNS": columns, "TERM": "dumb"})
    if code is not None:
        assert result.exit_code == code, result.stderr
    return result.stdout


# ---------------------------------------------------------------- 4: fake notices are common


@pytest.mark.parametrize("command", [("check-message", "--text", PAYMENT), ("sources",)])
def test_4_a_payment_failure_notice_is_not_called_a_scam_as_a_rule(command: tuple[str, ...]) -> None:
    """FACTS §7/§11: fake 「支払いができなかった」 notices are common; a real one is no scam."""
    ja = "".join(line.strip() for line in _out(*command).splitlines())  # lines wrap
    en = " ".join(_out(*command, lang="en").split())
    assert "知らせるのは" not in ja and "詐欺の文面です" not in ja
    assert "知らせる偽のメールやSMSが、2025〜26年によく報告されています。" in ja
    assert "is a scam wording" not in en
    assert "Fake mails and SMS saying that a Prime fee payment failed" in en
    # where to check stays (account opened from the app or a bookmark)
    assert "Amazonのアプリやブックマークから開いたアカウントサービスで確認してください" in ja
    assert "opened from the Amazon app or a bookmark" in en
