"""Review 57a, share 2: errors and warnings one line on a terminal (item 7), ``sources`` words
that match two topics (8) and 「ギフトカード」 (9), ``profile``'s past trial end (10),
``complain other``'s last sentence (11), ``subscriptions`` at 40 columns (12), the
``completion`` comment (13), ``check-number`` (S 14, S 15)."""

from __future__ import annotations

import pty

import pytest

from tests.support.clihelp import run, stderr_on_a_terminal

needs_pty = pytest.mark.skipif(not hasattr(pty, "openpty"), reason="needs a pseudo-terminal")


# ---------------------------------------------------------------- item 7


@needs_pty
@pytest.mark.parametrize(
    ("lang", "args", "whole"),
    [
        ("ja", ("check-number", "abc"), "使えない文字「a」"),
        ("en", ("check-number", "abc"), "primehelp: error: "),
        ("ja", ("renewal", "2029-12-31"), "今日から1年を超えて先の日付です"),  # a warning
        ("en", ("renewal", "2029-12-31"), "primehelp: warning: "),
    ],
)
@pytest.mark.parametrize("columns", ["40", "80"])
def test_7_an_error_or_warning_on_a_terminal_is_one_unbroken_line(
    tmp_path: object, lang: str, args: tuple[str, ...], whole: str, columns: str
) -> None:
    env = {
        "COLUMNS": columns,
        "PRIMEHELP_LANG": lang,
        "PRIMEHELP_TODAY": "2026-12-07",
        "PRIMEHELP_CONFIG_DIR": str(tmp_path),
    }
    lines = stderr_on_a_terminal(*args, env=env).rstrip("\n").split("\n")
    assert len(lines) == 1, lines
    assert whole in lines[0], lines


# ---------------------------------------------------------------- items 8 and 9


def _sources(word: str, lang: str) -> list[str]:
    done = run("sources", word, env={"COLUMNS": "200", "PRIMEHELP_LANG": lang})
    assert done.exit_code == 0, done.stderr
    return done.stdout.splitlines()


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("ja", "「解約」「請求・定額サービス」（家族カード）に関する情報と出典（"),
        ("en", "about “cancel” and “charges” (家族カード)"),
    ],
)
def test_8_a_word_holding_two_topics_names_both(lang: str, title: str) -> None:
    lines = _sources("家族カード", lang)
    assert title in lines[0], lines[0]
    ids = [line for line in lines if line.startswith("ID")]
    assert any("cancel." in line for line in ids) and any("statement." in line for line in ids)


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("word", ["詐欺電話", "迷惑電話", "偽の電話", "偽電話"])
def test_9_a_scam_call_is_the_phone_number_topic(lang: str, word: str) -> None:
    first = _sources(word, lang)[0]
    assert ("「電話番号」（" + word + "）") in first or ("“phone-numbers” (" + word) in first
    assert "問い合わせ" not in first and "contact" not in first


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("word", ["ギフトカード", "ギフト", "Amazonギフトカード", "gift card"])
def test_9_a_gift_card_has_its_own_facts_not_the_card_statements(lang: str, word: str) -> None:
    lines = _sources(word, lang)
    assert "請求" not in lines[0] and "charges" not in lines[0], lines[0]
    text = "\n".join(lines)
    for fact in ("refunds.gift_card", "message.flag.asks_for_details.gift_card", "scam."):
        assert fact in text, fact
    assert "statement." not in text


# ---------------------------------------------------------------- item 10


@pytest.mark.parametrize(
    ("lang", "hedged", "flat"),
    [
        ("ja", "有料会員に自動更新されているはずです。日付は目安なので、", "自動更新されています"),
        ("en", "should have renewed as paid membership. The date is an estimate", "has renewed"),
    ],
)
def test_10_profile_hedges_a_past_trial_end_as_trial_does(
    tmp_path: object, lang: str, hedged: str, flat: str
) -> None:
    env = {"PRIMEHELP_CONFIG_DIR": str(tmp_path), "PRIMEHELP_LANG": lang, "COLUMNS": "1000"}
    saved = run("trial", "2026-12-01", "--save", "--today", "2026-12-07", env=env)
    assert saved.exit_code == 0, saved.stderr
    shown = run("profile", "--today", "2027-01-10", env=env)
    assert shown.exit_code == 0, shown.stderr
    assert hedged in shown.stdout, shown.stdout
    assert flat not in shown.stdout


# ---------------------------------------------------------------- item 11


def test_11_complain_other_asks_about_the_above_then_closes_in_its_own_paragraph() -> None:
    done = run("complain", "other", env={"COLUMNS": "1000", "PRIMEHELP_LANG": "ja"})
    assert done.exit_code == 0, done.stderr
    assert "\n\n上記の件について、ご確認のうえご回答いただけますか。\n\n" in done.stdout
    assert "お手数をおかけしますが、どうぞよろしくお願いいたします。" in done.stdout
    assert "ご確認いただけますか。お手数" not in done.stdout
    en = run("complain", "other", env={"COLUMNS": "1000", "PRIMEHELP_LANG": "en"}).stdout
    assert "\n\nCould you please look into the above and let me know?\n\n" in en


# ---------------------------------------------------------------- item 13


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_13_the_completion_comment_spaces_latin_words_as_the_house_style(shell: str) -> None:
    # Item 13 proposed 「primehelp の」; the house style (tests/test_japanese_text.py) writes the
    # name with its particle, 「primehelpの」, and a shell's name or an option with a space
    done = run("completion", shell, env={"PRIMEHELP_LANG": "ja"})
    assert done.exit_code == 0, done.stderr
    # the first clause whole on its line (review 63a, S 6); the shell named by its file (60a, R3)
    assert "# primehelpのコマンドやオプションをTabキーで補完するには、\n" in done.stdout
    assert {"bash": "~/.bashrcに", "zsh": "~/.zshrcの", "fish": "# fishが"}[shell] in done.stdout
    assert "primehelp の" not in done.stdout


# ---------------------------------------------------------------- item 12


@pytest.mark.parametrize(
    ("lang", "first", "then"),
    [
        # review 59a item 9: 「止めるには、別に解約する必要があります」, as `sources` says it
        ("ja", "プライムの解約後：請求が続きます。", "止めるには、別に解約する必要があります"),
        ("en", "After Prime ends: keeps billing", "(cancel it separately)"),
    ],
)
@pytest.mark.parametrize("columns", ["40", "60", "80"])
def test_12_keeps_billing_is_never_broken_inside_its_second_phrase(
    lang: str, first: str, then: str, columns: str
) -> None:
    done = run("subscriptions", env={"COLUMNS": columns, "PRIMEHELP_LANG": lang})
    assert done.exit_code == 0, done.stderr
    lines = [line.strip() for line in done.stdout.splitlines()]
    kept = [i for i, line in enumerate(lines) if line.startswith(first)]
    assert len(kept) == 3, lines  # Kindle Unlimited, Audible, Amazon Music Unlimited
    for i in kept:
        joined = ("" if lang == "ja" else " ").join(lines[i : i + 3])
        assert then[:6] in lines[i] or lines[i + 1].startswith(then[:6]), lines[i : i + 2]
        assert then in joined, lines[i : i + 3]
    assert not [line for line in lines if line.endswith(("（別に", "別に", "（解約"))]


# ---------------------------------------------------------------- S 15


@pytest.mark.parametrize(("lang", "abroad"), [("ja", "海外"), ("en", "abroad")])
@pytest.mark.parametrize("typed", ["184-0120-999-373", "186-0120-999-373", "1840120999373"])
def test_s15_a_184_or_186_number_is_not_called_one_abroad(
    lang: str, abroad: str, typed: str
) -> None:
    done = run("check-number", typed, env={"PRIMEHELP_LANG": lang})
    # since review 59a, S 13: the number after 184 or 186 is checked, not refused
    assert done.exit_code == 1 and done.stderr == "", done.stderr
    assert abroad not in done.stdout, done.stdout
    assert "0120-999-373" in done.stdout
    # a number abroad typed without its + keeps its hint
    other = run("check-number", "44-20-7946-0018", env={"PRIMEHELP_LANG": lang})
    assert other.exit_code == 2 and abroad in other.stderr, other.stderr
