"""Review 51c (charge, helper f52charge): an unknown option's accepted forms (item 34), the
look-alike note naming the pattern that matched (item 17), 「AMAZON.COM」 on both screens (item 37),
「または」 in the month table (item 20), a date kept with its particle (item 40), the partial refund's
look-back said honestly (item 30)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from tests.support.clihelp import (
    RAKUTEN_HEADER,
    charge_screen,
    run,
    statement_file,
    statement_screen,
)

# ---------------------------------------------------------------- item 34


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "ja",
            "primehelp: エラー: 「--bogus」というオプションはありません。使えるオプション："
            "`--date`、`--statement`、`--columns`、`--lang`、`--json`。使い方は "
            "`primehelp charge --help` で確認できます。",
        ),
        (
            "en",
            "primehelp: error: unknown option '--bogus'; options: `--date`, `--statement`, "
            "`--columns`, `--lang`, `--json`; see `primehelp charge --help`",
        ),
    ],
)
def test_an_unknown_option_names_the_options_in_one_line(lang: str, line: str) -> None:
    """Item 34: with no near name, the accepted options, as an unknown command lists commands."""
    done = run("charge", "600", "--bogus", env={"PRIMEHELP_LANG": lang})
    assert done.exit_code == 2 and done.stdout == ""
    assert done.stderr.splitlines() == [line]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_command_lists_its_own_options_and_a_near_name_is_still_suggested(lang: str) -> None:
    """Item 34: the same rule on every command; 「--dat」 still gets `--date`, not the list."""
    fees = run("fees", "--bogus", env={"PRIMEHELP_LANG": lang}).stderr
    assert (
        "使えるオプション：`--lang`、`--json`。" if lang == "ja" else "options: `--lang`, `--json`;"
    ) in fees
    near = run("charge", "600", "--dat", "2026-11-01", env={"PRIMEHELP_LANG": lang})
    assert near.exit_code == 2 and "`--date`" in near.stderr
    assert "使えるオプション" not in near.stderr and "options:" not in near.stderr


# ---------------------------------------------------------------- item 20

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "statements"
RAKUTEN_ROWS = (
    '"2026/10/03","AMAZON PRIME","本人","1回払い","600","0","600"',
    '"2026/10/12","AMAZON DOWNLOADS","本人","1回払い","980","0","980"',
    '"2026/10/20","AMZN Mktp JP","本人","1回払い","3480","0","3480"',
    '"2026/10/25","Amazon.co.jp","本人","1回払い","-1200","0","-1200"',
)


def _table(path: str, lang: str, width: str) -> list[str]:
    done = run("charge", "--statement", path, "--lang", lang,
               env={"COLUMNS": width, "PRIMEHELP_TODAY": "2026-12-05"})  # fmt: skip
    assert done.exit_code in (0, 1), done.stderr
    head = "月ごとの合計" if lang == "ja" else "Totals per month"
    table = done.stdout.split(head, 1)[1].split("\n\n", 1)[0]
    return [line.strip() for line in table.splitlines()]


@pytest.mark.parametrize("width", ["60", "70", "80", "120"])
def test_no_or_alone_in_the_month_table(tmp_path: Path, width: str) -> None:
    """Item 20: 「Kindle Unlimited、│または│デジタルコンテンツの」 and 「…アプリなど）│または│Prime
    Videoチャンネル」 at 60 columns: the row's names read 「Kindle Unlimitedまたは…」 and the short
    purchase name beside a channel, so 「または」 never stands alone."""
    rakuten = tmp_path / "rakuten.csv"
    rakuten.write_text("\n".join((RAKUTEN_HEADER, *RAKUTEN_ROWS)) + "\n", encoding="utf-8")
    for path in (str(rakuten), str(FIXTURES / "paypay-utf8.csv")):
        lines = _table(path, "ja", width)
        assert "または" not in lines, lines
        assert not any(line.startswith("または") for line in lines), lines
    flat = "".join(_table(str(rakuten), "ja", width))
    assert "Kindle Unlimitedまたは" in flat


def test_the_purchase_beside_a_channel_has_its_short_name_in_both_languages() -> None:
    """Item 20: the row's name is 「デジタルコンテンツの購入（Kindle本など）またはPrime Videoチャンネル」,
    as the Kindle Unlimited row names the purchase."""
    path = str(FIXTURES / "paypay-utf8.csv")
    ja = "".join(_table(path, "ja", "1000"))
    assert "デジタルコンテンツの購入（Kindle本など）またはPrime Videoチャンネル" in ja
    en = " ".join(_table(path, "en", "1000"))
    assert "A digital purchase (a Kindle book or the like) or a Prime Video channel" in en


# ---------------------------------------------------------------- item 40

TWINS = (
    '"2026/11/05","AMAZON PRIME","本人","1回払い","600","0","600"',
    '"2026/11/06","AMAZON PRIME","本人","1回払い","-600","0","-600"',
    '"2026/11/07","AMAZON PRIME","本人","1回払い","600","0","600"',
)


@pytest.mark.parametrize("width", [str(w) for w in range(36, 81, 2)])
def test_a_date_keeps_its_particle(tmp_path: Path, width: str) -> None:
    """Item 40: 「そちらは2026年11月6日│に返金されたと」 at 40 columns: a date written out keeps
    the particle after it on its line, 「2026年11月6日に」 whole."""
    path = tmp_path / "twins.csv"
    path.write_text("\n".join((RAKUTEN_HEADER, *TWINS)) + "\n", encoding="utf-8")
    done = run("charge", "--statement", str(path), "--lang", "ja",
               env={"COLUMNS": width, "PRIMEHELP_TODAY": "2026-12-05"})  # fmt: skip
    lines = [line.strip() for line in done.stdout.splitlines()]
    assert "".join(lines).count("そちらは2026年11月6日に返金されたと考えられます。") == 1
    for line, after in itertools.pairwise(lines):
        if line.endswith("日") and line[-2:-1].isdigit():
            assert not after.startswith(("に", "の", "から", "まで", "は", "が")), (line, after)
    en = run("charge", "--statement", str(path), "--lang", "en",
             env={"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-05"})  # fmt: skip
    assert "that charge was probably refunded on 2026-11-06." in en.stdout


# ---------------------------------------------------------------- item 30 (caveat)


@pytest.mark.parametrize(
    ("rows", "ja", "en"),
    [
        (
            (
                "2024/10/01,AMAZON PRIME,2950",
                "2025/12/05,AMAZON PRIME,5900",
                "2026/11/20,AMAZON PRIME,-2950",
            ),
            "（この返金までの1年間に、その会費の請求はこの明細にありません）",
            "this statement shows no such charge in the year before this refund",
        ),
        (
            ("2026/03/01,AMAZON PRIME,5900", "2026/06/01,AMAZON PRIME,-600"),
            "（この返金までの1か月に、その会費の請求はこの明細にありません）",
            "this statement shows no such charge in the month before this refund",
        ),
    ],
)
def test_the_other_plans_fee_is_looked_for_within_its_period_and_said_so(
    tmp_path: Path, rows: tuple[str, ...], ja: str, en: str
) -> None:
    """Item 30 (caveat): the fees looked for are those whose period holds the refund's day; the
    Prime Student fee of 2024-10-01 is in the file, so 「この返金より前に、その会費の請求はこの明細に
    ありません」 was untrue: the sentence names the period it looked back over."""
    path = statement_file(tmp_path, *rows)
    out = "".join(statement_screen(path).split())
    assert ja in out and "この返金より前に、その会費" not in out
    assert en in " ".join(statement_screen(path, "en").split())


# ---------------------------------------------------------------- item 37

US_SITE = {
    "ja": "表記にamazon.com（米国のAmazon）の名前があります。amazon.co.jpとは別の、"
    "amazon.comのアカウントの請求の可能性があります（表記から推定）。",
    "en": "The text names amazon.com (Amazon in the US): possibly a charge of an amazon.com "
    "account, separate from amazon.co.jp (estimated from the text).",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    "args",
    [
        ("US$16.28", "AMAZON.COM", "--date", "2026-11-30"),
        ("2250", "AMAZON.COM"),
        ("US$14.99", "WWW.AMAZON.COM"),
    ],
)
def test_amazon_com_is_read_as_the_statement_view_reads_it(
    lang: str, args: tuple[str, ...]
) -> None:
    """Item 37: 「この表記は、primehelpの情報源にない明細の表記です。下の候補は金額だけで…」 above
    the amazon.com account its name put first, while --statement reads the text as amazon.com's:
    both screens say it is estimated from the text."""
    out = " ".join(charge_screen("charge", *args, lang=lang).split())
    assert US_SITE[lang] in (out if lang == "en" else out.replace(" ", ""))
    assert "情報源にありません" not in out and "not in primehelp's sources" not in out


def test_an_amazon_com_refund_and_a_borrowed_amazon_com() -> None:
    """Item 37: a refund says 「からの返金」; a name before amazon.com stays perhaps another's."""
    refund = "".join(charge_screen("charge", "-2250", "AMAZON.COM").split())
    assert "amazon.comのアカウントからの返金の可能性があります（表記から推定）。" in refund
    en = " ".join(charge_screen("charge", "-2250", "AMAZON.COM", lang="en").split())
    assert "possibly a refund from an amazon.com account" in en
    other = "".join(charge_screen("charge", "2250", "PAYPAL *AMAZON.COM").split())
    assert "表記にamazon.com" not in other and "Amazonの名前を使ったほかの会社" in other


def test_the_statement_view_says_the_same_of_amazon_com(tmp_path: Path) -> None:
    """Item 37: both screens read 「AMAZON.COM」 as amazon.com's; since review 62c (R-major 2)
    also at a fee's amount (600 yen), the fee noted, never read by the amount alone."""
    path = statement_file(tmp_path, "2026/11/30,AMAZON.COM,2250", "2026/11/29,AMAZON.COM,600")
    out = statement_screen(path)
    assert out.count("amazon.com（米国）での請求（表記から推定）") == 2
    assert "primehelpの情報源にない表記のため、金額から推定" not in out
    fee = "".join(charge_screen("charge", "600", "AMAZON.COM").split())
    assert "この表記は、primehelpの情報源にありません。" not in fee and "表記にamazon.com" in fee


# ---------------------------------------------------------------- item 17 (second half)

FORMS = {
    "ja": ("Amazonの名前の前にほかの名前がある表記", "Amazonの明細の表記やサービス名の後にほかの語が付いた表記",
           "Amazonの名前の途中に空白が入った表記", "Amazonが案内していないドメインを含む表記"),
    "en": ("A text with another name before Amazon's",
           "A statement text or service name of Amazon's followed by another word",
           "A text with spaces inside a name of Amazon's",
           "A text with a domain Amazon does not list as its own"),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    ("amount", "words", "form"),
    [("600", ("PAYPAL", "*AMAZONPRIME"), 0), ("600", ("AMAZON", "PRIME", "TOP"), 1),
     ("-600", ("AMAZON", "PRIME", "TOKYO"), 1), ("600", ("A", "M", "A", "Z", "O", "N"), 2),
     ("600", ("amazon-prime.top",), 3), ("300", ("XYZ", "AMAZON"), 0)],
)  # fmt: skip
def test_the_look_alike_note_names_only_the_form_the_text_has(
    lang: str, amount: str, words: tuple[str, ...], form: int
) -> None:
    """Item 17: the note listed four forms (40 columns: 13 lines) where one applies; it names the
    one the text has, the domain sentence only for a domain; a refund's says 「返金」."""
    out = " ".join(charge_screen("charge", amount, *words, lang=lang).split())
    out = out if lang == "en" else out.replace(" ", "")
    said = FORMS[lang][form]
    assert said in out
    assert [f for f in FORMS[lang] if f in out] == [said]
    assert ("amazon.co.jp か" in out or "amazon.co.jpか" in out or "name ending in" in out) is (
        form == 3
    )
    refund = {"ja": "からの返金かもしれません", "en": "may be a refund from another company"}
    assert (refund[lang] in out) is amount.startswith("-")


def test_the_fact_keeps_the_four_forms_for_sources_and_the_statement_view(tmp_path: Path) -> None:
    """Item 17: where no one form is said (`sources`, the statement view's note of its flag),
    the four stay."""
    sources = run("sources", "--lang", "ja", env={"COLUMNS": "1000"}).stdout
    assert "途中に空白を入れた名前（「A M A Z O N」「AMA ZON」）" in sources
    path = statement_file(tmp_path, "2026/11/30,PAYPAL *AMAZONPRIME,600")
    assert "途中に空白を入れた名前（「A M A Z O N」「AMA ZON」）" in statement_screen(path)
