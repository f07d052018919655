"""Review 56a, items 7, 8, 9, 11, 12, 13, 14, 15 and 16: check-number, contact, subscriptions,
complain, profile --help and the sources topics."""

from __future__ import annotations

import pytest

from primehelp.i18n import Lang
from tests.support.clihelp import WIDE, run, screen


def _flat(text: str) -> str:
    return " ".join(text.split())


def _block(out: str, start: str, end: str) -> str:
    return out[out.index(start) : out.index(end, out.index(start))]


# ---------------------------------------------------------------- item 7


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("number", ["#7119", "＃７１１９", "#8000"])
def test_7_an_unknown_hash_number_is_refused_as_an_unknown_3_digit_one(
    lang: Lang, number: str
) -> None:
    done = run("check-number", number, "--lang", lang, env=WIDE)
    assert done.exit_code == 2, done.stdout
    assert done.stdout == "" and done.stderr.count("\n") == 1, done.stderr
    shown = number.replace("＃", "#").translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    said = (
        f"primehelp: エラー: 「{number}」は、primehelpで確認できる番号ではありません。"
        "#で始まる番号で確認できるのは、公共の電話番号#9110だけです。\n"
        if lang == "ja"
        else f"primehelp: error: '{number}' is not a number primehelp can check: the only numbers "
        "starting with # it checks are public-service numbers (#9110).\n"
    )
    assert done.stderr == said, done.stderr
    assert "詐欺" not in done.stderr and "fraud" not in done.stderr and shown


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_7_the_public_hash_number_is_still_named(lang: Lang) -> None:
    done = run("check-number", "#9110", "--lang", lang, env=WIDE)
    assert done.exit_code == 0, done.stderr
    assert ("警察相談専用電話" if lang == "ja" else "police") in done.stdout


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_7_an_unknown_hash_number_among_others_is_refused_too(lang: Lang) -> None:
    done = run("check-number", "0120-999-373", "#7119", "--lang", lang, env=WIDE)
    assert done.exit_code == 2 and "#9110" in done.stderr, done.stderr


# ---------------------------------------------------------------- item 8


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_8_the_box_says_call_back_before_the_numbers_and_as_json_does(lang: Lang) -> None:
    joined = "" if lang == "ja" else " "  # a line break in Japanese is no space
    out = joined.join(screen("contact", lang=lang, columns=80).replace("│", " ").split())
    text = run("contact", "--json", "--lang", lang).json()["data"]["no_published_number"]["text"]
    assert joined.join(text.split()) in out, out
    callback = (
        "電話での問い合わせは、こちらから依頼してAmazonからかけてもらうコールバックだけです。"
        if lang == "ja"
        else "Phone support is call-back only"
    )
    numbers = "突然かかってきても" if lang == "ja" else "called you out of the blue"  # 59a item 6
    assert out.index(callback) < out.index(numbers)


# ---------------------------------------------------------------- item 9


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_9_the_music_note_follows_the_prices(lang: Lang) -> None:
    out = screen("subscriptions", lang=lang)
    music = _block(out, "Amazon Music Unlimited\n", "出典" if lang == "ja" else "Sources")
    heading = "料金（2023年4月時点）：\n" if lang == "ja" else "Price (as of April 2023):\n"
    assert heading in music, music
    after = music[music.index(heading) + len(heading) :]
    assert after.lstrip().startswith("・個人プラン" if lang == "ja" else "- individual plan"), music
    note = (
        "※報告によれば、これらの料金は2026年2月に改定されました。改定後の料金は確認できていない"
        "ため、実際の金額は「メンバーシップおよび購読」で確認してください。"
        if lang == "ja"
        else "Reportedly, these prices changed in February 2026; the new prices have not been "
        "confirmed, so check the actual amount in 「メンバーシップおよび購読」"
    )
    last = "ワンデバイスプラン" if lang == "ja" else "one-device plan"
    needs = "利用条件" if lang == "ja" else "Who can use it"
    assert music.index(last) < music.index(note) < music.index(needs), music


# ---------------------------------------------------------------- item 11


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_11_the_channels_heading_gives_amazon_s_label(lang: Lang) -> None:
    out = screen("subscriptions", lang=lang)
    said = (
        "\nPrime Videoチャンネル（「サブスクリプション」）\n"
        if lang == "ja"
        else "\nPrime Video channel (「サブスクリプション」)\n"
    )
    assert said in out, out


# ---------------------------------------------------------------- item 12


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_12_0081_is_said_to_be_the_international_form(lang: Lang) -> None:
    done = run("check-number", "0081-120-999-373", "--lang", lang, env=WIDE)
    assert done.exit_code == 2
    said = (
        "0081で始まる番号は、日本の国番号（81）を付けた国際電話の形です。"
        '"+81-120-999-373" のように + から、または 0120-999-373 のように 0 から入力してください。'
        if lang == "ja"
        else "a number starting with 0081 is a number in Japan in the international form "
        '(country code 81): type it with +, like "+81-120-999-373", or start it with 0, '
        "like 0120-999-373;"
    )
    assert said in done.stderr, done.stderr
    assert "のあとは日本の番号です" not in done.stderr


# ---------------------------------------------------------------- item 13


@pytest.mark.parametrize("kind", ["renewal", "refund", "cancel", "other"])
def test_13_the_letters_ask_without_a_double_honorific(kind: str) -> None:
    out = screen("complain", kind, lang="ja")
    assert "いただけますでしょうか" not in out
    assert "確認していただ" not in out
    asked = {
        "renewal": "返金が可能かどうか、ご確認いただけますか。",
        "refund": "どのくらいの金額になるかを教えていただけますか。",
        "cancel": "解約を完了する方法を教えていただけますか。",
        "other": "上記の件について、ご確認のうえご回答いただけますか。",  # review 57a item 11
    }
    assert asked[kind] in out, out


# ---------------------------------------------------------------- item 14


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_14_complain_cancel_points_to_the_cancel_steps(lang: Lang) -> None:
    out = screen("complain", "cancel", lang=lang)
    keep = _block(
        out,
        "残しておくもの・確認すること" if lang == "ja" else "What to keep and check",
        "出典" if lang == "ja" else "Sources",
    )
    said = (
        "・解約の手順は `primehelp cancel` で確認できます。"
        if lang == "ja"
        else "- The steps to cancel: `primehelp cancel`."
    )
    assert said in keep, keep
    other = screen("complain", "refund", lang=lang)
    assert "`primehelp cancel`" not in other


# ---------------------------------------------------------------- item 15


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_15_profile_help_says_how_to_save(lang: Lang) -> None:
    out = _flat(run("profile", "--help", "--lang", lang, env={"COLUMNS": "80"}).stdout)
    said = (
        "保存は `primehelp renewal 更新日 --save`、または `primehelp trial 開始日 --save` で、"
        "削除は `primehelp profile --clear` でできます。"  # review 64a S 7
        if lang == "ja"
        else "Save them with `primehelp renewal DATE --save` or `primehelp trial START --save`; "
        "delete them with `primehelp profile --clear`."
    )
    # the Japanese line may break after 「、」, or after 「で」 (review 64a S 7's longer command)
    assert said in out.replace("、 ", "、").replace("で できます", "でできます"), out
    listed = _flat(run("--help", "--lang", lang, env={"COLUMNS": "80"}).stdout)
    summary = (
        "profile 保存した更新日とプラン、保存場所を表示します。"
        if lang == "ja"
        else "profile Show the saved renewal date and plan, and where they are saved."
    )
    assert summary in listed, listed


# ---------------------------------------------------------------- item 16


@pytest.mark.parametrize(
    ("word", "ja_topic", "fact"),
    [
        ("メール", "詐欺", "message."),
        ("家族", "解約", "cancel.family"),
        ("家族会員", "解約", "cancel.family"),
        ("カード", "請求・定額サービス", "statement."),
        ("クレジットカード", "請求・定額サービス", "statement."),
    ],
)
def test_16_everyday_words_name_the_topic_that_holds_the_facts(
    word: str, ja_topic: str, fact: str
) -> None:
    done = run("sources", word, "--no-pager", "--lang", "ja", env=WIDE)
    assert done.exit_code == 0, done.stderr
    assert done.stdout.startswith(f"「{ja_topic}」"), done.stdout[:200]
    assert f"ID：{fact}" in done.stdout
