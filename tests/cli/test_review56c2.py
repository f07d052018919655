"""Review 56c (charge --statement), share 2: the places to check of every service a row is read
as (item 4) and what each place checks (item 5), the Music Unlimited caveat hedged (item 6), two
reasons with their subjects (item 7), look-alike rows never totalled as Amazon Prime (item 10),
the --statement help (item 11)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import run, statement_file

TODAY = {"PRIMEHELP_TODAY": "2026-12-07"}


def _out(path: str, lang: str, *more: str, columns: str = "1000") -> str:
    env = {"COLUMNS": columns, **TODAY}
    done = run("charge", "--statement", path, "--lang", lang, *more, env=env)
    assert done.exit_code in (0, 1), done.stderr
    return done.stdout


def _joined(out: str, lang: str) -> str:
    """Lines joined as one text, the spaces inside a line kept (「Prime Video」)."""
    return (" " if lang == "en" else "").join(line.strip() for line in out.splitlines())


def _flat(path: str, lang: str) -> str:
    return _joined(_out(path, lang), lang)


def _where(path: str, lang: str) -> str:
    """The 「確認する場所」 block, flattened."""
    out = _out(path, lang)
    title = "確認する場所" if lang == "ja" else "Where to check"
    return _joined(out.split(f"\n{title}\n", 1)[1].split("\n\n", 1)[0], lang)


_JA_CHANNEL = "契約中のチャンネルは「Prime Videoチャンネルの管理」で確認します。"
_EN_CHANNEL = "Your channels are listed under 「Prime Videoチャンネルの管理」"


# ---------------------------------------------------------------- item 4


@pytest.mark.parametrize(
    "row", ["2026/11/11,PRIME VIDEO,390", "2026/11/11,AMZN DIGITAL 利用国USA,2245"]
)
def test_a_channel_named_as_another_reading_gives_the_channels_place(
    tmp_path: Path, row: str
) -> None:
    path = statement_file(tmp_path, row, "2026/11/12,AMAZON PRIME,600")
    assert "またはPrime Videoチャンネル" in _flat(path, "ja")
    assert _JA_CHANNEL in _where(path, "ja")
    assert _EN_CHANNEL in _where(path, "en")
    done = run("charge", "--statement", path, "--json", env=TODAY)
    ids = [fact["id"] for fact in done.json()["data"]["where_to_check"]]
    assert "subscriptions.prime_video_channel.see" in ids


def test_the_ad_free_place_stays_with_the_channels_place(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2026/11/11,PRIME VIDEO,390")
    where = _where(path, "ja")
    assert where.count("Prime Videoの設定で確認します。") == 1 and where.count(_JA_CHANNEL) == 1


def test_a_row_naming_no_channel_adds_no_channels_place(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2026/11/12,AMAZON PRIME,600")
    assert _JA_CHANNEL not in _where(path, "ja")
    assert _EN_CHANNEL not in _where(path, "en")


# ---------------------------------------------------------------- item 5


def test_the_ad_free_place_says_what_is_checked(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2026/11/11,PRIME VIDEO,390")
    said = "・Prime Videoを広告なしで見るためのオプションは、Prime Videoの設定で確認します。"
    assert said in _where(path, "ja")
    assert "- Check the Prime Video ad-free option in the Prime Video settings." in _where(
        path, "en"
    )
    assert "・Prime Videoの設定で確認します。" not in _where(path, "ja")


# ---------------------------------------------------------------- item 6


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_reported_music_change_draws_no_unhedged_conclusion(tmp_path: Path, lang: str) -> None:
    path = statement_file(tmp_path, '2026/11/03,AMAZON DOWNLOADS,"1,080"')
    flat = _flat(path, lang)
    if lang == "ja":
        assert "改定後の料金は確認できていません。報告のとおりなら、今の料金は" in flat
        assert (
            "とは異なります。実際の金額は「メンバーシップおよび購読」で確認してください。" in flat
        )
        assert "可能性が高い" not in flat
    else:
        assert "If the report is right, the prices now differ from those of April 2023" in flat
        assert "likely to differ" not in flat


# ---------------------------------------------------------------- item 7


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_several_partial_refunds_say_what_occurs_several_times(tmp_path: Path, lang: str) -> None:
    path = statement_file(
        tmp_path,
        "2026/10/05,AMAZON PRIME,5900",
        "2026/11/01,AMAZON PRIME,-3210",
        "2026/11/03,AMAZON PRIME,-1000",
    )
    flat = _flat(path, lang)
    if lang == "ja":
        assert (
            "同じ会費への一部返金が何回もある場合は、この明細にない請求の返金かもしれません。"
            in flat
        )
        assert "同じ会費に何回もある" not in flat
    else:
        assert "Several of them for one fee may be refunds of charges not in this statement" in flat


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_an_overlap_of_plans_says_a_plan_change_in_its_own_sentence(
    tmp_path: Path, lang: str
) -> None:
    path = statement_file(
        tmp_path,
        "2026/11/01,AMAZON PRIME,600",
        "2026/11/03,AMAZON PRIME,600",
        "2026/11/20,AMAZON PRIME,5900",
    )
    flat = _flat(path, lang)
    if lang == "ja":
        assert (
            "プランを変更した場合にも、このように並ぶことがあります。"
            "どちらもご自身の会費かどうか、領収書で確認してください。"
        ) in flat
        assert "プランを変えた場合もありますが" not in flat and "ご自身のものか" not in flat
    else:
        assert (
            "A change of plan can also look like this. "
            "Check with the receipts whether both are your own fees."
        ) in flat
        assert "You may have changed plans" not in flat


# ---------------------------------------------------------------- item 10


def _months(path: str) -> list[dict[str, object]]:
    done = run("charge", "--statement", path, "--json", env=TODAY)
    return [t for m in done.json()["data"]["months"] for t in m["services"]]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_lookalike_row_is_never_totalled_as_amazon_prime(tmp_path: Path, lang: str) -> None:
    path = statement_file(
        tmp_path,
        "2026/11/02,AMAZON PRIME,600",
        "2026/11/05,A M A Z O N,600",
        "2026/11/06,AMAZON.CO.JP,1500",
    )
    table = _out(path, lang)
    if lang == "ja":
        assert "Amazonプライム（月間プラン・推定）" not in table
        assert "Amazonに似た表記（Amazonプライム（月間プラン）と同じ金額）" in table
        assert "合計（Amazonに似た表記を含む）" in table
        assert "・Amazonの行：3件（うちAmazonに似た表記の行1件）" in table
    else:
        assert "Amazon Prime (Monthly plan, estimated)" not in table
        assert "Text like Amazon's (the same amount as Amazon Prime (Monthly plan))" in table
        assert "Total (including text like Amazon's)" in table
        assert "- Amazon lines: 3 (1 with text like Amazon's)" in table
    totals = _months(path)
    alike = [t for t in totals if t["lookalike"]]
    assert len(alike) == 1 and alike[0]["charged_yen"] == 600
    assert alike[0]["service"] == "unknown_text" and alike[0]["estimated"] == "prime_monthly"
    prime = [t for t in totals if t["service"] == "prime_monthly"]
    assert [t["charged_yen"] for t in prime] == [600]
    assert all(t["lookalike"] is False for t in totals if t is not alike[0])


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_lookalike_row_with_amazon_pay_says_both_in_the_total(tmp_path: Path, lang: str) -> None:
    path = statement_file(
        tmp_path,
        "2026/11/02,AMAZON PRIME,600",
        "2026/11/05,AMAZ0N,980",
        "2026/11/06,Amazon Pay提携サイト,700",
    )
    if lang == "ja":
        assert "合計（Amazon Pay、Amazonに似た表記を含む）" in _out(path, lang)
        assert "Amazonに似た表記（Kindle Unlimitedと同じ金額）" in _out(path, lang)
        said = "請求の合計：2,280円（Amazon Pay、Amazonに似た表記を含む）"  # 61c 8, 62c 7
        assert said in _joined(_out(path, lang, columns="40"), lang)
    else:
        assert "Total (including Amazon Pay and text like Amazon's)" in _flat(path, lang)


def test_a_known_row_alone_keeps_its_plain_total(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2026/11/02,AMAZON PRIME,600", "2026/11/06,AMAZON.CO.JP,150")
    out = _out(path, "ja")
    assert "Amazonに似た表記" not in out and "合計（Amazon" not in out
    assert all(t["lookalike"] is False for t in _months(path))


def test_a_lookalike_row_read_as_nothing_stays_unknown(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2026/11/01,AMAZON WEB SERVICES,1234")
    out = _out(path, "ja")
    assert "不明（primehelpの情報源にない表記）" in out and "Amazonに似た表記" not in out
    assert [t["lookalike"] for t in _months(path)] == [False]


# ---------------------------------------------------------------- item 11


def test_the_statement_help_says_the_limits_plainly() -> None:
    done = run("charge", "--help", "--lang", "ja", env={"COLUMNS": "1000"})
    flat = _joined(done.stdout, "ja")
    assert (
        "読み込めるのは、5MB（5,242,880バイト）以下で、Amazonの行が2,000件以下のファイルです。"
        "ファイルの保存や送信はしません。"
    ) in flat
    assert "までのものです" not in flat and "保存も送信も" not in flat


@pytest.mark.parametrize("width", ["60", "80"])
def test_the_statement_help_keeps_saving_and_sending_together(width: str) -> None:
    out = run("charge", "--help", "--lang", "ja", env={"COLUMNS": width}).stdout
    assert any("保存や送信はしません。" in line for line in out.splitlines())


# ---------------------------------------------------------------- S 14


@pytest.mark.parametrize(
    ("row", "ja", "en"),
    [
        ("A M A Z O N", "Amazonの名前の途中に空白が入った表記", "a text with spaces inside a name"),
        ("PAYPAL *AMAZON", "Amazonの名前の前にほかの名前がある表記", "a text with another name"),
        ("amazon-prime.top", "Amazonが案内していないドメインを含む表記", "a text with a domain"),
    ],
)
def test_a_borrowed_name_row_says_the_form_it_has(
    tmp_path: Path, row: str, ja: str, en: str
) -> None:
    path = statement_file(tmp_path, f"2026/11/05,{row},600")
    assert f"この行は、{ja}です。" in _flat(path, "ja")
    assert f"This line is {en}" in _flat(path, "en")


def test_a_word_after_a_text_keeps_its_own_note_alone(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2026/11/08,AMAZON PRIME TOP,5900")
    flat = _flat(path, "ja")
    assert "表記にある「TOP」は" in flat and "この行は、" not in flat
