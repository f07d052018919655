"""Review 64c (`charge`, `charge --statement`): 「Amazon Pay提携サイト」 hedged (an M fact of FACTS
§10's "usually" column), a UTF-16 file read in the wrong byte order, the 2007 fee's contradiction,
the --statement conflict error's bracket, the --date year range, a full-width text shown as the
statement screen shows it, and the ad-free option's second line naming Prime Video."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import joined, lang_run

STATEMENTS = Path(__file__).resolve().parent / "fixtures" / "statements"
RAKUTEN = str(STATEMENTS / "rakuten-utf8-bom.csv")
TODAY = {"PRIMEHELP_TODAY": "2026-12-08"}


def _out(*args: str, lang: str = "ja") -> str:
    done = lang_run(*args, lang=lang, env=TODAY)
    assert done.exit_code == 0, done.stderr
    return joined(done.stdout, lang)


def _err(*args: str, lang: str = "ja") -> str:
    done = lang_run(*args, lang=lang, env=TODAY)
    assert done.exit_code == 2 and done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1
    return done.stderr


# ---------------------------------------------------------------- R-major 1


@pytest.mark.parametrize(
    "args", [("charge", "600", "Amazon Pay提携サイト"), ("charge", "--statement", RAKUTEN)]
)
def test_amazon_pay_text_is_hedged_on_both_screens(args: tuple[str, ...]) -> None:
    ja = _out(*args)
    assert "「Amazon Pay提携サイト」は、多くの場合、ほかのお店でAmazon Payを使った支払いです" in ja
    assert "プライムの請求ではありません" not in ja
    en = _out(*args, lang="en")
    assert "“Amazon Pay提携サイト” is usually Amazon Pay used at another shop" in en
    assert "It is not a Prime charge" not in en


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_what_is_not_listed_under_amazon_pay_is_hedged(lang: str) -> None:
    out = _out("charge", "600", "Amazon Pay提携サイト", lang=lang)
    said = (
        "Amazon Payでの支払いは、多くの場合Amazonの会費や定額サービスではないため"
        if lang == "ja"
        else "A payment with Amazon Pay is usually none of Amazon's fees or subscriptions"
    )
    assert said in out


# ---------------------------------------------------------------- B 1


@pytest.mark.parametrize("data", [b"\xff\xfe\x00a", b"\xff\xfe\x00a\x00", b"\xfe\xffa\x00,\x00"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_broken_utf16_file_is_an_encoding_error(tmp_path: Path, data: bytes, lang: str) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_bytes(data)
    err = _err("charge", "--statement", str(bad), lang=lang)
    assert "見出しの行だけ" not in err and "header" not in err
    said = "文字コードを読み取れません" if lang == "ja" else "its character encoding cannot be read"
    assert said in err


def test_a_utf16_file_in_its_own_byte_order_is_still_read(tmp_path: Path) -> None:
    good = tmp_path / "good.csv"
    good.write_bytes("利用日,利用店名,利用金額\n2026/10/03,AMAZON PRIME,600\n".encode("utf-16"))
    out = _out("charge", "--statement", str(good), "--columns", "date,description,amount")
    assert "AMAZON PRIME" in out


# ---------------------------------------------------------------- R-minor 1


def test_the_2007_fee_does_not_contradict_itself() -> None:
    ja = _out("charge", "3900", "--date", "2007-01-05")
    assert "年額3,900円はサービス開始時からの金額ですが" in ja
    assert "年会費3,900円は" not in ja
    assert "いつからの会費か" not in ja
    assert "（その日にこのプランがあったかどうかは確認できていません）" in ja
    en = _out("charge", "3900", "--date", "2007-01-05", lang="en")
    assert "when this fee started" not in en
    assert "(whether the plan existed that day is not confirmed)" in en


# ---------------------------------------------------------------- R-minor 5


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_statement_conflict_quotes_what_was_typed_apart(lang: str) -> None:
    err = _err("charge", "600", "--statement", RAKUTEN, lang=lang)
    said = (
        "金額や明細の表記は指定できません（指定された値：「600」）。"
        if lang == "ja"
        else "give no amount or statement text (given: '600')"
    )
    assert said in err
    assert "表記（「600」）" not in err


# ---------------------------------------------------------------- R-minor 2


@pytest.mark.parametrize("day", ["0001-01-01", "3000-01-01"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_year_out_of_range_asks_for_today_or_earlier(day: str, lang: str) -> None:
    err = _err("charge", "600", "--date", day, lang=lang)
    assert "2999" not in err and "1900" not in err
    said = (
        "は年が範囲外です。明細の利用日を、今日（2026年12月8日）以前の日付で指定してください。"
        if lang == "ja"
        else "has a year out of range: give the day of use on the statement, today (2026-12-08) or"
    )
    assert said in err


# ---------------------------------------------------------------- R-minor 4


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_full_width_text_is_shown_as_the_statement_screen_shows_it(lang: str) -> None:
    out = _out("charge", "600", "ＡＭＡＺＯＮ　ＰＲＩＭＥ", lang=lang)
    if lang == "ja":
        assert "明細の表記：「AMAZON PRIME」（入力では全角）" in out
        assert "・「AMAZON PRIME」は、多くの場合プライムの会費です。" in out
    else:
        assert "Statement text: “AMAZON PRIME” (typed in full-width)" in out
        assert "“AMAZON PRIME” is usually the Prime fee." in out
    assert "ＡＭＡＺＯＮ" not in out


def test_a_half_width_text_has_no_full_width_note() -> None:
    assert "入力では全角" not in _out("charge", "600", "Amazon Prime")


# ---------------------------------------------------------------- R-minor 3


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_ad_free_options_note_names_prime_video(lang: str) -> None:
    out = _out("charge", "390", "AMAZON DOWNLOADS", lang=lang)
    said = (
        "・Prime Videoを広告なしで見るためのオプションは、プライム会員でないと使えません。"
        if lang == "ja"
        else "The Prime Video ad-free option needs Prime"
    )
    assert said in out
    assert "広告フリー" not in out  # FACTS gives no Japanese label for it
