"""Review 18a (charge, charge --statement): what a DIGITAL text with an odd amount is, a service
the text names, and the wording of the statement rows, refunds and errors."""

from __future__ import annotations

from pathlib import Path

from tests.support.clihelp import run, screen

STATEMENTS = Path(__file__).parents[1] / "fixtures" / "statements"
SMBC = str(STATEMENTS / "smbc-vpass-shift_jis.csv")


def _kinds(*args: str) -> list[str]:
    done = run("charge", *args, "--json")
    assert done.exit_code == 0, done.stderr
    return [c["kind"] for c in done.json()["data"]["candidates"]]


def test_a_digital_text_with_no_fixed_price_is_a_digital_purchase_first() -> None:
    """Item 1 (R-minor): 1,394 yen with 「AMZN DIGITAL」 ranked Prime Videoチャンネル first."""
    kinds = _kinds("1394", "AMZN DIGITAL")
    assert kinds.index("digital_purchase") < kinds.index("prime_video_channel")
    # a fixed price still ranks by the amount: 980 is Kindle Unlimited's
    assert _kinds("980", "AMZN DIGITAL")[0] == "kindle_unlimited"


def test_a_digital_purchase_is_not_said_to_miss_a_fixed_price() -> None:
    """Item 1: a purchase has no fixed price: never 「決まった料金とは一致しません」 under it."""
    for lang, said, wrong in (
        (
            "ja",
            "明細の表記と合います（決まった料金のないお買い物です）。",
            "決まった料金とは一致しません",
        ),
        (
            "en",
            "Fits this statement text (a purchase, with no fixed price).",
            "no fixed price matches",
        ),
    ):
        out = screen("charge", "1394", "AMZN DIGITAL", lang=lang)
        first = out.split("\n2. ")[0].split("\n1. ")[1]
        assert said in first and wrong not in first


def test_the_statement_row_names_the_digital_purchase_first_and_the_channel() -> None:
    """Item 1: the smbc row of 1,394 yen under AMAZON DIGITAL DWNLD named the channel alone."""
    done = run("charge", "--statement", SMBC, "--json")
    line = next(x for x in done.json()["data"]["lines"] if x["amount_yen"] == 1394)
    assert line["service"] == "digital_purchase"
    label = str(line["label"])
    assert label.index("デジタルの購入") < label.index("Prime Videoチャンネル")
    assert "または" in label
    out = screen("charge", "--statement", SMBC, lang="en")
    assert (
        "A digital purchase (a Kindle book, a Prime Video rental, an app…) or Prime Video channel"
        in out
    )
