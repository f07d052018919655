"""Review 25a, items 2, 4, 5 and 7: charge."""

from __future__ import annotations

import pytest

from tests.support.clihelp import screen


# Items 2 and 4 (R-minor): 「2016年1月1日は、Kindle Unlimitedの月額980円（2016年8月3日から）より
# 前です。」 compared a date with a price, said the price and its start again, and split words.
@pytest.mark.parametrize("columns", [40, 60, 80, 1000])
def test_a_price_before_its_start_says_the_start_once(columns: int) -> None:
    ja = screen("charge", "980", "--date", "2016-01-01", lang="ja", columns=columns)
    flat = ja.replace("\n", "").replace(" ", "")
    assert "この料金は2016年8月3日からのもので、利用日（2016年1月1日）はそれより前です。" in flat
    assert "金額が同じというだけなので、可能性は低めです。" in flat
    assert "より前です。金額だけ" not in flat
    assert flat.count("2016年8月3日") == 2  # the price line and the sentence, never its name again
    en = screen("charge", "980", "--date", "2016-01-01", lang="en")
    assert "This price is from 2016-08-03, and the day of use (2016-01-01) is before that." in en


# Item 5 (R-minor): the text names Audible, only the date is before its price: the screen said
# no fixed price matches and 「金額だけの一致」.
def test_a_named_service_before_its_price_does_not_contradict_itself() -> None:
    args = ("charge", "1500", "AUDIBLE", "--date", "2021-06-01")
    ja = screen(*args, lang="ja")
    assert (
        "表記にAudibleとあり、金額も今の料金と同じです。ただし、この料金は2022年1月27日からの"
        "もので、利用日はそれより前です。当時の料金はprimehelpでは確認できていません。"
    ) in ja
    assert "どれとも一致しません" not in ja
    assert "金額だけ" not in ja
    assert "明細の表記にこのサービスの名前があります。" not in ja
    en = screen(*args, lang="en")
    assert "The text names Audible, and the amount is its price now." in en
    assert "matches no Amazon fee" not in en


# Item 7 (R-minor): 「（2019年から）」 is a start date FACTS §1 does not give.
def test_no_student_monthly_plan_yet_gives_no_start_date() -> None:
    ja = screen("charge", "300", "--date", "2018-06-01", lang="ja")
    assert "2018年6月1日の時点では、Prime Student 月間プランはまだありませんでした" in ja
    assert "（開始日は確認できていません）。" in ja
    assert "2019年から" not in ja
    en = screen("charge", "300", "--date", "2018-06-01", lang="en")
    assert "(when it started is not confirmed)" in en and "started in 2019" not in en
