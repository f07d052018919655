"""Review 63c (`charge`, `charge --statement`): R-minor 2-6, 8, 9 and S 1-3."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import joined, lang_run

TODAY = {"PRIMEHELP_TODAY": "2026-12-08"}


def _screen(*args: str, lang: str = "ja", columns: int = 80) -> str:
    done = lang_run("charge", *args, lang=lang, columns=columns, env=TODAY)
    assert done.exit_code in (0, 1), done.stderr
    return joined(done.stdout, lang)


def _item(screen: str, number: int) -> str:
    """The text of the list's item ``number`` (up to the next one)."""
    rest = screen.split(f"{number}. ", 1)[1]
    return rest.split(f"{number + 1}. ", 1)[0]


# ---------------------------------------------------------------- R-minor 3


@pytest.mark.parametrize(
    ("lang", "said", "not_said"),
    [
        ("ja", "明細の表記にAmazon Kidsの名前があります。", "明細の表記にAmazon Kids+の名前"),
        ("en", "The statement text names Amazon Kids.", "names Amazon Kids+."),
    ],
)
def test_kids_is_quoted_as_written(lang: str, said: str, not_said: str) -> None:
    screen = _screen("480", "AMAZON", "KIDS", lang=lang)
    assert said in screen
    assert not_said not in screen


def test_kids_plus_typed_keeps_its_plus() -> None:
    assert "明細の表記にAmazon Kids+の名前があります。" in _screen("480", "AMAZON", "KIDS+")


# ---------------------------------------------------------------- R-minor 4


@pytest.mark.parametrize(
    "args",
    [("990", "PRIME", "VIDEO", "JAPAN"), ("1500", "AUDIBLE", "--date", "2021-06-01")],
)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_order_is_said_once(args: tuple[str, ...], lang: str) -> None:
    screen = _screen(*args, lang=lang)
    if lang == "ja":
        assert "明細の表記に合うものを先に並べています。" in screen
        assert screen.count("並べています") == 1, screen
    else:
        assert "Those that fit the statement text come first." in screen
        assert "The candidates below are those" not in screen


# ---------------------------------------------------------------- R-minor 5


@pytest.mark.parametrize(
    ("args", "ja", "en"),
    [
        (("1500", "AUDIBLE"), "明細の表記と金額が合います。", "It fits the statement text and the amount."),
        (("480", "AMAZON", "KIDS"), "明細の表記と金額が合います。", "It fits the statement text and the amount."),
        (("600", "AMAZON", "PRIME"), "明細の表記と金額が合います。", "It fits the statement text and the amount."),
        (
            ("1080", "AMAZON", "MUSIC", "--date", "2026-11-15"),
            "明細の表記と、2023年4月時点の料金が合います。",
            "It fits the statement text and the prices of April 2023.",
        ),
    ],
)  # fmt: skip
def test_one_item_line_for_a_named_service_at_its_price(
    args: tuple[str, ...], ja: str, en: str
) -> None:
    first = _item(_screen(*args), 1)
    assert ja in first
    assert "名前があります" not in first
    assert "可能性が高いです" not in first
    assert en in _item(_screen(*args, lang="en"), 1)


# ---------------------------------------------------------------- R-minor 6


@pytest.mark.parametrize("on", ["2019-05-20", "2019-05-17"])
def test_400_yen_in_the_hedged_window(on: str) -> None:
    screen = _screen("400", "AMAZON", "PRIME", "--date", on)
    assert "400円だった期間：・新規会員：2019年4月11日まで" in screen
    first = _item(screen, 1)
    date = f"2019年5月{int(on[-2:])}日"
    assert (
        f"{date}時点の会費：既存会員は、まだ以前の月額400円だった可能性があります"
        "（既存会員の月会費が変わった日は確認できていません）。"
    ) in first
    assert "（月間プランの料金）" not in first
    assert (
        "明細の表記とは合います（その日の既存会員の会費は確認できていないため、"
        "金額が合うかどうかは分かりません）。"
    ) in first


def test_400_yen_in_the_hedged_window_english() -> None:
    screen = _screen("400", "AMAZON", "PRIME", "--date", "2019-05-20", lang="en")
    assert "When the fee was 400 yen: - new members: until 2019-04-11" in screen
    assert "existing members may still have paid the former 400 yen a month" in screen
    assert "existing members' fee on that day is not confirmed" in screen


def test_400_yen_long_before_keeps_its_own_fit() -> None:
    """2010: no fee of that day is confirmed at all, for anyone: the old line stays."""
    first = _item(_screen("400", "AMAZON", "PRIME", "--date", "2010-05-17"), 1)
    assert "その日の会費は確認できていないため" in first


# ---------------------------------------------------------------- S 2


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", "明細の表記と金額が、この会費の返金と合います。"),
        ("en", "The statement text and the amount fit a refund of this fee."),
    ],
)
def test_a_refund_says_what_it_fits(lang: str, said: str) -> None:
    first = _item(_screen("--", "-600", "AMAZON", "PRIME", lang=lang), 1)
    assert said in first
    assert "可能性があります。" not in first.split("返金されます")[0]


# ---------------------------------------------------------------- R-minor 8, 9, S 1, S 3 (statement)


def _statement(tmp_path: Path, rows: str, lang: str = "ja", *args: str) -> str:
    path = tmp_path / "s.csv"
    path.write_text("date,description,amount\n" + rows, encoding="utf-8")
    done = lang_run("charge", "--statement", str(path), *args, lang=lang, columns=80, env=TODAY)
    assert done.exit_code in (0, 1), done.stderr
    return joined(done.stdout, lang)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", "Amazon Music Unlimitedの可能性（表記にあるサービス名と、2023年4月時点の料金から推定）"),
        ("en", "Perhaps Amazon Music Unlimited (estimated from the service named in the text and the prices of April 2023)"),
    ],
)  # fmt: skip
def test_music_rests_on_its_2023_price(tmp_path: Path, lang: str, said: str) -> None:
    screen = _statement(tmp_path, "2026-11-15,AMAZON MUSIC,1080\n", lang)
    assert said in screen
    assert "サービス名と金額から推定）" not in screen


def test_audible_still_rests_on_the_amount(tmp_path: Path) -> None:
    screen = _statement(tmp_path, "2026-10-05,AUDIBLE JAPAN,1500\n")
    assert "Audible（audible.co.jp）の可能性（表記にあるサービス名と金額から推定）" in screen


def test_the_no_price_explanation_has_its_predicate(tmp_path: Path) -> None:
    screen = _statement(tmp_path, "2026-11-25,AMAZON PRIME 利用国USA,2350\n")
    assert "考えられる内容は、下の「Amazonの行」の各行に書いています。" in screen
    assert "各行の説明を見てください" not in screen


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_header_read_for_columns_is_not_a_skipped_line(tmp_path: Path, lang: str) -> None:
    screen = _statement(tmp_path, "2026-10-03,AMAZON PRIME,600\n", lang)
    assert ("見出しや合計の行" if lang == "ja" else "headings, totals") not in screen
    totals = _statement(tmp_path, "2026-10-03,AMAZON PRIME,600\n合計,,600\n", lang)
    skipped = "日付か金額のない行：1件" if lang == "ja" else "Lines without a date or an amount: 1"
    assert skipped in totals


def test_given_columns_still_count_the_header_line(tmp_path: Path) -> None:
    columns = ("--columns", "date,description,amount")
    screen = _statement(tmp_path, "2026-10-03,AMAZON PRIME,600\n", "ja", *columns)
    assert "日付か金額のない行：1件" in screen


@pytest.mark.parametrize(
    ("lang", "said"), [("ja", "合計（返金のみ）"), ("en", "Total (refunds only)")]
)
def test_a_month_of_refunds_only(tmp_path: Path, lang: str, said: str) -> None:
    rows = "2026-10-20,AMAZON PRIME,-5900\n2026-11-15,AMAZON MUSIC,1080\n"
    screen = _statement(tmp_path, rows, lang)
    assert screen.count(said) == 1


# ---------------------------------------------------------------- R-minor 2


@pytest.mark.parametrize(
    ("lang", "lead"),
    [
        ("ja", "明細の表記にAmazonプライムの名前があります。書かれているサービス名と金額から、可能性の高い順に並べています。"),
        ("en", "The statement text names Amazon Prime."),
    ],
)  # fmt: skip
def test_amazon_prime_japan_is_read_by_its_name(lang: str, lead: str) -> None:
    screen = _screen("600", "AMAZON", "PRIME", "JAPAN", lang=lang)
    assert lead in screen
    assert ("金額だけで比べた" if lang == "ja" else "by the amount only") not in screen
    assert ("明細の表記と金額が合います。" if lang == "ja" else "It fits") in _item(screen, 1)


def test_amazon_prime_japan_json_names_the_plan() -> None:
    done = lang_run("charge", "600", "AMAZON", "PRIME", "JAPAN", "--json", env=TODAY)
    assert done.json()["data"]["text_names"] == ["prime_monthly"]


def test_amazon_prime_japan_refund_says_a_refund() -> None:
    first = _item(_screen("--", "-600", "AMAZON", "PRIME", "JAPAN"), 1)
    assert "明細の表記と金額が、この会費の返金と合います。" in first


def test_amazon_prime_japan_row_is_estimated_from_the_name(tmp_path: Path) -> None:
    screen = _statement(tmp_path, "2026-10-03,AMAZON PRIME JAPAN,600\n")
    assert "Amazonプライム（月間プラン）の可能性（表記にあるサービス名と金額から推定）" in screen
    assert "情報源にない表記のため" not in screen
