"""Review 49c, items 7, 8, 9 and 23: the wording of charge's amount and date errors."""

from __future__ import annotations

from tests.support.clihelp import run

ENV = {"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-06"}


def _error(*args: str, lang: str) -> str:
    done = run("charge", *args, "--lang", lang, env=ENV)
    assert done.exit_code == 2, done.stdout
    assert done.stderr.count("\n") == 1, done.stderr
    return done.stderr


def test_item7_refund_forms_outside_the_dollar_note_with_black_triangle() -> None:
    ja = _error("abc", lang="ja")
    assert (
        "（$ を付ける形は半角の引用符 ' で囲みます）。返金は -600、△600、▲600 のように書きます。"
        in ja
    )
    en = _error("abc", lang="en")
    assert "(a $ in single quotes, for the shell); a refund is written -600, △600 or ▲600" in en


def test_item8_a_yen_amount_with_decimals_gives_the_quoting_advice_once() -> None:
    ja = _error("600.5", lang="ja")
    assert "円の金額に1円未満の端数（小数点以下が0でない数）は使えません。" in ja
    # review 56c, item 1: never the typed digits as a dollar example, the forms with no $ first
    assert "14.99ドル、USD14.99 または 'US$14.99' のように指定してください" in ja
    assert "US$600" not in ja and "「$6」" not in ja
    assert "円は整数です" not in ja
    assert ja.count("引用符") == 1
    assert "▲600" in ja
    en = _error("600.5", lang="en")
    assert (
        "yen take no fraction of a yen (digits after the point other than 0); for dollars, give USD14.99, 14.99USD or 'US$14.99'"
        in en
    )
    assert en.count("quote") == 1  # 「unquoted」 (review 56c, item 1)


def test_item9_a_month_without_a_day_is_named() -> None:
    ja = _error("600", "--date", "2026年11月", lang="ja")
    assert "「2026年11月」には日がありません。日まで指定してください（例：2026年11月1日）" in ja
    ja = _error("600", "--date", "2026-11", lang="ja")
    assert "には日がありません。日まで指定してください（例：2026-11-01）" in ja
    en = _error("600", "--date", "2026/11", lang="en")
    assert "'2026/11' has no day: give the day too (e.g. 2026/11/01)" in en
    assert "日がありません" not in _error("600", "--date", "2026-13", lang="ja")


def test_item23_a_date_typed_after_the_amount_points_to_date_option() -> None:
    ja = _error("600", "2026/11/01", lang="ja")
    assert (
        "「2026/11/01」は日付のようです。利用日は `--date 2026/11/01` のように指定してください。"
        in ja
    )
    assert "記号や数字だけ" not in ja
    en = _error("600", "2026/11/01", lang="en")
    assert "'2026/11/01' looks like a date: give the date of use as `--date 2026/11/01`" in en
