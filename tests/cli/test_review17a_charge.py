"""Review 17a (charge, charge --statement): a guess from the amount is never said as a fact,
Audible lines are Amazon's, and the wording names primehelp's list."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support.clihelp import run, screen

# The review's own generic CSV: texts the recorded statements do not cover.
_ROWS = (
    "2026/11/01,AMAZON PRIME,600\n"
    "2026/11/03,AMAZON MKTPL*AB12CD,2480\n"
    "2026/11/05,AMZ*PRIME JP,5900\n"  # review 36c, item 9: Mktp is no fee
    "2026/11/06,ｱﾏｿﾞﾝ ﾐｭｰｼﾞｯｸ,1080\n"
    "2026/11/08,AUDIBLE JP,1500\n"
    "2026/12/01,AMAZON PRIME,600\n"
)
_COLUMNS = ("--columns", "date,description,amount")


def _csv(tmp_path: Path, rows: str = _ROWS) -> str:
    path = tmp_path / "statement.csv"
    path.write_text(rows, "utf-8")
    return str(path)


def _lines(tmp_path: Path, rows: str = _ROWS) -> list[dict[str, object]]:
    done = run("charge", "--statement", _csv(tmp_path, rows), *_COLUMNS, "--json")
    assert done.exit_code == 0, done.stderr
    lines: list[dict[str, object]] = done.json()["data"]["lines"]
    return lines


def test_an_annual_fee_read_from_the_amount_alone_raises_no_both_plans_flag(
    tmp_path: Path,
) -> None:
    """Item 1 (R-major): 「AMZ*PRIME JP」 5,900 yen, read as the annual fee by its amount alone,
    flagged itself and both AMAZON PRIME rows 「※年間と月間の両方」, and the screen said as a fact
    that both plans' fees were charged."""
    lines = _lines(tmp_path)
    assert all("both_prime_plans" not in line["flags"] for line in lines)
    # the flag and its heading (review 20a, S 7: the guess's own flag reads 「※年会費なら年間と
    # 月間の両方」, a condition)
    for lang, flag, heading in (
        (
            "ja",
            "※年会費と月会費の期間が重なっています",
            "・年会費と月会費の期間が重なっています：",
        ),
        ("en", "! a monthly fee is charged within", "・a monthly fee is charged within"),
    ):
        out = screen("charge", "--statement", _csv(tmp_path), *_COLUMNS, lang=lang)
        assert flag not in out.casefold() and heading not in out.casefold()


def test_both_plans_with_known_prime_texts_are_still_flagged(tmp_path: Path) -> None:
    """Item 1: two fees on a Prime text (AMAZON PRIME 5,900 and 600) still raise the flag."""
    rows = "2026/11/01,AMAZON PRIME,600\n2026/11/05,AMAZON PRIME,5900\n"
    lines = _lines(tmp_path, rows)
    assert all("both_prime_plans" in line["flags"] for line in lines)


def test_an_audible_line_is_an_amazon_line_with_what_it_may_be(tmp_path: Path) -> None:
    """Item 3 (R-minor): 「AUDIBLE JP」 1,500 yen was counted among 「そのほかの行（表示しません）」
    while `charge 1500 AUDIBLE` names Audible; the statement finds it by the same words."""
    lines = _lines(tmp_path)
    audible = next(line for line in lines if line["description"] == "AUDIBLE JP")
    assert audible["service"] == "audible"
    assert "Audible（audible.co.jp）" in str(audible["label"])
    out = screen("charge", "--statement", _csv(tmp_path), *_COLUMNS, lang="ja")
    assert "そのほかの行" not in out  # none: a count of 0 is not shown (review 21a, item 7)


def test_charge_and_the_statement_read_one_list_of_amazon_words() -> None:
    """Item 3: the statement's Amazon words are the ones `charge` reads (no copied list)."""
    from primehelp.content import charges, statement

    other = statement.load().rules[-1].words
    assert charges.load().amazon_words == other
    assert {"audible", "kindle", "primevideo"} <= set(other)


UNLISTED = Path(__file__).parents[1] / "fixtures" / "statement_texts" / "generic-unlisted-texts.csv"


@pytest.mark.parametrize("columns", [40, 60, 80])
def test_the_possibility_after_an_unlisted_text_is_never_split(columns: int) -> None:
    """Item 2 (R-minor): 「…Amazon Music Unlimitedの可│能性）」 at 60: the screen (a text not on
    the list, read by its amount) is in the golden list, so its phrase data keeps 「の可能性」
    whole."""
    args = ("charge", "--statement", str(UNLISTED), *_COLUMNS)
    out = screen(*args, lang="ja", columns=columns)
    assert "Amazon Music Unlimited" in out
    # never inside the word; 「…の│可能性」 is a phrase break since review 43c item 11 (round 51)
    assert not re.search(r"可\n\s*能性|可能\n\s*性", out)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_an_unlisted_text_names_whose_list_it_is_not_on(tmp_path: Path, lang: str) -> None:
    """S 6: 「一覧にない表記です（…）」 named no list → 「primehelpの情報源にない表記です（金額からは…の
    可能性があります）」, the name charge uses for the same text."""
    out = screen("charge", "--statement", _csv(tmp_path), *_COLUMNS, lang=lang)
    said = {
        # review 18a, S 7: the candidate first; review 38c, item 13: 「ﾐｭｰｼﾞｯｸ」 names the service;
        # review 63c, R-minor 8: its price of April 2023, not the amount alone
        "ja": "Amazon Music Unlimitedの可能性（表記にあるサービス名と、2023年4月時点の料金から推定）",
        "en": "Perhaps Amazon Music Unlimited (estimated from the service named in the text and the "
        "prices of April 2023)",
    }[lang]
    assert said in out
    assert {"ja": "一覧にない", "en": "not on the list"}[lang] not in out
    # review 38c, item 13: 「ﾐｭｰｼﾞｯｸ」 names a service as 「MUSIC」 does: a text naming none here
    single = screen("charge", "1080", "ｱﾏｿﾞﾝ", "ｼﾞﾔﾊﾟﾝ", lang=lang)
    assert {
        "ja": "primehelpの情報源にありません",
        "en": "not in primehelp's sources",
    }[lang] in single


@pytest.mark.parametrize(
    ("amount", "lang", "said"),
    [
        (
            "0",
            "ja",
            "0円の請求は調べられません。明細に書かれている金額を指定してください。使える形式：",
        ),
        (
            "0",
            "en",
            "a charge of 0 yen cannot be checked: give the amount on the statement; accepted",
        ),
        ("$0.00", "en", "a charge of 0 dollars cannot be checked"),
    ],
)
def test_a_zero_amount_says_what_cannot_be_done(amount: str, lang: str, said: str) -> None:
    """S 8: 「「0」は0円です。」 said the obvious → 「0円の請求は調べられません。…」, forms kept."""
    done = run("charge", amount, "--lang", lang, env={"COLUMNS": "1000"})
    assert done.exit_code == 2
    assert said in done.stderr and "US$14.99" in done.stderr
    assert "は0円です" not in done.stderr and "amount of zero" not in done.stderr


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("when", [("--date", "2026-11-01"), ()])
def test_the_prime_fee_says_when_new_and_existing_members_paid_it(
    lang: str, when: tuple[str, ...]
) -> None:
    """S 9: 「月額600円（2023年8月24日から、…確認）」 gave new members' date only; existing members'
    renewals changed with bills dated 2023-09-24 (FACTS §1): both are said, as the refund case
    on 2023-09-01 already did."""
    out = screen("charge", "600", *when, lang=lang)
    said = {
        "ja": "月額600円（新規会員は2023年8月24日から、既存会員は2023年9月24日以降の請求から）",
        "en": "600 yen a month (new members from 2023-08-24; existing members from bills dated "
        "2023-09-24 or later)",
    }[lang]
    assert said in out
    assert {"ja": "（2023年8月24日から、", "en": "(since 2023-08-24)"}[lang] not in out


# Review 37c, S 13: the wording 「primehelpが知らない表記」 pinned above is 「primehelpの情報源にない表記」 now.
