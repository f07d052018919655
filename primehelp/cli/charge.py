"""``primehelp charge``: what an Amazon charge on a card statement can be, or, with
``--statement FILE``, what every Amazon line of a card statement can be."""

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated

import typer

from primehelp.amounts import check_words, unit_apart
from primehelp.charges import Amount, ChargeReading, parse_amount, read_charge
from primehelp.cli.options import JsonOption, LangOption
from primehelp.cli.running import run
from primehelp.cli.schedule import date_option, today_in_japan, up_to_today
from primehelp.cli.statement_option import (
    EPILOG_LINE,
    ColumnsOption,
    StatementOption,
    check_columns,
    run_statement,
)
from primehelp.errors import BadInput, of_option, shown
from primehelp.i18n import Lang, Text

if TYPE_CHECKING:  # --statement only
    from primehelp.statement import Classification
    from primehelp.statement_csv import StatementLine

EPILOG = (
    "Example: primehelp charge 980 AMAZON DOWNLOADS --date 2026-11-01 --lang en\n\n"
    "Example: primehelp charge 'US$14.99'\n\n"
    "Example: primehelp charge -600\n\n"
    f"{EPILOG_LINE}"
)

_NO_AMOUNT = Text(
    # review 49a item 9: named as the Japanese help names it, no 「（AMOUNT）」
    "金額を指定してください（例：600、¥5,900、14.99ドル）。カードの明細のファイルは "
    "`--statement` で指定してください",
    "AMOUNT is missing: give the amount on the statement (e.g. 600, ¥5,900, USD14.99), "
    "or a statement file with `--statement FILE`",
)


# Review 18a, S 18: `charge AMAZON PRIME`: a statement text first; never "missing" (46c, S 15).
# The example in backticks inside the sentence (「`…` のように」, as the statement's dollar note):
# no 「。」 right after the command (review 31c, S 9), no 「（例：」 left alone (20a, S 9).
_AMOUNT_FIRST = Text(
    "金額は最初に指定してください。`primehelp charge 600 AMAZON PRIME` のように、明細の表記の前に金額を書きます",
    "give AMOUNT first, before the statement text (e.g. `primehelp charge 600 AMAZON PRIME`)",
)


# Review 19a, item 7: a lone word that is no amount (「abc」, 「US$」) is said to be unreadable,
# with this after the accepted forms when the word is short (one line; wording: 30c, item 10).
_TEXT_ALONE = Text(
    "明細の表記を指定する場合は、`primehelp charge 600 AMAZON PRIME` のように、その前に金額を書いてください",
    "; for a statement text, give the amount first (e.g. `primehelp charge 600 AMAZON PRIME`)",
)
_HINT_UP_TO = 20  # characters of the word: a longer one leaves no room for the hint


def _amount(word: str, after: list[str]) -> Amount:
    """AMOUNT as typed: 「AMAZON PRIME」 (a text with no amount before it) asks for the amount
    first; a lone word that is no amount is refused as one (review 19a, item 7)."""
    if not _looks_like_text(word):
        return parse_amount(word)
    if any(_looks_like_text(other) for other in after):
        raise BadInput(_AMOUNT_FIRST)
    try:
        return parse_amount(word)
    except BadInput as refused:
        if len(word) > _HINT_UP_TO:
            raise
        said = refused.message
        raise BadInput(Text(said.ja + _TEXT_ALONE.ja, said.en + _TEXT_ALONE.en)) from None


def _looks_like_text(word: str) -> bool:
    """Latin or kana letters and no digit (「AMAZON」, 「ｱﾏｿﾞﾝ」): a statement text typed without
    its amount (never 「六百」, an amount primehelp cannot read)."""
    import unicodedata

    word = unicodedata.normalize("NFKC", word)
    kana = range(0x3041, 0x3100)
    letters = sum(ch.isalpha() and (ch.isascii() or ord(ch) in kana) for ch in word)
    return not any(ch.isdigit() for ch in word) and letters >= 2


def charge(
    amount: Annotated[
        str | None,
        typer.Argument(
            metavar="AMOUNT",
            help="The amount on the statement: 600, 5,900, ¥5,900, 5900円, 14.99ドル, USD14.99, "
            "14.99USD or 'US$14.99' (full-width digits too; a $ in single quotes, for the shell). "
            "A refund: -600, △600 or ▲600.",
            show_default=False,
        ),
    ] = None,
    text: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="TEXT",
            help="The statement text (the words beside the amount, e.g. AMAZON DOWNLOADS; "
            "in single quotes when it has * ( ) $ or such signs).",
            show_default=False,
        ),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            metavar="DATE",
            help="The day of use on the statement, up to today (2026-11-01, 2026/11/01, "
            "2026年11月1日 and the like): compared with the Prime fee in force that day. "
            "Default: the fees now.",
            show_default=False,
        ),
    ] = None,
    statement: StatementOption = None,
    columns: ColumnsOption = None,
    lang: LangOption = None,
    json_output: JsonOption = False,
) -> None:
    """What an Amazon charge on your card can be, most likely first, and how to stop it.

    カードの明細にあるAmazonの請求について、考えられる内容を可能性の高い順に表示します。確認する場所と止め方もあわせて示します。
    """
    if statement is not None:
        given = (("AMOUNT", amount), ("TEXT", text), ("--date", date))
        others = tuple(name for name, value in given if value is not None)
        values = tuple(x for x in (amount, *(text or ())) if x)  # a second file? (38c, 17)
        run_statement(
            "charge", statement, columns, lang, json_output, _classifier(), None, others, values
        )

    def produce(_lang: Lang) -> ChargeReading:
        check_columns(statement, columns)
        if amount is None:
            raise BadInput(_NO_AMOUNT)
        typed, words = unit_apart(amount, text)  # 「USD 14.99」 as 'USD 14.99' (62c, R-minor 11)
        # options after 「--」, digits alone (39c, S 3, S 14), a unit or date at the end (51c)
        check_words(words or [], typed)
        value = _amount(typed, words or [])
        on = None if date is None else _charge_date(date)
        reading = read_charge(value, None if words is None else " ".join(words), on, hedged=True)
        if not json_output:
            return reading
        from primehelp.charge_named import named_fits  # the screen words these fits (58c, B 3)

        return reading._replace(candidates=named_fits(reading))

    run("charge", lang, json_output, produce, _show)


def _charge_date(raw: str) -> dt.date:
    """The --date of a charge: a day up to today in Japan (a later day is no charge yet: the
    member most likely gave the statement's payment day, not its day of use)."""
    ask = Text(
        "明細の利用日を、今日以前の日付で指定してください。",
        "give the day of use on the statement, today or earlier",
    )  # the accepted forms follow, as every bad input names them (review 34c, S 14: kept)
    from primehelp.dates import ACCEPTED_DATE_FORMS, YearOutOfRange, parse_date

    try:
        parse_date(raw)
    except YearOutOfRange:  # never 「1900年〜2999年」: no later day is a charge (64c, R-minor 2)
        today = today_in_japan(None)
        said = Text(
            f"{shown(raw)}は年が範囲外です。明細の利用日を、今日（{today.year}年{today.month}月"
            f"{today.day}日）以前の日付で指定してください。{ACCEPTED_DATE_FORMS.ja}",
            f"{shown(raw)} has a year out of range: give the day of use on the statement, today "
            f"({today.isoformat()}) or earlier; {ACCEPTED_DATE_FORMS.en}",
        )
        raise of_option("`--date`", BadInput(said)) from None
    except BadInput:
        pass  # said of the option below
    return up_to_today("`--date`", raw, date_option("`--date`", raw), ask)


def negative_argument(word: str) -> bool:
    """Whether ``word`` is a refund's AMOUNT (``-600``, ``-¥600``), not an option: the first
    argument of ``primehelp charge`` may be negative without ``--``."""
    if word[:1] == "-" and word[1:2].isdecimal():  # 「-0」 too: the 0-yen message (23a, S 18)
        return True
    try:
        return parse_amount(word).value < 0
    except BadInput:
        return False


def _classifier() -> Callable[["StatementLine"], "Classification"]:
    """What one Amazon line of a statement can be (``cli/charge_statement.py``: statements only)."""
    from primehelp.cli.charge_statement import classifier

    return classifier()


def _show(result: ChargeReading, lang: Lang) -> None:
    from primehelp.output.charge import human_charge  # text only: --json and errors do without it

    human_charge(result, lang)
