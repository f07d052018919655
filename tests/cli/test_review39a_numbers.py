"""Review 39a items 4, 13, 16 and 19: numbers starting with 00, 0180, the sources topic of
subscriptions, and check-number's help at 40 columns."""

from __future__ import annotations

import pytest

from tests.support.clihelp import WIDE, run

CARRIER_TOLL_FREE = [
    "0066-33-123456",
    "0088-22-1234",
    "0037-123-456",
    "００６６－３３－１２３４５６",
]


@pytest.mark.parametrize("number", CARRIER_TOLL_FREE)
def test_a_carriers_toll_free_number_is_checked_not_refused(number: str) -> None:
    done = run("check-number", number, "--lang", "ja", env=WIDE)
    assert done.exit_code == 1, done.stderr
    assert "00 で始まりません" not in done.stdout + done.stderr
    assert "（通話料無料の番号）" in done.stdout
    assert "Amazonが公開している番号ではありません" in done.stdout


@pytest.mark.parametrize("number", CARRIER_TOLL_FREE[:2])
def test_a_message_giving_a_carriers_toll_free_number_is_not_said_to_have_none(
    number: str,
) -> None:
    text = f"Amazonカスタマーセンター {number} までお電話ください。"
    done = run("check-message", "--text", text, "--lang", "ja", env=WIDE)
    assert done.exit_code == 1
    assert "電話番号はありませんでした" not in done.stdout


def test_a_number_starting_with_00_not_in_the_plan_is_refused_without_a_false_rule() -> None:
    done = run("check-number", "00-1234-5678", "--lang", "ja")
    assert done.exit_code == 2
    assert "00 で始まりません" not in done.stderr
    assert "0066などの通話料無料の番号だけです" in done.stderr


def test_0180_is_not_called_a_landline() -> None:
    done = run("check-number", "0180-123-456", "--lang", "ja", env=WIDE)
    assert "固定電話" not in done.stdout
    assert done.stdout.count("0180-123-456") >= 1


def test_the_subscriptions_topic_is_named_as_such_and_offered() -> None:
    done = run("sources", "subscriptions", "--lang", "ja")
    assert done.stdout.splitlines()[0].startswith("「請求・定額サービス」")
    refused = run("sources", "xyz", "--lang", "ja")
    assert "請求・定額サービス" in refused.stderr


def test_check_number_help_keeps_the_exit_code_with_its_label_at_40_columns() -> None:
    done = run("check-number", "--help", "--lang", "ja", env={"COLUMNS": "40"})
    lines = [line.strip() for line in done.stdout.splitlines()]
    assert not any(line.startswith("0）") for line in lines), done.stdout
    assert "終了コード0" in "".join(lines)
