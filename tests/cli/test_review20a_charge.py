"""Review 20a (charge, charge --statement): a longer text naming another service, unknown texts
in a price range, service names in the text, the unknown label, 0-yen rows and wording."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.clihelp import json_data, run, screen

COLUMNS = "date,description,amount"

# The reviewer's own CSV (review 20a, Coverage: /tmp/rev20a/mine.csv), rebuilt.
MINE = """利用日,利用店名,金額
2026/11/01,AMAZON WEB SERVICES,1234
2026/11/02,AMZN.COM/BILL,2150
2026/11/03,AMAZON MUSIC,1080
2026/11/04,AMAZON PRIME VIDEO CHANNEL,990
2026/11/05,ｱﾏｿﾞﾝ ﾐｭｰｼﾞｯｸ,-1080
2026/11/06,AMAZON.COM,139
2026/11/07,AMAZON KINDLE,0
2026/11/08,Amazon Pay提携サイト,-500
2026/11/09,PRIME VIDEO,990
2026/11/10,AMAZON MKTPL*AB12CD,2480
"""


@pytest.fixture
def mine(tmp_path: Path) -> str:
    path = tmp_path / "mine.csv"
    path.write_text(MINE, encoding="utf-8")
    return str(path)


def _data(*args: str) -> Any:
    return json_data("charge", *args)


def _line(data: Any, description: str) -> Any:
    return next(x for x in data["lines"] if x["description"] == description)


def _block(text: str, description: str) -> str:
    """The row of ``description`` on the wide statement screen (one line a row)."""
    return next(line for line in text.splitlines() if f"  {description}  " in line)


def test_a_channel_text_is_not_read_as_the_prime_text(mine: str) -> None:
    """Item 1 (R-major): 「AMAZON PRIME VIDEO CHANNEL」 990 was the Prime fee at a wrong amount."""
    data = _data("--statement", mine, "--columns", COLUMNS)
    line = _line(data, "AMAZON PRIME VIDEO CHANNEL")
    assert line["service"] == "prime_video_channel"
    assert line["text"] != "amazon_prime"
    assert "statement.text.amazon_prime" not in [t["id"] for t in data["texts"]]
    month = [s["service"] for s in data["months"][0]["services"]]
    assert "prime_text" not in month
    ja = screen("charge", "--statement", mine, "--columns", COLUMNS, lang="ja")
    row = _block(ja, "AMAZON PRIME VIDEO CHANNEL")
    assert "Prime Videoチャンネルの可能性（表記にあるサービス名と金額から推定）" in row
    assert "プライムの会費" not in ja
    assert "「AMAZON PRIME」は" not in ja
    en = screen("charge", "--statement", mine, "--columns", COLUMNS, lang="en")
    assert "“AMAZON PRIME” is usually" not in en


def test_single_charge_gives_no_prime_text_explanation_for_a_channel() -> None:
    """Item 1: `charge 990 "AMAZON PRIME VIDEO CHANNEL"` printed the 「AMAZON PRIME」 explanation."""
    data = _data("990", "AMAZON PRIME VIDEO CHANNEL", "--date", "2026-11-04")
    assert data["statement"] is None
    assert data["candidates"][0]["kind"] == "prime_video_channel"
    ja = screen("charge", "990", "AMAZON PRIME VIDEO CHANNEL", lang="ja")
    assert "「AMAZON PRIME」は、多くの場合" not in ja
    # a known text naming a service it stands for stays that text
    assert _data("990", "AMAZON DOWNLOADS PRIME VIDEO")["statement"]["id"] == (
        "statement.text.amazon_downloads"
    )
    # the known text itself is still read as the Prime text
    assert _data("600", "AMAZON PRIME")["statement"]["id"] == "statement.text.amazon_prime"


UNKNOWN = {
    "ja": (
        "不明（primehelpの情報源にない表記。金額も決まった料金と一致しません）",
        "不明（primehelpの情報源にない表記）",
    ),
    "en": (
        "Unknown (a text primehelp does not know; the amount matches no fixed price either)",
        "Unknown (a text primehelp does not know)",
    ),
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_price_range_alone_names_no_service(mine: str, lang: str) -> None:
    """Item 2 (R-minor): 「AMAZON WEB SERVICES」 1,234, 「AMZN.COM/BILL」 2,150 and 「AMAZON
    MKTPL*AB12CD」 2,480 were 「Prime Videoチャンネルの可能性」 and totalled as channels; item 6:
    the unknown label answers 「考えられる内容」 (「不明（…）」), one form in rows and totals."""
    data = run("charge", "--statement", mine, "--columns", COLUMNS, "--json", "--lang", lang)
    found = data.json()["data"]
    row, total = UNKNOWN[lang]
    for text in ("AMAZON WEB SERVICES", "AMZN.COM/BILL", "AMAZON MKTPL*AB12CD"):
        line = _line(found, text)
        assert (line["label"], line["service"]) == (row, "unknown"), text
    # review 42c, item 15 (deliberate): 「AMAZON.COM」 names amazon.com, that account's charge,
    # still no Prime Video channel
    assert _line(found, "AMAZON.COM")["service"] == "amazon_com"
    month = found["months"][0]["services"]
    unknown = next(s for s in month if s["service"] == "unknown_text" and s["estimated"] is None)
    assert unknown["label"] == total
    assert unknown["charges"] == 3 and unknown["charged_yen"] == 1234 + 2150 + 2480
    assert row.startswith(total[:-1])  # the row's label begins as the total's
    # a named channel keeps its guess, by the name in the text
    channels = [s for s in month if s["estimated"] == "prime_video_channel"]
    assert [s["charged_yen"] for s in channels] == [990 * 2]
    out = screen("charge", "--statement", mine, "--columns", COLUMNS, lang=lang)
    assert "primehelpの情報源にない表記です" not in out
    # the single charge agrees: nothing is likely for the same input
    single = screen("charge", "1234", "AMAZON WEB SERVICES", lang="ja")
    assert "考えられるもの（どれも可能性は低めです）" in single


@pytest.mark.parametrize("text", ["PRIME VIDEO", "ＰＲＩＭＥ　ＶＩＤＥＯ", "Prime Video JP"])
def test_prime_video_in_the_text_names_the_service(tmp_path: Path, text: str) -> None:
    """Item 4 (20a-4): 「PRIME VIDEO」 990 was read by the amount alone (「primehelpの情報源にない表記の
    ため、金額から推定」) while 「AUDIBLE JP」 was read by its name. The two words of a service's
    name together name it (NFKC: full-width too). 「ｱﾏｿﾞﾝ ﾐｭｰｼﾞｯｸ」 stays read by the amount:
    no Japanese name of Amazon Music is in the data or the fact sheet."""
    path = tmp_path / "video.csv"
    path.write_text(f"利用日,利用店名,金額\n2026/11/09,{text},990\n", encoding="utf-8")
    line = _data("--statement", str(path), "--columns", COLUMNS)["lines"][0]
    assert line["service"] == "prime_video_channel"
    assert line["label"] == "Prime Videoチャンネルの可能性（表記にあるサービス名と金額から推定）"
    # "video" or "prime" alone names no service
    for alone in ("AMAZON VIDEO", "AMZ*PRIME"):
        path.write_text(f"利用日,利用店名,金額\n2026/11/09,{alone},990\n", encoding="utf-8")
        line = _data("--statement", str(path), "--columns", COLUMNS)["lines"][0]
        assert line["service"] == "unknown", alone


@pytest.mark.parametrize(
    ("lang", "said"),
    [("ja", "・金額が0円の行：1件（表示しません）"), ("en", "- Lines of 0 yen: 1 (not shown)")],
)
def test_a_zero_yen_row_is_counted_apart(mine: str, lang: str, said: str) -> None:
    """Item 5 (R-minor): 「AMAZON KINDLE」 0円 was listed 「※決まった料金と一致しない」 and silently
    left out of the month totals, while `charge 0` is refused: now counted apart, never listed."""
    data = _data("--statement", mine, "--columns", COLUMNS)
    assert "AMAZON KINDLE" not in [line["description"] for line in data["lines"]]
    assert data["zero_amount_rows"] == 1
    assert data["other_lines"] == 0
    assert len(data["lines"]) == 9
    month = data["months"][0]["services"]
    assert sum(s["charges"] + s["refunds"] for s in month) == 9  # every line shown is totalled
    out = screen("charge", "--statement", mine, "--columns", COLUMNS, lang=lang)
    assert said in out.splitlines()
    assert "AMAZON KINDLE" not in out
    assert run("charge", "0").exit_code == 2  # the single charge refuses 0 yen too
    # no such line, no such count
    fixture = Path(__file__).parents[1] / "fixtures" / "statements" / "rakuten-utf8-bom.csv"
    assert "0円の行" not in screen("charge", "--statement", str(fixture), lang="ja")


def test_the_annual_guess_flag_reads_as_a_condition() -> None:
    """S 7: 「※月間プランと同じ月に年会費の可能性」 was a coined noun stack → said like the
    both-plans flag 「※年間と月間の両方」, with its condition."""
    unlisted = Path(__file__).parents[1] / "fixtures" / "statement_texts"
    path = str(unlisted / "generic-unlisted-texts.csv")
    for lang, flag, heading in (
        (
            "ja",
            "※年会費だとすると、月会費と期間が重なっています",
            "・年会費だとすると、月会費と期間が重なっています：金額",
        ),
        (
            "en",
            "! If this is an annual fee, its period overlaps a monthly fee's",
            "- If this is an annual fee, its period overlaps a monthly fee's: the amount",
        ),
    ):
        out = screen("charge", "--statement", path, "--columns", COLUMNS, lang=lang)
        assert flag in out and heading in out
        assert "月間プランと同じ月に年会費の可能性" not in out


@pytest.mark.parametrize("args", [("abc",), ("AMAZON", "PRIME")])
def test_the_example_of_a_charge_error_is_its_own_sentence(args: tuple[str, ...]) -> None:
    """S 9: at 40 columns on a terminal 「（例：」 was left alone on its line: the example is a
    sentence of its own, so the line breaks before 「例：」 and keeps it with the command."""
    from tests.support.clihelp import stderr_on_a_terminal

    out = stderr_on_a_terminal("charge", *args, env={"COLUMNS": "40", "PRIMEHELP_LANG": "ja"})
    lines = out.strip().splitlines()
    assert len(lines) == 1, lines  # one unbroken line on a terminal (review 57a item 7)
    # the command whole, no 「。」 after it (review 31c, S 9)
    assert "`primehelp charge 600 AMAZON PRIME` のように" in lines[0], lines
    assert "（例：" not in out


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "ja",
            "・「AMAZON PRIME」は、多くの場合プライムの会費です。"
            "「利用国USA」は、日本での購入でも付くことがあります。",
        ),
        # "- " bullets in English (review 36c, item 13)
        ("en", "- “AMAZON PRIME” is usually the Prime fee. “利用国USA” (country of use: USA)"),
    ],
)
def test_the_country_of_use_is_explained_once(lang: str, said: str) -> None:
    """S 12: 「利用国USA」 was explained twice, in two bullets: once now, with the text."""
    out = screen("charge", "△600", "AMAZON PRIME", "利用国USA", lang=lang)
    assert said in out
    assert out.count("利用国USA") == 2  # the typed text and the one explanation
    alone = screen("charge", "600", "AMAZON PRIME", lang=lang)
    assert "利用国USA" not in alone


# Review 37c, S 13: the wording 「primehelpが知らない表記」 pinned above is 「primehelpの情報源にない表記」 now.
