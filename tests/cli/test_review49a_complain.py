"""Review 49a (round 60), complain: item 17 (a renewal before the current period kept in the
letter, the warning beside it), 18 (what follows from 「現在の期間の会費ではありません」) and
S 23 (the --copy failure: the useful sentence first, the technical detail last)."""

from __future__ import annotations

import re

import pytest

from primehelp import clipboard
from primehelp.clipboard import CopyOutcome
from primehelp.i18n import Text
from tests.support.clihelp import WIDE, run

ENV = {"PRIMEHELP_TODAY": "2026-12-06", **WIDE}
NOVEMBER = (
    "complain",
    "renewal",
    "--amount",
    "600",
    "--plan",
    "monthly",
    "--renewal",
    "2026-11-01",
)


# ---------------------------------------------------------------- 17: what was typed is kept


@pytest.mark.parametrize("benefits", ["--benefits-used", "--no-benefits-used", None])
def test_17_the_letter_keeps_the_date_and_amount_typed(benefits: str | None) -> None:
    more = (benefits,) if benefits else ()
    done = run(*NOVEMBER, *more, "--lang", "ja", env=ENV)
    assert done.exit_code == 0, done.stderr
    head, letter = re.split("─+", done.stdout)[:2]
    assert "・更新日：2026年11月1日" in letter and "・請求金額：600円" in letter
    assert "［" not in letter
    # the warning beside the letter, not on stderr above the whole screen
    assert done.stderr == ""
    assert head.rstrip().endswith(
        "そのため、2026年11月1日の請求は現在の期間の会費ではありません。"
        "問い合わせ文には、入力した内容をそのまま記載しています。"
    ), head
    assert "書き換えてください" not in done.stdout


def test_17_in_english_too_and_in_json() -> None:
    done = run(*NOVEMBER, "--lang", "en", env=ENV)
    head, letter = re.split("─+", done.stdout)[:2]
    assert "- Renewal date: 2026-11-01" in letter and "- Amount charged: ¥600" in letter
    assert head.rstrip().endswith(
        "so the 2026-11-01 charge is not the current period's fee; the message keeps what you "
        "entered."
    ), head
    assert head.splitlines()[-1][:1].isupper() or "On the" in head
    data = run(*NOVEMBER, "--json", env=ENV).json()["data"]
    assert data["renewal"] == "2026-11-01" and data["amount_yen"] == 600
    assert "renewal_date" not in data["placeholders"] and "amount" not in data["placeholders"]
    assert any("入力した内容をそのまま" in warning for warning in data["warnings"]), data


# ---------------------------------------------------------------- 18: what follows from it


@pytest.mark.parametrize("benefits", ["--benefits-used", "--no-benefits-used"])
def test_18_the_note_says_what_follows_for_the_refund(benefits: str) -> None:
    ja = run(*NOVEMBER, benefits, "--lang", "ja", env=ENV).stdout
    assert (
        "・入力した更新日（2026年11月1日）の請求は、現在の期間の会費ではありません。"
        "自分で解約して今すぐ終了するときに返金の対象になるのは、現在の期間の会費です。"
        "この請求の返金は、上の問い合わせ文で相談してください。\n" in ja  # review 59a item 5
    ), ja
    en = run(*NOVEMBER, benefits, "--lang", "en", env=ENV).stdout
    assert (
        "Cancelling and ending the membership now yourself can refund the current period's fee; "
        "ask about a refund of this charge in the message above." in en
    )


# ---------------------------------------------------------------- S 23: the detail last


def test_s23_the_copy_failure_says_what_to_do_first(monkeypatch: pytest.MonkeyPatch) -> None:
    failed = CopyOutcome(
        copied=False,
        tool="xsel",
        problem=Text("xsel でのコピーに失敗しました", "xsel: exit status 1"),
    )
    monkeypatch.setattr(clipboard, "copy", lambda _text: failed)
    ja = run("complain", "other", "--copy", "--lang", "ja", env=ENV).stderr
    assert ja == (
        "primehelp: 警告: 問い合わせ文をクリップボードにコピーできませんでした。上に表示した"
        "問い合わせ文を選択してコピーしてください。\n"  # no helper program (review 59a S 17)
    )
    en = run("complain", "other", "--copy", "--lang", "en", env=ENV).stderr
    assert en == (
        "primehelp: warning: could not copy the message to the clipboard; select the message "
        "above and copy it yourself (xsel: exit status 1).\n"
    )
