"""Review 12b (a Japanese reader on af54a0b): trial and cancel texts, items 3, 4, 6, 7, 8 and 14."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

TODAY = ("--today", "2026-11-25")


def _out(*args: str, lang: str = "ja") -> str:
    result = run(*args, *TODAY, "--lang", lang, env={"COLUMNS": "1000"})
    assert result.exit_code == 0, result.stderr
    return result.stdout


# ---------------------------------------------------------------- item 3: the trial's renewal day

RENEWAL_DAY = [
    ("trial", "2026-10-26"),
    ("trial", "2026-05-25", "--student"),
    ("cancel", "--no-interactive", "--trial", "--renewal", "2026-11-25"),
]


@pytest.mark.parametrize("args", RENEWAL_DAY)
def test_3_the_refund_rules_on_the_trials_renewal_day_have_their_lead_in(
    args: tuple[str, ...],
) -> None:
    for lang, lead_in, rule in (
        (
            "ja",
            "今すぐ終了すると、特典はすぐに使えなくなります。その場合の返金は次のとおりです。",
            "・",
        ),
        ("en", "Ending now stops the benefits at once; what is refunded then is as follows.", "・"),
    ):
        lines = _out(*args, lang=lang).split("\n")
        first_rule = next(i for i, line in enumerate(lines) if line.startswith(rule))
        assert lines[first_rule - 1].endswith(lead_in), lines[: first_rule + 1]
        assert lines[first_rule - 1].startswith(("次の更新日に終了すると", "Ending on the next"))


# ---------------------------------------------------------------- item 4: the carrier path


@pytest.mark.parametrize("trial", ["--trial", "--paid"])
def test_4_the_carrier_path_asks_for_no_screenshot_of_a_screen_it_never_shows(trial: str) -> None:
    for lang, screenshot in (("ja", "スクリーンショット"), ("en", "screenshot")):
        carrier = _out("cancel", "--no-interactive", "--via", "carrier", trial, lang=lang)
        assert screenshot not in carrier
        web = _out("cancel", "--no-interactive", "--via", "web", trial, lang=lang)
        assert web.count(screenshot) == 1  # Amazon's last screen: still kept there
