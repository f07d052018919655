"""Review 22a, items 1, 2, 3, 5, 7, 8, 10: the charge reader and the statement view."""

from __future__ import annotations

from pathlib import Path

from tests.support.clihelp import json_data, screen

FIXTURES = Path(__file__).parents[1] / "fixtures" / "statement_texts"
COLUMNS = ("--columns", "date,description,amount")
REVIEW19A = (str(FIXTURES / "generic-review19a.csv"), *COLUMNS)
RANGES = (str(FIXTURES / "generic-review21a-ranges.csv"), *COLUMNS)


def _line(args: tuple[str, ...], description: str, amount: int) -> dict[str, object]:
    data = json_data("charge", "--statement", *args)
    return next(
        x for x in data["lines"] if x["description"] == description and x["amount_yen"] == amount
    )


# Item 2 (R-minor): a Prime text at a former fee was flagged as matching no Amazon fee at all.
def test_a_former_prime_fee_has_its_own_flag_and_paragraph() -> None:
    line = _line(REVIEW19A, "AMAZON PRIME", 4900)
    assert line["flags"] == ["not_the_fee_on_date"]
    out = screen("charge", "--statement", *REVIEW19A, lang="ja")
    assert "※この日付の会費と一致しません" in out
    assert "※決まった料金のどれとも一致しません" not in out
    assert "ほかの時期のプライム会費と同額です" in out.replace("\n", "")
    en = screen("charge", "--statement", *REVIEW19A, lang="en")
    assert "! Not the fee on this date" in en


# Item 1 (R-minor): 「PRIME VIDEO」 read from its name at 990 yen, 「primehelpの情報源にない表記」 at 5,000.
def test_a_named_service_outside_its_range_says_what_is_known() -> None:
    line = _line(RANGES, "PRIME VIDEO", 5000)
    # still a finding, never comfort; its own flag since review 35c, item 6
    assert line["flags"] == ["outside_named_range"]
    label = str(line["label"])
    assert label.startswith("不明（表記からはPrime Videoチャンネルの請求と考えられますが")
    assert "範囲（月額300〜4,000円ほど）を超えています" in label
    assert "primehelpの情報源にない表記。金額も" not in label
    one = screen("charge", "5000", "PRIME VIDEO", lang="ja").replace("\n", "")
    # the name said as for an amount inside, never 「情報源にありません」 (review 57c, item 8)
    assert (
        "明細の表記にPrime Videoの名前がありますが、金額はPrime Videoチャンネルの料金の範囲" in one
    )
    assert "（月額300〜4,000円ほど）" in one and "より高額です。" in one
    below = one.index("下の候補は、金額に決まりのない請求（注文など）です。")  # 51c, 7
    assert one.index("一致しません。") < below  # right above the list (57c, 5)
    low = screen("charge", "100", "PRIME VIDEO", lang="ja").replace("\n", "")
    assert "より低額です" in low
    en = screen("charge", "5000", "PRIME VIDEO", lang="en")
    assert "the amount is higher than the range of Prime Video channel prices" in " ".join(
        en.split()
    )


# Item 3 (R-minor): 「Amazon.co.jp プライム会費」 600 was read first (statement: only) as an order.
def test_an_order_text_with_prime_at_a_fee_reads_both_alike() -> None:
    line = _line(RANGES, "Amazon.co.jp プライム会費", 600)
    label = str(line["label"])
    assert label.startswith("Amazon.co.jpでの注文、またはAmazonプライム（月間プラン）の会費")
    assert "（表記に「プライム」とあるため）" in label
    assert line["same_price_as"] is None
    data = json_data("charge", "--statement", *RANGES)
    assert label in [t["label"] for t in data["services"]]  # the total has the same name
    one = screen("charge", "600", "Amazon.co.jp プライム会費", lang="ja").replace("\n", "")
    assert "可能性が高いです" not in one and "可能性の高い順" not in one
    assert one.count("会費と注文のどちらの可能性もあります") == 1  # in the lead (23a 8, 52c S 35)
    plain = screen("charge", "600", "AMAZON.CO.JP", lang="ja")
    assert "可能性の高い順" in plain  # without 「プライム」: as before


# Item 5 (S): 「※年会費なら、同じ月に月会費も支払っています」 read as a fact and said not why it matters.
def test_the_annual_guess_flag_is_a_condition_and_says_why() -> None:
    path = (str(FIXTURES / "generic-unlisted-texts.csv"), *COLUMNS)
    out = screen("charge", "--statement", *path, lang="ja")
    assert "※年会費だとすると、月会費と期間が重なっています" in out
    assert "年会費なら" not in out and "支払っています" not in out
    said = out.replace("\n", "")
    assert "年会費と月会費を両方とも払っていないか、領収書で確認してください。" in said  # 32c, 9


# Item 7 (S): a --columns file with only a header row was told to check its column order.
def test_a_header_only_file_is_said_to_have_no_statement_rows(tmp_path: Path) -> None:
    from tests.support.clihelp import run

    path = tmp_path / "header.csv"
    path.write_text("利用日,利用店名,金額\n", encoding="utf-8")
    for lang, said in (
        ("ja", "明細の行がありません（見出しの行だけです）"),
        ("en", "only a header row"),
    ):
        done = run("charge", "--statement", str(path), *COLUMNS, "--lang", lang)
        assert done.exit_code == 2
        assert said in done.stderr and "列の並び" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1


# Item 8 (S): 600 yen on 2006-01-01 was 「…時点の会費ではありません。その後の月間プランの会費です」.
def test_a_date_before_prime_started_in_japan_is_said() -> None:
    out = screen("charge", "600", "--date", "2006-01-01", lang="ja").replace("\n", "")
    assert "2006年1月1日は、日本でAmazonプライムが始まった2007年より前です。" in out
    assert "日付（明細の利用日）を確認してください。" in out
    assert "その後の月間プランの会費です" not in out
    en = " ".join(screen("charge", "600", "--date", "2006-01-01", lang="en").split())
    assert "2006-01-01 is before Amazon Prime started in Japan (2007)." in en
    later = screen("charge", "600", "--date", "2007-01-01", lang="ja")
    assert "始まった2007年より前" not in later.replace("\n", "")


# Item 10 (S): at 40 columns 「サービス」 stood alone before 「（Prime Videoチャンネルなど）の可能性が」.
def test_the_range_sentence_names_the_channels_first() -> None:
    from tests.support.clihelp import run, word_cut

    for args in (("1200", "NETFLIX.COM"), ("2880",), ("600", "--date", "2019-03-01")):
        done = run("charge", *args, "--lang", "ja", env={"COLUMNS": "40"})
        lines = [line.strip() for line in done.stdout.splitlines()]
        joined = "".join(lines)
        assert "Prime Videoチャンネルなど、料金に幅のあるサービスの可能性があります。" in joined
        assert "サービス" not in lines and not word_cut(lines, "幅のある"), done.stdout
    path = (str(FIXTURES / "generic-review21a-ranges.csv"), *COLUMNS)
    said = screen("charge", "--statement", *path, lang="ja").replace("\n", "")
    # review 35c, item 6: its only flagged row is outside the channels' range: never 「…の可能性」
    assert "Prime Videoチャンネルなど、料金に幅のあるサービスの可能性があります。" not in said
    assert "※表記にあるサービスの料金の範囲を超えています" in said


def test_before_prime_started_no_prime_fee_is_a_candidate(tmp_path: Path) -> None:
    data = json_data("charge", "3900", "--date", "2006-01-01")
    assert not [c for c in data["candidates"] if c["category"] == "prime_fee"]
    path = tmp_path / "old.csv"
    path.write_text("利用日,利用店名,金額\n2006/01/01,AMAZON PRIME,3900\n", encoding="utf-8")
    said = screen("charge", "--statement", str(path), *COLUMNS, lang="ja").replace("\n", "")
    assert "2006年1月1日は、日本でAmazonプライムが始まった2007年より前です。" in said


# Review 37c, S 13: the wording 「primehelpが知らない表記」 pinned above is 「primehelpの情報源にない表記」 now.
