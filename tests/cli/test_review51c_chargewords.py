"""Review 51c (charge wording, helper chargewords): the help of `charge` (items 2, 3, 4, 28, 29),
the wording of the candidates of one amount (items 6, 7, 12, 13, 14, 18, 26, 27, 38, 43)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import charge_screen as _screen
from tests.support.clihelp import run
from tests.support.clihelp import statement_screen as _statement


def _help(width: str, lang: str = "ja", *command: str) -> str:
    done = run(*(command or ("charge",)), "--help", env={"PRIMEHELP_LANG": lang, "COLUMNS": width})
    assert done.exit_code == 0, done.stderr
    return done.stdout


def _flat(text: str, lang: str = "ja") -> str:
    """The help's sentences as one line (English words kept apart)."""
    return (" " if lang == "en" else "").join(line.strip() for line in text.splitlines())


# ---------------------------------------------------------------- help: items 2, 3, 4, 28, 29


@pytest.mark.parametrize(("lang", "said"), [("ja", "返金は -600、△600、▲600 のように書きます。"),
                                            ("en", "A refund: -600, △600 or ▲600.")])  # fmt: skip
def test_the_help_lists_the_refund_forms_the_error_accepts(lang: str, said: str) -> None:
    """Item 2: ▲ too, as the error for an unreadable amount lists it."""
    assert said in _flat(_help("1000", lang), lang)
    error = run("charge", "abc", "--lang", lang).stderr
    assert "▲600" in error


def test_the_help_gives_the_size_limits_with_a_subject() -> None:
    """Item 4: no 「Amazonの行2,000行まで」 (「行」 twice, no subject)."""
    flat = _flat(_help("1000"))
    assert "Amazonの行2,000行" not in flat
    assert (
        "読み込めるのは、5MB（5,242,880バイト）以下で、Amazonの行が2,000件以下のファイルです。"
        "ファイルの保存や送信はしません。"  # review 56c, item 11
    ) in flat


@pytest.mark.parametrize("width", ["40", "60", "80"])
def test_the_columns_example_is_no_bracket_left_alone(width: str) -> None:
    """Item 3: never 「（例：」 alone on a line; the example is no parenthetical."""
    shown = _help(width)
    assert "（例：" not in shown
    assert "例：date,description,amount,_" in shown


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_columns_help_says_the_japanese_names_are_accepted(lang: str) -> None:
    """Item 29: as the error for an unknown name says it."""
    said = "かっこの中の日本語の名前も使えます。" if lang == "ja" else "利用日, 明細の表記 and 金額"
    assert said in _flat(_help("1000", lang), lang)


def test_the_summary_is_two_sentences_in_both_helps() -> None:
    """Item 28: 「可能性の高い順に、確認する」 read as one phrase."""
    first = "カードの明細にあるAmazonの請求について、考えられる内容を可能性の高い順に表示します。"
    flat = _flat(_help("1000"))
    assert first + "確認する場所と止め方もあわせて示します。" in flat
    assert "可能性の高い順に、確認する" not in flat
    top = _flat(_help("1000", "ja", "--lang", "ja"))
    assert first in top and "可能性の高い順に、確認する" not in top


# ---------------------------------------------------------------- former fees: items 6, 18, 26


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_later_fee_says_the_fee_on_that_date_and_from_when(lang: str) -> None:
    """Item 26: never 「その後の」 (after what?); the fee that day (4,900 yen, the data's)."""
    out = _flat(
        _screen("charge", "5900", "Amazon", "Prime", "--date", "2023-05-01", lang=lang), lang
    )
    if lang == "ja":
        assert "その後の" not in out
        assert "会費ではありません（その日の年間プランの会費は4,900円です）。" in out
        # its start (review 56c, item 8: 「2023年5月1日より後の」 was true of every later fee)
        assert (
            "5,900円は、2023年8月24日からの年間プランの会費です。既存会員は、2023年9月24日以降の請求からです。"
            in out
        )
    else:
        assert "fee on 2023-05-01 (that day the Annual plan fee was 4,900 yen)." in out
        assert (
            "5,900 yen is the Annual plan fee from 2023-08-24 (existing members: from bills "
            "dated 2023-09-24 or later)." in out
        )


@pytest.mark.parametrize("args", [("500",), ("400", "Amazon", "Prime", "--date", "2020-01-01")])
def test_an_assumed_day_is_hedged_once_in_one_term(args: tuple[str, ...]) -> None:
    """Item 6: 「ごろ」 in the period, then one sentence; no 「月会費」 beside 「月間プランの会費」."""
    out = _flat(_screen("charge", *args))
    assert "確認できていませんが" not in out and "ごろと考えられます" not in out
    assert out.count("既存会員の切り替え日は、年間プランと同じ日と考えられます。") == 1
    assert "月会費" not in out and "月間プランの会費" in out


@pytest.mark.parametrize("width", ["40", "60"])
def test_former_fee_periods_are_lines_of_their_own(width: str) -> None:
    """Item 18: 「・新規会員：…」 and 「・既存会員：…」 start lines; no 「会費です」 alone before a bracket."""
    out = _screen("charge", "4900", "Amazon", "Prime", width=width)
    lines = out.splitlines()
    assert "・新規会員：2019年4月12日〜2023年8月23日" in lines
    assert any(x.startswith("・既存会員：2019年5月17日〜") for x in lines)
    assert "（新規会員は" not in out


# ---------------------------------------------------------------- item 7


@pytest.mark.parametrize(("lang", "said", "old"), [
    ("ja", "下の候補は、金額に決まりのない請求（注文など）や料金に幅のあるサービスです。", "金額だけで比べた"),
    ("en", "The candidates below are charges with no fixed price", "compared by the amount only"),
])  # fmt: skip
def test_no_match_says_what_the_candidates_are(lang: str, said: str, old: str) -> None:
    out = _flat(
        _screen("charge", "1,200円", "AMZN", "Mktp", "JP", "--date", "2026-12-06", lang=lang), lang
    )
    assert said in out and old not in out
    kept = _flat(_screen("charge", "600", "AMZN", "Mktp", "JP", lang=lang), lang)
    assert old in kept  # the amount is a fixed price: compared by the amount, as before


# ---------------------------------------------------------------- item 27


@pytest.mark.parametrize(("lang", "said"), [("ja", "月額980円（プライム会員でない場合の料金）"),
                                            ("en", "980 yen a month (non-members)")])  # fmt: skip
def test_kids_plus_980_is_said_to_be_the_non_member_price(lang: str, said: str) -> None:
    assert said in _screen("charge", "980", "AMAZON", "DOWNLOADS", lang=lang)


# ---------------------------------------------------------------- items 12, 13, 14


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_music_price_change_note_shows_the_known_prices(tmp_path: Path, lang: str) -> None:
    """Item 12: the prices the note compares with, with their date."""
    path = tmp_path / "s.csv"
    path.write_text("日付,内容,金額\n2026-11-05,AMAZON MUSIC,1080\n", encoding="utf-8")
    out = _flat(_statement(str(path), lang), lang)
    said = (
        "2023年4月時点の料金（個人プランは月額1,080円、プライム会員は月額880円など）"
        if lang == "ja"
        else (
            "those of April 2023 (individual plan 1,080 yen a month, Prime members 880 yen a month"
        )
    )
    assert said in out


RAKUTEN = (
    '"利用日","利用店名・商品名","利用者","支払方法","利用金額","支払手数料","支払総額"\n'
    '"2026/11/03","AMAZON PRIME","本人","1回払い","600","0","600"\n'
    '"2026/11/04","AMAZON PRIME","本人","1回払い","600","0","600"\n'
    '"2026/11/15","AMAZON.COM 利用国USA","本人","1回払い","2250","0","2250"\n'
)


def test_the_statement_says_where_receipts_are_once_and_how_to_check_dollars(
    tmp_path: Path,
) -> None:
    """Items 13 and 14: no 「確かめ、…確認できます」; the Prime receipts said once, in a bullet."""
    path = tmp_path / "rakuten.csv"
    path.write_text(RAKUTEN, encoding="utf-8")
    done = run("charge", "--statement", str(path), "--lang", "ja",
               env={"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-05"})  # fmt: skip
    out = done.stdout
    assert "を確かめ、" not in out
    assert (
        "明細で現地利用額（米ドルの金額）を見て、`primehelp charge 'US$14.99'` のように入力すると確認できます。"
        in out
    )
    assert out.count("「会員資格更新日」のところ") >= 1
    assert not any(x.startswith("領収書は、") for x in out.splitlines())
    assert (
        "それぞれのアカウントで領収書（「Amazonプライム会員情報」のページの「会員資格更新日」のところ）"
        in out
    )


# ---------------------------------------------------------------- items 38, 43


def test_a_dollar_amount_breaks_before_its_date_bracket() -> None:
    """Item 38: never 「（2026年11月30日の│請求）」 at 40 columns."""
    out = _screen("charge", "US$16.28", "AMAZON.COM", "--date", "2026-11-30", width="40")
    assert "（2026年11月30日の請求）" in out.splitlines()


@pytest.mark.parametrize("width", ["40", "60", "200"])
def test_the_receipts_line_leads_with_the_place(width: str) -> None:
    """Item 43: no 「領収書は、」 alone on a line."""
    out = _screen("charge", "600", width=width)
    assert all(x.strip() != "領収書は、" for x in out.splitlines())
    assert "プライム会費の領収書を確認できます。" in _flat(out)
