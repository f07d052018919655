"""Review 49b item 10: `cancel --paid` over a saved trial said 「…をもとにすると、自動更新を止める
には、…までに解約してください」 (a computed result, then a request that seemed to depend on it):
now the cancel-by date as the result, then what to check."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run
from tests.support.profiles import TRIAL

_ARGS = ("cancel", "--no-interactive", "--paid", "--lang")
_JA = {
    "2026-12-20": "保存した無料体験の自動更新日（2026年12月31日）から計算すると、解約の目安日は"
    "2026年12月30日（あと10日）です。有料会員の更新日はこの日付と違うことがあるため、"
    "「Amazonプライム会員情報」のページで確認してください（手順は以下のとおりです）。",
    "2026-12-30": "保存した無料体験の自動更新日（2026年12月31日）から計算すると、解約の目安日は"
    "今日です。有料会員の更新日はこの日付と違うことがあるため、"
    "「Amazonプライム会員情報」のページで確認してください（手順は以下のとおりです）。",
}
_EN = {
    "2026-12-20": "Going by the saved free-trial renewal date (2026-12-31), the cancel-by date is "
    "2026-12-30 (in 10 days). A paid membership's renewal date may differ from it: check it on "
    "the Prime membership page: the steps follow.",
    "2026-12-30": "Going by the saved free-trial renewal date (2026-12-31), the cancel-by date is "
    "today. A paid membership's renewal date may differ from it: check it on the Prime "
    "membership page: the steps follow.",
}


@pytest.mark.parametrize("today", sorted(_JA))
def test_10_the_cancel_by_date_is_a_result_then_what_to_check(today: str) -> None:
    env = {**TRIAL, "COLUMNS": "1000"}
    ja = run(*_ARGS, "ja", "--today", today, env=env)
    assert ja.exit_code == 0, ja.stderr
    assert _JA[today] in ja.stdout.splitlines(), ja.stdout
    assert "をもとにすると" not in ja.stdout
    en = run(*_ARGS, "en", "--today", today, env=env)
    assert _EN[today] in en.stdout.splitlines(), en.stdout
