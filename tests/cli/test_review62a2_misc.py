"""Review 62a (fixed in round 62, helper a62x): check-number's label arguments (B1), line breaks
inside one argument (B2) and 18553700151 (B3); the 0081/010 refusal's wording (R-minor 2);
profile's cancel-by margin (R-minor 1) and clear command at 40 columns (R-minor 7); the
subscriptions closing layout and title (R-minor 4, 5); komitsu.org's date (R-minor 6); and S 1,
S 3, S 5, S 8."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import joined, lang_run, saved_profile

# ---------------------------------------------------------------- B1: a label argument

LABEL_ALONE = {
    "ja": "「{label}」は電話番号ではありません。番号だけ（例：0120-999-373）を指定してください。",
    "en": "'{label}' is not a phone number; give the number alone (e.g. 0120-999-373).",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    "label", ["電話", "電話番号", "TEL", "tel:", "TEL:", "電話番号：", "電話："]
)
def test_b1_a_label_before_a_number_is_skipped(label: str, lang: str) -> None:
    done = lang_run("check-number", label, "0120-999-373", lang=lang)
    plain = lang_run("check-number", "0120-999-373", lang=lang)
    assert done.exit_code == 1, done.stderr
    assert done.stdout == plain.stdout
    data = lang_run("check-number", label, "0120-999-373", "--json", lang=lang).json()["data"]
    assert [result["normalized"] for result in data["results"]] == ["0120999373"]


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("label", ["電話", "TEL", "tel:", "電話番号："])
def test_b1_a_label_alone_is_named_not_called_empty(label: str, lang: str) -> None:
    done = lang_run("check-number", label, lang=lang)
    assert done.exit_code == 2 and done.stdout == ""
    assert done.stderr.strip().endswith(LABEL_ALONE[lang].format(label=label)), done.stderr
    assert "電話番号が空です" not in done.stderr and "is empty" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr


def test_b1_a_label_after_the_numbers_is_named() -> None:
    done = lang_run("check-number", "0120-999-373", "電話")
    assert done.exit_code == 2
    assert LABEL_ALONE["ja"].format(label="電話") in done.stderr


def test_b1_an_empty_argument_is_still_empty() -> None:
    done = lang_run("check-number", "")
    assert done.exit_code == 2 and "電話番号が空です" in done.stderr


# ---------------------------------------------------------------- B2: a line break inside


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    ("typed", "spaced"),
    [
        ("0120\n999\n373", "0120 999 373"),
        ("03\r\n5757\n5252", "03 5757 5252"),
        ("0120\t999\t373", "0120 999 373"),
    ],
)
def test_b2_a_line_break_is_read_as_a_space(typed: str, spaced: str, lang: str) -> None:
    done = lang_run("check-number", typed, lang=lang)
    assert done.exit_code == 1, done.stderr
    assert done.stdout == lang_run("check-number", spaced, lang=lang).stdout


def test_b2_the_example_is_the_whole_number_not_a_fragment() -> None:
    done = lang_run("check-number", "0120\n999\n373x")
    assert done.exit_code == 2
    assert "番号だけ（例：0120-999-373）を指定してください。" in done.stderr, done.stderr
    assert "例：999）" not in done.stderr


def test_b2_two_numbers_on_two_lines_are_still_two() -> None:
    done = lang_run("check-number", "0120-999-373\n188")
    assert done.exit_code == 2
    assert "電話番号が2つあるようです" in done.stderr


# ---------------------------------------------------------------- B3: 18553700151


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_b3_eleven_digits_starting_with_1_read_as_plus_1(lang: str) -> None:
    run_together = lang_run("check-number", "18553700151", lang=lang)
    separated = lang_run("check-number", "1-855-370-0151", lang=lang)
    assert run_together.exit_code == separated.exit_code == 1, run_together.stderr
    said = "ネット上で「Amazon」の番号として出回っています" if lang == "ja" else "circulat"
    assert said in joined(run_together.stdout, lang)
    assert ("+1 855 370 0151、海外の番号" if lang == "ja" else "+1 855 370 0151") in (
        run_together.stdout
    )
    data = lang_run("check-number", "18553700151", "--json").json()["data"]
    assert data["results"][0]["normalized"] == "+18553700151"
    assert data["results"][0]["circulating"] is True


def test_b3_a_number_in_japan_is_not_read_as_one_abroad() -> None:
    # 10 digits with no 0 stay refused (no number in Japan starts with 1)
    assert lang_run("check-number", "1855370015").exit_code == 2


# ---------------------------------------------------------------- R-minor 2: 0081, 010


@pytest.mark.parametrize("typed", ["0081-3-5757-5252", "010-81-3-5757-5252"])
def test_r2_international_prefix_refusal_uses_the_decided_wording(typed: str) -> None:
    done = lang_run("check-number", typed)
    assert done.exit_code == 2
    assert f"「{typed}」は、primehelpで確認できる番号ではありません。" in done.stderr
    assert "確認できない番号です" not in done.stderr


# ---------------------------------------------------------------- R-minor 1, 7, S 8: profile

MARGIN = {
    "ja": "解約の目安日はAmazonの決まりではありません。Amazonが示しているのは更新日より前という"
    "期限だけなので、primehelpは余裕をみて更新日の前日にしています。",
    "en": "The cancel-by date is not Amazon's rule: Amazon only says to cancel before the renewal "
    "date, so primehelp uses the day before as a safety margin.",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_r1_the_cancel_by_date_is_said_to_be_a_margin(tmp_path: Path, lang: str) -> None:
    env = saved_profile(tmp_path, "2026-12-31", "annual", False)
    done = lang_run("profile", "--today", "2026-12-08", lang=lang, env=env)
    assert done.exit_code == 0, done.stderr
    lines = done.stdout.splitlines()
    by = (
        "解約の目安日（余裕をみて更新日の前日）：2026年12月30日"
        if lang == "ja"
        else "Cancel by (the day before, as a margin): 2026-12-30"
    )
    assert by in lines
    assert lines[lines.index(by) + 1] == MARGIN[lang]
    assert done.stdout.count(MARGIN[lang]) == 1


def test_r1_a_trials_label_and_note(tmp_path: Path) -> None:
    env = saved_profile(tmp_path, "2026-12-25", None, True)
    done = lang_run("profile", "--today", "2026-12-08", env=env)
    assert "解約の目安日（自動更新日の前日）：2026年12月24日" in done.stdout
    assert "primehelpは余裕をみて自動更新日の前日にしています。" in done.stdout


def test_r1_no_note_once_the_date_has_passed(tmp_path: Path) -> None:
    env = saved_profile(tmp_path, "2026-12-31", "annual", False)
    done = lang_run("profile", "--today", "2027-01-05", env=env)
    assert "余裕をみて" not in done.stdout


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_r7_the_clear_command_is_indented_like_the_path_at_40(tmp_path: Path, lang: str) -> None:
    env = saved_profile(tmp_path, "2026-12-25", None, True)
    env["PRIMEHELP_CONFIG_DIR"] = str(tmp_path)  # a short path: fits indented at 40 columns
    lines = lang_run("profile", lang=lang, columns=40, env=env).stdout.splitlines()
    assert lines[-1] == "  `primehelp profile --clear`" + ("" if lang == "ja" else "."), lines
    wide = lang_run("profile", lang=lang, columns=80, env=env).stdout.splitlines()
    assert wide[-1].endswith("`primehelp profile --clear`" + ("" if lang == "ja" else "."))
    assert not wide[-1].startswith(" ")


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s8_the_renewal_day_pointer_keeps_today(tmp_path: Path, lang: str) -> None:
    env = saved_profile(tmp_path, "2026-12-31", "annual", False)
    given = lang_run("profile", "--today", "2026-12-31", lang=lang, env=env).stdout
    assert "`primehelp renewal --today 2026-12-31`" in given
    # the day from PRIMEHELP_TODAY carries over to the next command: no option named
    unnamed = lang_run("profile", lang=lang, env={**env, "PRIMEHELP_TODAY": "2026-12-31"}).stdout
    assert "`primehelp renewal`" in unnamed and "--today" not in unnamed


# ---------------------------------------------------------------- R-minor 4, 5: subscriptions


@pytest.mark.parametrize("columns", [40, 80])
def test_r4_the_closing_summary_has_blank_lines_and_a_note_after_the_list(columns: int) -> None:
    lines = lang_run("subscriptions", columns=columns).stdout.splitlines()
    text = "\n".join(lines)
    unknown = next(at for at, line in enumerate(lines) if line.startswith("プライムを解約した後も"))
    stops = lines.index("解約すると止まるとされているもの")
    assert lines[unknown - 1] == "" and lines[stops - 1] == ""
    note = joined("\n".join(lines[unknown:stops]))
    assert (
        "・Amazon Kids+プライムを解約したら、この2つの請求が続いていないか確認してください。"
        in note
    )
    assert "これらの請求" not in text
    # the note is said after its list, flush left: indented, it read as the last name's (64a, 5)
    at = next(at for at in range(unknown, stops) if "プライムを解約したら、" in lines[at])
    assert lines[at].startswith("プライムを解約したら、")


def test_r4_english_note_is_after_the_list_too() -> None:
    lines = lang_run("subscriptions", lang="en", columns=80).stdout.splitlines()
    assert "After cancelling Prime, check whether these 2 are still billed." in lines


def test_r5_the_title_uses_the_helps_term() -> None:
    first = lang_run("subscriptions", columns=80).stdout.splitlines()[0]
    assert first == "プライム以外のAmazonの定額サービス（2026年12月2日確認）"
    assert (
        "プライム以外のAmazonの定額サービスについて" in lang_run("subscriptions", "--help").stdout
    )


# ---------------------------------------------------------------- R-minor 6, S 1: sources


def test_r6_komitsu_has_its_date_in_the_message_facts() -> None:
    shown = lang_run("sources", "詐欺", columns=80).stdout
    lines = shown.splitlines()
    assert "  https://komitsu.org" not in lines
    for fact in ("message.flag.phone_number", "message.flag.asks_to_call"):
        block = shown[shown.index(f"ID：{fact}") :].split("\n\n")[0]
        assert "https://komitsu.org（2021年1月26日）" in block, block
    data = lang_run("sources", "message.flag.phone_number", "--json").json()["data"]
    fact = next(f for f in data["facts"] if f["id"] == "message.flag.phone_number")
    assert {"url": "https://komitsu.org", "date": "2021-01-26"} in fact["source_dates"]


def test_s1_the_phone_topic_lists_the_phone_scam_facts() -> None:
    shown = lang_run("sources", "電話番号", columns=80).stdout
    for fact in (
        "scam.no_payment_by_phone",
        "scam.phone.do_not_respond",
        "scam.phone.callback_too",
        "scam.message_center",
        "scam.report",
        "contact.defunct_numbers",
    ):
        assert f"ID：{fact}" in shown, fact


# ---------------------------------------------------------------- S 3: gift card note


@pytest.mark.parametrize("flag", ["--benefits-used", "--no-benefits-used", None])
def test_s3_the_gift_card_note_stays_with_every_answer(flag: str | None) -> None:
    args = ("complain", "renewal", *([flag] if flag else []))
    shown = joined(lang_run(*args, columns=80).stdout)
    assert "会費の一部をAmazonギフトカードで支払った場合は、" in shown
    ids = [fact["id"] for fact in lang_run(*args, "--json").json()["data"]["refund"]]
    assert ids[-1] == "refunds.gift_card"


# ---------------------------------------------------------------- S 5: 020, 0990


@pytest.mark.parametrize("number", ["020-1234-5678", "0990-123-456"])
def test_s5_an_unnamed_range_says_its_kind_is_not_known(number: str) -> None:
    ja = lang_run("check-number", number).stdout.splitlines()
    assert f"{number}（種類の分からない番号）" in ja
    en = lang_run("check-number", number, lang="en").stdout.splitlines()
    assert f"{number} (kind not known)" in en
    data = lang_run("check-number", number, "--json").json()["data"]
    assert data["results"][0]["kind_name"] == "種類の分からない番号"
