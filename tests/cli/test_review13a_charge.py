"""Review 13a on charge, fees and the statement view (S 5, 6, 7, 10, 12)."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

WIDE = {"COLUMNS": "200"}


def _text(*args: str, lang: str = "ja", columns: int = 200) -> str:
    result = run(*args, "--lang", lang, env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s5_the_assumed_renewal_day_is_said_in_one_wording(lang: str) -> None:
    """S 5: fees said 「（年間プランと同じと仮定）」 (the tool's own assumption) where sources says
    「…と考えられます」 for the same fact: one wording, in fees, charge and sources."""
    fees = _text("fees", lang=lang)
    said = {
        "ja": "年間プランと同じと考えられます",  # 25a S 16: said with each fee's period
        # 45a item 16: a clause with its verb, and 13a S 5's 'thought' (never the tool's 'assumed')
        "en": "start thought to be the same as the annual plan's)",
    }
    # the table wraps its cells (an English row since review 31a S 15): the words as data
    assert said[lang] in _text("fees", "--json", lang=lang)
    assert said[lang].split(" the annual")[0].removeprefix("start ") in fees
    thought = {"ja": "と考えられます", "en": "are thought to follow the annual plan"}[lang]
    assert thought in _text("sources", "fees", lang=lang)
    charge = _text("charge", "500", "--date", "2026-11-01", lang=lang)
    # review 14a, S 12: fees' own words 「年間プランと同じと考えられます」 (not 「…考えられる日です」)
    joined = "".join(charge.split()) if lang == "ja" else " ".join(charge.split())
    # 23a, S 19; 24a, item 5: a sentence after the period, never a bracket inside its bracket
    thought_same = {
        "ja": "既存会員の切り替え日は、年間プランと同じ日と考えられます。",  # review 51c, item 6: said once
        "en": "Existing members' change day is thought to be the same as the annual plan's.",
    }
    assert thought_same[lang] in joined
    for out in (fees, charge):
        assert "仮定" not in out and "assumed" not in out


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s7_kids_plus_is_no_candidate_the_statement_text_supports(lang: str) -> None:
    """S 7: FACTS §10 does not list Kids+ under AMAZON DOWNLOADS: the amount matches, and the
    text is said to be no evidence (never 「明細の表記から見て、可能性があります。」)."""
    out = _text("charge", "980", "AMAZON", "DOWNLOADS", lang=lang)
    kids = out[out.index("Amazon Kids+") :].split("\n\n")[0]
    said = {
        "ja": "金額は一致しますが、この明細の表記で請求されるかどうかは確認できていません。",
        "en": "The amount matches (whether this statement text is used for it is not confirmed).",
    }[lang]
    assert said in kids
    assert {"ja": "明細の表記から見て", "en": "with this statement text."}[lang] not in kids
    result = run("charge", "980", "AMAZON DOWNLOADS", "--json", "--lang", lang)
    fits = {c["kind"]: c["fit"] for c in result.json()["data"]["candidates"]}
    assert fits["kids_plus"] == "unconfirmed" and fits["kindle_unlimited"] == "usual"
    ad_free = run("charge", "390", "AMAZON DOWNLOADS", "--json", "--lang", lang).json()["data"]
    assert {c["kind"]: c["fit"] for c in ad_free["candidates"]}["prime_video_ad_free"] == (
        "unconfirmed"
    )


GENERIC = ("--statement", "tests/fixtures/statements/generic-utf8.csv", "--columns")
GENERIC_COLUMNS = (*GENERIC, "date,description,amount,_")


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s10_a_line_not_flagged_says_whose_fixed_price_it_matches(lang: str) -> None:
    """S 10: the summary said no line fails to match a fixed price while the 1,500 yen
    AMAZON DOWNLOADS line named a Prime Video channel (no fixed price). The line passes because
    the amount is Audible's price: its note says so; a line flagged says nothing of the kind."""
    out = _text("charge", *GENERIC_COLUMNS, lang=lang)
    # review 36c, item 13: the English sentence no longer reads "matches no fixed price and no…"
    none = {"ja": "決まった料金と一致しない請求や", "en": "No charge at an unexpected amount"}[lang]
    assert none in out.replace("\n", "")
    row = next(line for line in out.splitlines() if "DOWNLOADS" in line and " 1,500" in line)
    said = {
        "ja": "Audible（audible.co.jp）の料金（月額1,500円）とも同じ金額です",
        "en": "also the price of Audible (audible.co.jp)",
    }
    assert said[lang] in row
    result = run("charge", *GENERIC_COLUMNS, "--json", "--lang", lang)
    lines = {line["amount_yen"]: line for line in result.json()["data"]["lines"]}
    # a purchase or a channel, no fixed price (review 23a, item 1): Audible's price said
    assert lines[1500]["known_price"] is True and lines[1500]["service"] == "digital_purchase"
    audible = {"ja": "Audible（audible.co.jp）", "en": "Audible (audible.co.jp)"}[lang]
    assert lines[1500]["same_price_as"] == audible
    # Review 36c, item 7: a refund keeps the note of its amount's other price (was None)
    assert lines[600]["same_price_as"] is None and lines[-1500]["same_price_as"] == audible
    rakuten = run(
        "charge", "--statement", "tests/fixtures/statements/rakuten-utf8-bom.csv", "--json"
    ).json()["data"]["lines"]
    for line in rakuten:  # a flagged line needs no reason it passed
        if "no_known_price" in line["flags"]:
            assert line["same_price_as"] is None


@pytest.mark.parametrize("args", [("1500",), ("980",), ("880",), ("2880",), ("-1500",)])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s12_without_a_date_the_fees_and_the_prices_are_named(
    args: tuple[str, ...], lang: str
) -> None:
    """S 12: 「現在の会費と比べました」 on screens whose candidates are Audible, Kindle Unlimited…,
    which the same screen calls 「料金」: both are named."""
    out = _text("charge", *args, lang=lang).replace("\n", " " if lang == "en" else "")
    said = {"ja": "現在の会費や料金と比べました。", "en": "compared with the fees and prices now."}
    assert said[lang] in out


# (48, not 50: the shorter 「考えられる内容：」 of review 14a, S 17 puts every value beside its
# label at 50)
@pytest.mark.parametrize("columns", [40, 48])
def test_s6_a_stacked_label_keeps_its_value_with_it_or_indented_under_it(columns: int) -> None:
    """S 6: 「考えられるサービス：」 (now 「考えられる内容：」) alone on a line, 「Prime Videoチャンネル」 under it at the margin
    (it read as a row of its own): a value too long beside its label is indented under it."""
    path = "tests/fixtures/statements/rakuten-utf8-bom.csv"
    out = _text("charge", "--statement", path, columns=columns)
    stacked = out.split("月ごとの合計", 1)[1].split("\n明細の表記について", 1)[0].splitlines()
    alone = [n for n, line in enumerate(stacked) if line.endswith("：")]
    assert alone  # at these widths some values go under their label
    for n in alone:
        assert stacked[n + 1].startswith("  ") and stacked[n + 1].strip(), stacked[n : n + 2]
    # a purchase or a channel (review 23a, item 1), indented under its label
    channel = "デジタルコンテンツの購入"  # its short name (review 52c, item 9) wraps before 「（」
    assert any(line.startswith("  " + channel) for line in stacked) or any(
        line.startswith("考えられる内容：" + channel) for line in stacked
    )
    # a short one stays beside it (「Kindle Unlimited」 now names the purchase too: review 36c, 6)
    assert "考えられる内容：Amazon.co.jpでの注文" in stacked
