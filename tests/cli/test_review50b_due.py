"""Review 50b items 11 and 15: `due` after a renewal (nothing to act on, then a refund note) and
after a saved trial's date (its end, said in a sentence)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import run

QUIET = {
    # 52b item 26, 53b item 4; 56b items 3 and 4: 「すぐに」 before a refund note, and
    # 「次の更新日は…、解約の目安日は…です。」
    "ja": "今日、期限の近い手続きはありません。解約していなければ、"
    "次の更新日（計算による目安）は2027年2月20日、解約の目安日は2027年2月19日です。"
    "`primehelp due` が知らせるのは2027年2月17日からです（毎日自動で確認するには `primehelp remind install`）。なお、2027年1月20日に更新されていて、",
    "en": "Nothing is due yet: unless you cancelled, Amazon Prime next renews on",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_item11_after_a_renewal_nothing_to_act_on_then_the_refund(
    tmp_path: Path, lang: str
) -> None:
    env = {"PRIMEHELP_CONFIG_DIR": str(tmp_path), "COLUMNS": "1000"}
    saved = run(
        "renewal", "2026-12-20", "--plan", "monthly", "--save", "--today", "2026-12-06", env=env
    )
    assert saved.exit_code == 0, saved.stderr
    done = run("--lang", lang, "due", "--verbose", "--today", "2027-01-25", env=env)
    assert done.exit_code == 0, done.stderr
    assert done.stdout.startswith(QUIET[lang]), done.stdout
    assert "お知らせすることはありません" not in done.stdout, done.stdout


ENDED = (
    "要確認: 保存した日付によると、Amazonプライムの無料体験は2026年12月25日（計算による目安）に終わり、"
    "解約していなければ、有料会員に自動で更新されて会費が請求されているはずです。"  # 56b 2, 63b 7
)


def test_item15_an_ended_saved_trial_is_said_in_a_sentence(tmp_path: Path) -> None:
    env = {"PRIMEHELP_CONFIG_DIR": str(tmp_path), "COLUMNS": "1000"}
    saved = run("trial", "2026-11-25", "--save", "--today", "2026-12-06", env=env)
    assert saved.exit_code == 0, saved.stderr
    done = run("--lang", "ja", "due", "--verbose", "--today", "2026-12-26", env=env)
    assert done.exit_code == 2, done.stderr
    assert ENDED in " ".join(done.stderr.split()).replace("。 ", "。").replace("、 ", "、"), (
        done.stderr
    )
    assert "によると終わっています" not in done.stderr, done.stderr
