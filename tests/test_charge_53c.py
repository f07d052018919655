"""Review 53c (charge, single charge and the statement texts it shares)."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

_WIDE = {"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-07"}
_DIR = "tests/fixtures/review53c/"


def _statement(path: str, lang: str) -> str:
    return run("charge", "--statement", path, "--lang", lang, env=_WIDE).stdout


def _charge(*args: str, lang: str) -> str:
    return run("charge", *args, "--lang", lang, env=_WIDE).stdout


# -- item 10: no channel for 1,500,000円; the amount inside the range named


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_no_channel_for_an_amount_outside_every_range(lang: str) -> None:
    screen = _statement(_DIR + "big.csv", lang)
    assert ("決まった料金のどれとも一致しません" if lang == "ja" else "none of the fixed") in screen
    assert "Prime Video" not in screen
    assert ("カード会社に問い合わせてください" if lang == "ja" else "card company") in screen


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_channel_named_for_the_amount_inside_its_range(lang: str) -> None:
    screen = _statement("tests/fixtures/review52c_statement/misc.csv", lang)
    said = (
        "500円は、Prime Videoチャンネルなど、料金に幅のあるサービスの可能性があります。"
        if lang == "ja"
        else "500 yen may be a service with a range of prices, such as Prime Video channels."
    )
    assert said in screen
    assert "1,500,000円は、Prime" not in screen and "1,500,000 yen may" not in screen


# -- item 37: no fee stated for a date whose fee the facts do not confirm


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_no_fee_stated_where_the_facts_give_none(lang: str) -> None:
    screen = " ".join(_charge("600", "AMAZON PRIME", "--date", "2007-01-01", lang=lang).split())
    if lang == "ja":
        screen = screen.replace(" ", "")
        assert "2007年1月1日の月間プランの会費は確認できていません。" in screen  # 56c, item 8
        assert "400円です" not in screen
    else:
        assert "The Monthly plan fee on 2007-01-01 is not confirmed." in screen
        assert "fee was 400 yen" not in screen
    # a confirmed fee is still said
    later = _charge("400", "--date", "2020-01-01", lang="ja").replace("\n", "")
    assert "（その日の月間プランの会費は500円です）" in later


# -- item 21: --json says the text names the service, as the screen does


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_json_says_the_service_the_text_names(lang: str) -> None:
    args = ("charge", "600", "PRIME VIDEO", "--date", "2026-11-01", "--lang", lang)
    data = run(*args, "--json", env=_WIDE).json()["data"]
    assert data["text_names"] == ["prime_video_channel"]
    assert data["candidates"][0]["kind"] == "prime_video_channel"
    screen = run(*args, env=_WIDE).stdout
    assert (
        "明細の表記にPrime Videoの名前があります。" if lang == "ja" else "names Prime Video"
    ) in screen
    known = run("charge", "600", "AMAZON PRIME", "--lang", lang, "--json", env=_WIDE).json()
    assert known["data"]["text_names"] == []


# -- items 34 and 4: 「primehelpの情報源にある」 (never 「primehelpが知っている」); a fee refunded to
# the method (the English said both already)


def test_sources_not_knowing_and_the_refund_sentence() -> None:
    top = _charge("600", "AMAZON PRIME TOP", lang="ja")
    assert "「TOP」は、primehelpの情報源にあるAmazonの明細の表記には含まれない語です。" in top
    big = _charge("1,000,000", lang="ja")
    assert "primehelpの情報源にあるAmazonの会費や、料金の決まったサービスのどれとも" in big
    for screen in (top, big):
        assert "primehelpが知っている" not in screen
    refund = _charge("△600", lang="ja")
    said = (
        "プライム会費は、支払いに使った方法に返金されます。Amazonのヘルプページによると、この返金は"
    )
    assert said in refund
    assert "goes back to the payment method used" in _charge("△600", lang="en")
