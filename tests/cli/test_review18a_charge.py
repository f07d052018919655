"""Review 18a (charge, charge --statement): what a DIGITAL text with an odd amount is, a service
the text names, and the wording of the statement rows, refunds and errors."""

from __future__ import annotations

from pathlib import Path

from tests.support.clihelp import run, screen

STATEMENTS = Path(__file__).parents[1] / "fixtures" / "statements"
SMBC = str(STATEMENTS / "smbc-vpass-shift_jis.csv")


def _kinds(*args: str) -> list[str]:
    done = run("charge", *args, "--json")
    assert done.exit_code == 0, done.stderr
    return [c["kind"] for c in done.json()["data"]["candidates"]]


def test_a_digital_text_with_no_fixed_price_is_a_digital_purchase_first() -> None:
    """Item 1 (R-minor): 1,394 yen with 「AMZN DIGITAL」 ranked Prime Videoチャンネル first."""
    kinds = _kinds("1394", "AMZN DIGITAL")
    assert kinds.index("digital_purchase") < kinds.index("prime_video_channel")
    # a fixed price still ranks by the amount: 980 is Kindle Unlimited's
    assert _kinds("980", "AMZN DIGITAL")[0] == "kindle_unlimited"


def test_a_digital_purchase_is_not_said_to_miss_a_fixed_price() -> None:
    """Item 1: a purchase has no fixed price: never 「決まった料金とは一致しません」 under it."""
    for lang, said, wrong in (
        (
            "ja",
            "明細の表記と合います（決まった料金のない買い物です）。",
            "決まった料金とは一致しません",
        ),
        (
            "en",
            "Fits this statement text (a purchase, with no fixed price).",
            "no fixed price matches",
        ),
    ):
        out = screen("charge", "1394", "AMZN DIGITAL", lang=lang)
        first = out.split("\n2. ")[0].split("\n1. ")[1]
        assert said in first and wrong not in first


def test_the_statement_row_names_the_digital_purchase_first_and_the_channel() -> None:
    """Item 1: the smbc row of 1,394 yen under AMAZON DIGITAL DWNLD named the channel alone.
    Since review 48c item 3 that row, billed as 10 US dollars, is read from its dollars: a
    digital purchase, and no Prime Video channel (a yen fee of amazon.co.jp)."""
    done = run("charge", "--statement", SMBC, "--json")
    line = next(x for x in done.json()["data"]["lines"] if x["amount_yen"] == 1394)
    assert line["service"] == "digital_purchase"
    assert line["foreign_usd"] == "10.00"
    label = str(line["label"])
    assert "デジタルコンテンツの購入" in label and "Prime Videoチャンネル" not in label
    out = " ".join(screen("charge", "--statement", SMBC, lang="en").split())
    # one name for a digital purchase in rows and tables (review 52c item 9)
    assert "A digital purchase (a Kindle book or the like)" in out
    assert "or a Prime Video channel" not in out


def test_an_unknown_text_naming_a_service_ranks_it_first() -> None:
    """Item 2 (R-minor): 「AMAZON KIDS」 480 yen ranked Music Unlimited first 「可能性の高い順」."""
    assert _kinds("480", "AMAZON KIDS")[:2] == ["kids_plus", "music_unlimited"]
    assert _kinds("480", "AMAZON MUSIC")[:2] == ["music_unlimited", "kids_plus"]
    for lang, said in (
        ("ja", "明細の表記と金額が合います。"),  # review 63c, R-minor 5
        ("en", "It fits the statement text and the amount."),
    ):
        out = screen("charge", "480", "AMAZON KIDS", lang=lang)
        assert said in out.split("\n2. ")[0]


def test_the_words_that_name_a_service_come_from_its_names() -> None:
    """Item 2: the words are the services' own name words, none shared by two services."""
    from primehelp.content.charges import load

    book = load()
    assert book.named_services("AMAZON KIDS") == {"kids_plus"}
    assert book.named_services("AMZN Mktp JP") == frozenset()  # "jp" of audible.co.jp: too short
    names = {s.id: (s.name.ja + " " + s.name.en).casefold() for s in book.services}
    joined = {k: name.replace(" ", "") for k, name in names.items()}
    from primehelp.content.spellings import katakana, spelled
    from primehelp.facts import document

    kana = katakana(document("statement"))
    for kind, words in book.service_words.items():
        # a name's words, or those written in katakana (review 38c, item 13)
        own = tuple(w for w in words if w in joined[kind])
        assert set(words) == set(spelled(own, kana)), kind
        # One word is the service's own; two words read together (「Prime Video」, review 20a,
        # item 4) may name two services.
        single = [w for w in words if w in names[kind]]
        assert not any(w in names[k] for w in single for k in names if k != kind)


def test_a_tie_by_the_amount_alone_claims_no_likelihood() -> None:
    """Item 2: `charge 480` (no text): Music and Kids+ tie on the amount: no 「可能性の高い順」."""
    for lang, likely, tie in (
        ("ja", "可能性の高い順", "金額が同じもの同士の順番に意味はありません。"),
        ("en", "ost likely first", "among those of the same amount, the order means nothing."),
    ):
        out = screen("charge", "480", lang=lang)
        assert likely not in out and tie in out
        # said once, in the lead (review 28c, S 12)
        assert likely in screen("charge", "480", "AMAZON KIDS", lang=lang).replace("\n", "")
        assert likely in screen("charge", "1500", lang=lang)  # one exact match: an order


def test_the_existing_members_start_is_said_with_kara_as_fees_says_it() -> None:
    """Item 6 (R-minor): 「既存会員は2023年9月24日以降の請求。」 lacked the 「から」 of the new
    members' half (and of fees: 「既存会員は2023年9月24日以降の請求からです」)."""
    ja = screen("charge", "600", "AMAZON PRIME", lang="ja")
    assert "（新規会員は2023年8月24日から、既存会員は2023年9月24日以降の請求から）" in ja
    en = screen("charge", "600", "AMAZON PRIME", lang="en")
    assert (
        "(new members from 2023-08-24; existing members from bills dated 2023-09-24 or later)" in en
    )
    later = screen("charge", "5900", "--date", "2019-06-01", lang="ja")  # a later fee: the same
    # from its start, the renewals' said after it (review 56c, item 8; own lines since 51c, 18)
    assert "。既存会員は、2023年9月24日以降の請求からです" in later.replace("\n", "")


UNLISTED = Path(__file__).parents[1] / "fixtures" / "statement_texts" / "generic-unlisted-texts.csv"


def test_the_column_and_the_rows_have_one_name_with_or_without_refunds() -> None:
    """S 8: the column was 「考えられる内容」 with refunds, 「考えられる請求」 without, and the rows
    always 「考えられる請求：」: one name, 「考えられる内容」, everywhere."""
    cases = (
        ("--statement", str(STATEMENTS / "rakuten-utf8-bom.csv")),  # refunds
        ("--statement", str(UNLISTED), "--columns", "date,description,amount"),  # none
    )
    for args in cases:
        for columns in (40, 120):
            for lang, name, other in (
                ("ja", "考えられる内容", "考えられる請求"),
                ("en", "What it may be", "Likely charge"),
            ):
                out = screen("charge", *args, lang=lang, columns=columns)
                assert name in out and other not in out


def test_an_unknown_row_leads_with_its_candidate() -> None:
    """S 7: 「考えられる請求：primehelpの情報源にない表記です（金額からはAmazonプライム（月間プラン）
    の可能性があります）」: a remark under a label that promises a candidate, brackets nested."""
    args = ("charge", "--statement", str(UNLISTED), "--columns", "date,description,amount")
    ja = "".join(screen(*args, lang="ja", columns=40).split())  # stacked: 「見出し：内容」
    said = "考えられる内容：Amazonプライム（年間プラン）の可能性（primehelpの情報源にない表記のため、金額から推定）"
    assert said in ja and "金額からは" not in ja
    en = screen(*args, lang="en")
    assert (
        "Perhaps Amazon Prime (Annual plan) (a text primehelp does not know: estimated from the amount)"
        in en
    )


def test_a_month_total_with_amazon_pay_says_it_includes_it() -> None:
    """S 9: rakuten's 「合計」 13,920円 counted the Amazon Pay row the screen calls 「プライムの請求
    ではありません」: the total (what Amazon billed) now says it includes Amazon Pay."""
    rakuten = str(STATEMENTS / "rakuten-utf8-bom.csv")
    ja = screen("charge", "--statement", rakuten, lang="ja", columns=120)
    assert "合計（Amazon Payを含む）" in ja
    assert (
        screen("charge", "--statement", rakuten, lang="en", columns=120).count(
            "Total (including Amazon Pay)"
        )
        == 1
    )  # one month of two has Amazon Pay
    stacked = screen("charge", "--statement", rakuten, lang="ja", columns=40)
    assert "請求の合計：13,920円（Amazon Payを含む）" in stacked  # review 61c, item 8
    assert "返金の合計：600円" in stacked  # the refund is no Amazon Pay
    data = run("charge", "--statement", rakuten, "--json").json()["data"]
    assert data["months"][0]["charged_yen"] == 13920  # the JSON keeps its total


def test_the_prime_refund_rule_only_with_a_prime_candidate_or_text() -> None:
    """S 10: `charge -1000 AMAZON.CO.JP` printed the Prime fee's refund rule (2~3営業日) for a
    shop text; the rule now goes with a Prime candidate, or a Prime text listing none."""
    rule = "2~3営業日"
    plain = "この返金の候補"  # no 「マイナスの金額は…」 bullet since review 32c, S 14
    shop = screen("charge", "△1000", "AMAZON.CO.JP", lang="ja")
    assert plain in shop and rule not in shop
    fee = screen("charge", "△5900", "AMAZON.CO.JP", lang="ja")
    head, listed = fee.split("\n1. ", 1)
    assert plain in head and rule not in head  # not before the shop order
    prime = next(b for b in listed.split("\n\n") if "Amazonプライム（年間プラン）" in b)
    assert rule in prime
    # a Prime text listing no Prime fee (△777 is now a possible partial refund: review 28c, 2)
    # a former fee of the amount: the rule at the top; no Prime fee ever (△7,000): none (31c, 3)
    # review 36c, item 4: a former fee's amount under a Prime text is also part of today's fee,
    # a Prime candidate now: the rule goes with it
    former = screen("charge", "△4900", "AMAZON PRIME", lang="ja").split("\n1. ")[1]
    assert former.startswith("Amazonプライム（年間プラン）") and rule in former.split("\n\n")[0]
    assert rule not in screen("charge", "△7000", "AMAZON PRIME", lang="ja")
    partial = screen("charge", "△777", "AMAZON PRIME", lang="ja").split("\n1. ")[1]
    assert partial.startswith("Amazonプライム（年間プラン）") and rule in partial.split("\n\n")[0]
    en = screen("charge", "△1000", "AMAZON.CO.JP", lang="en")
    assert "What this refund can be for" in en and "business days" not in en


def test_the_channel_note_says_whose_cancelling_stops_it() -> None:
    """S 15: right after the channel's own 「止め方」, 「解約するとチャンネルも止まる」 read for a
    moment as cancelling the channel: 「プライムを解約すると」."""
    out = screen("charge", "1394", "AMZN DIGITAL", lang="ja")
    assert (
        "プライム会員でないと使えないため、プライムを解約するとチャンネルも止まるとされています"
        in out
    )


def test_a_statement_text_without_its_amount_asks_for_the_amount_first() -> None:
    """S 18: `charge AMAZON PRIME` said 「「AMAZON」は金額として読み取れません」: the amount is
    missing, and it comes first. One line on stderr, exit 2, in the member's language."""
    for lang, said in (
        (
            "ja",
            # review 20a, S 9; 31c, S 9: the command in backticks, no 「。」 after it
            "金額は最初に指定してください。`primehelp charge 600 AMAZON PRIME` のように、明細の表記の前に金額を書きます。",
        ),
        (
            "en",
            "give AMOUNT first, before the statement text (e.g. `primehelp charge 600 AMAZON PRIME`)",
        ),
    ):
        for words in (("AMAZON", "PRIME"), ("ｱﾏｿﾞﾝ", "ﾌﾟﾗｲﾑ"), ("ＡＭＡＺＯＮ", "ＰＲＩＭＥ")):
            done = run("charge", *words, "--lang", lang)
            assert done.exit_code == 2 and done.stdout == ""
            [line] = done.stderr.splitlines()
            assert said in line
        # review 19a, item 7: a lone word is an unreadable amount, with the amount-first hint
        for word in ("ｱﾏｿﾞﾝ", "ＡＭＡＺＯＮ"):
            [line] = run("charge", word, "--lang", lang).stderr.splitlines()
            assert said not in line
            said_first = {"ja": "その前に金額を書いてください", "en": "give the amount first"}
            assert said_first[lang] in line
    done = run("charge", "六百", "--lang", "ja")  # an amount primehelp cannot read: as before
    assert "「六百」は金額として読み取れません" in done.stderr


# Review 37c, S 13: the wording 「primehelpが知らない表記」 pinned above is 「primehelpの情報源にない表記」 now.
