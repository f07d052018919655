"""Review 45c (charge --statement): statement FILE reading, refund matching and wording."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.clihelp import run

FILES = Path(__file__).parents[1] / "fixtures" / "review45c"
ENV = {"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-06"}


def _run(name: str, *more: str, lang: str = "ja", json: bool = False) -> Any:
    args = ("charge", "--statement", str(FILES / name), *more, "--lang", lang)
    done = run(*args, *(("--json",) if json else ()), env=ENV)
    assert done.exit_code in (0, 1), done.stderr
    return done.json()["data"] if json else done.stdout


# ---------------------------------------------------------------- item 1

COLUMNS = ("--columns", "date,description,amount")
SPLIT = [  # (file, --columns or not, the split row's line)
    ("pp2.csv", (), 2),
    ("gen2.csv", COLUMNS, 1),
    ("gen3.csv", COLUMNS, 1),
]


@pytest.mark.parametrize(("name", "more", "row"), SPLIT)
def test_an_amount_split_by_an_unquoted_comma_is_never_read(
    name: str, more: tuple[str, ...], row: int
) -> None:
    data = _run(name, *more, json=True)
    assert row not in [x["row"] for x in data["lines"]]
    assert all(x["amount_yen"] not in (5, 9) for x in data["lines"])
    assert row in data["unreadable_amazon_rows"]
    (said,) = [x for x in data["unread_amazon_lines"] if x["row"] == row]
    assert said["reason"] == "comma"
    out = _run(name, *more)
    assert "金額：5円" not in out
    assert (
        f"ファイルの{row}行目は、列の数が見出しやほかの行と合わないため、金額を読み取れず、"
        "合計に含めていません（金額の「,」で列が分かれている可能性があります）。明細で確認してください。"
    ) in out
    en = _run(name, *more, lang="en")
    # one line (review 47c, item 7); its amount not read nor counted (review 51c, item 9)
    assert f"Line {row} of the file does not have as many columns" in en
    assert "a “,” in the amount may have split it in two" in en


def test_a_split_amount_in_a_one_row_columns_file_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "one.csv"
    path.write_text("2026/11/04,AMAZON PRIME,¥5,900\n", encoding="utf-8")
    args = ("charge", "--statement", str(path), *COLUMNS, "--json")
    data = run(*args, env=ENV).json()["data"]
    assert data["lines"] == []
    assert data["unread_amazon_lines"][0]["reason"] == "comma"


def test_a_row_with_fewer_cells_than_the_header_is_not_read(tmp_path: Path) -> None:
    header = "利用日/キャンセル日,利用店名・商品名,利用者,決済方法,支払区分,利用金額,手数料"
    path = tmp_path / "pp.csv"
    path.write_text(
        f"{header}\n2026/11/5,AMAZON PRIME,本人*,クレジット,1回,600\n"
        "2026/11/6,AMAZON PRIME,本人*,クレジット,1回,600,0\n",
        encoding="utf-8",
    )
    data = run("charge", "--statement", str(path), "--json", env=ENV).json()["data"]
    assert [x["row"] for x in data["lines"]] == [3]
    assert data["unread_amazon_lines"][0]["reason"] == "count"
    out = run("charge", "--statement", str(path), env=ENV).stdout
    assert (
        "ファイルの2行目は、列の数が見出しやほかの行より少ないため、金額を読み取れず、合計に含めていません。"
        in out
    )


def test_vpass_never_joins_a_split_amount_into_the_shop_name() -> None:
    data = _run("smbc.csv", json=True)
    texts = [x["description"] for x in data["lines"]]
    assert not any(text.endswith(",2") or text.endswith("，２") for text in texts)
    assert 298 not in [x["amount_yen"] for x in data["lines"]]
    assert [x["reason"] for x in data["unread_amazon_lines"]] == ["comma"]
    assert data["file_total"] == {"row": 9, "total_yen": 20530, "read_yen": 18232}
    out = _run("smbc.csv")
    assert (
        "ファイルの合計の行（9行目）は20,530円ですが、primehelpが読み込んだ行の合計は18,232円です。"
    ) in out
    assert "The file's total line (line 9) says 20,530 yen" in _run("smbc.csv", lang="en")


def test_vpass_total_equal_to_the_rows_is_not_mentioned(tmp_path: Path) -> None:
    rows = (
        "山田　花子　様,4980-11**-****-****,三井住友カード（ＮＬ）",
        "2026/10/01,ＡＭＡＺＯＮ　ＰＲＩＭＥ,600,,,,",
        "2026/10/03,ＳＨＯＰ，ＴＯＫＹＯ,1200,,,,",
        ",,,,,1800,",
    )
    path = tmp_path / "v.csv"
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp932"))
    data = run("charge", "--statement", str(path), "--json", env=ENV).json()["data"]
    assert data["file_total"] is None
    assert [x["amount_yen"] for x in data["lines"]] == [600]


# ---------------------------------------------------------------- item 13


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_unclosed_quote_error_names_the_line_where_it_opens(lang: str) -> None:
    done = run("charge", "--statement", str(FILES / "nl.csv"), "--lang", lang, env=ENV)
    assert done.exit_code == 2
    said = {
        "ja": 'ファイルの4行目で引用符（"）が閉じられていません。',
        "en": "line 4 of the file opens",
    }
    assert said[lang] in done.stderr
    assert ("2行目" if lang == "ja" else "line 2") not in done.stderr


# ---------------------------------------------------------------- item 12


@pytest.mark.parametrize(
    ("lang", "range_", "note"),
    [
        ("ja", "（チャンネルごと）", "表記にある「VIDEO」は"),
        ("en", "(each channel)", "“VIDEO” in the text"),
    ],
)
def test_a_price_range_and_the_extra_word_note_are_two_lines(
    lang: str, range_: str, note: str
) -> None:
    # Since 45c item 5/44c item 1 (r53-charge), 「Amazon Prime VIDEO」 is Prime Video's own text (Amazon's
    # name before a service name), so the row no longer carries the extra-word note: what stays
    # is that the range ends its line, on screen and in the JSON detail, never glued to a note.
    out = _run("smbc.csv", lang=lang)
    assert f"{range_}\n" in out
    assert f"{range_}{note}" not in out and f"{range_} {note}" not in out
    details = [
        x["detail"]
        for x in _run("smbc.csv", lang=lang, json=True)["lines"]
        if range_ in (x["detail"] or "")
    ]
    assert details
    assert all(d.split(range_, 1)[1][:1] in ("", "\n") for d in details)


# ---------------------------------------------------------------- item 4


@pytest.mark.parametrize("name", ["unk.csv", "rusd.csv"])
def test_a_refund_of_a_same_text_charge_is_that_charges_refund(name: str) -> None:
    data = _run(name, json=True)
    (back,) = [
        x for x in data["lines"] if x["description"] == "AMAZON PRIME" and x["amount_yen"] < 0
    ]
    (charge,) = [x for x in data["lines"] if x["row"] == back["refund_of_row"]]
    assert charge["amount_yen"] == 2600 and charge["date"] == "2026-11-10"
    assert "2026年11月10日の同じ表記の請求（2,600円）の返金の可能性があります。" in back["detail"]
    assert "見当たりません" not in back["detail"]
    assert "2026年11月13日に返金されたと考えられます。" in charge["detail"]
    out = _run(name)
    assert "一部返金" not in out
    assert "返金より前のプライム会費の請求が見当たりません" not in out
    en = _run(name, lang="en", json=True)
    (back_en,) = [x for x in en["lines"] if x["row"] == back["row"]]
    assert "2026-11-10" in back_en["detail"] and "2,600 yen" in back_en["detail"]
    assert "partial" not in _run(name, lang="en").casefold()


# ---------------------------------------------------------------- item 14


def test_english_names_the_receipts_place_one_way() -> None:
    en = " ".join(_run("pp.csv", lang="en").split())
    assert "next to 「会員資格更新日」 (the renewal date)" in en
    assert "under 「会員資格更新日」" not in en and "membership renewal date" not in en
    ja = "".join(_run("pp.csv").split())
    assert "「会員資格更新日」のところで" in ja


# ---------------------------------------------------------------- item 15


@pytest.mark.parametrize("width", ["40", "60", "80"])
def test_once_per_account_is_never_broken_inside_a_word(width: str) -> None:
    args = ("charge", "--statement", str(FILES / "rak_sjis.csv"), "--lang", "ja")
    out = run(*args, env={**ENV, "COLUMNS": width}).stdout
    assert "につき" not in "".join(out.split())  # 「…アカウントに│つき」 (review 45c, item 15)
    assert "月間プランの会費は1つのアカウントで月に1回の請求です。" in "".join(out.split())
    en = run(*args[:-1], "en", env={**ENV, "COLUMNS": width}).stdout
    assert "once a month for each account" in " ".join(en.split())


# ---------------------------------------------------------------- item 8

MUSIC_NOTE = "subscriptions.music_unlimited.price_change_2026"


def test_a_music_unlimited_row_after_2026_02_gets_the_price_change_note() -> None:
    data = _run("view.csv", json=True)
    assert MUSIC_NOTE in [note["id"] for note in data["notes"]]
    out = "".join(_run("view.csv").split())
    assert "報告によれば、AmazonMusicUnlimitedの料金は2026年2月に改定されました。" in out
    en = " ".join(_run("view.csv", lang="en").split())
    assert "Reportedly, the Amazon Music Unlimited prices changed in February 2026." in en


def test_a_music_unlimited_row_before_2026_02_gets_no_note(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text("利用日,利用店名,金額\n2025-11-04,AMAZON DOWNLOADS,1080\n", encoding="utf-8")
    args = ("charge", "--statement", str(path), "--json")
    data = run(*args, env=ENV).json()["data"]
    assert data["lines"][0]["service"] == "music_unlimited"
    assert MUSIC_NOTE not in [note["id"] for note in data["notes"]]


# ---------------------------------------------------------------- S 18 and S 24


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", "金額が大きすぎます（受け付けるのは1,000万円までです）"),
        ("en", "The amount is too large"),
    ],
)
def test_a_too_large_amount_says_why(tmp_path: Path, lang: str, said: str) -> None:
    path = tmp_path / "s.csv"
    path.write_text("利用日,利用店名,金額\n2026-10-09,AMAZON PRIME,99999999\n", encoding="utf-8")
    args = ("charge", "--statement", str(path), "--lang", lang)
    assert said in " ".join(run(*args, env=ENV).stdout.split())
    data = run(*args, "--json", env=ENV).json()["data"]
    assert data["unread_amazon_lines"][0]["reason"] == "too_large"


def test_english_counts_say_lines_never_rows() -> None:
    en = _run("pp2.csv", lang="en")
    assert "Lines without a date or an amount: 1 (headings, totals and such)" in en
    assert "Rows" not in en


# ---------------------------------------------------------------- S 21


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", "表記からAmazonのものと分からない行（そのほかの行）の内容は確認していません。"),
        (
            "en",
            "Lines whose text primehelp does not know as Amazon's (the other lines) were not checked.",
        ),
    ],
)
def test_no_amazon_line_says_what_was_not_checked(lang: str, said: str) -> None:
    out = _run("noamz.csv", lang=lang)
    assert said in out.replace("\n", "" if lang == "ja" else " ")
