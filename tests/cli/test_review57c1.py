"""Review 57c (charge, one amount): a candidate is never rated less likely than one below it, and
the screen and JSON agree (item 1); both facts of a fee change carry their sources (4); the dollar
hint (5); the fee-date sentences' breaks (6); Prime Student's former 250 yen (7); 「PRIME VIDEO」
above its prices (8)."""

from __future__ import annotations

import json

import pytest

from tests.support.clihelp import run

_WIDE = {"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-07"}

_RATING = {
    # the likely one's line: 「明細の表記と金額が合います。」 (review 63c, R-minor 5)
    "ja": ("金額が合います", "可能性があります", "可能性は低めです"),
    "en": ("It fits the statement text and the amount", "Possible with", "Unlikely with"),
}


def _charge(*args: str, lang: str, env: dict[str, str] | None = None) -> str:
    done = run("charge", *args, "--lang", lang, env=env or _WIDE)
    assert done.exit_code == 0, done.stderr
    return done.stdout


def _items(screen: str) -> list[str]:
    """The numbered candidates of the list, each as one block."""
    items: list[str] = []
    for line in screen.splitlines():
        if line[:1].isdigit() and line[1:3] == ". ":
            items.append(line)
        elif items and line.startswith("   "):
            items[-1] += "\n" + line
        elif items and line.strip():
            items.append("")  # what follows the list
    return [i for i in items if i]


# ---------------------------------------------------------------- item 1


def _rank(block: str, lang: str) -> int | None:
    likely, possible, unlikely = _RATING[lang]
    for rank, word in ((2, likely), (1, possible), (0, unlikely)):
        if word in block:
            return rank
    return None


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("amount", ["480", "880", "1,080", "980"])
def test_no_candidate_is_rated_above_one_listed_before_it(amount: str, lang: str) -> None:
    ranks = [_rank(b, lang) for b in _items(_charge(amount, "AMAZON", "DOWNLOADS", lang=lang))]
    rated = [r for r in ranks if r is not None]
    assert rated == sorted(rated, reverse=True), ranks


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("amount", ["480", "880"])
def test_json_fit_agrees_with_the_screen_for_music_on_its_2023_price(
    amount: str, lang: str
) -> None:
    done = run("charge", amount, "AMAZON", "DOWNLOADS", "--json", "--lang", lang, env=_WIDE)
    found = json.loads(done.stdout)["data"]["candidates"]
    music = next(c for c in found if c["kind"] == "music_unlimited")
    assert music["fit"] == "possible"
    fits = [c["fit"] for c in found]
    assert fits.index("possible") > max(i for i, f in enumerate(fits) if f == "usual")


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_music_on_its_price_before_the_change_is_still_first_and_likely(lang: str) -> None:
    screen = _charge("480", "AMAZON", "DOWNLOADS", "--date", "2025-06-01", lang=lang)
    first = _items(screen)[0]
    assert "Amazon Music Unlimited" in first
    assert _RATING[lang][0] in first


# ---------------------------------------------------------------- item 4


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    "args",
    [("500", "--date", "2023-09-10"), ("600", "AMAZON", "PRIME", "--date", "2023-09-01")],
)
def test_both_fees_of_a_fee_change_show_their_sources(args: tuple[str, ...], lang: str) -> None:
    done = run("charge", *args, "--json", "--lang", lang, env=_WIDE)
    prime = json.loads(done.stdout)["data"]["candidates"][0]
    change = prime["fee_change"]
    wanted = [*change["new_members"]["fact"]["sources"], *change["renewals"]["fact"]["sources"]]
    first = _items(_charge(*args, lang=lang))[0]
    for url in wanted:
        assert first.count(url) == 1, url  # each once, under the item
    assert first.index(wanted[0]) < first.index(wanted[-1])  # in the line's order


# ---------------------------------------------------------------- item 5

_HINT = {
    "ja": "ドルの金額なら、139ドル または USD139 のように指定してください（$139 と引用符なしで"
    "書くと、シェルが「$1」を消して 39 になります）。",
    "en": "For an amount in dollars, give 139USD or USD139 (an unquoted $139 lets the shell "
    "remove 「$1」, leaving 39).",
}
_NONE_MATCH = {
    "ja": "一致しません。",
    "en": "matches n",
}  # a Prime text: 「…とも一致しません。」 (60c)
_BELOW = {"ja": "下の候補は、", "en": "The candidates below are"}


def _flat(screen: str, lang: str) -> str:
    return ("" if lang == "ja" else " ").join(line.strip() for line in screen.splitlines())


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    "args", [("39", "AMZN"), ("39", "AMAZON", "PRIME"), ("1", "AMAZON", "PRIME")]
)
def test_the_dollar_hint_gives_the_forms_with_no_quotes_and_why(
    args: tuple[str, ...], lang: str
) -> None:
    flat = _flat(_charge(*args, lang=lang), lang)
    assert _HINT[lang] in flat
    assert "'$139'" not in flat
    assert flat.index(_NONE_MATCH[lang]) < flat.index(_HINT[lang])


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_sentence_on_the_candidates_comes_right_above_the_list(lang: str) -> None:
    screen = _charge("39", "AMZN", lang=lang)
    flat = _flat(screen, lang)
    assert flat.index(_NONE_MATCH[lang]) < flat.index(_HINT[lang]) < flat.index(_BELOW[lang])
    above = screen.split("\n\n")[0].splitlines()[-1]
    assert above.startswith(_BELOW[lang]), above


# ---------------------------------------------------------------- item 8

_NAMED = {
    "ja": "明細の表記にPrime Videoの名前がありますが、金額はPrime Videoチャンネルの料金の範囲"
    "（月額300〜4,000円ほど）や、広告なしで見るためのオプション（月額390円）より高額です。",
    "en": "The statement text names Prime Video, but the amount is higher than the range of Prime "
    "Video channel prices (about 300 to 4,000 yen a month) and the Prime Video ad-free option "
    "(390 yen a month).",
}
_NAMED_TOO = {"ja": "明細の表記にPrime Videoの名前があります", "en": "The statement text names"}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_prime_video_above_its_prices_is_said_as_the_name_is(lang: str) -> None:
    above = _flat(_charge("5900", "PRIME", "VIDEO", lang=lang), lang)
    assert _NAMED[lang] in above
    assert "情報源にありません" not in above and "not in primehelp's sources" not in above
    assert "考えられますが" not in above and "points to" not in above
    assert _NAMED_TOO[lang] in _flat(_charge("600", "PRIME", "VIDEO", lang=lang), lang)
    for url in ("apptopi.jp", "oyazi.site"):  # both prices sourced (item 4's rule)
        assert url in above


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_option_is_left_out_on_a_day_before_it_began(lang: str) -> None:
    flat = _flat(_charge("5900", "PRIME", "VIDEO", "--date", "2024-01-01", lang=lang), lang)
    assert _NAMED_TOO[lang] in flat
    assert "390" not in flat.split("1. ")[0]


# ---------------------------------------------------------------- item 7

_STUDENT_250 = {
    "ja": [
        "以前のPrime Student 月間プランの会費です。",
        "・新規会員：2023年8月23日まで",
        "・既存会員：2023年9月23日までの請求",
    ],
    "en": [
        "It is an earlier Prime Student monthly plan fee:",
        "- new members: until 2023-08-23",
        "- existing members: bills until 2023-09-23",
    ],
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_former_student_fee_on_a_2023_date_has_its_periods_as_bullets(lang: str) -> None:
    screen = _charge("250", "--date", "2023-09-30", lang=lang)
    lines = [line.strip() for line in screen.splitlines()]
    flat = _flat(screen, lang)
    for said in _STUDENT_250[lang]:
        assert said in lines if said[0] in "・-" else said in flat, said
    assert "2019" not in flat.split("出典" if lang == "ja" else "Sources")[0]


# ---------------------------------------------------------------- item 6


def _lines(*args: str, width: int) -> list[str]:
    env = {"COLUMNS": str(width), "PRIMEHELP_TODAY": "2026-12-07"}
    return [line.strip() for line in _charge(*args, lang="ja", env=env).splitlines()]


@pytest.mark.parametrize("width", [40, 60, 80])
@pytest.mark.parametrize(
    "args",
    [("5900", "AMAZON", "PRIME", "--date", "2023-08-23"), ("600", "--date", "2007-01-01")],
)
def test_no_fee_sentence_is_stranded_by_the_renewals_part(
    args: tuple[str, ...], width: int
) -> None:
    lines = _lines(*args, width=width)
    assert "会費です" not in lines and "です。" not in lines and "です" not in lines
    assert not any(line.startswith(("（既存会員", "です")) for line in lines), lines
    flat = "".join(lines)
    assert "会費です。既存会員は、2023年9月24日以降の請求からです。" in flat


@pytest.mark.parametrize("width", [40, 60, 80])
def test_the_start_day_is_one_word(width: int) -> None:
    lines = _lines("300", "--date", "2018-06-01", width=width)
    assert "（開始日は確認できていません）。" in "".join(lines)
    assert not any(line.endswith("始まった") for line in lines)
