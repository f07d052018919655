"""Review 60c (charge, one amount), helper chg60: a Prime text's unknown yen amount in one direction
(R-minor 3), the unlikely line beside a service the text names (4), the fit lines (5), the Music
prices once (6), a look-alike domain's caveat (7: 10), the look-alike label (11), other currencies
(S 13) and `--date` in backticks (S 15)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.clihelp import run, statement_file

_WIDE = {"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-07"}
_LANGS = ["ja", "en"]


def _charge(*args: str, lang: str) -> str:
    done = run("charge", "--lang", lang, *args, env=_WIDE)
    assert done.exit_code == 0, done.stderr
    return done.stdout


def _json(*args: str) -> dict[str, object]:
    done = run("charge", "--json", "--lang", "ja", *args, env=_WIDE)
    assert done.exit_code == 0, done.stderr
    data = json.loads(done.stdout)["data"]
    assert isinstance(data, dict)
    return data


def _fits(*args: str) -> dict[str, object]:
    candidates = _json(*args)["candidates"]
    assert isinstance(candidates, list)
    return {c["kind"]: c["fit"] for c in candidates}


# ---------------------------------------------------------------- R-minor 3

_PRIME_NO_MATCH = {
    "ja": "この金額は、amazon.co.jpのプライム会費とも、primehelpの情報源にある料金の決まったサービスとも一致しません。",
    "en": "This amount matches neither the amazon.co.jp Prime fee nor any fixed subscription price",
}
_CHANNEL_GUESS = {"ja": "料金に幅のあるサービスの可能性があります", "en": "range of prices (Prime"}
_NONE_LIKELY = {"ja": "どれも可能性は低めです", "en": "none of these is likely"}
_US_YEN = {
    "ja": "米ドルの会費を円に換算した額なら、これに当たります。明細の現地利用額（米ドル）で確かめてください。",
    "en": "If the amount is the dollar fee converted to yen, this is it.",
}


@pytest.mark.parametrize("lang", _LANGS)
def test_a_prime_text_of_no_fee_points_one_way(lang: str) -> None:
    screen = _charge("2350", "AMAZON PRIME 利用国USA", lang=lang)
    assert _PRIME_NO_MATCH[lang] in screen
    assert _CHANNEL_GUESS[lang] not in screen
    assert _NONE_LIKELY[lang] not in screen
    assert _US_YEN[lang] in screen
    assert screen.index(_US_YEN[lang]) < screen.index("Prime Video")  # under amazon.com, first
    fits = _fits("2350", "AMAZON PRIME 利用国USA")
    assert fits["amazon_com"] == "possible"
    assert fits["prime_video_channel"] == "unusual"


@pytest.mark.parametrize("lang", _LANGS)
def test_a_prime_text_without_usa_has_no_channel_guess(lang: str) -> None:
    screen = _charge("2350", "AMAZON PRIME", lang=lang)
    assert _PRIME_NO_MATCH[lang] in screen
    assert _CHANNEL_GUESS[lang] not in screen


_REFUND_RANGE = {
    "ja": "会費の一部返金や、Prime Videoチャンネルなど料金に幅のあるサービスの返金の可能性があります。",
    "en": "It may be a partial refund of a fee, or a refund of a service with a range of prices",
}


@pytest.mark.parametrize("lang", _LANGS)
def test_a_refund_of_no_fee_says_refund_and_part(lang: str) -> None:
    screen = _charge("-3421", lang=lang)
    assert _REFUND_RANGE[lang] in screen
    assert _NONE_LIKELY[lang] not in screen  # never under 「…の可能性があります」


# ---------------------------------------------------------------- R-minor 4

_UNLIKELY = {
    "ja": "明細の表記から見て、可能性は低めです。",
    "en": "Unlikely with this statement text.",
}


@pytest.mark.parametrize("lang", _LANGS)
@pytest.mark.parametrize(
    ("amount", "text", "named"),
    [
        ("1500", "AUDIBLE", "audible"),
        ("600", "AMAZON MUSIC", "music_unlimited"),
        ("600", "KINDLE UNLIMITED", "kindle_unlimited"),
    ],
)
def test_candidates_the_text_does_not_name_are_unlikely(
    amount: str, text: str, named: str, lang: str
) -> None:
    screen = _charge(amount, text, lang=lang)
    heading = {"ja": "2. Prime Videoチャンネル\n", "en": "2. Prime Video channel"}[lang]
    channel = screen[screen.index(heading) :].split("\n\n")[0]  # after the named one
    assert _UNLIKELY[lang] in channel
    fits = _fits(amount, text)
    assert fits[named] in ("usual", "possible")
    assert fits["prime_video_channel"] == "unusual"
    assert fits["shop_order"] == "unusual"


def test_no_unlikely_line_under_a_heading_that_says_it() -> None:
    # 「AUDIBLE」 1,500 in 2021 heads 「明細の表記に合うもの…」 since review 62c (R-minor 3)
    screen = _charge("1999", "AMAZON", "PRIME", "TOP", lang="ja")
    assert _NONE_LIKELY["ja"] in screen
    assert _UNLIKELY["ja"] not in screen


# ---------------------------------------------------------------- R-minor 5

_OLD_FITS = ["（明細の表記との関係は確認できていません）", "（決まった料金とは一致しません）"]


def test_fit_lines_read_as_sentences() -> None:
    ad_free = _charge("390", "AMAZON DOWNLOADS", lang="ja")
    assert "金額は一致しますが、この明細の表記で請求されるかどうかは確認できていません。" in ad_free
    part = _charge("-600", "AMAZON PRIME", lang="ja")
    assert (
        "明細の表記には合います。一部返金の金額は決まっていないため、金額では確かめられません。"
        in part
    )
    for screen in (ad_free, part):
        assert not any(old in screen for old in _OLD_FITS)
    english = _charge("-600", "AMAZON PRIME", lang="en")
    assert "A partial refund has no set amount, so the amount cannot confirm it." in english


# ---------------------------------------------------------------- R-minor 6


@pytest.mark.parametrize("lang", _LANGS)
def test_music_prices_once_and_no_pointer(lang: str) -> None:
    screen = _charge("600", "AMAZON MUSIC", lang=lang)
    assert "下の注記" not in screen and "see the notes below" not in screen
    said = {"ja": "このサービスのどの料金とも違います", "en": "none of its prices primehelp knows"}
    assert said[lang] in screen


# ---------------------------------------------------------------- R-minor 10

_IF_AMAZON = {
    "ja": "下の候補は、Amazonの請求だとした場合に、金額だけで比べたものです。",
    "en": "compared by the amount only, in case it is from Amazon.",
}


@pytest.mark.parametrize("lang", _LANGS)
def test_a_domain_amazon_does_not_list_keeps_the_caveat(lang: str) -> None:
    screen = _charge("600", "AMAZON.CO.JP.INFO", lang=lang)
    assert _IF_AMAZON[lang] in screen
    assert "下の候補は金額だけで比べたものです。" not in screen
    refund = _charge("-600", "AMAZON.CO.JP.INFO", lang="ja")
    assert "下の候補は、Amazonからの返金だとした場合に、金額だけで比べたものです。" in refund


# ---------------------------------------------------------------- R-minor 11

_LABEL = {
    "ja": "Amazonに似た、つづりの違う表記です",
    "en": "Looks like Amazon's, but is spelt differently",
}


@pytest.mark.parametrize("lang", _LANGS)
def test_the_lookalike_label_is_short(tmp_path: Path, lang: str) -> None:
    path = statement_file(tmp_path, "2026-08-20,AMAZ0N PRIME,5900")
    done = run("charge", "--lang", lang, "--statement", path, env=_WIDE)
    assert done.exit_code == 0, done.stderr
    assert _LABEL[lang] in done.stdout
    assert (
        "似ていますが、" not in done.stdout and "a statement text or a service" not in done.stdout
    )


# ---------------------------------------------------------------- S 13, S 15


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", "明細に円に換算した金額があれば、その金額を指定してください。"),
        ("en", "if the statement shows the amount converted to yen, give that amount"),
    ],
)
def test_another_currency_says_what_to_give(lang: str, said: str) -> None:
    done = run("charge", "--lang", lang, "€9.99", env=_WIDE)
    assert done.exit_code == 2
    assert said in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(("amount", "lang"), [("600", "ja"), ("-600", "ja"), ("600", "en")])
def test_the_date_option_in_backticks(amount: str, lang: str) -> None:
    screen = _charge(amount, lang=lang)
    assert "`--date`" in screen
    assert " --date " not in screen.replace("`--date`", "")
