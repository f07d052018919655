"""Review 53b item 13: on the day a trial renews as paid, the benefits answer matters (a fee may
be charged, and its refund depends on it): never 「…の指定は、この案内には影響しません」 there."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

DAY = ("--renewal", "2026-12-07", "--today", "2026-12-07")


def _flat(lang: str, *args: str) -> str:
    done = run(
        "cancel", "--no-interactive", "--trial", *args, "--lang", lang, env={"COLUMNS": "1000"}
    )
    assert done.exit_code == 0, done.stderr
    return " ".join(done.stdout.split())


@pytest.mark.parametrize("flag", ["--benefits-used", "--no-benefits-used"])
@pytest.mark.parametrize("student", [(), ("--student",)])
def test_on_the_renewal_day_the_answer_is_said_to_count(
    flag: str, student: tuple[str, ...]
) -> None:
    ja = _flat("ja", flag, *student, *DAY)
    assert "この案内には影響しません" not in ja, ja
    said = "請求されている場合の返金は、特典を使ったかどうかで変わります（下の「今すぐ終了する場合」）。"
    assert said in ja and "今すぐ終了する場合" in ja.split(said)[1], ja
    en = _flat("en", flag, *student, *DAY)
    assert "does not change this guidance" not in en
    # no promise for a fee not charged yet (review 62b item 1)
    said_en = "If the fee has been charged, the refund depends on whether you have used any benefit"
    assert said_en + " (see “If it ends now” below)" in en
    assert "If it ends now" in en.split("(see “If it ends now” below).")[1]


def test_before_the_renewal_day_the_answer_still_changes_nothing() -> None:
    ja = _flat("ja", "--benefits-used", "--renewal", "2026-12-20", "--today", "2026-12-07")
    assert "（--benefits-used の指定は、この案内には影響しません）。" in ja
