"""Review 38c, fixed in round 45 (charge matching and the checks on statement rows)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from primehelp.cli.statement_option import read_summary
from primehelp.content import charges as charge_data
from primehelp.content import statement as statement_data
from primehelp.statement import StatementSummary, StatementText, statement_text

BOOK = charge_data.load()
CONTENT = statement_data.load()


def _summary(
    tmp_path: Path, rows: list[tuple[str, str, int]], today: str = "2026-12-06"
) -> StatementSummary:
    from primehelp.cli.charge import _classifier

    path = tmp_path / "rows.csv"
    body = "".join(f"{date},{text},{yen}\n" for date, text, yen in rows)
    path.write_text("日付,摘要,金額\n" + body, "utf-8")
    return read_summary(str(path), "date,description,amount", _classifier(), today)


# ---------------------------------------------------------------- item 13

# Each Latin service name and its katakana spelling as card statements print it
_KATAKANA = {
    "AUDIBLE": "オーディブル",
    "KINDLE": "キンドル",
    "PRIME VIDEO": "プライムビデオ",
    "AMAZON MUSIC": "アマゾンミュージック",
}


def _half_width(text: str) -> str:
    """The half-width katakana a card statement prints (ｵｰﾃﾞｨﾌﾞﾙ)."""
    table = {unicodedata.normalize("NFKC", chr(c)): chr(c) for c in range(0xFF61, 0xFFA0)}
    out = ""
    for char in text:
        base = unicodedata.normalize("NFD", char)
        if base[0] in table and len(base) == 2:  # ビ → ﾋﾞ
            out += table[base[0]] + ("ﾞ" if base[1] == "\u3099" else "ﾟ")
        else:
            out += table.get(char, char)
    return out


@pytest.mark.parametrize("latin", sorted(_KATAKANA))
@pytest.mark.parametrize("width", ["full", "half"])
def test_13_a_service_named_in_katakana_is_read_as_its_latin_spelling(
    latin: str, width: str
) -> None:
    kana = _KATAKANA[latin] if width == "full" else _half_width(_KATAKANA[latin])
    assert unicodedata.normalize("NFKC", kana) == _KATAKANA[latin]
    assert statement_text(kana, CONTENT) is StatementText.OTHER_AMAZON, kana
    assert statement_text(latin, CONTENT) is not None
    assert BOOK.names_amazon(kana)
    assert BOOK.named_services(kana) == BOOK.named_services(latin) != frozenset(), kana


def test_13_katakana_lines_are_shown_never_among_the_other_lines(tmp_path: Path) -> None:
    rows = [(f"2026-11-{i + 1:02d}", kana, 600) for i, kana in enumerate(
        ["ｵｰﾃﾞｨﾌﾞﾙ", "プライムビデオ", "ﾌﾟﾗｲﾑﾋﾞﾃﾞｵ", "ｷﾝﾄﾞﾙ", "ローソン"]
    )]  # fmt: skip
    summary = _summary(tmp_path, rows)
    assert summary.other_lines == 1
    said = {line.description: line.service for line in summary.lines}
    assert said == {
        "ｵｰﾃﾞｨﾌﾞﾙ": "audible",
        "プライムビデオ": "prime_video_channel",
        "ﾌﾟﾗｲﾑﾋﾞﾃﾞｵ": "prime_video_channel",
        "ｷﾝﾄﾞﾙ": "kindle_unlimited",
    }


def test_13_the_prime_fee_text_is_not_widened_to_katakana() -> None:
    """「ｱﾏｿﾞﾝﾌﾟﾗｲﾑ」 stays a text the fact sheet does not list (read by the amount alone)."""
    assert statement_text("ｱﾏｿﾞﾝﾌﾟﾗｲﾑ", CONTENT) is StatementText.OTHER_AMAZON
    assert BOOK.statement_for("ｱﾏｿﾞﾝﾌﾟﾗｲﾑ") is None


# ---------------------------------------------------------------- item 14


def test_14_prime_started_is_named_one_way_and_the_line_is_not_called_a_fee() -> None:
    """Every Japanese text of the charge screens says 「プライム開始」, never 「Prime開始」, and the
    label of a Prime text dated before 2007 starts with 「不明」 (it is not read as a fee)."""
    from primehelp.facts import ui

    for file in ("ui_statement", "ui_statement_lines", "ui_charge"):  # split: review 39c
        text = (Path(__file__).parents[2] / "primehelp" / "data" / f"{file}.toml").read_text()
        assert "Prime開始" not in text, file
    # the line labels: ui_statement_lines.toml since the split by job (review 39c, code item)
    assert ui("prime_text_before_launch", "ui_statement_lines").ja == "不明（プライム開始前の日付）"


# ---------------------------------------------------------------- item 18


def test_18_an_annual_renewal_posted_a_few_days_early_is_no_second_fee(tmp_path: Path) -> None:
    """Two 5,900-yen 「AMAZON PRIME」 fees: a second fee in the first's year is flagged; one a few
    days short of a year (a card's day of use moves: 2025-11-11 and 2026-11-10) is the renewal."""
    import datetime as dt

    from primehelp.plans import months_later
    from primehelp.statement import Flag
    from primehelp.statement_plans import YEAR_SLACK_DAYS

    assert 3 <= YEAR_SLACK_DAYS <= 10
    for first in (dt.date(2024, 11, 11), dt.date(2025, 3, 1), dt.date(2024, 2, 29)):
        renewal = months_later(first, 12)
        for gap in (1, 30, 180, 300, *range(350, 366)):
            second = first + dt.timedelta(days=gap)
            summary = _summary(tmp_path, [(str(first), "AMAZON PRIME", 5900),
                                          (str(second), "AMAZON PRIME", 5900)])  # fmt: skip
            twice = [Flag.ANNUAL_TWICE in line.flags for line in summary.lines]
            early = (renewal - second).days
            assert twice == [early > YEAR_SLACK_DAYS] * 2, (first, second)
    pair = _summary(tmp_path, [("2025-11-11", "AMAZON PRIME", 5900),
                               ("2026-11-10", "AMAZON PRIME", 5900)])  # fmt: skip
    assert pair.flagged == 0


# ---------------------------------------------------------------- item 19


def test_19_two_fees_on_one_card_say_the_statement_cannot_tell_whose(tmp_path: Path) -> None:
    """Every legend of two Prime fees of one plan (monthly, annual) says they may be two accounts'
    on one card and that the statement cannot tell whose; it never drops the flag by a guess."""
    from primehelp.facts import ui
    from primehelp.statement import Flag

    for key in ("monthly_twice", "annual_twice"):
        legend = ui(f"explain.{key}", "ui_statement")
        assert "別のAmazonアカウント" in legend.ja and "明細からは分からない" in legend.ja, key
        assert "another Amazon account" in legend.en and "does not say which" in legend.en, key
    for yen, second in ((600, "2026-11-03"), (5900, "2026-05-01")):
        summary = _summary(tmp_path, [("2025-11-01" if yen == 5900 else "2026-11-01",
                                       "AMAZON PRIME", yen), (second, "AMAZON PRIME", yen)])  # fmt: skip
        flag = Flag.MONTHLY_TWICE if yen == 600 else Flag.ANNUAL_TWICE
        assert all(flag in line.flags for line in summary.lines), yen


# ---------------------------------------------------------------- item 23


@pytest.mark.parametrize("back", [50, 1000, 2900, 2949, 3000, 5000])
@pytest.mark.parametrize("months", [1, 6, 11])
def test_23_a_switch_to_student_refunds_the_regular_fee_never_part_of_the_student_fee(
    tmp_path: Path, back: int, months: int
) -> None:
    """A regular annual fee, a Prime Student annual fee in its year, a refund smaller than the
    regular fee about the Student fee's day: the refund is the regular fee's unused part (FACTS §2
    [r2]); no line says a rest is missing."""
    import datetime as dt

    from primehelp.plans import months_later

    first = dt.date(2025, 11, 1)
    student = months_later(first, months)
    refund = student + dt.timedelta(days=2)
    summary = _summary(tmp_path, [(str(first), "AMAZON PRIME", 5900),
                                  (str(student), "AMAZON PRIME", 2950),
                                  (str(refund), "AMAZON PRIME", -back)])  # fmt: skip
    regular, _, given = sorted(summary.lines, key=lambda x: x.date)
    assert given.refund_of_row == regular.row, given
    assert given.service == "prime_annual"
    assert given.detail is not None and "Prime Studentに切り替えた" in given.detail.ja
    for line in summary.lines:
        said = line.detail.ja if line.detail else ""
        assert "見当たりません" not in said and "残りの" not in said, line


def test_23_a_refund_of_the_whole_student_fee_stays_the_student_fees(tmp_path: Path) -> None:
    summary = _summary(tmp_path, [("2025-11-01", "AMAZON PRIME", 5900),
                                  ("2026-05-01", "AMAZON PRIME", 2950),
                                  ("2026-05-03", "AMAZON PRIME", -2950)])  # fmt: skip
    _, student, given = summary.lines
    assert given.refund_of_row == student.row


def test_23_a_rest_not_refunded_is_said_as_what_the_file_shows() -> None:
    from primehelp.facts import ui

    said = ui(
        "twice_refunded_part", "ui_statement_lines"
    )  # the line labels: ui_statement_lines.toml (review 39c, code item: split by job)
    assert "見当たりません" not in said.ja and "この明細では返金されていません" in said.ja


# ---------------------------------------------------------------- S 10


def test_s10_a_later_candidate_says_its_notes_are_those_above() -> None:
    from tests.support.clihelp import charge_screen

    out = charge_screen("charge", "-200", "AMAZON PRIME")
    assert "そのほかの注意は、上の1と同じです。" in out
    assert "ほかの説明は" not in out and "1.と同じ" not in out


# ---------------------------------------------------------------- review 37c, S 10 to S 16


def test_37c_s10_a_refund_part_of_any_plan_names_no_plan(tmp_path: Path) -> None:
    """−390 under 「AMAZON PRIME」, no fee in the file: part of the annual, the monthly or the
    Student annual fee alike: no plan named, and the 390-yen option's price said."""
    (line,) = _summary(tmp_path, [("2026-11-09", "AMAZON PRIME", -390)]).lines
    assert line.label.ja == "Amazonプライムの会費の一部返金（推定）"
    assert line.detail is not None
    assert "返金より前のプライム会費の請求が見当たりません" in line.detail.ja
    assert "年間プラン" not in line.detail.ja
    assert line.same_price_as is not None and "広告なし" in line.same_price_as.ja
    # one plan only (−3,000: only the annual fee is larger): that plan named, as before
    (one,) = _summary(tmp_path, [("2026-11-09", "AMAZON PRIME", -3000)]).lines
    assert "年間プラン" in one.label.ja


def test_37c_s10_a_fee_of_the_file_still_names_its_plan(tmp_path: Path) -> None:
    rows = [("2026-11-01", "AMAZON PRIME", 600), ("2026-11-09", "AMAZON PRIME", -390)]
    _, back = _summary(tmp_path, rows).lines
    assert "月間プラン" in back.label.ja and back.service == "prime_monthly"


def test_37c_s11_a_refund_of_a_subscription_or_a_purchase_is_looked_for_by_its_amount(
    tmp_path: Path,
) -> None:
    (line,) = _summary(tmp_path, [("2026-11-09", "AMAZON DOWNLOADS", -980)]).lines
    assert line.detail is not None
    assert "返金より前の980円の請求が見当たりません" in line.detail.ja
    assert "Kindle Unlimitedの請求が見当たりません" not in line.detail.ja
    (named,) = _summary(tmp_path, [("2026-11-09", "AUDIBLE JP", -1500)]).lines
    assert named.detail is not None and "Audible（audible.co.jp）の請求" in named.detail.ja


def test_37c_s15_a_whole_fee_refunded_long_after_it_says_it_may_be_anothers(
    tmp_path: Path,
) -> None:
    rows = [("2025-12-01", "AMAZON PRIME", 5900), ("2026-11-20", "AMAZON PRIME", -5900)]
    _, back = _summary(tmp_path, rows).lines
    assert back.detail is not None
    assert "2025年12月1日の年会費（5,900円）の返金の可能性があります" in back.detail.ja
    assert "請求の354日後" in back.detail.ja and "特典を使っていない場合" in back.detail.ja
    soon = [("2026-11-01", "AMAZON PRIME", 5900), ("2026-11-20", "AMAZON PRIME", -5900)]
    _, quick = _summary(tmp_path, soon).lines
    assert quick.detail is not None and "日後" not in quick.detail.ja


# ---------------------------------------------------------------- review 36c, S 24


def test_36c_s24_a_row_read_as_a_service_names_where_that_service_is_seen(
    tmp_path: Path,
) -> None:
    general = [f.id for f in CONTENT.where_to_check]
    rows = [("2026-11-01", "AUDIBLE JP", 1500), ("2026-11-02", "AUDIBLE JP", 1500),
            ("2026-11-03", "KINDLE UNLIMITED", 980)]  # fmt: skip
    ids = [f.id for f in _summary(tmp_path, rows).where_to_check]
    assert ids == [*general, "subscriptions.audible.see"]  # once, after the general places
    plain = _summary(tmp_path, [("2026-11-01", "AMAZON PRIME", 600)])
    assert [f.id for f in plain.where_to_check] == general
    from tests.support.clihelp import run

    path = tmp_path / "aud.csv"
    path.write_text("日付,摘要,金額\n2026-11-01,AUDIBLE JP,1500\n", "utf-8")
    out = run("charge", "--statement", str(path), "--lang", "ja", env={"COLUMNS": "1000"}).stdout
    where = out.split("確認する場所", 1)[1]
    assert "audible.co.jpの「アカウントサービス」" in where
