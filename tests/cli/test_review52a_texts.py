"""Review 52a: fees (item 14), subscriptions (15, 16), complain (19, 27) and help texts
(25, 26, 43, 44)."""

from __future__ import annotations

import pytest

from primehelp.i18n import Lang
from tests.support.clihelp import run, screen


def _flat(text: str) -> str:
    return "".join(line.strip() for line in text.splitlines())


# ---------------------------------------------------------------- 14: fees


def test_14_the_comparison_ends_its_two_sentences_differently() -> None:
    out = _flat(screen("fees", lang="ja"))
    assert (
        "・月間プランを12か月続けると7,200円、年間プランは5,900円で、年間プランのほうが1,300円（18.1%）"
        "安くなります。月間プランを10か月以上続ける場合は、年間プランを選ぶほうが得です（10×600円＝"
        "6,000円＞5,900円）。"
    ) in out
    assert out.count("のほうが安くなります") == 0


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_14_prime_student_is_named_once_in_its_bullet(lang: Lang) -> None:
    out = screen("fees", lang=lang)
    bullet = next(line for line in out.splitlines() if "Prime Student" in line and "3,600" in line)
    assert bullet.count("Prime Student") == 1
    lead = "・Prime Studentでは、月間プランを12か月" if lang == "ja" else "- Prime Student: Twelve"
    assert bullet.startswith(lead)


# ---------------------------------------------------------------- 15, 16: subscriptions


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_15_the_unknown_services_are_said_to_be_unknown_and_what_to_do(lang: Lang) -> None:
    lines = screen("subscriptions", lang=lang).splitlines()
    heading = (
        "プライムを解約した後も請求が続くかどうか、確認できていないもの"
        if lang == "ja"
        else "Not confirmed whether these keep billing after Prime ends:"
    )
    at = lines.index(heading)
    assert lines[at + 1 : at + 3] == (
        ["・Prime Videoを広告なしで見るためのオプション", "・Amazon Kids+"]
        if lang == "ja"
        else ["- Prime Video ad-free option", "- Amazon Kids+"]
    )
    check = (
        "プライムを解約したら、この2つの請求が続いていないか確認してください。"
        if lang == "ja"
        else "After cancelling Prime, check whether these 2 are still billed."
    )  # review 64a, R-minor 5: after its list, flush left (not as the last name's)
    assert lines[at + 3] == check
    assert "解約後の請求が確認できていないもの" not in lines


def test_16_the_music_note_does_not_make_primehelp_know_things() -> None:
    out = _flat(screen("subscriptions", lang="ja"))
    assert "primehelpが知っている" not in out
    # review 53a item 11: without repeating the prices; under them since review 56a item 9
    assert (
        "改定後の料金は確認できていないため、実際の金額は「メンバーシップおよび購読」で確認してください。"
        in out
    )
    assert "・プライム会員向け：月額880円（年額8,800円）" in screen("subscriptions", lang="ja")
    en = " ".join(screen("subscriptions", lang="en").split())
    assert "primehelp knows" not in en and "the new prices have not been confirmed" in en


# ---------------------------------------------------------------- 19, 27: complain


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_19_the_law_heading_is_plain_words(lang: Lang) -> None:
    lines = screen("complain", "renewal", lang=lang).splitlines()
    assert ("関係する法律" if lang == "ja" else "The law that applies") in lines
    assert not any("法律の手がかり" in line or "Pointers to the law" in line for line in lines)


def _help(*args: str, lang: str = "ja", columns: int = 80) -> str:
    done = run("--lang", lang, *args, "--help", env={"COLUMNS": str(columns)})
    assert done.exit_code == 0, done.stderr
    return done.stdout


def _help_flat(*args: str, lang: str = "ja") -> str:
    return _flat(_help(*args, lang=lang, columns=80))


def test_27_complain_says_what_leaving_benefits_used_out_does() -> None:
    ja = _help_flat("complain")
    assert (
        "前回の支払い以降にプライムの特典を使ったかどうか。指定しない場合は、問い合わせ文に両方の行を入れます"
        "（当てはまらないほうを削除してから送信してください）。"
    ) in ja
    assert "前回の支払い以降にプライムの特典を使ったかどうか。" in _help_flat("cancel")
    en = " ".join(_help("complain", lang="en").split())
    assert "If not given, the message has both lines" in en


# ---------------------------------------------------------------- 25, 26, 43, 44: help


@pytest.mark.parametrize("columns", [40, 60, 80])
@pytest.mark.parametrize("command", ["renewal", "cancel", "complain", "charge", "fees"])
def test_25_the_lang_help_ends_on_no_lone_closing_line(command: str, columns: int) -> None:
    lines = [line.strip() for line in _help(command, columns=columns).splitlines()]
    assert "en（英語）。" not in lines and "英語）。" not in lines
    assert "次にロケールで決めます（en で始まるロケールは英語）。" in _flat("\n".join(lines))


def test_26_the_command_list_reads_in_short_units() -> None:
    top = _flat(_help())
    assert (
        "今使えるチャットとコールバックでの問い合わせ方法、メールの扱い、今は使われていない以前の番号、"
        in top
    )
    assert "プライム以外のAmazonの定額サービスについて、料金、" in top
    lines = [line.strip() for line in _help(columns=40).splitlines()]
    assert "Amazonの" not in lines


def test_43_due_within_says_what_the_value_does() -> None:
    flat = _help_flat("due")
    assert (
        "更新日の何日前から知らせるかを、0〜365で指定します（指定しない場合は3。3より小さい"
        "値は3と同じです）。"  # the error's range and words (review 59a item 12)
    ) in flat
    assert "4〜365" not in flat and "そのメールが届くころ" not in flat


def test_44_the_columns_example_has_no_full_stop_on_it() -> None:
    flat = _help_flat("charge")
    assert "使わない列は _ で指定します。例：date,description,amount,_" in flat
    assert ",_。" not in flat and "amount,_）" not in flat
