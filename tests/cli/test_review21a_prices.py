"""Review 21a, share a: the price screens and complain.

Item 5: subscriptions said the check date 15 times (inside each price 「（…。2026年12月2日確認）」,
again under each source, and in the title); charge 600 eight times. A price no longer carries it:
the sources line under it says it once, and every price's screen still shows it.
"""

from __future__ import annotations

import re

import pytest

from tests.support.clihelp import screen

CHECKED = {"ja": "2026年12月2日", "en": "2026-12-02"}
IN_PRICE = {"ja": "2026年12月2日確認）", "en": "(checked 2026-12-02)"}
UNDER_SOURCES = {"ja": "2026年12月2日に確認しました。", "en": "(checked 2026-12-02)"}
PRICE = re.compile(r"^\s*(\S*(料金|会費)[^：]*：|Price|The fee)")


def _blocks(out: str) -> list[list[str]]:
    """The screen's blocks, split at blank lines."""
    blocks: list[list[str]] = [[]]
    for line in out.splitlines():
        if line.strip():
            blocks[-1].append(line)
        else:
            blocks.append([])
    return [block for block in blocks if block]


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(("args", "most"), [(("subscriptions",), 9), (("charge", "600"), 6)])
def test_the_check_date_is_said_once_a_source_not_in_each_price(
    lang: str, args: tuple[str, ...], most: int
) -> None:
    out = screen(*args, lang=lang)
    assert out.count(CHECKED[lang]) <= most, out
    prices = [line for line in out.splitlines() if PRICE.match(line)]
    assert prices, out
    assert not [line for line in prices if CHECKED[lang] in line]


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    "args",
    [
        ("subscriptions",),
        ("charge", "600"),
        ("charge", "980"),
        ("charge", "US$14.99"),
        ("charge", "600", "--date", "2023-09-01"),
        ("charge", "480"),
    ],
)
def test_every_price_still_says_when_it_was_checked(lang: str, args: tuple[str, ...]) -> None:
    """Each block with a price ends with its sources and the check date."""
    out = screen(*args, lang=lang)
    if args == ("subscriptions",):  # review 37a item 13: the title's date, not every block's
        assert ("確認）" if lang == "ja" else "(checked ") in out.splitlines()[0]
        return
    priced = [block for block in _blocks(out) if any(PRICE.match(line) for line in block)]
    assert priced, out
    for block in priced:
        assert block[-1].strip().endswith(UNDER_SOURCES[lang]), block


@pytest.mark.parametrize("columns", [40, 60, 80, 120])
@pytest.mark.parametrize(
    "args",
    [
        ("complain", "renewal"),
        ("complain", "refund"),
        ("complain", "cancel"),
        ("complain", "other"),
        ("charge", "600"),
        ("subscriptions",),
    ],
)
def test_the_check_sentence_is_never_split(columns: int, args: tuple[str, ...]) -> None:
    """Item 11: complain at 60 ended its sources 「…（2022年5月10日）。2026年12月2日に」 /
    「確認しました。」; the sentence stays whole: on the sources' last line when it fits there,
    else on a line of its own, as every other screen has it."""
    lines = screen(*args, lang="ja", columns=columns).splitlines()
    said = [n for n, line in enumerate(lines) if "確認しました。" in line]
    assert said or args == ("subscriptions",)  # its title states the date (review 37a item 13)
    for n in said:
        assert UNDER_SOURCES["ja"] in lines[n], lines[n - 1 : n + 1]


def test_the_japanese_help_glosses_topic_and_plan_as_the_errors_do() -> None:
    """Follow-up of item 14: the TOPIC and --plan glosses are one text (primehelp.glosses) for
    help and errors; help for any command loads them without the complaint model."""
    from primehelp.cli import help_ja
    from primehelp.glosses import PLAN_VALUES, TOPIC_VALUES

    assert TOPIC_VALUES.ja in help_ja.PARAMETERS["complain.topic"]
    # one plan a line since review 51a item 32: the same glosses, each on its own line
    assert PLAN_VALUES.ja.split("、") == help_ja.PARAMETERS["complain.plan"].splitlines()[1:]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_entered_details_lead_does_not_say_the_heading_again(lang: str) -> None:
    """Item 9: 「…すぐに次のことをしてください。」 then the heading 「今すぐすること」 said it twice."""
    lines = screen("check-message", "--entered-details", "--text", "こんにちは", lang=lang)
    lead, _, heading = lines.splitlines()[:3]
    assert heading == {"ja": "今すぐ行ってください", "en": "Do this now"}[lang]  # 52a, item 5
    for word in {"ja": ("すぐ", "次のこと"), "en": ("now", "do this")}[lang]:
        assert word not in lead, lead


@pytest.mark.parametrize(
    ("message", "found"),
    [
        ("A m a z o n お客様、アカウントが停止されました。", "A m a z o n"),
        ("Ａ ｍ ａ ｚ ｏ ｎ　お客様、アカウントが停止されました。", "A m a z o n"),
        ("Amαzon: your account is suspended", "Amαzon"),
        ("Amazon", None),
        ("AmazonPayとAmazonプライムのご案内です。a b c d e", None),
    ],
)
def test_a_spaced_or_lookalike_amazon_in_the_words_is_a_sign(
    message: str, found: str | None
) -> None:
    """Item 17: 「A m a z o n お客様、…」 was flagged for its wording only; FACTS §11 lists the
    spaced and Greek-lettered names among the look-alikes seen."""
    from tests.support.clihelp import run

    flags = run("check-message", "--text", message, "--json").json()["data"]["red_flags"]
    names = [one["evidence"] for one in flags if one["kind"] == "name_lookalike"]
    assert names == ([] if found is None else [found])
    if found is not None:
        out = run("check-message", "--text", message, "--lang", "ja").stdout
        assert "Amazonに似せた名前" in out
