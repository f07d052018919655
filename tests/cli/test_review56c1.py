"""Review 56c (charge, one amount): an unquoted 「$14.99」 the shell damaged is never repeated as a
dollar example, and the forms with no $ come first (item 1); the date note first (2); a named
service at another amount says its price and where to look (3); a later fee said from its start
(8); a host named whole as a domain (9); the US fee may be higher with tax (12); 「ー600」 (S 15)."""

from __future__ import annotations

import pytest

from tests.support.clihelp import charge_screen, run, wide_stdout


def _error(*args: str, lang: str = "ja") -> str:
    done = run("charge", *args, "--lang", lang, env={"COLUMNS": "1000"})
    assert done.exit_code == 2, done.stdout
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1, done.stderr  # one line
    return done.stderr


# ---------------------------------------------------------------- item 1

_NO_QUOTES = {
    "ja": "ドルの金額は、明細どおりの金額を 14.99ドル、USD14.99 または 'US$14.99' のように指定してください。"
    "$ を引用符で囲まずに書くと、シェルが「$1」などの部分を消してしまい、金額が変わります（例：$14.99 → 4.99）。",
    "en": "for dollars, give USD14.99, 14.99USD or 'US$14.99' as on the statement (an unquoted $ "
    "lets the shell remove 「$1」 and the like: $14.99 → 4.99)",
}


# what bash leaves of $14.99, $5.99, $100000, $100000.01, $10600, US$14.99 unquoted
@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("typed", ["4.99", ".99", "00000", "00000.01", "0600", "US4.99", "600.5"])
def test_what_the_shell_left_is_never_a_dollar_example(typed: str, lang: str) -> None:
    said = _error(typed, lang=lang)
    assert _NO_QUOTES[lang] in said
    assert f"US${typed}" not in said and f"US${typed.lstrip('0') or typed}" not in said
    assert "US$4.99" not in said and "US$00000" not in said
    assert "0円の請求" not in said and "0 yen" not in said  # 「00000」: typed 100000, not 0


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_lone_zero_is_still_a_zero_charge(lang: str) -> None:
    said = _error("0", lang=lang)
    assert ("0円の請求は調べられません" if lang == "ja" else "a charge of 0 yen") in said


@pytest.mark.parametrize(
    ("lang", "forms"),
    [
        (
            "ja",
            "使える形式：600、5,900、¥5,900、5900円、14.99ドル、USD14.99、14.99USD、'US$14.99'"
            "（$ を付ける形は半角の引用符 ' で囲みます）。",
        ),
        ("en", "accepted forms: 600, 5,900, ¥5,900, 5900円, USD14.99, 14.99USD, 'US$14.99'"),
    ],
)
def test_the_forms_with_no_quotes_come_before_the_quoted_one(lang: str, forms: str) -> None:
    assert forms in _error("abc", lang=lang)


@pytest.mark.parametrize(
    ("lang", "forms"),
    [
        # review 59c, R-minor 12: the same forms in both languages, 5900円 and 14.99USD too
        (
            "ja",
            "14.99ドル、USD14.99、14.99USD、'US$14.99' など（全角の数字も使えます。$ を付ける形は半角の引用符 ' で囲みます）",
        ),
        (
            "en",
            "14.99ドル, USD14.99, 14.99USD or 'US$14.99' (full-width digits too; a $ in single quotes, for the shell)",
        ),
    ],
)
def test_the_help_lists_the_forms_with_no_quotes_first(lang: str, forms: str) -> None:
    screen = wide_stdout("charge", "--help", "--lang", lang)
    joined = ("" if lang == "ja" else " ").join(line.strip() for line in screen.splitlines())
    assert forms in joined, screen


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_dollar_unit_typed_apart_is_read_as_joined(lang: str) -> None:
    # since review 63c (B 1) read as 「14.99ドル」 instead of refused with the joined form named
    done = run("charge", "14.99", "ドル", "--lang", lang, "--json")
    assert done.exit_code == 0, done.stderr
    assert done.json()["data"]["amount"] == {"value": 14.99, "currency": "USD"}


@pytest.mark.parametrize(("typed", "value"), [("14.99ドル", "14.99"), ("USD14.99", "14.99")])
def test_the_forms_named_are_read(typed: str, value: str) -> None:
    done = run("charge", typed, "--json")
    assert done.exit_code in (0, 1), done.stderr
    assert done.json()["data"]["amount"]["value"] in (value, float(value))


# ---------------------------------------------------------------- item 2


def _lines(out: str) -> list[str]:
    return [line.strip() for line in out.splitlines()]


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    "text", [("AMAZON", "DOWNLOADS"), ("AMAZON", "PRIME"), ("amazon-prime.top",)]
)
def test_the_date_note_comes_before_the_text_reading_and_its_sources(
    text: tuple[str, ...], lang: str
) -> None:
    """The 出典 block right under the text's reading, never under the date note."""
    lines = _lines(charge_screen("charge", "980", *text, lang=lang))
    note = next(i for i, line in enumerate(lines) if line.startswith(_NO_DATE[lang]))
    typed = next(i for i, line in enumerate(lines) if line.startswith(_TYPED[lang]))
    sources = lines.index(_SOURCES[lang])
    assert typed < note < sources
    assert note == typed + 1, lines[: sources + 1]  # straight under what was typed
    assert not lines[sources - 1].startswith(_NO_DATE[lang])


_NO_DATE = {"ja": "日付の指定がないため", "en": "No date given"}
_TYPED = {"ja": "明細の表記：", "en": "Statement text:"}
_SOURCES = {"ja": "出典：", "en": "Sources:"}


@pytest.mark.parametrize(
    ("lang", "ranked"),
    [("ja", "可能性の高い順に並べています。"), ("en", "most likely first")],
)
def test_the_ranking_sentence_is_right_before_the_list(lang: str, ranked: str) -> None:
    lines = _lines(charge_screen("charge", "600", "PRIME", "VIDEO", lang=lang))
    at = next(i for i, line in enumerate(lines) if line.endswith(ranked) or ranked in line)
    assert lines[at + 1] == "" and lines[at + 2].startswith("1. "), lines[: at + 3]
    note = next(i for i, line in enumerate(lines) if line.startswith(_NO_DATE[lang]))
    assert note < at


# ---------------------------------------------------------------- item 3


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "ja",
            "明細の表記にこのサービスの名前があります。ただし金額は、Audibleの料金（月額1,500円）と違います。"
            "audible.co.jpで、同じ日付と金額の請求を探してください。",
        ),
        (
            "en",
            "The statement text names this service, but the amount is not its price (1,500 yen a "
            "month). Look for a charge of that date and amount on audible.co.jp.",
        ),
    ],
)
def test_a_named_service_at_another_amount_says_its_price_and_where(lang: str, said: str) -> None:
    out = charge_screen("charge", "600", "AUDIBLE", lang=lang)
    assert said in out
    assert (
        "下の注記" not in out and "確認する場所で" not in out and "see the notes below" not in out
    )


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", "Kindle Unlimitedの料金（月額980円）と違います。「メンバーシップおよび購読」で、"),
        (
            "en",
            "is not its price (980 yen a month). Look for a charge of that date and amount "
            "under 「メンバーシップおよび購読」.",
        ),
    ],
)
def test_a_service_seen_on_amazon_names_the_page(lang: str, said: str) -> None:
    assert said in charge_screen("charge", "600", "KINDLE", "UNLIMITED", lang=lang)


# ---------------------------------------------------------------- item 8


@pytest.mark.parametrize(
    ("args", "lang", "said"),
    [
        (
            ("600", "--date", "2007-01-01"),
            "ja",
            "600円は、2007年1月1日時点のAmazonプライムの会費ではありません。600円は、2023年8月24日からの"
            "月間プランの会費です。既存会員は、2023年9月24日以降の請求からです。2007年1月1日の月間プランの"
            "会費は確認できていません。",
        ),
        (
            ("600", "--date", "2007-01-01"),
            "en",
            "600 yen is not the Amazon Prime fee on 2007-01-01. 600 yen is the Monthly plan fee "
            "from 2023-08-24 (existing members: from bills dated 2023-09-24 or later). The "
            "Monthly plan fee on 2007-01-01 is not confirmed.",
        ),
        (
            ("5900", "AMAZON", "PRIME", "--date", "2023-08-23"),
            "ja",
            "5,900円は、翌日（2023年8月24日）からの年間プランの会費です",
        ),
        (
            ("5900", "AMAZON", "PRIME", "--date", "2023-08-23"),
            "en",
            "5,900 yen is the Annual plan fee from 2023-08-24, the next day",
        ),
    ],
)
def test_a_later_fee_is_said_from_its_start(args: tuple[str, ...], lang: str, said: str) -> None:
    out = charge_screen("charge", *args, lang=lang)
    assert said in out
    assert "より後の" not in out and "from after" not in out
    assert "（その日の月間プランの会費は確認できていません）" not in out


# ---------------------------------------------------------------- item 9


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", "表記にある「amazon-prime.top」は、Amazonが案内していないドメインです。"),
        ("en", "“amazon-prime.top” in the text is a domain Amazon does not use."),
    ],
)
def test_a_host_is_named_whole_as_a_domain(lang: str, said: str) -> None:
    out = charge_screen("charge", "600", "amazon-prime.top", lang=lang)
    assert said in out
    assert "「prime.top」" not in out and "“prime.top”" not in out


def test_a_word_with_no_host_is_still_a_word() -> None:
    out = charge_screen("charge", "300", "AMAZON", "PRIME", "TOP", lang="ja")
    assert (
        "表記にある「TOP」は、primehelpの情報源にあるAmazonの明細の表記には含まれない語です。"
        in out
    )


# ---------------------------------------------------------------- item 12


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", "税金が加わると、請求額はこの金額より高くなることがあります。"),
        ("en", "With tax added, the amount charged can be higher than this."),
    ],
)
@pytest.mark.parametrize("amount", ["US$14.99", "US$139"])
def test_the_exact_us_fee_says_tax_may_be_added(amount: str, lang: str, said: str) -> None:
    assert said in charge_screen("charge", amount, lang=lang)


@pytest.mark.parametrize(
    ("lang", "said", "never"),
    [
        (
            "ja",
            "実際の請求額は、税金が加わる分、これより高くなることがあります。",
            "税金の分だけ高くなります",
        ),
        ("en", "the amount charged may be higher by the tax", "is higher by the tax"),
    ],
)
def test_an_amount_above_the_us_fee_says_may_not_always(lang: str, said: str, never: str) -> None:
    out = charge_screen("charge", "$15", lang=lang)
    assert said in out and never not in out


# ---------------------------------------------------------------- S 15


@pytest.mark.parametrize("typed", ["ー600", "ｰ600", "ー¥600"])
def test_the_long_vowel_mark_is_a_minus(typed: str) -> None:
    done = run("charge", typed, "--json")
    assert done.exit_code in (0, 1), done.stderr
    assert done.json()["data"]["amount"] == {"value": -600, "currency": "JPY"}
    assert done.json()["data"]["refund"] is True
