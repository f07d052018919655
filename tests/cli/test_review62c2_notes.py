"""Review 62c (charge and charge --statement), the notes, totals and hints fixed in round 62:

- R-minor 4: 「明細の表記に…の名前があります」 names only what the text has (「Amazon Music」,
  「Kindle」), never 「Amazon Music Unlimited」 or 「Kindle Unlimited」.
- R-minor 5: the 「AMAZON MUSIC」 980円 row names Kindle Unlimited's and Amazon Kids+'s prices,
  with no 「とも」 after 「…どの料金とも違います。」.
- R-minor 6: full sentences under 考えられる内容 and 注意 end with 「。」 (※ labels do not).
- R-minor 7: a month's total says it includes amazon.com's charges.
- R-minor 9: at 40 columns 「・Amazonに似た、つづりの違う表記です：」 is one line.
- R-minor 11: `charge USD 14.99` is read as 'USD 14.99'.
- S 2: 「確認する場所」 says where an amazon.com line is checked.
- S 4: the errors' 使える形式 list 「14.99USD」, as `charge --help` does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import joined, lang_run, statement_file

TODAY = {"PRIMEHELP_TODAY": "2026-12-05"}


def _statement(path: str, lang: str, columns: int = 80) -> str:
    done = lang_run("charge", "--statement", path, lang=lang, columns=columns, env=TODAY)
    assert done.exit_code in (0, 1), done.stderr
    assert done.stderr == ""
    return done.stdout


def _row(screen: str, text: str) -> str:
    """The stacked block of the row whose statement text is ``text``."""
    blocks = screen.split("\n\n")
    return next(b for b in blocks if f"「{text}」" in b or f"“{text}”" in b)


def _charge(*args: str, lang: str) -> str:
    done = lang_run("charge", *args, lang=lang, env=TODAY)
    assert done.exit_code == 0, done.stderr
    return joined(done.stdout, lang)


# ---------------------------------------------------------------- R-minor 4

NAMED = {
    ("980", "AMAZON MUSIC", "ja"): "明細の表記にAmazon Musicの名前があります。"
    "金額はAmazon Music Unlimitedの料金と違いますが、表記にあるサービスを先に挙げています。",
    ("980", "AMAZON MUSIC", "en"): "The statement text names Amazon Music. "
    "The amount is not a price of Amazon Music Unlimited, but the service the text names",
    ("980", "KINDLE JAPAN", "ja"): "明細の表記にKindleの名前があります。"
    "書かれているサービス名と金額から、可能性の高い順に並べています。",
    ("980", "KINDLE JAPAN", "en"): "The statement text names Kindle. The candidates below",
    ("980", "KINDLE", "ja"): "明細の表記にKindleの名前があります。",
    ("980", "KINDLE", "en"): "The statement text names Kindle.",
}
NOT_NAMED = {
    "AMAZON MUSIC": {
        "ja": "明細の表記にAmazon Music Unlimitedの名前",
        "en": "text names Amazon Music Unlimited",
    },
    "KINDLE JAPAN": {"ja": "明細の表記にKindle Unlimitedの名前", "en": "names Kindle Unlimited"},
    "KINDLE": {"ja": "明細の表記にKindle Unlimitedの名前", "en": "names Kindle Unlimited"},
}


@pytest.mark.parametrize(("amount", "text", "lang"), list(NAMED))
def test_the_lead_names_only_what_the_text_has(amount: str, text: str, lang: str) -> None:
    said = _charge(amount, *text.split(), lang=lang)
    assert NAMED[(amount, text, lang)] in said
    assert NOT_NAMED[text][lang] not in said


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_name_the_text_has_whole_is_said_whole(lang: str) -> None:
    """The rule kept: 「AUDIBLE」 names Audible, 「AMAZON KIDS」 Amazon Kids (as written, no 「+」:
    review 63c, R-minor 3), never 「Amazon」 alone."""
    said = _charge("2000", "AUDIBLE", lang=lang)
    assert {"ja": "明細の表記にAudibleの名前があります。", "en": "names Audible."}[lang] in said
    kids = _charge("700", "AMAZON", "KIDS", lang=lang)
    assert {"ja": "明細の表記にAmazon Kidsの名前", "en": "names Amazon Kids."}[lang] in kids
    assert {"ja": "明細の表記にAmazonの名前", "en": "names Amazon."}[lang] not in kids


# ---------------------------------------------------------------- R-minor 5 and 6

MUSIC = {
    "ja": "980円は、primehelpの情報源にあるAmazon Music Unlimitedのどの料金とも違います。"
    "Kindle Unlimitedの料金（月額980円）、Amazon Kids+の料金（月額980円、プライム会員でない場合）"
    "と同じ金額です。",
    "en": "980 yen is none of the prices primehelp knows for Amazon Music Unlimited. "
    "The amount is the same as the price of Kindle Unlimited (980 yen a month) and the price "
    "of Amazon Kids+ (980 yen a month, non-members).",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("columns", [40, 60, 80])
def test_the_music_row_names_every_service_of_its_price(
    tmp_path: Path, lang: str, columns: int
) -> None:
    path = statement_file(tmp_path, "2026/08/16,AMAZON MUSIC,980")
    row = joined(_row(_statement(path, lang, columns), "AMAZON MUSIC"), lang)
    assert MUSIC[lang] in row
    assert {"ja": "とも同じ金額です", "en": "is also the price"}[lang] not in row


ENDED = {
    "ja": (
        "注意：Amazon Kids+の料金（月額980円、プライム会員でない場合）とも同じ金額です。",
        "Amazon Music Unlimitedの料金は2026年2月に改定されました（改定後の料金は未確認）。",
        "金額が空欄です。",
        "Amazonプライム（月間プラン）の会費（月額600円）とも同じ金額です。",
    ),
    "en": (
        "The amount is also the price of Amazon Kids+ (980 yen a month, non-members).",
        "changed in February 2026 (the new prices are not confirmed).",
        "The amount is blank.",
        "The amount is also the fee of Amazon Prime (Monthly plan) (600 yen a month).",
    ),
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_sentence_under_a_row_ends_with_a_full_stop(tmp_path: Path, lang: str) -> None:
    path = statement_file(
        tmp_path,
        "2026/07/12,AMAZON DOWNLOADS,980",
        "2026/11/15,AMAZON MUSIC,1080",
        "2026/11/16,AMAZON PRIME,",
        "2026/11/17,AMAZON PRIME VIDEO,600",
    )
    screen = joined(_statement(path, lang, 1000 if lang == "en" else 80), lang)
    for sentence in ENDED[lang]:
        assert sentence in screen


def test_the_flags_stay_headings_without_a_full_stop(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2026/10/03,AMAZ0N PRIME,600")
    lines = _statement(path, "ja", 80).splitlines()
    assert "  ※Amazonに似た、つづりの違う表記です" in lines or (
        "注意：※Amazonに似た、つづりの違う表記です" in lines
    )


# ---------------------------------------------------------------- R-minor 7

TOTALS = (
    "2026/10/20,AMAZON.COM,1999",
    "2026/10/21,AMAZON PRIME,600",
    "2026/11/10,Amazon Pay提携サイト,2200",
    "2026/11/20,AMAZON.COM,1999",
    "2026/11/21,AMAZON PRIME,600",
)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_total_says_it_includes_amazon_com(tmp_path: Path, lang: str) -> None:
    screen = _statement(statement_file(tmp_path, *TOTALS), lang, 1000)
    if lang == "ja":
        assert "合計（amazon.comでの請求を含む）" in screen  # October
        assert "合計（Amazon Pay、amazon.comでの請求を含む）" in screen  # November
    else:
        assert "Total (including amazon.com charges)" in screen
        assert "Total (including Amazon Pay and amazon.com charges)" in screen


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_stacked_total_says_it_too(tmp_path: Path, lang: str) -> None:
    screen = joined(_statement(statement_file(tmp_path, *TOTALS), lang, 40), lang)
    said = {
        "ja": (
            "請求の合計：2,599円（amazon.comでの請求を含む）",
            "請求の合計：4,799円（Amazon Pay、",
        ),
        "en": ("Total charged: 2,599 yen (including amazon.com charges)", "Amazon Pay and amazon"),
    }[lang]
    for part in said:
        assert part in screen


def test_a_total_without_amazon_com_says_nothing_of_it(tmp_path: Path) -> None:
    screen = _statement(statement_file(tmp_path, "2026/11/21,AMAZON PRIME,600"), "ja", 1000)
    assert "amazon.comでの請求を含む" not in screen
    assert "            合計  " in screen or " 合計 " in screen


def test_look_alike_and_amazon_pay_are_said_together(tmp_path: Path) -> None:
    rows = ("2026/11/10,Amazon Pay提携サイト,2200", "2026/11/11,AMAZ0N PRIME,600")
    screen = _statement(statement_file(tmp_path, *rows), "ja", 1000)
    assert "合計（Amazon Pay、Amazonに似た表記を含む）" in screen


# ---------------------------------------------------------------- R-minor 9


def test_the_look_alike_label_is_one_line_at_40_columns(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2026/10/03,AMAZ0N PRIME,600")
    lines = _statement(path, "ja", 40).splitlines()
    assert "・Amazonに似た、つづりの違う表記です：" in lines
    at = lines.index("・Amazonに似た、つづりの違う表記です：")
    assert lines[at + 1].startswith("  この表記は、")


def test_the_label_runs_on_where_its_text_fits(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2026/10/03,AMAZ0N PRIME,600")
    lines = _statement(path, "ja", 80).splitlines()
    assert any(
        line.startswith("・Amazonに似た、つづりの違う表記です：この表記は、") for line in lines
    )


# ---------------------------------------------------------------- R-minor 11


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_usd_and_the_amount_as_two_words(lang: str) -> None:
    apart = lang_run("charge", "USD", "14.99", "--json", lang=lang, env=TODAY)
    quoted = lang_run("charge", "USD 14.99", "--json", lang=lang, env=TODAY)
    assert apart.exit_code == 0, apart.stderr
    assert apart.json()["data"] == quoted.json()["data"]
    screen = _charge("USD", "14.99", "AMAZON", "PRIME", lang=lang)
    assert {"ja": "金額：14.99米ドル", "en": "Amount: US$14.99"}[lang] in screen
    assert {"ja": "明細の表記：「AMAZON PRIME」", "en": "Statement text: “AMAZON PRIME”"}[
        lang
    ] in screen


def test_a_mark_before_a_bad_number_names_the_number() -> None:
    done = lang_run("charge", "USD", "14.999", lang="ja", env=TODAY)
    assert done.exit_code == 2
    assert "「USD14.999」" in done.stderr
    assert "その前に金額を書いてください" not in done.stderr
    assert done.stderr.count("\n") == 1


def test_a_mark_before_words_is_still_refused() -> None:
    done = lang_run("charge", "USD", "AMAZON", lang="ja", env=TODAY)
    assert done.exit_code == 2
    assert "金額は最初に指定してください" in done.stderr


# ---------------------------------------------------------------- S 2

WHERE_US = {
    "ja": "・amazon.com（米国）での請求は、amazon.comにサインインして確認します。",
    "en": "- For a charge on amazon.com (US): Sign in to amazon.com to see it.",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_where_to_check_names_amazon_com(tmp_path: Path, lang: str) -> None:
    screen = _statement(statement_file(tmp_path, "2026/11/20,AMAZON.COM,35000"), lang, 1000)
    where = screen.split({"ja": "\n確認する場所\n", "en": "\nWhere to check\n"}[lang])[1]
    assert WHERE_US[lang] in where.splitlines()


def test_no_amazon_com_place_without_its_line(tmp_path: Path) -> None:
    screen = _statement(statement_file(tmp_path, "2026/11/21,AMAZON PRIME,600"), "ja", 1000)
    assert WHERE_US["ja"] not in screen


# ---------------------------------------------------------------- S 4


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_errors_list_the_dollar_forms_of_the_help(lang: str) -> None:
    refused = lang_run("charge", "1e3", lang=lang, env=TODAY)
    assert refused.exit_code == 2
    forms = refused.stderr.split({"ja": "使える形式：", "en": "accepted forms: "}[lang])[1]
    help_text = joined(lang_run("charge", "--help", lang=lang).stdout, lang)
    for form in ("USD14.99", "14.99USD", "'US$14.99'"):
        assert form in forms
        assert form in help_text
