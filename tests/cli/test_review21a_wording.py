"""Review 21a, wording of ``charge --statement``.

Item 4 (R-minor): the flags under 注意 were coined, clipped labels (「※年会費なら年間と月間の
両方」, 「※年間と月間の両方」, 「※決まった料金と一致しない」): each is now a sentence, and the
paragraph about it under 「確認が必要な行について」 starts with the same words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from primehelp.facts import ui
from primehelp.output.statement import flag_heading, statement_ui
from primehelp.statement import Flag
from tests.support.clihelp import json_data, run, screen, word_cut

FIXTURES = Path(__file__).parents[1] / "fixtures"
COLUMNS = ("--columns", "date,description,amount")
REVIEW19A = (str(FIXTURES / "statement_texts" / "generic-review19a.csv"), *COLUMNS)
REVIEW21A = (str(FIXTURES / "statement_texts" / "generic-review21a.csv"), *COLUMNS)
# An annual fee read from the amount beside a known monthly one (the sweep's rule, round 23).
UNLISTED = (str(FIXTURES / "statement_texts" / "generic-unlisted-texts.csv"), *COLUMNS)
PAYPAY = (str(FIXTURES / "statements" / "paypay-utf8.csv"),)
RANGES = (str(FIXTURES / "statement_texts" / "generic-review21a-ranges.csv"), *COLUMNS)
# Every flag a member is asked to look at, and a fixture that raises it.
SCREENS = {
    # a ranged service's text beyond its range has a flag of its own since review 35c item 6
    Flag.NO_KNOWN_PRICE: (str(FIXTURES / "statement_texts" / "generic-review20a.csv"), *COLUMNS),
    Flag.OUTSIDE_NAMED_RANGE: RANGES,
    Flag.NOT_THE_FEE_ON_DATE: REVIEW19A,  # 「AMAZON PRIME」 4,900 (review 22a, item 2)
    Flag.ANNUAL_GUESS_WITH_MONTHLY: UNLISTED,
    Flag.BOTH_PRIME_PLANS: REVIEW21A,
    Flag.AFTER_TODAY: REVIEW21A,
    Flag.SAME_CHARGE_TWICE: PAYPAY,
}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("flag", list(SCREENS))
def test_a_flag_is_a_sentence_and_heads_its_explanation(flag: Flag, lang: str) -> None:
    label = statement_ui(f"flag.{flag.value}", lang)  # type: ignore[arg-type]
    heading = flag_heading(flag, lang)  # type: ignore[arg-type]
    assert label == ("※" if lang == "ja" else "! ") + heading
    if lang == "ja":
        assert heading.endswith(("ます", "です", "ません")), heading  # a sentence
    else:
        assert heading[0].isupper(), heading
    out = screen("charge", "--statement", *SCREENS[flag], lang=lang)
    assert label in out
    # The lead names the heading too since review 53c item 9: read under the heading's own line.
    heading_line = "\n" + statement_ui("what_to_check", lang) + "\n"  # type: ignore[arg-type]
    assert heading_line in out
    explained = out.split(heading_line, 1)[1]
    colon = "：" if lang == "ja" else ": "
    mark = "・" if lang == "ja" else "- "  # "- " in English (review 36c, item 13)
    assert f"{mark}{heading}{colon}" in explained


def test_the_old_labels_are_gone() -> None:
    out = "".join(
        screen("charge", "--statement", *args, lang="ja") for args in set(SCREENS.values())
    )
    for old in ("年会費なら年間と月間の両方", "年間と月間の両方", "決まった料金と一致しない"):
        assert old not in out


# Words of the new labels and of the paragraphs they head, never cut across two lines.
WORDS = ("請求されています", "プライム", "両方とも", "一致しません", "あります", "サービス")


@pytest.mark.parametrize("columns", ["40", "60", "80"])
@pytest.mark.parametrize("given", sorted(set(SCREENS.values())))
def test_the_flags_and_their_paragraphs_break_between_phrases(
    columns: str, given: tuple[str, ...]
) -> None:
    args = ("charge", "--statement", *given, "--lang", "ja")
    shown = run(*args, env={"COLUMNS": columns, "PRIMEHELP_TODAY": "2026-12-05"})
    assert shown.exit_code == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert [word for word in WORDS if word_cut(lines, word)] == [], shown.stdout


# Item 3 (R-minor): 「Prime Videoチャンネル」, picked from its price range (300 to 4,000 yen) with no
# fixed price, read as a fact in the month table while the amount's Prime guess said 「推定」.
# Review 23a, item 1: a digital text at no fixed price is a purchase first; a channel is read
# from its range alone when the text names Prime Video.
RANGED_ROWS = [
    "2026/11/02,AMAZON DOWNLOADS PRIME VIDEO,1200",
    "2026/11/03,AMZN DIGITAL PRIME VIDEO 利用国USA,1500",
]


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("row", RANGED_ROWS)
def test_a_channel_by_its_price_range_is_marked_as_a_guess(
    tmp_path: Path, row: str, lang: str
) -> None:
    path = tmp_path / "ranged.csv"
    path.write_text(f"利用日,利用店名,金額\n{row}\n", encoding="utf-8")
    given = (str(path), *COLUMNS)
    data = json_data("charge", "--statement", *given, "--lang", lang)
    channels = [line for line in data["lines"] if line["service"] == "prime_video_channel"]
    assert channels
    lines = ui(
        "range_by_amount", "ui_statement_lines"
    )  # the line labels: ui_statement_lines.toml (review 39c, code item: split by job)
    said = lines(lang).format(  # type: ignore[arg-type]
        names="Prime Videoチャンネル" if lang == "ja" else "Prime Video channel"
    )
    assert all(line["label"] == said for line in channels)
    totals = [
        total["label"]
        for month in data["months"]
        for total in month["services"]
        if total["service"] == "prime_video_channel"
    ]
    estimated = (
        "Prime Videoチャンネル（推定）" if lang == "ja" else "Prime Video channel (estimated)"
    )
    assert totals and set(totals) == {estimated}
    out = screen("charge", "--statement", *given, lang=lang)
    assert estimated in out and said in out


# Item 10 (S): 「AMAZON PRIME VIDEO CHANNEL」 and 「PRIME VIDEO」 990円 name the service and the
# amount is inside its range of prices: no 「※決まった料金のどれとも一致しません」 (whose paragraph
# ends with fraud), the range said under the name instead; outside the range, still flagged.
@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    ("amount", "inside"), [("990", True), ("300", True), ("4000", True), ("5000", False)]
)
def test_a_text_naming_a_ranged_service_is_flagged_only_outside_its_range(
    tmp_path: Path, amount: str, inside: bool, lang: str
) -> None:
    path = tmp_path / "mine.csv"
    path.write_text(
        f"利用日,利用店名,金額\n2026/11/04,AMAZON PRIME VIDEO CHANNEL,{amount}\n"
        f"2026/11/09,PRIME VIDEO,{amount}\n",
        encoding="utf-8",
    )
    data = json_data("charge", "--statement", str(path), *COLUMNS, "--lang", lang)
    # outside the range: its own flag, 「※表記にあるサービスの料金の範囲を超えています」 (35c item 6)
    flagged = ["outside_named_range" in line["flags"] for line in data["lines"]]
    assert flagged == [not inside, not inside]
    assert not any("no_known_price" in line["flags"] for line in data["lines"])
    out = screen("charge", "--statement", str(path), *COLUMNS, lang=lang)
    label = statement_ui("flag.outside_named_range", lang)  # type: ignore[arg-type]
    rng = "料金の範囲：月額300〜4,000円ほど（チャンネルごと）" if lang == "ja" else "Price range:"
    assert (label in out) is not inside
    assert (out.count(rng) == 2) is inside
    if inside:  # the closing step after 「確認する場所」 is every screen's (review 59c, item 2)
        above = out[: out.index("どれにも当てはまらない行" if lang == "ja" else "If a line fits")]
        assert "不正利用" not in above and "fraud" not in above


# Item 15 (S): 「使える名前（列の順に）：…」 read as "these names, in this order".
@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "ja",
            # review 38c item 15 (round 45): the Japanese names are accepted too, said between
            "使える名前：date（利用日）、description（明細の表記）、amount（金額）。かっこの中の日本語の名前も使えます。ファイルの列の順に並べます。",
        ),
        (
            "en",
            "accepted names: date (the day of use), description (the statement text), amount, "
            "listed in the order of the file's columns",
        ),
    ],
)
def test_the_columns_error_says_the_order_is_the_files(lang: str, said: str) -> None:
    shown = run("charge", "--statement", "x.csv", "--columns", "date,foo", "--lang", lang)
    assert shown.exit_code == 2
    assert said in shown.stderr and "（列の順に）" not in shown.stderr
    assert len(shown.stderr.strip().splitlines()) == 1


def test_one_row_for_a_guessed_channel_whatever_its_text(tmp_path: Path) -> None:
    """Item 3: a channel guessed by the range under a known text (「AMAZON DOWNLOADS PRIME VIDEO」) and one
    named by an unknown text (「PRIME VIDEO」) are one 「Prime Videoチャンネル（推定）」 row."""
    path = tmp_path / "channels.csv"  # a known text naming Prime Video (review 23a, item 1)
    path.write_text(
        "利用日,利用店名,金額\n2026/11/02,PRIME VIDEO,990\n"
        "2026/11/06,AMAZON DOWNLOADS PRIME VIDEO,2880\n",
        encoding="utf-8",
    )
    data = json_data("charge", "--statement", str(path), *COLUMNS, "--lang", "ja")
    [month] = data["months"]
    channel = [t for t in month["services"] if t["label"] == "Prime Videoチャンネル（推定）"]
    assert len(channel) == 1 and channel[0]["charges"] == 2
    assert channel[0]["service"] == "prime_video_channel"
