"""Review 33c (charge, charge --statement): one test or more per item."""

from __future__ import annotations

from pathlib import Path

from tests.support.clihelp import charge_screen as _screen
from tests.support.clihelp import run, statement_file
from tests.support.clihelp import statement_screen as _statement


def _flat(text: str) -> str:
    return text.replace("\n", "").replace(" ", "")


# ---------------------------------------------------------------- item 1

GUESSED = ("2026/11/01,アマゾンプライム会費,600", "2026/11/03,AMAZON PRIME,-600",
           "2026/10/01,AMZ*PRIME JP,2950", "2026/10/03,AMAZON PRIME,-2950")  # fmt: skip


def test_a_refund_is_paired_with_a_fee_read_by_its_amount(tmp_path: Path) -> None:
    path = statement_file(tmp_path, *GUESSED)
    data = _statement(path, json=True)
    refunds = {x["date"]: x for x in data["lines"] if x["amount_yen"] < 0}
    assert refunds["2026-11-03"]["refund_of_row"] == 2  # the 600 yen of 11/1
    assert refunds["2026-10-03"]["refund_of_row"] == 4
    out = _flat(_statement(path))
    assert (
        "2026年11月1日の「アマゾンプライム会費」（600円。金額から月会費と推定）の返金の可能性があります。"
        in out
    )
    assert "見当たりません" not in out  # the screen does not deny the row it read as that fee
    for month in data["months"]:  # the fee and its refund on one row of the month table
        prime = [s for s in month["services"] if s["label"].startswith("Amazonプライム")]
        assert len(prime) == 1 and prime[0]["charged_yen"] == prime[0]["refunded_yen"]
    en = _flat(_statement(path, "en"))
    assert "(readasthemonthlyfeebyitsamount)" in en


# ---------------------------------------------------------------- item 2, S 11


def test_only_the_price_of_audible_has_a_start() -> None:
    flat = _flat(_screen("charge", "△1500", "AMAZON PRIME", "--date", "2020-06-01", width="60"))
    assert "※Audibleの月額1,500円は2022年1月27日からの料金のため、候補に入れていません。" in flat
    assert "Audibleは2022年1月27日からのもので" not in flat
    en = _screen("charge", "△1500", "AMAZON PRIME", "--date", "2020-06-01", lang="en")
    assert "! Audible's price of 1,500 yen a month is from 2022-01-27" in en.replace("\n", " ")


def test_an_option_not_there_yet_is_said_after_the_list_with_or_without_a_text() -> None:
    for args in (("390", "--date", "2024-06-01"),
                 ("390", "AMAZON DOWNLOADS", "--date", "2025-04-01")):  # fmt: skip
        out = _screen("charge", *args)
        listed = [line for line in out.splitlines() if line[:1].isdigit() and ". " in line]
        assert not any("広告なし" in line for line in listed)
        flat = out.replace("\n", "")  # a sentence since review 34c, S 9
        assert "※Prime Videoを広告なしで見るためのオプションは2025年4月8日からのもののため" in flat


# ---------------------------------------------------------------- item 3


def test_music_unlimited_prices_are_as_of_a_month_not_from_it() -> None:
    out = _screen("charge", "1080", "--date", "2023-03-01", width="1000")
    assert "料金：月額1,080円（個人プラン。2023年4月時点の料金）" in out
    assert "2023年4月より前の料金は確認できていません。" in out
    assert "2023年4月から" not in out and "2023年4月から" not in _screen("subscriptions")
    en = _screen("charge", "1080", "--date", "2023-03-01", lang="en")
    assert "primehelp has not confirmed the price before April 2023" in en.replace("\n", " ")


# ---------------------------------------------------------------- item 4

OTHER_TIME = ("2026/11/06,AMAZON PRIME,4900", "2019/04/05,AMAZON PRIME,4900",
              "2018/05/01,AMAZON PRIME,2450", "2018/06/01,AMAZON PRIME,250")  # fmt: skip


def test_the_amount_of_a_fee_of_another_time_has_one_family_of_names(tmp_path: Path) -> None:
    path = statement_file(tmp_path, *OTHER_TIME)
    labels = [x["label"] for x in _statement(path, json=True)["lines"]]
    assert labels == [
        "Amazonプライム（その後のPrime Student 年間プランの会費と同額）",
        "Amazonプライム（その後のPrime Student 月間プランの会費と同額）",
        "Amazonプライム（その後の年間プランの会費と同額）",
        "Amazonプライム（以前の年間プランの会費と同額）",
    ]
    out = _statement(path)
    for word in ("のちの", "（後の", "の金額）", "当時なかったプラン", "会費と同じです"):
        assert word not in out, word
    assert all(x.endswith("の会費と同額）") for x in labels)
    en = _statement(path, "en")
    assert "the amount of a" not in en and "(the same amount as an earlier" in en


# ---------------------------------------------------------------- items 5, 6


def test_the_columns_help_shows_the_skipped_column_it_explains() -> None:
    # review 38c, item 1: the example is a real layout (日付,摘要,金額,残高), _ last
    # Japanese lines joined without a space (the placeholder 「列」 moved the breaks, 49a item 1)
    joined = "".join(line.strip() for line in _screen("charge", "--help").splitlines())
    # no 「。」 on the example (52a item 44), last and not in brackets (51c item 3; 52c item 27)
    assert "使わない列は _ で指定します。例：date,description,amount,_" in joined
    assert "(e.g. date,description,amount,_)" in " ".join(
        _screen("charge", "--help", lang="en").split()
    )


def test_the_columns_example_keeps_each_option_with_its_value_at_40() -> None:
    from tests.support.clihelp import stderr_on_a_terminal

    err = stderr_on_a_terminal("charge", "--columns", "date,description,amount", "600",
                               "--lang", "ja", env={"COLUMNS": "40"})  # fmt: skip
    lines = err.splitlines()
    assert len(lines) == 1, lines  # one unbroken line on a terminal (review 57a item 7)
    assert "--columns date,description,amount,_" in lines[0]
    assert not any(line.rstrip().endswith(("--columns", "（例：")) for line in lines)


# ---------------------------------------------------------------- item 7


def test_a_prime_text_at_no_fee_reads_as_a_content(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2026/06/01,AMAZON PRIME,7000")
    out = _statement(path, width="60")
    assert "不明（プライムの表記で、会費とは違う金額）" in out.replace("\n", "").replace(" ", "")
    assert "内容不明" not in out.replace("\n", "")


# ---------------------------------------------------------------- S 9


def test_a_subscription_refund_names_its_charge_or_says_there_is_none(tmp_path: Path) -> None:
    rows = ("2026/10/05,AMAZON DOWNLOADS,-980", "2026/11/04,AMAZON DOWNLOADS,980",
            "2026/11/05,AMAZON DOWNLOADS,-980")  # fmt: skip
    path = statement_file(tmp_path, *rows)
    lines = {x["date"]: x for x in _statement(path, json=True)["lines"]}
    assert lines["2026-11-05"]["refund_of_row"] == 3
    assert lines["2026-11-05"]["detail"] == "2026年11月4日の請求（980円）の返金の可能性があります。"
    assert lines["2026-10-05"]["detail"] == (  # review 37c, S 11: a purchase too: the amount
        "この明細には、返金より前の980円の請求が見当たりません。"
    )
    en = " ".join(_statement(path, "en").split())
    assert "Probably the refund of the charge of 980 yen on 2026-11-04." in en


# ---------------------------------------------------------------- S 12


def test_a_month_of_refunds_only_shows_no_charged_total(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2026/10/01,AMAZON PRIME,-600", "2026/10/02,AMAZON PRIME,-600")
    wide = _statement(path, width="80")
    total = next(line for line in wide.splitlines() if line.strip().startswith("合計"))
    assert "0円" not in total.replace("1,200円", "")
    narrow = _statement(path, width="40")
    # its 「返金の合計」 as the table's 「合計」 (review 61c, item 9; none since 42c, S 7), never a
    # 「請求の合計：0円」
    assert (
        "請求の合計" not in narrow and "返金の合計：1,200円" in narrow and "返金：1,200円" in narrow
    )


# ---------------------------------------------------------------- S 13


def test_a_refund_amount_has_its_own_label_and_no_sign() -> None:
    out = _screen("charge", "△600", "AMAZON PRIME", "--date", "2023-09-01")
    assert "返金額：600円（2023年9月1日の返金）" in out and "-600円" not in out.split("\n")[1]
    en = _screen("charge", "△600", "AMAZON PRIME", "--date", "2023-09-01", lang="en")
    assert "Refund: 600 yen, refunded on 2023-09-01" in en


# ---------------------------------------------------------------- S 10


def test_a_flag_label_in_the_bullets_is_kept_whole_at_60() -> None:
    path = "tests/fixtures/statements/paypay-utf8.csv"
    done = run("charge", "--statement", path, "--lang", "ja",
               env={"COLUMNS": "60", "PRIMEHELP_TODAY": "2026-12-05"})  # fmt: skip
    line = next(x for x in done.stdout.splitlines() if x.startswith("・月会費だとすると"))
    assert line.startswith("・月会費だとすると、年会費と期間が重なっています：")  # 34c, S 11


# ---------------------------------------------------------------- S 14


def test_amazons_quoted_sentence_stays_whole_when_it_fits() -> None:
    for width in ("50", "60"):
        args = ("charge", "△600", "AMAZON PRIME 利用国USA", "--date", "2023-09-01")
        out = _screen(*args, width=width)
        # Amazon's period never cut (said without quotation marks since review 62b, item 2)
        assert any("2~3営業日以内に" in x for x in out.splitlines())


# ---------------------------------------------------------------- S 18


def test_a_refund_of_another_plans_fee_names_the_plan_and_amount(tmp_path: Path) -> None:
    rows = ("2025/09/01,AMAZON PRIME,5900", "2025/09/03,AMAZON PRIME,-5900",
            "2026/06/01,AMAZON PRIME,-2950")  # fmt: skip
    out = _flat(_statement(statement_file(tmp_path, *rows)))
    # the file starts within that year (review 58c): what it holds is said, not 「1年間」
    said = "PrimeStudent年間プランの会費（2,950円）の返金の可能性があります（この明細には、この返金より前にその会費の請求がありません）。"
    assert said in out and "この会費の返金" not in out


# ---------------------------------------------------------------- S 19


def test_the_unknown_text_lead_says_hyouki_once() -> None:
    out = _screen("charge", "480", "AMAZON KIDS").replace("\n", "")
    # Review 38c, item 20: the service named, no 「知らない表記ですが」 (still 「表記」 once per sentence)
    # Review 63c, R-minor 3: 「Amazon Kids」 as written, no 「+」
    lead = "明細の表記にAmazon Kidsの名前があります。書かれているサービス名と金額から、可能性の高い順に並べています。"
    assert lead in out


# Review 37c, S 13: the wording 「primehelpが知らない表記」 pinned above is 「primehelpの情報源にない表記」 now.
