"""Review 38c (charge, single amounts): one test or more per item."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from primehelp.charges import Category, Match, parse_amount, read_charge
from primehelp.content import charges as charge_data
from tests.support.clihelp import charge_screen, json_data

BOOK = charge_data.load()

# ---------------------------------------------------------------- item 2

# A text naming each fixed-price service, as statements write it (FACTS §9, §10); review 44c
# item 1, round 53: a word cards are not known to print after a service's name (「JAPAN」, 「SVCS」)
# makes an extra-word text, read by its amount: 「AUDIBLE JP」, 「KINDLE*AB12」 here
_NAMING = {
    "audible": ("AUDIBLE", "AUDIBLE JP", "Audible"),
    "kindle_unlimited": ("KINDLE*AB12", "KINDLE"),
    "music_unlimited": ("Amazon Music", "AMAZON MUSIC JP"),
    "kids_plus": ("AMAZON KIDS",),
}


def _prices(kind: str) -> set[int]:
    service = next(s for s in BOOK.services if s.id == kind)
    return {int(p.value) for p in service.prices}


@settings(max_examples=120, deadline=None)
@given(
    kind=st.sampled_from(sorted(_NAMING)),
    pick=st.integers(min_value=0, max_value=2),
    yen=st.integers(min_value=1, max_value=20000) | st.sampled_from([600, 5900, 4900, 500]),
)
def test_2_a_text_naming_a_service_lists_it_first_whatever_the_amount(
    kind: str, pick: int, yen: int
) -> None:
    """The service the text names comes first, and no Prime fee is listed (cancelling Prime
    never stops Audible): at its price as before, at any other amount as 「name_only」."""
    texts = _NAMING[kind]
    text = texts[pick % len(texts)]
    reading = read_charge(parse_amount(str(yen)), text, None, book=BOOK)
    first = reading.candidates[0]
    assert first.kind == kind, (text, yen, [c.kind for c in reading.candidates])
    assert first.match is (Match.PRICE if yen in _prices(kind) else Match.NAME_ONLY)
    assert not any(c.category is Category.PRIME_FEE for c in reading.candidates)


def test_2_the_screen_names_audible_never_the_prime_fee_or_an_unknown_text() -> None:
    for args in (("5900", "AUDIBLE"), ("2000", "AUDIBLE"), ("600", "AUDIBLE", "JP")):
        screen = charge_screen("charge", *args)
        assert "1. Audible（audible.co.jp）" in screen, screen
        assert "知らない明細の表記" not in screen
        assert "Amazonプライム（" not in screen
        assert "金額はAudibleの料金と違います" in screen
        assert "Audibleは月額1,500円です" in screen  # the price said, with its source
        assert "audible.co.jpの「アカウントサービス」" in screen
        assert "可能性は低め" not in screen.split("\n\n2. ")[0]  # the others: review 60c, 4
    music = charge_screen("charge", "1180", "Amazon", "Music")
    assert "1. Amazon Music Unlimited" in music and "知らない明細の表記" not in music


def test_2_the_json_says_the_match_is_by_the_name() -> None:
    data = json_data("charge", "2000", "AUDIBLE")
    first = data["candidates"][0]
    assert (first["kind"], first["match"], first["price"]) == ("audible", "name_only", None)


def test_2_a_text_saying_prime_keeps_the_prime_fee() -> None:
    """「AMAZON PRIME MUSIC」 600: the Prime word keeps the monthly fee a candidate."""
    reading = read_charge(parse_amount("600"), "AMAZON PRIME MUSIC", None, book=BOOK)
    assert [c.kind for c in reading.candidates][:2] == ["music_unlimited", "prime_monthly"]


# ---------------------------------------------------------------- item 5


@settings(max_examples=60, deadline=None)
@given(
    yen=st.sampled_from([500, 400, 3900, 4900, 5900, 600, 250, 2450, 1234]),
    refund=st.booleans(),
    on=st.sampled_from([None, "2021-01-01", "2010-06-01", "2026-11-01"]),
)
def test_5_an_amazon_pay_payment_gets_no_prime_fee_history(
    yen: int, refund: bool, on: str | None
) -> None:
    """「Amazon Pay提携サイト」 is no Prime charge: no former fee, in the JSON or on the screen."""
    import datetime as dt

    day = None if on is None else dt.date.fromisoformat(on)
    amount = parse_amount(f"{'-' if refund else ''}{yen}")
    reading = read_charge(amount, "Amazon Pay提携サイト", day, book=BOOK)
    assert [c.kind for c in reading.candidates] == ["amazon_pay", "unknown"]
    assert (reading.former_fees, reading.unknown_plans, reading.unconfirmed) == ((), (), ())


def test_5_the_screen_says_no_fee_and_no_unmatched_price() -> None:
    for amount in ("500", "-500", "3900"):
        screen = charge_screen("charge", amount, "Amazon Pay提携サイト").replace("\n", "")
        assert "会費ではありません" not in screen and "以前の月間プラン" not in screen
        assert "一致するものはありません" not in screen and "どれとも一致しません" not in screen
        assert "1. Amazon Pay（ほかのお店での支払い）" in screen


# ---------------------------------------------------------------- item 6


def test_6_the_partial_refund_note_names_the_choice_as_cancel_does() -> None:
    """「今すぐ終了したときに」 had no subject; cancel.toml names the choice 「解約するときに今すぐ
    終了するほうを選ぶ」 (cancel.timing.now)."""
    note = BOOK.refund_partial.text("ja")
    assert note.startswith("プライムを解約するときに今すぐ終了するほうを選び")
    cancel_toml = (Path(__file__).parents[2] / "primehelp/data/cancel.toml").read_text("utf-8")
    assert "解約するときに今すぐ終了するほうを選ぶ" in cancel_toml
    screen = charge_screen("charge", "-3000", "AMAZON", "PRIME").replace("\n", "")
    assert "今すぐ終了したときに" not in screen and "今すぐ終了するほうを選び" in screen


# ---------------------------------------------------------------- item 16


@settings(max_examples=40, deadline=None)
@given(
    yen=st.sampled_from([480, 580, 880, 1080, 1680, 980]),
    on=st.dates(min_value=__import__("datetime").date(2008, 1, 1),
                max_value=__import__("datetime").date(2023, 3, 31)),
)  # fmt: skip
def test_16_a_later_price_of_the_amount_comes_before_a_range_and_is_said(
    yen: int, on: object
) -> None:
    """A price whose start is not known (Kids+) or known only as of a month (Music Unlimited's
    2023-04) equal to the amount: before the channels' range, never 「どれとも一致しません」."""
    import datetime as dt

    assert isinstance(on, dt.date)
    reading = read_charge(parse_amount(str(yen)), None, on, book=BOOK)
    kinds = [c.kind for c in reading.candidates]
    later = [c.kind for c in reading.candidates if c.match is Match.PRICE_BEFORE_START]
    if "prime_video_channel" in kinds and later:
        assert kinds.index(later[0]) < kinds.index("prime_video_channel"), kinds
    from primehelp.output.charge_named import no_price_key

    if later and reading.no_known_price:
        assert no_price_key(reading) == "no_price_on_date_later_same"


def test_16_the_screen_of_480_in_2020() -> None:
    screen = charge_screen("charge", "480", "--date", "2020-01-01").replace("\n", "")
    assert "どれとも一致しません" not in screen
    assert "それより後の時点の料金がこの金額と同じサービスがあります" in screen
    assert "1. Amazon Music Unlimited" in screen and "3. Prime Videoチャンネル" in screen


# ---------------------------------------------------------------- item 20


@settings(max_examples=25, deadline=None)
@given(
    text=st.sampled_from(["AUDIBLE", "AMAZON KIDS", "KINDLE UNLIMITED", "PRIME VIDEO", "Amazon Music"]),
    yen=st.sampled_from(["1500", "480", "980", "390", "880", "2000"]),
    on=st.sampled_from([None, "2021-06-01", "2015-01-01", "2026-11-01"]),
)  # fmt: skip
def test_20_the_lead_names_the_service_and_never_promises_an_order_the_heading_denies(
    text: str, yen: str, on: str | None
) -> None:
    args = ("charge", yen, *text.split(), *(("--date", on) if on else ()))
    screen = charge_screen(*args).replace("\n", "")
    assert "知らない明細の表記ですが" not in screen
    if "考えられるもの（どれも可能性は低めです）" in screen:
        assert "可能性の高い順" not in screen, screen[:300]


def test_20_audible_in_2021() -> None:
    screen = charge_screen("charge", "1500", "AUDIBLE", "--date", "2021-06-01").replace("\n", "")
    assert "明細の表記にAudibleの名前があります。" in screen
    # the heading under it says the order, not the lead again (review 63c, R-minor 4)
    assert "考えられるものを並べています" not in screen
    video = charge_screen("charge", "390", "PRIME", "VIDEO").replace("\n", "")
    assert "明細の表記にPrime Videoの名前があります。" in video  # what both names share


# ---------------------------------------------------------------- item 22


@settings(max_examples=40, deadline=None)
@given(
    yen=st.sampled_from(["600", "-600", "3900", "1500", "480", "2000"]),
    text=st.sampled_from([None, "AMAZON PRIME", "AUDIBLE", "AMAZON DOWNLOADS"]),
    year=st.integers(min_value=1990, max_value=2006),
)
def test_22_before_prime_the_json_lists_what_the_screen_shows(
    yen: str, text: str | None, year: int
) -> None:
    """The date's note in the JSON (the candidates are kept: the statement classifier names a
    pre-2007 line by them; review 38c, item 22, in part)."""
    import datetime as dt

    reading = read_charge(parse_amount(yen), text, dt.date(year, 5, 1), book=BOOK)
    assert not any(c.category is Category.PRIME_FEE for c in reading.candidates)
    assert "charges.prime_launch" in [n.id for n in reading.notes]


def test_22_the_screen_and_the_json_of_1999() -> None:
    args = ("charge", "600", "AMAZON", "PRIME", "--date", "1999-01-01")
    data = json_data(*args)
    assert [n["id"] for n in data["notes"]] == ["charges.prime_launch"]
    screen = charge_screen(*args)
    assert "2007年より前です" in screen.replace("\n", "") and "1. " not in screen
    assert screen.count("始まった") == 1  # the note is not said twice


# ---------------------------------------------------------------- item 10


@settings(max_examples=30, deadline=None)
@given(
    cents=st.integers(min_value=1, max_value=50000),
    refund=st.booleans(),
    text=st.sampled_from([None, "AMAZON PRIME", "AMAZON DIGITAL", "AMZN Mktp US"]),
)
def test_10_a_dollar_amount_is_looked_for_on_amazon_com_first(
    cents: int, refund: bool, text: str | None
) -> None:
    raw = f"{'-' if refund else ''}US${cents / 100:.2f}"
    last = read_charge(parse_amount(raw), text, None, book=BOOK).candidates[-1]
    assert last.where_to_see.text("ja").startswith("まず、amazon.com（米国のAmazon）")
    assert "注文履歴と「アカウント&リスト」" not in last.where_to_see.text("ja")
    assert "amazon.comのアカウントに心当たりがなく" in last.how_to_stop.text("ja")


def test_10_a_yen_amount_keeps_amazon_co_jp_pages() -> None:
    last = read_charge(parse_amount("2000"), None, None, book=BOOK).candidates[-1]
    assert "「メンバーシップおよび購読」" in last.where_to_see.text("ja")
    screen = charge_screen("charge", "US$15.99", "AMAZON", "PRIME").replace("\n", "")
    assert (
        "どれにも当てはまらないとき：まず、amazon.com（米国のAmazon）のアカウントにサインイン"
        in screen
    )


# ---------------------------------------------------------------- item 24


@settings(max_examples=40, deadline=None)
@given(yen=st.integers(min_value=1, max_value=30000))
def test_24_a_prime_text_marked_usa_at_no_fee_here_lists_amazon_com_first(yen: int) -> None:
    """FACTS §10: a US Prime charge means a separate amazon.com account; 「利用国USA」 with a yen
    amount that is no Japanese fee or price lists that account, first under a Prime text."""
    reading = read_charge(parse_amount(str(yen)), "AMAZON PRIME 利用国USA", None, book=BOOK)
    kinds = [c.kind for c in reading.candidates]
    if reading.no_known_price:
        assert kinds[0] == "amazon_com", kinds
    else:
        assert "amazon_com" not in kinds, kinds
    plain = read_charge(parse_amount(str(yen)), "AMAZON PRIME", None, book=BOOK)
    assert "amazon_com" not in [c.kind for c in plain.candidates]  # no marker: not listed


def test_24_the_screen_of_2200() -> None:
    screen = charge_screen("charge", "2200", "AMAZON", "PRIME", "利用国USA").replace("\n", "")
    assert "1. amazon.com（米国）での請求（amazon.co.jpとは別のアカウント）" in screen
    assert "月額14.99米ドルまたは" in screen.replace(" ", "")


# ---------------------------------------------------------------- item 21


@settings(max_examples=40, deadline=None)
@given(dollars=st.integers(min_value=1, max_value=9999), cents=st.integers(0, 99))
def test_21_what_the_shell_leaves_of_a_dollar_amount_says_to_quote_it(
    dollars: int, cents: int
) -> None:
    """Unquoted, bash replaces 「$1」 (US$14.99 → US4.99, $14.99 → 4.99): the error says so."""
    import pytest

    from primehelp.errors import BadInput

    typed = f"{dollars}.{cents:02d}"
    left = typed[1:] or "0"  # 「$1」 replaced by nothing
    for raw in (f"US{left}", f"US{typed}"):
        with pytest.raises(BadInput) as refused:
            parse_amount(raw)
        # review 56c, item 1: the forms with no $ first, and what an unquoted $ does
        assert "14.99ドル、USD14.99 または 'US$14.99'" in refused.value.message.ja, raw
        assert "$ を引用符で囲まずに書くと、シェルが「$1」" in refused.value.message.ja, raw
    if cents:
        with pytest.raises(BadInput) as yen:
            parse_amount(typed)
        assert "'US$14.99'" in yen.value.message.ja
