"""Review 10a (a native-level Japanese reader): charge, fees, sources, contact, complain."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support.clihelp import WIDE, run


def _text(*args: str, lang: str = "ja", env: dict[str, str] | None = None, code: int = 0) -> str:
    result = run(*args, "--lang", lang, env=env or WIDE)
    assert result.exit_code == code, result.stderr
    return result.stdout


def _flat(text: str) -> str:
    return re.sub(r"\s", "", text)


# ---------------------------------------------------------------- item 15: one name for the Prime page


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_15_a_prime_candidate_names_its_page_once_as_amazon_labels_it(lang: str) -> None:
    out = _text("charge", "600", "--date", "2026-11-01", lang=lang)
    first = out.split("\n2. ")[0]
    if lang == "ja":
        flat = _flat(first)
        assert (
            flat.count("「Amazonプライム会員情報」のページ") == 2
        )  # where to see it, how to stop it
        assert "プライム会員情報のページ" not in flat.replace(
            "「Amazonプライム会員情報」のページ", ""
        )
        assert "開くページ" not in first  # the page is named in the sentence already
    else:
        assert "Page to open" not in first
        assert (
            " ".join(first.split()).count("「Amazonプライム会員情報」 (Prime membership) page") == 2
        )


# ---------------------------------------------------------------- items 11 and 4: the flag of a row


STATEMENTS = Path(__file__).parents[1] / "fixtures" / "statements"


@pytest.mark.parametrize("name", ["rakuten-utf8-bom.csv", "smbc-vpass-shift_jis.csv"])
def test_11_a_row_naming_a_ranged_service_is_not_told_no_price_fits(name: str) -> None:
    out = _text("charge", "--statement", str(STATEMENTS / name), env={"COLUMNS": "60"})
    rows = out.split("\n\n")
    flagged = [row for row in rows if "注意：※" in row and "考えられる請求：" in row]
    assert any("Prime Videoチャンネル" in row for row in flagged)
    assert "当てはまる料金なし" not in out  # which the row's own candidate contradicted
    assert any(
        row.startswith("注意：※決まった料金と一致しない") for r in flagged for row in r.splitlines()
    )
    legend = _flat(out.split("確認が必要な行について")[1].split("\n\n")[0])
    assert "・決まった料金と一致しない：" in legend
    assert "料金に幅のあるサービスの可能性があります" in legend
    en = " ".join(_text("charge", "--statement", str(STATEMENTS / name), lang="en").split())
    assert "! matches no fixed price" in en and "no known price" not in en
    assert "It may be a service with a range of prices, such as Prime Video channels." in en


# ---------------------------------------------------------------- item 12 and S 23: nothing fits well


def test_12_a_text_that_is_none_of_amazon_s_is_said_first_and_claims_no_order() -> None:
    out = _text("charge", "1200", "NETFLIX.COM")
    flat = _flat(out)
    said = "Amazon以外の会社からの請求の可能性があります。"
    assert said in flat
    assert flat.index(said) < flat.index("1.Prime")  # before the list
    assert "当てはまりそうなもの（どれも可能性は高くありません）" in out
    assert "可能性の高い順" not in out and "安全" not in out
    en = " ".join(_text("charge", "1200", "NETFLIX.COM", lang="en").split())
    assert "the charge may be from another company" in en
    assert "What it may be (none of these is likely)" in en and "Most likely first" not in en


@pytest.mark.parametrize(
    "args", [("980", "NETFLIX.COM"), ("2880",), ("500", "--date", "2026-11-01")]
)
def test_s23_no_order_is_claimed_whenever_no_fee_matched_or_the_text_is_not_amazon_s(
    args: tuple[str, ...],
) -> None:
    out = _text("charge", *args)
    assert "当てはまりそうなもの（どれも可能性は高くありません）" in out
    assert "可能性の高い順" not in out


def test_s23_a_fee_that_matches_is_still_ranked() -> None:
    assert "可能性の高い順に並べています。" in _text("charge", "600", "--date", "2026-11-01")
