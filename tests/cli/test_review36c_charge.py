"""Review 36c (charge, charge --statement): one test or more per item."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from primehelp.charges import Amount, Category, Match, read_charge
from primehelp.content.fees import load as load_fees
from primehelp.output.linebreak import unicode_text_width
from primehelp.plans import periods_charged_on
from tests.support.clihelp import charge_screen, run, statement_file
from tests.support.clihelp import statement_screen as _statement
from tests.support.golden import Call, command_calls, transcript

# ---------------------------------------------------------------- item 4


def _annual_paid(on: dt.date | None) -> int:
    """The regular annual fee a refund on ``on`` may give part of (the fee now without a date)."""
    plan = next(p for p in load_fees().plans if p.plan.value == "annual")
    return min(p.fee_yen for p in periods_charged_on(plan, on)) if on else plan.history[-1].fee_yen


@settings(max_examples=150, deadline=None)
@given(
    yen=st.integers(min_value=1, max_value=5899),
    on=st.none() | st.dates(min_value=dt.date(2008, 1, 1), max_value=dt.date(2026, 12, 5)),
)
def test_4_a_prime_refund_smaller_than_the_annual_fee_may_be_part_of_it(
    yen: int, on: dt.date | None
) -> None:
    """Any AMAZON PRIME refund smaller than the annual fee lists the partial refund of the annual
    fee, whatever else the amount is (a Student fee, the monthly fee, a former fee)."""
    if yen >= _annual_paid(on):
        return
    reading = read_charge(Amount(Decimal(-yen), "JPY"), "AMAZON PRIME", on)
    parts = [c for c in reading.candidates if c.match is Match.PARTIAL_REFUND]
    assert "prime_annual" in {c.kind for c in parts}, [c.kind for c in reading.candidates]


def _blocks(out: str) -> dict[str, str]:
    """Each numbered candidate's block of a charge screen, by its name."""
    listed = out.split("\n1. ", 1)[1].split("\nどれにも当てはまらないとき")[0]
    found = {}
    for block in ("1. " + listed).split("\n\n"):
        if block[:1].isdigit():
            name, _, rest = block.partition("\n")
            found[name.split(". ", 1)[1]] = rest
    return found


def test_4_a_refund_of_another_plans_fee_is_possible_and_the_part_is_beside_it() -> None:
    """`charge -- -2950 AMAZON PRIME` (and −600, −300): the whole fee of that plan is possible,
    never 「可能性が高いです」, and the annual fee's partial refund is listed with it."""
    for yen, plan in (("△2950", "Prime Student 年間プラン"), ("△600", "月間プラン"),
                      ("△300", "Prime Student 月間プラン")):  # fmt: skip
        out = charge_screen("charge", yen, "AMAZON PRIME")
        blocks = _blocks(out)
        whole = blocks[f"Amazonプライム（{plan}）"]
        assert "明細の表記と金額が、この会費の返金と合います。" in whole, whole  # review 63c, S 2
        assert "可能性が高い" not in "".join(blocks.values()), out
        part = blocks["Amazonプライム（年間プラン）"]
        assert "会費の一部返金の可能性があります" in part, part
        assert "一部返金の金額は決まっていないため" in part, part  # review 60c, R-minor 5
    en = charge_screen("charge", "△2950", "AMAZON PRIME", lang="en")
    assert "The statement text and the amount fit a refund of this fee." in en
    assert "Likely with this statement text and amount." not in en


def test_4_a_whole_fee_refund_with_no_larger_fee_stays_likely() -> None:
    """−5,900 (the annual fee itself) is no part of a larger fee: still 「可能性が高いです」."""
    reading = read_charge(Amount(Decimal(-5900), "JPY"), "AMAZON PRIME", None)
    assert not any(c.match is Match.PARTIAL_REFUND for c in reading.candidates)
    assert reading.candidates[0].category is Category.PRIME_FEE
    out = charge_screen("charge", "△5900", "AMAZON PRIME")
    assert (
        "明細の表記と金額が合います。"  # the likely line (review 63c, R-minor 5)
        in _blocks(out)["Amazonプライム（年間プラン）"]
    )


# ---------------------------------------------------------------- item 11


def _narrow_calls() -> list[Call]:
    """Each command's first three text calls in each language (the statements' and a digital
    charge's with them), at 40 and 60 columns: every 出典 list of every command."""
    taken: dict[tuple[str, str, bool], int] = {}
    calls = []
    for call in command_calls():
        if "--json" in call.args or "--ics" in call.args:
            continue
        key = (call.args[0], call.args[-1], "--statement" in call.args)
        taken[key] = taken.get(key, 0) + 1
        if taken[key] <= 3:
            calls += [Call(call.args, {**call.env, "COLUMNS": w}, call.systemd_running,
                           call.files, call.links) for w in ("40", "60")]  # fmt: skip
    for lang in ("ja", "en"):
        calls.append(
            Call(("charge", "2950", "AMAZON DOWNLOADS", "--lang", lang), {"COLUMNS": "80"})
        )
    return calls


_CHECKED = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日に確認しました。|\(checked [0-9-]+\)")


def test_11_every_source_of_every_list_keeps_its_indent_a_long_url_too() -> None:
    """A URL wider than the line stays indented under 「出典：」 and runs past the line, in every
    command's lists and in a candidate's nested list (it jumped to the margin: review 36c, 11)."""
    lists = wide = 0
    for call in _narrow_calls():
        out = transcript(call).split("\n--- stdout\n", 1)[1].split("\n--- stderr\n")[0]
        width = int(call.env["COLUMNS"])
        rows = out.split("\n")
        for at, row in enumerate(rows):
            if row.strip() not in ("出典：", "Sources:"):
                continue
            lists += 1
            margin = len(row) - len(row.lstrip(" "))
            for source in itertools.takewhile(  # to the check date (`sources`: a blank row)
                # (or the next paragraph: a screen that states the date, review 37a item 13)
                lambda r: (
                    r.strip().startswith(("http", "（", "(")) and not _CHECKED.fullmatch(r.strip())
                ),
                rows[at + 1 :],
            ):
                # indented alike, a long URL too; under 60 columns at the list's margin
                # (review 37b item 7)
                indent = 2 if width - margin >= 60 else 0  # the room of its block
                assert source.startswith(" " * (margin + indent)), (call.args, width, source)
                wide += unicode_text_width(source) > width
    assert lists > 100 and wide > 10, (lists, wide)


# ---------------------------------------------------------------- item 8


def test_8_a_prime_text_row_of_no_fee_never_says_it_is_the_fee(tmp_path: Path) -> None:
    """「不明（プライムの表記だが、会費と金額が違う）」 then 「表記からはプライムの会費と考えられます。
    …会費ではありません。」 contradicted itself: every such row (no fee ever, another service's
    price, a former fee, a date before Prime) says what the text is used for, then the amount."""
    amounts = ("7000", "1500", "980", "1", "4900", "400", "123456")
    rows = [f"2026-10-{n + 1:02d},AMAZON PRIME,{yen}" for n, yen in enumerate(amounts)]
    path = statement_file(tmp_path, *rows, "2005-01-01,AMAZON PRIME,3900")
    for lang, said in (("ja", "表記はプライムの会費によく使われるものですが、"),
                       ("en", "This text is often used for the Prime fee. ")):  # fmt: skip
        data = _statement(path, lang, json=True)
        details = [x["detail"] for x in data["lines"] if x["service"] == "prime_text"]
        assert len(details) == len(amounts) + 1, data["lines"]
        for detail in details:
            assert detail.startswith(said), detail
            assert "会費と考えられます" not in detail and "points to the Prime fee" not in detail


# ---------------------------------------------------------------- item 6


def test_6_a_digital_text_at_a_subscription_price_names_the_purchase_too(tmp_path: Path) -> None:
    """「AMAZON DOWNLOADS」 980 was 「Kindle Unlimited」 alone, and two in a month read as a double
    subscription: every fixed price of a service such a text usually stands for is named with
    the digital purchase (a Kindle book can cost the same), the twice-in-a-month rows too."""
    from primehelp.content.charges import load

    book = load()
    rows: list[str] = []
    expected: list[set[str]] = []  # the services of that text at that price
    for text in ("AMAZON DOWNLOADS", "AMZN DIGITAL"):
        fits = book.statement_for(text)
        assert fits is not None and "digital_purchase" in fits.means
        fixed = [(s, p) for s in book.services for p in s.prices if s.id in fits.means]
        for _, price in fixed:
            if price.up_to is None and not price.until:
                same = {s.name.ja for s, p in fixed if p.up_to is None and p.value == price.value}
                rows.append(f"2026-10-{1 + len(rows) % 28:02d},{text},{price.value}")
                expected.append(same)
    rows.append(rows[0].replace("2026-10-01", "2026-10-20"))  # twice in a month
    expected.append(expected[0])
    assert len(rows) >= 4, rows
    data = _statement(statement_file(tmp_path, *rows), json=True)
    for line, names in zip(data["lines"], expected, strict=True):
        # 「AまたはB」 with no 「、」 (review 51c item 20; one way for every row: 52c item 9)
        name, purchase = line["label"].split("または")
        assert name in names and purchase == "デジタルコンテンツの購入（Kindle本など）", line
    en = _statement(statement_file(tmp_path, *rows), "en", json=True)
    assert all(", or a digital purchase" in line["label"] for line in en["lines"])


# ---------------------------------------------------------------- items 12 and 13

_FIXTURES = Path(__file__).parents[1] / "fixtures" / "statements"


def _screens(lang: str, width: str) -> list[tuple[str, str]]:
    """Every statement fixture and a few single charges, as (what, screen)."""
    found = []
    for path in sorted(_FIXTURES.glob("*.csv")):
        columns = ("--columns", "date,description,amount,_") if "generic" in path.name else ()
        args = ("charge", "--statement", str(path), *columns)
        found.append((path.name, charge_screen(*args, lang=lang, width=width)))
    for args in (("△600", "AMAZON PRIME"), ("980", "AMAZON DOWNLOADS"), ("600", "AMAZON.CO.JP")):
        found.append((" ".join(args), charge_screen("charge", *args, lang=lang, width=width)))
    return found


_COMMAND = re.compile(r"[（(]`([^`]+)`[）)]")
_COMMAND_IN_BRACKETS = re.compile(r" ?[（(]`[^`]+`[）)]")


@settings(max_examples=60, deadline=None)
@given(width=st.integers(min_value=24, max_value=100), lang=st.sampled_from(["ja", "en"]))
def test_12_every_facts_text_as_a_list_item_goes_on_under_its_text(width: int, lang: str) -> None:
    """Each fact's text as a list item of the charge and statement screens: its mark, then
    every further line under its text (two spaces), nothing lost (they began at the margin)."""
    from rich.console import Console

    from primehelp.facts import all_facts
    from primehelp.output.charge_notes import bullet

    console = Console(width=width, force_terminal=False, color_system=None)
    mark = "・" if lang == "ja" else "- "
    for fact in all_facts():
        text = fact.text(lang)
        with console.capture() as captured:
            console.print(bullet(text, lang), crop=False)
        rows = captured.get().rstrip("\n").split("\n")
        assert rows[0].startswith(mark), rows
        assert all(row.startswith("  ") for row in rows[1:]), (width, rows)
        joined = ("" if lang == "ja" else " ").join(row[2:] if i else row[len(mark):]
                                                    for i, row in enumerate(rows))  # fmt: skip
        # Review 38b item 15: a bracketed command too wide for a line moves after its sentence,
        # on its own line, without its brackets: the rest of the text is whole, the command too.
        rest = joined.replace(" ", "")
        for command in _COMMAND.findall(text):
            bare = command.replace(" ", "")
            for written in (f"（`{bare}`）", f"(`{bare}`)", bare):
                if written in rest:
                    rest = rest.replace(written, "", 1)
                    break
            else:
                raise AssertionError((width, rows, command))
        assert rest == _COMMAND_IN_BRACKETS.sub("", text).replace(" ", ""), (width, rows)


def test_12_continuation_lines_were_at_the_margin_before() -> None:
    """The quoted case: the smbc fixture's bullet of 「AMAZON DIGITAL DWNLD」 at 40 and 60."""
    for width in ("40", "60"):
        path = str(_FIXTURES / "smbc-vpass-shift_jis.csv")
        out = charge_screen("charge", "--statement", path, width=width)
        start = out.index("・「AMAZON DIGITAL DWNLD」")
        block = out[start:].split("\n・")[0].split("\n")
        assert len(block) > 1 and all(row.startswith("  ") for row in block[1:]), block
        assert any("（「利用国USA」付き）" in row for row in block), block  # on one row


def test_13_english_screens_say_nothing_found_plainly_with_dash_bullets(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2026-11-01,AMAZON PRIME,600")
    out = _statement(path, "en")
    # review 38c, item 4: the check said as it is made
    said = "No charge at an unexpected amount, and no same charge twice within one month, or less than 25 days apart, was found."
    assert said in (out.replace("\n", " "))
    assert "matches no fixed price and no charge" not in out.replace("\n", " ")
    for _, screen in _screens("en", "60"):
        assert "・" not in screen, screen
        assert "\n- " in screen, screen


# ---------------------------------------------------------------- item 14 (the documentation)


def test_14_rows_and_known_price_are_documented_as_they_behave(tmp_path: Path) -> None:
    """`rows` counted the header and non-Amazon rows while the text said 「Amazonの行：2件」, and
    `known_price` was true on an AMAZON.CO.JP order of 600 yen: the schema and docs/charge.md say
    what each holds, and the fixtures behave so."""
    import json

    root = Path(__file__).parents[2]
    schema = json.loads((root / "schemas" / "common.schema.json").read_text(encoding="utf-8"))
    summary = schema["$defs"]["charge_statement"]["properties"]
    rows_said = summary["rows"]["description"]
    for name in ("lines", "unreadable_amazon_rows", "undated_amazon_rows", "header"):
        assert name in rows_said, rows_said
    known = summary["lines"]["items"]["properties"]["known_price"]["description"]
    assert "AMAZON.CO.JP" in known and "not that `label` has that price" in known
    docs = " ".join((root / "docs" / "charge.md").read_text(encoding="utf-8").split())
    assert "`rows` counts every record of the file" in docs and "A line's `known_price`" in docs
    path = statement_file(tmp_path, "2026-11-01,AMAZON PRIME,600", "2026-11-01,AMAZON.CO.JP,600")
    data = _statement(path, json=True)
    amazon = len(data["lines"]) + len(data["unreadable_amazon_rows"])
    amazon += len(data["undated_amazon_rows"])
    assert data["rows"] == 3 and amazon == 2
    assert f"Amazonの行：{amazon}件" in _statement(path)
    order = next(x for x in data["lines"] if x["description"] == "AMAZON.CO.JP")
    assert order["service"] == "shop_order" and order["known_price"] is True


# ---------------------------------------------------------------- S 23


def test_s23_the_stacked_month_table_has_no_trailing_spaces_on_a_terminal() -> None:
    """On a pty at 40 columns the month block padded its indented values with spaces to the
    width (invisible, absent when piped): every fixture, both languages."""
    from tests.support.clihelp import stdout_on_a_terminal

    env = {"COLUMNS": "40", "PRIMEHELP_TODAY": "2026-12-05", "NO_COLOR": "1"}
    for path in sorted(_FIXTURES.glob("*.csv")):
        columns = ("--columns", "date,description,amount,_") if "generic" in path.name else ()
        for lang in ("ja", "en"):
            args = ("charge", "--statement", str(path), *columns, "--lang", lang)
            out = stdout_on_a_terminal(*args, env=env)
            assert "\n  " in out, out  # indented values were printed
            padded = [row for row in out.split("\n") if row != row.rstrip(" ")]
            assert padded == [], (path.name, lang, padded)


# ---------------------------------------------------------------- S 21


def test_s21_the_month_table_marks_the_totals_with_marked_rows(tmp_path: Path) -> None:
    """The month table named no ※ row: a total with marked lines says 「件数※」, one without
    none, and a table of a file with no line to check has no mark."""
    crafted = statement_file(
        tmp_path,
        "2026-10-01,AMAZON PRIME,7000",
        "2026-10-02,AMAZON PRIME,600",
        "2026-11-03,AMZN Mktp JP,123",
        "2026-11-04,AMAZON DOWNLOADS,980",
        "2026-11-05,AMAZON DOWNLOADS,980",
    )
    table = _month_table(crafted, ("--columns", "date,description,amount"))
    marked = [row for row in table if re.search(r"\d※ ", row)]
    assert len(marked) == 3, table  # 7,000 under Prime, the unknown text, the twice
    assert not any("Amazonプライム（月間プラン）" in row for row in marked), table
    for path in sorted(_FIXTURES.glob("*.csv")):
        if "generic" in path.name:
            continue
        data = run("charge", "--statement", str(path), "--json",
                   env={"PRIMEHELP_TODAY": "2026-12-05"}).json()["data"]  # fmt: skip
        rows = _month_table(str(path), ())
        assert any("※" in row for row in rows) is (data["flagged"] > 0), rows


def _month_table(path: str, columns: tuple[str, ...]) -> list[str]:
    out = charge_screen("charge", "--statement", path, *columns, width="100")
    return out.split("月ごとの合計", 1)[1].split("\nAmazonの行", 1)[0].splitlines()
