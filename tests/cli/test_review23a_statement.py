"""Review 23a, items 1, 3, 4, 5, 8, 9: charge and charge --statement."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.clihelp import run, screen, statement_file

COLUMNS = ("--columns", "date,description,amount")
TODAY = {"PRIMEHELP_TODAY": "2026-12-05"}


def _data(path: str, lang: str = "ja") -> Any:
    done = run("charge", "--statement", path, *COLUMNS, "--json", "--lang", lang, env=TODAY)
    assert done.exit_code == 0, done.stderr
    return done.json()["data"]


# Item 1 (R-major): 「AMAZON DOWNLOADS」 at no fixed price was read only as a Prime Video channel
# (「Prime Videoチャンネル（推定）」 in the month table), unlike 「AMAZON DIGITAL DWNLD」 and `charge`.
def test_amazon_downloads_at_no_fixed_price_reads_as_a_digital_purchase_or_a_channel(
    tmp_path: Path,
) -> None:
    path = statement_file(
        tmp_path,
        "2026/10/15,AMAZON DOWNLOADS 利用国USA,2880",
        "2026/10/16,AMAZON DOWNLOADS,-2880",
        "2026/10/18,AMAZON DIGITAL DWNLD,1394",
    )
    for lang, purchase, channel in (
        ("ja", "デジタルコンテンツの購入", "Prime Videoチャンネル"),
        ("en", "A digital purchase", "Prime Video channel"),
    ):
        data = _data(path, lang)
        labels = {x["label"] for x in data["lines"]}
        assert len(labels) == 1, labels  # every digital text alike, refunds too
        (label,) = labels
        assert label.startswith(purchase) and channel in label, label
        assert [t["label"] for t in data["services"]] == [label]  # the totals name it alike
        assert not any(t["estimated"] for t in data["services"])


def test_a_text_naming_prime_video_keeps_the_channel_reading(tmp_path: Path) -> None:
    data = _data(statement_file(tmp_path, "2026/10/19,AMAZON DOWNLOADS PRIME VIDEO,1200"))
    (line,) = data["lines"]
    assert line["service"] == "prime_video_channel"
    assert "デジタルコンテンツの購入" not in line["label"]


def test_charge_amazon_downloads_ranks_the_purchase_first() -> None:
    done = run("charge", "2880", "AMAZON", "DOWNLOADS", "--json", "--lang", "ja")
    kinds = [c["kind"] for c in done.json()["data"]["candidates"]]
    assert kinds[0] == "digital_purchase", kinds
    out = screen("charge", "2880", "AMAZON", "DOWNLOADS", lang="ja")
    assert out.index("デジタルコンテンツの購入") < out.index("Prime Videoチャンネル\n")


def test_every_digital_text_ranks_the_purchase_first_at_no_fixed_price() -> None:
    from primehelp.content import charges

    digital = [t for t in charges.load().texts if "digital_purchase" in t.means]
    assert len(digital) >= 2
    assert {t.first_without_price for t in digital} == {("digital_purchase",)}


# Item 9 (R-minor): a date before Prime began in Japan was read as an amount problem
# (「金額が会費と一致しない」, 「※決まった料金のどれとも一致しません」 and its fraud paragraph), and
# `charge 600 --date 1990-01-01` listed Prime Video channels for 1990.
def test_a_day_before_prime_began_is_flagged_by_its_date(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2006/01/01,AMAZON PRIME,3900", "2026/11/01,AMAZON PRIME,600")
    data = _data(path)
    first, now = data["lines"]
    assert first["flags"] == ["before_launch"] and now["flags"] == []
    assert first["label"] == "不明（プライム開始前の日付）"  # review 35c, S 8; 38c, item 14
    ja = screen("charge", "--statement", path, *COLUMNS, lang="ja")
    assert "※利用日がプライム開始（2007年）より前です" in ja
    assert "・利用日がプライム開始（2007年）より前です：日付（明細の利用日）や、" in ja
    # 「不正利用」 only in the closing step every statement ends with (review 59c, R-major 2)
    above = ja.split("どれにも当てはまらない行があるとき", 1)[0]
    assert "決まった料金のどれとも一致しません" not in above and "不正利用" not in above
    en = screen("charge", "--statement", path, *COLUMNS, lang="en")
    assert "! The day of use is before Prime started in Japan (2007)" in en
    assert "Unknown (a date before Prime started)" in en  # review 38c, item 14


def test_charge_before_prime_began_lists_no_candidates() -> None:
    for lang, said in (("ja", "2007年より前です"), ("en", "before Amazon Prime started")):
        out = screen("charge", "600", "--date", "1990-01-01", lang=lang)
        assert said in out
        assert "Prime Video" not in out and "1. " not in out, out


# Item 3 (R-minor): 「年会費と月会費の両方があります」 compared the whole file (a 2019 annual fee
# against a 2026 monthly one), missed a Student monthly fee beside an annual one, and missed the
# PayPay fixture's 「ｱﾏｿﾞﾝﾌﾟﾗｲﾑ」 600 rows in the year of its 「AMAZON PRIME」 5,900.
def test_fees_years_apart_are_not_both_plans(tmp_path: Path) -> None:
    data = _data(
        statement_file(tmp_path, "2019/03/01,AMAZON PRIME,3900", "2026/10/24,AMAZON PRIME,600")
    )
    assert [x["flags"] for x in data["lines"]] == [[], []]


def test_a_student_monthly_fee_beside_an_annual_fee_is_flagged_by_period(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2026/11/12,AMAZON PRIME,300", "2026/11/13,AMAZON PRIME,5900")
    data = _data(path)
    assert [x["service"] for x in data["lines"]] == ["prime_student_monthly", "prime_annual"]
    assert [x["flags"] for x in data["lines"]] == [["both_prime_plans"]] * 2
    ja = screen("charge", "--statement", path, *COLUMNS, lang="ja")
    assert "※年会費と月会費の期間が重なっています" in ja
    assert "・年会費と月会費の期間が重なっています：" in ja
    en = screen("charge", "--statement", path, *COLUMNS, lang="en")
    assert "! The periods of an annual fee and a monthly fee overlap" in en


def test_a_monthly_fee_a_year_after_the_annual_fee_is_not_flagged(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2025/09/24,AMAZON PRIME,5900", "2026/09/24,AMAZON PRIME,600")
    assert [x["flags"] for x in _data(path)["lines"]] == [[], []]
    path = statement_file(tmp_path, "2025/09/24,AMAZON PRIME,5900", "2026/09/23,AMAZON PRIME,600")
    # review 41c, S 4: a few days before the year ends is the renewal's margin, as for two
    # annual fees (YEAR_SLACK_DAYS); it was flagged before
    assert [x["flags"] for x in _data(path)["lines"]] == [[], []]
    path = statement_file(tmp_path, "2025/09/24,AMAZON PRIME,5900", "2026/09/16,AMAZON PRIME,600")
    assert [x["flags"] for x in _data(path)["lines"]] == [["both_prime_plans"]] * 2


def test_a_guessed_monthly_fee_in_a_known_annual_year_is_a_possibility() -> None:
    paypay = str(Path(__file__).parents[1] / "fixtures" / "statements" / "paypay-utf8.csv")
    done = run("charge", "--statement", paypay, "--json", "--lang", "ja", env=TODAY)
    lines = done.json()["data"]["lines"]
    guessed = [x for x in lines if x["description"] == "ｱﾏｿﾞﾝﾌﾟﾗｲﾑ"]
    assert len(guessed) == 2
    assert all("monthly_guess_in_annual" in x["flags"] for x in guessed)
    assert not any("both_prime_plans" in x["flags"] for x in lines)  # a guess is no fact
    ja = screen("charge", "--statement", paypay, lang="ja")
    assert "※月会費だとすると、年会費と期間が重なっています" in ja
    assert "・月会費だとすると、年会費と期間が重なっています：金額は月間プランの" in ja
    en = screen("charge", "--statement", paypay, lang="en")
    assert "! If this is a monthly fee, its period overlaps an annual fee's" in en


# Item 4 (R-minor): 「（ファイルの7、8、13行│目）」 at 60 columns when several rows are listed.
@pytest.mark.parametrize("columns", [40, 50, 60, 70, 80])
def test_the_rows_listed_keep_their_row_word(tmp_path: Path, columns: int) -> None:
    rows = [f"2026/11/{day:02},AMAZON PRIME,600" for day in range(1, 14)]
    for bad in (3, 4):  # rows 4 and 5 of the file: dates it cannot read
        rows[bad - 1] = "xx,AMAZON PRIME,600"
    for bad in (6, 7, 12):  # rows 7, 8 and 13: amounts it cannot read
        rows[bad - 1] = f"2026/11/{bad:02},AMAZON DOWNLOADS,abc"
    path = statement_file(tmp_path, *rows)
    env = {**TODAY, "COLUMNS": str(columns)}
    out = run("charge", "--statement", path, *COLUMNS, "--lang", "ja", env=env).stdout
    lines = out.splitlines()
    assert "7、8、13行目" in out.replace("\n", "") and "4、5行目" in out.replace("\n", "")
    for whole in ("13行目", "5行目"):
        assert any(whole in line for line in lines), (whole, out)
    if columns >= 60:  # room for the list on one line
        assert any("7、8、13行目" in line for line in lines), out


# Item 5 (R-minor): --date had three names (請求日, 利用日, 請求された日) in charge's screen, errors
# and help; a member told 「請求日」 types the payment day. Now 明細の利用日 everywhere.
def test_the_date_is_the_day_of_use_on_the_statement_everywhere() -> None:
    ja = screen("charge", "600", lang="ja").replace("\n", "")
    assert "以前の請求なら、`--date` で明細の利用日を指定してください。" in ja
    assert "請求日" not in ja
    en = screen("charge", "600", lang="en").replace("\n", " ")
    assert "give its day of use on the statement with `--date`" in en
    refund = screen("charge", "-600", lang="ja").replace("\n", "")
    assert "以前の返金なら、`--date` で明細の利用日を指定してください。" in refund
    help_ja = screen("charge", "--help", lang="ja").replace("\n", "")
    assert "明細の利用日（今日までの日付。2026-11-01、" in " ".join(help_ja.split())  # 34c S 14
    assert "請求された日" not in help_ja
    help_en = " ".join(screen("charge", "--help", lang="en").split())
    assert "The day of use on the statement, up to today" in help_en


# Item 8 (R-minor): 「注文と会費のどちらの可能性もあります」 three times on one screen.
def test_an_order_or_the_fee_is_said_once_in_the_lead() -> None:
    for lang, said, lead in (
        # the lead says why the order first, then why the fee (review 28c, S 9); 「プライム会費」
        # in the text: the fee first (review 52c, S 35)
        (
            "ja",
            "会費と注文のどちらの可能性もあります",
            "表記は多くの場合注文を表しますが、「プライム会費」の文字もあるため",
        ),
        (
            "en",
            "the fee and an order are both possible",
            "usually stands for an order, but as it also contains “プライム会費”",
        ),
    ):
        out = " ".join(screen("charge", "600", "Amazon.co.jp プライム会費", lang=lang).split())
        out = out.replace("。 ", "。") if lang == "ja" else out
        assert out.count(said) == 1, out
        head, candidates = out.split("1. ", 1)
        assert said in head and lead in head
        assert said not in candidates


# S 18: `charge -0` said 「「-0」というオプションはありません」; a statement row 「US$14.99」 was
# 「金額を読み取れない」 although `charge US$14.99` reads that form.
def test_minus_zero_gets_the_zero_yen_message() -> None:
    for lang, said in (("ja", "0円の請求は調べられません"), ("en", "a charge of 0 yen")):
        done = run("charge", "-0", "--lang", lang)
        assert done.exit_code == 2 and said in done.stderr, done.stderr
        assert "オプション" not in done.stderr and "option" not in done.stderr


def test_a_dollar_amount_in_a_statement_is_said_apart(tmp_path: Path) -> None:
    path = statement_file(
        tmp_path,
        "2026/11/01,AMAZON.COM,US$14.99",
        "2026/11/02,AMAZON PRIME,600",
        "2026/11/03,AMAZON PRIME,abc",
    )
    data = _data(path)
    assert data["unreadable_amazon_rows"] == [2, 4] and data["dollar_amazon_rows"] == [2]
    ja = screen("charge", "--statement", path, *COLUMNS, lang="ja")
    assert "米ドルの請求は合計に含めていません（ファイルの2行目）" in ja
    assert "金額を読み取れないAmazonの行があります（ファイルの4行目）" in ja
    en = " ".join(screen("charge", "--statement", path, *COLUMNS, lang="en").split())
    assert "Charges in dollars are not included in the totals (line 2 of the file)" in en


# S 11: 「NETFLIX.COM」: the lead said another company may have charged it, the closing went
# straight to Amazon and then to the card company (fraud).
def test_another_companys_text_closes_with_that_company_first() -> None:
    for lang, first, then in (
        ("ja", "どれにも当てはまらないとき：まず、表記にある会社（NETFLIX.COM）のアカウントで確認してください。見つからなければ、Amazonの注文履歴と", "まず、Amazon"),
        ("en", "First check your account with the company the text names (NETFLIX.COM). If it is not there, look for a charge", "First look"),
    ):  # fmt: skip
        out = screen("charge", "1200", "NETFLIX.COM", lang=lang)
        assert first in out and then not in out
        amazon = screen("charge", "1200", "AMAZON.COM", lang=lang)  # names Amazon: as before
        assert "NETFLIX" not in amazon and then in amazon


# S 10: 「Amazon Pay提携サイト」 was ranked first, then Music, channels, orders and digital
# purchases were listed, each 「可能性は低めです」.
def test_amazon_pay_text_lists_only_amazon_pay() -> None:
    for lang, pay, line in (
        ("ja", "1. Amazon Pay（ほかのお店での支払い）", "Amazon Payでの支払いは、多くの場合Amazonの会費や定額サービスではないため、それらは候補に挙げていません。"),
        ("en", "1. Amazon Pay", "so those are not listed as candidates."),
    ):  # fmt: skip
        out = screen("charge", "880", "Amazon", "Pay提携サイト", lang=lang)
        assert pay in out and line in out
        assert "2. " not in out and "Music Unlimited" not in out


# S 16: one Amazon row became a table at 60 columns (「利用日  明細の表記  金額 …」) where several
# rows are 「利用日：…」 blocks: one layout for the section at a width.
@pytest.mark.parametrize("columns", [40, 60, 80])
def test_one_row_uses_the_blocks_of_several(tmp_path: Path, columns: int) -> None:
    one = statement_file(tmp_path, "2026/11/01,AMAZON PRIME,600")
    env = {**TODAY, "COLUMNS": str(columns)}
    out = run("charge", "--statement", one, *COLUMNS, "--lang", "ja", env=env).stdout
    section = out.split("Amazonの行\n", 1)[1]
    assert section.startswith("利用日：2026年11月1日\n明細の表記：「AMAZON PRIME」\n"), section
