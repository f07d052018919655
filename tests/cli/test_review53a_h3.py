"""Review 53a, items 8-16, 21, 27 and 30: sources, fees, subscriptions, complain, contact and
the help texts (items 6 and 7: test_review53a_sources.py)."""

from __future__ import annotations

import pytest

from primehelp.facts import ui
from primehelp.i18n import Lang
from tests.support.clihelp import WIDE, run, screen


def _flat(text: str) -> str:
    return " ".join(text.split())


def _solid(text: str) -> str:
    """Without any white space: a help text wrapped at 80 columns, compared whole."""
    return "".join(text.split())


def _block(out: str, start: str, end: str) -> str:
    return out[out.index(start) : out.index(end, out.index(start))]


# ---------------------------------------------------------------- item 8


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_8_sources_shows_the_suspension_sign_as_check_message_words_it(lang: Lang) -> None:
    """No urgency claimed (「手続きを急がせています」) for a message that may have none."""
    out = screen("sources", "message.flag.threatens_suspension", "--no-pager", lang=lang)
    said = ui("flag.threatens_suspension_notice_reason", "ui_message")(lang)
    assert said in _flat(out)
    assert "急がせています" not in out and "to hurry you" not in out


# ---------------------------------------------------------------- item 9


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_9_the_audible_note_does_not_read_as_the_full_domain_list(lang: Lang) -> None:
    out = _flat(screen("sources", "message.flag.audible_site", "--no-pager", lang=lang))
    said = (
        "（amazon.co.jp、amazon.jp、amazon.com など）ではないため"
        if lang == "ja"
        else "(amazon.co.jp, amazon.jp, amazon.com and others)"
    )
    assert said in out


# ---------------------------------------------------------------- item 10


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_10_the_2023_plan_change_is_told_as_a_past_event(lang: Lang) -> None:
    out = screen("fees", lang=lang)
    if lang == "ja":
        assert "2023年の改定では、2023年8月24日以降にプランを変更した既存会員には、" in out
        assert "2023年8月24日以降にプランを変更した場合は" not in out
    else:
        assert "In the 2023 revision, for an existing member who changed plans" in out
        assert "If you changed plans" not in out


# ---------------------------------------------------------------- item 11


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_11_the_music_price_change_comes_with_the_prices_and_once(lang: Lang) -> None:
    """Right after the prices since review 56a, item 9 (before them, 「この料金」 pointed ahead);
    still before the cancel steps, as review 53a, item 11 asked."""
    out = screen("subscriptions", lang=lang)
    music = _block(out, "Amazon Music Unlimited\n", "出典" if lang == "ja" else "Sources")
    said = ui("price_changed_under.music_unlimited", "ui_charge")(lang)
    assert said in music
    price = "月額480円" if lang == "ja" else "480 yen a month"
    assert music.index(price) < music.index(said)
    assert music.index(said) < music.index("止め方" if lang == "ja" else "How to stop it")
    assert music.count(price) == 1  # the prices are not repeated in a note
    assert music.count("2026") == 1


# ---------------------------------------------------------------- item 13


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_13_a_past_renewal_s_fee_is_in_the_past_tense(lang: Lang) -> None:
    args = ("complain", "renewal", "--renewal", "2022-05-17", "--amount", "5900")
    done = run(*args, "--plan", "annual", "--lang", lang, env=WIDE)
    said = (
        "2022年5月17日の更新時の年間プランの会費は4,900円でした（5,900円はその後に改定された会費です）"
        if lang == "ja"
        else "was charged 4,900 yen (5,900 yen is a later fee)"
    )
    assert said in done.stderr, done.stderr


# ---------------------------------------------------------------- item 14


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_14_due_help_gives_every_exit_code_in_the_description(lang: Lang) -> None:
    out = screen("due", "--help", lang=lang)
    description = out[: out.index("オプション：" if lang == "ja" else "Options:")]
    example = "例：" if lang == "ja" else "Example:"
    examples = out[out.index(example) :]
    if lang == "ja":
        joined = "".join(line.strip() for line in description.splitlines())
        assert (
            "終了コード：1（対応が必要）、0（対応不要）、2（保存した更新日がないか、使えない）。"
            in joined
        )
    else:
        said = "Exit status: 1 if something is due, 0 if not, 2 if no usable date is saved."
        assert said in _flat(description)
    assert "終了コード" not in examples and "exit" not in examples


# ---------------------------------------------------------------- item 15


def test_15_profile_help_says_what_today_does_and_lists_it_first() -> None:
    out = screen("profile", "--help", lang="ja")
    assert _solid(
        "指定した日付を今日として、保存した更新日が今日か、過ぎたかを表示します"
    ) in _solid(out)
    assert "計算します" not in out
    for lang in ("ja", "en"):
        shown = screen("profile", "--help", lang=lang)
        assert shown.index("--today") < shown.index("--lang") < shown.index("--json")


# ---------------------------------------------------------------- item 16


def test_16_check_number_help_says_to_quote_each_spaced_number() -> None:
    out = screen("check-number", "--help", lang="ja")
    said = '空白を含む番号を1つずつ "+81 120 999 373" のように引用符で囲むと確実です。'
    assert _solid(said) in _solid(out)


# ---------------------------------------------------------------- item 21


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_21_the_call_back_button_is_named_once_on_the_contact_screen(lang: Lang) -> None:
    for columns in (40, 60, 80, 1000):
        out = screen("contact", lang=lang, columns=columns)
        assert _flat(out).count("「電話をリクエスト」") == 1, columns
        assert "ボタンの表示は「電話をリクエスト」" not in out
        assert "button to ask for a call-back" not in out
    payment = "支払い情報を聞かれたら" if lang == "ja" else "do not give payment information"
    assert payment in _flat(screen("contact", lang=lang))
    # the fact stays listed with its source
    assert "contact.route.callback.labels" in screen("sources", "contact", "--no-pager", lang=lang)


# ---------------------------------------------------------------- S 27


def test_27_completion_descriptions_read_naturally() -> None:
    assert ui("command.remind", "ui_completion")("ja") == (
        "毎日 due --notify を実行する設定を作成・削除・表示します"  # ≤ 40 (27a item 28)
    )
    assert ui("command.charge", "ui_completion")("ja") == (
        "カードの明細にあるAmazonの請求が何の料金かを調べます"
    )


# ---------------------------------------------------------------- S 30


@pytest.mark.parametrize("command", ["renewal", "trial"])
def test_30_the_calendar_options_say_ics_in_a_sentence(command: str) -> None:
    out = screen(command, "--help", lang="ja")
    assert "--ics と一緒に：" not in out
    assert out.count("--ics と一緒に使います。") == 3  # --events, --alarms, --alarm-time
