"""Review 52c (charge, one amount): a verb kept whole in an error (item 1), the heading over a
named service in its range (2), the quoting said once (3), a refund's two candidates of one plan
(4), 「同じ日」 whole (5), a look-alike of Amazon's name (13), the part of a name the text has
(14), a fee unknown that day (17), two amounts (21, 22), a letter no word and a plural (28), a
unreadable text in a statement (26), the help (27, S 31), an order text at the fee (29), a date
before Prime (S 34), 「プライム会費」 in an order text (S 35)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import charge_screen, run, stderr_on_a_terminal, word_cut


def _flat(text: str, lang: str = "ja") -> str:
    """The screen's sentences as one line (English words kept apart)."""
    return (" " if lang == "en" else "").join(line.strip() for line in text.splitlines())


def _error(*args: str, lang: str = "ja") -> str:
    done = run("charge", *args, "--lang", lang)
    assert done.exit_code == 2, done.stdout
    assert done.stdout == ""
    return done.stderr


# ---------------------------------------------------------------- item 1


@pytest.mark.parametrize("columns", ["40", "60"])
def test_the_verb_okikaeru_is_never_cut_in_the_decimal_yen_error(
    tmp_path: Path, columns: str
) -> None:
    """「…などを置き│換えることがあります」 on a terminal: the verb whole (since review 56c, item 1:
    「消してしまい」)."""
    env = {"COLUMNS": columns, "PRIMEHELP_LANG": "ja", "PRIMEHELP_CONFIG_DIR": str(tmp_path)}
    lines = stderr_on_a_terminal("charge", "600.5", env=env).rstrip("\n").split("\n")
    # one unbroken line on a terminal since review 57a item 7: the verb whole in it
    assert len(lines) == 1, lines
    assert not word_cut(lines, "消してしまい"), lines
    assert "消してしまい、金額が変わります" in lines[0]


# ---------------------------------------------------------------- item 2


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_named_service_in_its_range_is_headed_as_the_text_points_to_it(lang: str) -> None:
    """「PRIME VIDEO」 500: never 「当てはまりそうなもの（可能性は低め）」 over the channel the
    lead and the item call a fit; the order and the digital purchase said to be unlikely."""
    out = charge_screen("charge", "500", "PRIME", "VIDEO", lang=lang)
    heading = (  # the ones it fits first, the unlikely ones after (review 59c, R-minor 3)
        "明細の表記に合うものを先に並べています。"
        if lang == "ja"
        else "Those that fit the statement text come first."
    )
    unlikely = "明細の表記から見て、可能性は低めです。" if lang == "ja" else "Unlikely with this"
    assert heading in out
    assert "可能性は低め）" not in out and "none of these is likely" not in out
    channel, order, digital = out.split("\n1. ")[1], out.split("\n2. ")[1], out.split("\n3. ")[1]
    assert unlikely not in channel.split("\n2. ")[0]
    assert unlikely in order.split("\n3. ")[0] and unlikely in digital


def test_the_heading_where_none_is_likely_does_not_deny_itself() -> None:
    """「当てはまりそうなもの（可能性は低め）」 said "likely" and "unlikely" at once."""
    out = charge_screen("charge", "1200", "NETFLIX.COM")
    assert "考えられるもの（どれも可能性は低めです）" in out
    assert "当てはまりそう" not in out


# ---------------------------------------------------------------- item 3


@pytest.mark.parametrize("typed", ["US4.99", "US39"])
def test_the_shell_error_says_the_quoting_once(typed: str) -> None:
    ja = _error(typed)
    assert ja.count("引用符") == 1, ja
    assert (
        # review 56c, item 1: the forms with no $ first, and what the shell does to an unquoted $
        "は金額として読み取れません。ドルの金額は、明細どおりの金額を 14.99ドル、USD14.99 または "
        "'US$14.99' のように指定してください。$ を引用符で囲まずに書くと、シェルが「$1」などの部分を"
        "消してしまい、金額が変わります（例：$14.99 → 4.99）。円の金額は 600、5,900、¥5,900、5900円 "
        "のように書きます。返金は -600、△600、▲600 のように書きます。"
    ) in ja
    en = _error(typed, lang="en")
    assert en.count("quote") == 1, en  # 「unquoted」 (review 56c, item 1)
    assert "give USD14.99, 14.99USD or 'US$14.99'" in en and "a refund is written -600" in en


# ---------------------------------------------------------------- item 4


@pytest.mark.parametrize(
    ("lang", "whole", "part", "fee"),
    [
        ("ja", "1. Amazonプライム（年間プラン）の会費の返金",
         "2. Amazonプライム（年間プラン）の会費の一部返金", "元の会費：年額5,900円"),
        ("en", "1. Amazon Prime (Annual plan): a refund of the fee",
         "2. Amazon Prime (Annual plan): a partial refund of the fee", "The fee: 5,900 yen"),
    ],
)  # fmt: skip
def test_a_refunds_two_candidates_of_one_plan_have_two_titles(
    lang: str, whole: str, part: str, fee: str
) -> None:
    out = charge_screen("charge", "-4,900", "AMAZON PRIME", "--date", "2023-10-15", lang=lang)
    assert whole in out and part in out
    assert fee in out
    assert "返金の元になりうる" not in out
    titles = [line for line in out.splitlines() if line[:1].isdigit() and ". " in line]
    assert len(titles) == len({t.split(". ", 1)[1] for t in titles})


# ---------------------------------------------------------------- item 5


def test_onaji_hi_stays_whole_at_40_columns() -> None:
    lines = charge_screen("charge", "500", "PRIME", "VIDEO", width="40").splitlines()
    assert "年間プランと同じ日と考えられます。" in "".join(lines)
    assert not word_cut(lines, "同じ日"), lines


# ---------------------------------------------------------------- item 13


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_look_alike_says_it_imitates_amazon_and_whom_to_ask(lang: str) -> None:
    out = _flat(charge_screen("charge", "600", "AMAZ0N", "PRIME", lang=lang), lang)
    if lang == "ja":
        assert (
            "この表記は、Amazonの名前に似ていますが、primehelpの情報源にあるAmazonの明細の表記では"
            "ありません（「AMAZ0N」の「0」は数字のゼロです）。Amazonの名前をまねたほかの会社や"
            "サイトの請求かもしれません。心当たりがなければ、カード会社に問い合わせてください。"
        ) in out
        assert "表記にある会社やサービスの請求かどうか" not in out
    else:
        assert "(the “0” of “AMAZ0N” is the digit zero)" in out
        assert "If you do not recognise it, contact your card company." in out
        assert "from the company or service the text names" not in out


def test_a_look_alike_without_a_zero_names_no_digit() -> None:
    out = _flat(charge_screen("charge", "600", "AMZON", "PRIME"))
    assert "Amazonの名前に似ていますが" in out and "数字のゼロ" not in out


def test_another_companys_text_keeps_its_sentence() -> None:
    out = _flat(charge_screen("charge", "1200", "NETFLIX.COM"))
    assert "表記にある会社やサービスの請求かどうかを確認してください。" in out
    assert "Amazonの名前に似ていますが" not in out


# ---------------------------------------------------------------- item 14


@pytest.mark.parametrize(
    ("lang", "lead", "item"),
    [
        # the item no longer repeats the lead (review 63c, R-minor 5)
        ("ja", "明細の表記にAmazon Musicの名前があります。", "明細の表記と、2023年4月時点の料金が合います。"),
        ("en", "The statement text names Amazon Music.", "It fits the statement text and the prices of April 2023."),
    ],
)  # fmt: skip
def test_the_name_said_is_the_part_the_text_has(lang: str, lead: str, item: str) -> None:
    out = charge_screen("charge", "1,080", "AMAZON", "MUSIC", lang=lang)
    assert lead in _flat(out, lang)
    assert item in out.split("\n1. ")[1]
    assert "names Amazon Music Unlimited" not in out
    assert "Amazon Music Unlimitedの名前" not in out
    assert "このサービスの名前" not in out


def test_a_whole_name_is_still_this_service() -> None:
    out = charge_screen("charge", "480", "AMAZON", "KIDS")
    assert "明細の表記と金額が合います。" in out  # one line for all (review 63c, R-minor 5)


# ---------------------------------------------------------------- item 17


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_fee_unknown_that_day_is_no_mismatch(lang: str) -> None:
    out = _flat(charge_screen("charge", "400", "AMAZON PRIME", "--date", "2010-01-01", lang=lang))
    said = (
        "明細の表記とは合います（その日の会費は確認できていないため、金額が合うかどうかは分かりません）。"
        if lang == "ja"
        else "Fits this statement text (the fee on that day is not confirmed, so whether the "
        "amount matches is not known)."
    )
    assert said in out
    assert "決まった料金とは一致しません" not in out and "no fixed price matches" not in out


# ---------------------------------------------------------------- items 21, 22


@pytest.mark.parametrize("second", ["US$14.99", "$14.99", "¥700", "700円", "△700", "14.99ドル"])
def test_a_second_amount_is_refused_as_a_second_amount(second: str) -> None:
    ja = _error("600", second)
    assert ja.startswith(f"primehelp: エラー: 金額が2つ指定されています（「600」と「{second}」）。")
    assert "金額は1回に1つだけ指定できます。2件の請求は、1件ずつ確認してください。" in ja
    assert "明細の表記は金額の後に書きます（例：`primehelp charge 600 AMAZON PRIME`）。" in ja
    assert ja[-1] == "\n" and ja.count("\n") == 1
    en = _error("600", second, lang="en")
    assert en.startswith(f"primehelp: error: two amounts given ('600' and '{second}')")
    assert "one amount at a time" in en


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_digits_alone_say_one_amount_at_a_time(lang: str) -> None:
    said = _error("600", "700", lang=lang)
    assert ("金額に空白が入っていませんか" if lang == "ja" else "is there a space") in said
    assert (
        "金額は1回に1つだけ指定できます。2件の請求は、1件ずつ確認してください。"
        if lang == "ja"
        else "one amount at a time can be given (check two charges one by one)"
    ) in said


def test_a_text_with_letters_and_an_amount_is_still_read() -> None:
    assert "明細の表記：「AMAZON PRIME」" in charge_screen("charge", "600", "AMAZON", "PRIME")


# ---------------------------------------------------------------- item 28


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_plural_of_a_service_name_is_the_name(lang: str) -> None:
    out = charge_screen("charge", "990", "PRIME", "VIDEO", "CHANNELS", lang=lang)
    assert "「S」" not in out and "“S”" not in out
    assert "つづりが違います" not in out and "spelt differently" not in out
    assert "AMAZON PRIME TOP" not in out  # no impostor bullet
    names = "明細の表記にPrime Videoの名前があります。" if lang == "ja" else "names Prime Video"
    assert names in _flat(out, lang)


def test_an_imitated_name_is_said_in_japanese() -> None:
    out = _flat(charge_screen("charge", "990", "PRIME", "VIDEO", "CHANNEI"))
    assert "表記はPrime Videoチャンネルの名前に似ていますが、つづりが違います。" in out
    assert "Prime Video channel" not in out
    en = _flat(charge_screen("charge", "990", "PRIME", "VIDEO", "CHANNEI", lang="en"), "en")
    assert "looks like the name Prime Video channel" in en


@pytest.mark.parametrize(
    ("words", "ja", "en"),
    [
        (("AMAZON", "PRIMEE"), "表記の最後にある「E」は、primehelpの情報源にあるAmazonの明細の表記には含まれません。",
         "“E” at the end of the text: no Amazon statement text primehelp knows has it."),
        (("KINDLE", "UNLIMITED", "S"), "表記の最後にある「S」は、primehelpの情報源にあるAmazonの明細の表記には含まれません。",
         "“S” at the end of the text"),
    ],
)  # fmt: skip
def test_a_letter_is_no_word(words: tuple[str, ...], ja: str, en: str) -> None:
    out = _flat(charge_screen("charge", "600", *words))
    assert ja in out and "ない語です" not in out
    assert en in _flat(charge_screen("charge", "600", *words, lang="en"), "en")


def test_an_extra_word_is_still_a_word() -> None:
    out = _flat(charge_screen("charge", "600", "AMAZON", "PRIME", "TOP"))
    assert (
        "表記にある「TOP」は、primehelpの情報源にあるAmazonの明細の表記には含まれない語です。"
        in out
    )


# ---------------------------------------------------------------- item 26


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_unreadable_characters_are_no_word_and_no_impostor(tmp_path: Path, lang: str) -> None:
    path = tmp_path / "badbyte.csv"
    path.write_bytes(
        "日付,摘要,金額\n2026-11-01,AMAZON PRIME,600\n".encode()
        + b"2026-11-02,AMAZON \xff\xfe DOWNLOADS,980\n"
    )
    done = run("charge", "--statement", str(path), "--lang", lang, env={"COLUMNS": "1000"})
    assert done.exit_code in (0, 1), done.stderr
    out = done.stdout
    said = (
        "表記に読み取れない文字（「�」）があるため、表記からは判断できません。明細で表記を確認してください。"
        if lang == "ja"
        else "The text has characters primehelp could not read (“�”), so nothing can be told "
        "from it. Check the text on the statement."
    )
    assert said in out
    assert "ない語です" not in out and "has such a word" not in out
    assert "AMAZON PRIME TOP" not in out  # the impostor paragraph


# ---------------------------------------------------------------- item 27, S 31


def _help(lang: str = "ja") -> str:
    done = run("charge", "--help", env={"PRIMEHELP_LANG": lang, "COLUMNS": "1000"})
    assert done.exit_code == 0, done.stderr
    return "".join(line.strip() for line in done.stdout.splitlines())


def test_the_columns_help_says_what_it_is_for_first() -> None:
    flat = _help()
    assert (
        "primehelpが対応していないカードの明細を --statement で読み込むときに、ファイルの列を順に"
        "指定します。使える名前：date（利用日）"
    ) in flat
    assert "使わない列は _ で指定します。例：date,description,amount,_" in flat  # and 52a 44
    assert flat.count("に使います") == 0


@pytest.mark.parametrize("columns", ["60", "80"])
def test_the_columns_help_leaves_no_verb_alone(columns: str) -> None:
    done = run("charge", "--help", env={"PRIMEHELP_LANG": "ja", "COLUMNS": columns})
    lines = [line.strip() for line in done.stdout.splitlines()]
    assert not any(line.startswith("します") for line in lines), lines  # 「_ に│します」


def test_the_summary_says_what_is_shown() -> None:
    said = "カードの明細にあるAmazonの請求について、考えられる内容を可能性の高い順に表示します。"
    assert said in _help()
    assert "何の請求かを" not in _help()


# ---------------------------------------------------------------- item 29


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", "金額は会費と一致します。明細の表記から見ると、注文の可能性もあります。"),
        ("en", "The amount matches the fee. Judging by the statement text, it may also be an order."),
    ],
)  # fmt: skip
def test_the_annual_fee_under_an_order_text_says_the_amount_matches(lang: str, said: str) -> None:
    out = _flat(charge_screen("charge", "5,900", "AMAZON.CO.JP", lang=lang), lang)
    assert said in out
    assert "明細の表記から見て、可能性があります。" not in out


def test_the_order_text_says_order_once() -> None:
    out = charge_screen("charge", "5,900", "AMAZON.CO.JP")
    assert "「AMAZON.CO.JP」は、多くの場合Amazonでの注文です（会費のこともあります）。" in out
    assert "買い物の注文" not in out


# ---------------------------------------------------------------- S 34


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", "日付が正しい場合は、Amazonの注文履歴で、同じ日付と金額の注文を探してください。"),
        ("en", "If the date is right, look for an order of that date and amount in your Amazon order history."),
    ],
)  # fmt: skip
def test_a_date_before_prime_says_where_an_order_is_seen(lang: str, said: str) -> None:
    out = _flat(charge_screen("charge", "3,900", "--date", "2006-05-01", lang=lang), lang)
    assert said in out


def test_a_refund_before_prime_has_no_order_sentence() -> None:
    out = charge_screen("charge", "-3,900", "--date", "2006-05-01")
    assert "注文履歴で、同じ日付と金額の注文" not in out


# ---------------------------------------------------------------- S 35


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_text_saying_the_prime_fee_lists_the_fee_first(lang: str) -> None:
    out = charge_screen("charge", "600", "Amazon.co.jp", "プライム会費", lang=lang)
    first = out.split("\n1. ")[1].splitlines()[0]
    assert first.startswith(("Amazonプライム", "Amazon Prime"))
    said = (
        "「プライム会費」の文字もあるため、会費と注文のどちらの可能性もあります。"
        if lang == "ja"
        else "the fee and an order are both possible"
    )
    assert said in _flat(out, lang)


def test_a_text_saying_prime_alone_keeps_the_order_first() -> None:
    out = charge_screen("charge", "600", "Amazon.co.jp", "プライム")
    assert out.split("\n1. ")[1].startswith("Amazon.co.jpでの注文")
    assert "注文と会費のどちらの可能性もあります。" in _flat(out)
