"""Review 59c (charge --statement) and round 58c, reproduced: the card-company step after
「確認する場所」 on every statement screen, with the single charge's sources (R-major 2); the
reason of 「決まった料金のどれとも一致しません」 never guessing against a line's own explanation (4);
the labels 「不明（プライムの表記で、会費とは違う金額）」 (5), 「Amazonに似た表記（…と同じ金額）」 on
the look-alike's row (6), 「（現地利用額から判断）」 (7); 「カードが不正利用されている可能性が
あります。」 (9); a former annual fee within the year of another (S 14); the Music price change
on its rows (S 15). Round 58c: the Prime Student sentences in the JSON and cited (B 2); no
「この返金までの1年間に」 for a file shorter than that year; no 「返金の元になった│請求」."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.clihelp import run, statement_file

TODAY = {"PRIMEHELP_TODAY": "2026-12-08"}
WIDE = {"COLUMNS": "1000", **TODAY}
ROOT = Path(__file__).resolve().parents[2]

_NONE_FITS = {
    "ja": (
        "どれにも当てはまらない行があるとき：「確認する場所」に挙げたページで、同じ日付と金額の"
        "請求を探してください。どこにも見つからない場合は、カード会社に問い合わせてください。"
        "カードが不正利用されている可能性があります。"
    ),
    "en": (
        "If a line fits none of these: Look for a charge of the same date and amount on the pages"
        " under “Where to check”. If you find it nowhere, ask your card company: someone else may"
        " be using your card."
    ),
}
_WHERE = {"ja": "確認する場所", "en": "Where to check"}


def _screen(path: str, lang: str, columns: str = "1000") -> str:
    done = run("charge", "--statement", path, "--lang", lang, env={**TODAY, "COLUMNS": columns})
    assert done.exit_code == 0, done.stderr
    return done.stdout


def _flat(path: str, lang: str) -> str:
    return (" " if lang == "en" else "").join(_screen(path, lang).split())


def _data(path: str) -> dict[str, Any]:
    done = run("charge", "--statement", path, "--json", env=TODAY)
    assert done.exit_code == 0, done.stderr
    data: dict[str, Any] = done.json()["data"]
    return data


# ---------------------------------------------------------------- R-major 2


_QUIET = ("2026/11/03,AMAZON PRIME,600", "2026/11/20,AMAZON.CO.JP,3280")  # nothing flagged
_FLAGGED = ("2026/11/03,AMAZON PRIME,600", "2026/11/05,AMAZON PRIME,600")


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("rows", [_QUIET, _FLAGGED], ids=["unflagged", "flagged"])
def test_every_statement_ends_with_the_card_company_step(
    tmp_path: Path, rows: tuple[str, ...], lang: str
) -> None:
    flat = _flat(statement_file(tmp_path, *rows), lang)
    said = (" " if lang == "en" else "").join(_NONE_FITS[lang].split())
    assert said in flat
    assert flat.index(_WHERE[lang]) < flat.index(said)  # after 「確認する場所」


def test_the_step_cites_the_single_charges_sources(tmp_path: Path) -> None:
    data = _data(statement_file(tmp_path, *_QUIET))
    step = data["if_none_fits"]
    assert step["id"] == "statement.none_fits"
    assert "カード会社に問い合わせてください" in step["text"]
    single = run("charge", "3280", "XYZ SHOP", "--json", env=TODAY).json()["data"]
    last = single["candidates"][-1]
    cited = {*last["where_to_see"]["sources"], *last["how_to_stop"]["sources"]}
    assert set(step["sources"]) == cited
    screen = _screen(statement_file(tmp_path, *_QUIET), "ja")
    sources = screen[screen.index("出典：") :]
    assert all(url in sources for url in cited)


def test_the_step_is_there_at_40_columns_too(tmp_path: Path) -> None:
    screen = _screen(statement_file(tmp_path, *_QUIET), "ja", columns="40")
    assert "どれにも当てはまらない行があるとき" in screen
    assert "".join(screen.split()).count("カード会社に問い合わせてください") >= 1


# ---------------------------------------------------------------- R-minor 4, 5 and 9

_US_YEN = ("2026/11/25,AMAZON PRIME 利用国USA,2350",)


def test_the_reason_names_no_channel_for_a_prime_line(tmp_path: Path) -> None:
    flat = _flat(statement_file(tmp_path, *_US_YEN), "ja")
    reason = flat[flat.index("決まった料金のどれとも一致しません：") :]
    reason = reason[: reason.index("・") if "・" in reason else len(reason)]
    assert "PrimeVideoチャンネル" not in reason  # the flat text has no spaces
    assert "考えられる内容は、下の「Amazonの行」の各行に書いています。" in reason  # 63c, R-minor 9
    assert "amazon.com（米国）のプライム会費" in flat  # the line's own explanation stays


def test_the_reason_still_names_the_channels_for_a_downloads_line(tmp_path: Path) -> None:
    flat = _flat(statement_file(tmp_path, "2026/11/02,AMAZON DOWNLOADS 利用国CN,500"), "ja")
    assert "500円は、PrimeVideoチャンネルなど、料金に幅のあるサービスの可能性があります。" in flat


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_reason_says_the_card_may_be_used_by_someone_else(tmp_path: Path, lang: str) -> None:
    flat = _flat(statement_file(tmp_path, *_US_YEN), lang)
    if lang == "ja":
        assert "不正利用の可能性もあります" not in flat
        assert "カードが不正利用されている可能性があります。" in flat
    else:
        assert "it may be fraud" not in flat
        assert "ask your card company: someone else may be using your card." in flat


def test_the_prime_label_is_a_noun_phrase(tmp_path: Path) -> None:
    path = statement_file(tmp_path, *_US_YEN)
    flat = _flat(path, "ja")
    assert "不明（プライムの表記で、会費とは違う金額）" in flat
    assert "だが" not in flat
    assert _data(path)["lines"][0]["label"] == "不明（プライムの表記で、会費とは違う金額）"


# ---------------------------------------------------------------- R-minor 6


def test_a_look_alike_row_is_named_as_the_table_names_it(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2026/09/10,AMAZ0N PRIME,5900")
    alike = "Amazonに似た表記（Amazonプライム（年間プラン）と同じ金額）"
    screen = _screen(path, "ja", columns="80")
    rows = screen[screen.index("\nAmazonの行") :]
    assert f"考えられる内容：{alike}" in rows
    assert "Amazonプライム（年間プラン）の可能性" not in screen
    data = _data(path)
    assert data["lines"][0]["label"] == alike
    assert [s["label"] for s in data["services"]] == [alike]  # the month table's, unchanged


def test_a_look_alike_row_in_english(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2026/09/10,AMAZ0N PRIME,5900")
    flat = _flat(path, "en")
    assert "Text like Amazon's (the same amount as Amazon Prime (Annual plan))" in flat
    assert "Perhaps Amazon Prime" not in flat


# ---------------------------------------------------------------- R-minor 7


def test_the_foreign_currency_label_is_whole() -> None:
    path = str(ROOT / "tests" / "fixtures" / "review46c" / "gbp.csv")
    flat = _flat(path, "ja")
    assert "外国の通貨での請求（現地利用額から判断）" in flat
    assert "（現地利用額から）" not in flat


# ---------------------------------------------------------------- S 14 and S 15


def test_a_former_annual_fee_ten_days_after_one_is_an_annual_fee_twice(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2023/09/20,AMAZON PRIME,4900", "2023/09/30,AMAZON PRIME,4900")
    flags = [line["flags"] for line in _data(path)["lines"]]
    assert all("annual_twice" in f for f in flags), flags
    assert all("same_charge_twice" not in f for f in flags), flags
    assert "1年以内に年会費が2回以上請求されています" in _flat(path, "ja")


def test_a_former_annual_fee_a_year_later_is_no_second_fee(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2023/09/20,AMAZON PRIME,4900", "2024/09/30,AMAZON PRIME,4900")
    assert all("annual_twice" not in line["flags"] for line in _data(path)["lines"])


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        # review 61c, R-minor 7: the service named
        (
            "ja",
            "報告によれば、Amazon Music Unlimitedの料金は2026年2月に改定されました"
            "（改定後の料金は未確認）",
        ),
        (
            "en",
            "Reportedly, the prices of Amazon Music Unlimited changed in February 2026"
            " (the new prices are not confirmed)",
        ),
    ],
)
def test_a_music_row_after_the_change_says_so(tmp_path: Path, lang: str, said: str) -> None:
    path = statement_file(tmp_path, "2026/01/05,AMAZON DOWNLOADS,1080")
    assert said not in _screen(path, lang)  # before the change: nothing
    path = statement_file(tmp_path, "2026/03/05,AMAZON DOWNLOADS,1080")
    screen = _screen(path, lang)
    rows = screen[
        : screen.index("About the statement texts" if lang == "en" else "明細の表記について")
    ]
    assert said in rows


# ---------------------------------------------------------------- round 58c


def test_the_student_sentence_is_in_the_json_and_cited() -> None:
    args = ("charge", "250", "AMAZON", "PRIME", "--date", "2018-06-01")
    done = run(*args, "--lang", "ja", env=WIDE)
    assert "Prime Student 月間プランはまだありませんでした" in done.stdout
    data = run(*args, "--json", env=TODAY).json()["data"]
    (plan,) = data["fee_unknown_plans"]
    assert (plan["kind"], plan["existed"]) == ("prime_student_monthly", False)
    assert plan["fact"]["id"] == "fees.student_monthly.250"
    above = done.stdout[: done.stdout.index("2026年12月2日に確認しました。")]
    assert all(url in above for url in plan["fact"]["sources"])


def test_a_student_annual_fee_not_confirmed_is_in_the_json() -> None:
    data = run("charge", "2450", "AMAZON", "PRIME", "--date", "2018-06-01", "--json", env=TODAY)
    plans = data.json()["data"]["fee_unknown_plans"]
    assert [(p["kind"], p["existed"]) for p in plans] == [("prime_student_annual", True)]


def test_no_plan_is_said_for_a_fee_in_force() -> None:
    data = run("charge", "600", "AMAZON", "PRIME", "--date", "2026-11-01", "--json", env=TODAY)
    assert data.json()["data"]["fee_unknown_plans"] == []


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_short_file_says_no_year_it_does_not_hold(tmp_path: Path, lang: str) -> None:
    path = statement_file(tmp_path, "2026/10/01,AMAZON PRIME,5900", "2026/11/10,AMAZON PRIME,-2950")
    flat = _flat(path, lang)
    if lang == "ja":
        assert "この返金までの1年間" not in flat
        assert "（この明細には、この返金より前にその会費の請求がありません）" in flat
    else:
        assert "in the year before this refund" not in flat
        assert "this statement shows no such charge before this refund" in flat


def test_a_file_of_a_year_keeps_the_year(tmp_path: Path) -> None:
    path = statement_file(
        tmp_path,
        "2025/09/01,AMAZON DOWNLOADS,980",
        "2026/10/01,AMAZON PRIME,5900",
        "2026/11/10,AMAZON PRIME,-2950",
    )
    assert "この返金までの1年間に、その会費の請求はこの明細にありません" in _flat(path, "ja")


def test_no_refund_sentence_is_cut_after_its_modifier(tmp_path: Path) -> None:
    path = statement_file(
        tmp_path,
        "2026/10/01,AMAZON PRIME,5900",
        "2026/10/05,AMAZON PRIME,-3000",
        "2026/10/10,AMAZON PRIME,-3421",
        "2026/10/12,AMAZON PRIME,-100",
    )
    for columns in range(40, 161, 2):
        screen = _screen(path, "ja", columns=str(columns))
        assert "元になった" not in screen
        assert not any(line.rstrip().endswith("どの") for line in screen.splitlines()), columns
    assert "どの請求の返金なのかを、Amazonの注文履歴と" in _flat(path, "ja")


@pytest.mark.parametrize(
    ("lang", "amazon", "other"),
    [
        ("ja", "・Amazonの行：2,000件", "・そのほかの行：1,080件（表示しません）"),
        ("en", "- Amazon lines: 2,000", "- Other lines: 1,080 (not shown)"),
    ],
)
def test_counts_have_a_thousands_comma(tmp_path: Path, lang: str, amazon: str, other: str) -> None:
    rows = [
        f"2020/{1 + i // 200:02d}/{1 + i % 28:02d},AMAZON.CO.JP,{1000 + i}" for i in range(2000)
    ]
    rows += [f"2021/01/{1 + i % 28:02d},SHOP,100" for i in range(1080)]
    lines = _screen(statement_file(tmp_path, *rows), lang).splitlines()
    assert amazon in lines and other in lines
