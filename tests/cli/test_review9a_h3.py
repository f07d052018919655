"""Review 9a (a native-level Japanese reader): contact, check-number, sources, complain, help."""

from __future__ import annotations

import itertools
import re

import pytest

from tests.support.clihelp import WIDE, run


def _text(*args: str, lang: str = "ja", env: dict[str, str] | None = None, code: int = 0) -> str:
    result = run(*args, "--lang", lang, env=env or WIDE)
    assert result.exit_code == code, result.stderr
    return result.stdout


# ---------------------------------------------------------------- item 7: contact says each thing once


@pytest.mark.parametrize("columns", ["40", "80"])
def test_7_contact_states_the_e_mail_fact_once_and_call_back_without_repeating(
    columns: str,
) -> None:
    out = re.sub(r"[│\s]", "", _text("contact", env={"COLUMNS": columns}))
    assert out.count("報告によれば、メールでの対応を希望するときは") == 1
    assert out.count("メールアドレスは公開されていません") == 1
    assert "コールバックのみ" not in out and "場合のみ" not in out  # one word: だけ
    # review15a S 15: the table says it (「こちらからAmazonに電話をかけることはできません。」) once;
    # the box says call-back only once, before the numbers (review 56a, item 8)
    assert out.count("こちらからAmazonに電話をかけることはできません") == 1
    assert out.count("コールバックだけ") == 1


def test_7_contact_in_english_says_each_thing_once() -> None:
    out = " ".join(_text("contact", lang="en", env={"COLUMNS": "200"}).split())
    assert out.count("You cannot dial Amazon yourself.") == 1
    assert out.count("call-back only") == 1  # the box, once (review 56a, item 8)
    assert out.count("No e-mail address is published.") == 1
    assert out.count("Reportedly, you get e-mail support only after") == 1


# ---------------------------------------------------------------- item 8: check-number says each verdict once


def test_8_the_note_keeps_only_the_rule_not_the_verdict_again() -> None:
    out = _text("check-number", "0120-899-543", env={"COLUMNS": "200"}, code=1)
    above, note = out.split("どうすればよいか")
    assert "Amazonは現在、電話番号を公開していません。" in above  # not a step (28a, S 10)
    assert "Amazonが公開している番号ではありません" not in note  # the verdict is said above
    en = _text("check-number", "0120-899-543", lang="en", env={"COLUMNS": "200"}, code=1)
    assert en.count("is not a number Amazon publishes") <= 1


@pytest.mark.parametrize("numbers", [["188"], ["110", "188", "#9110"]])
def test_8_public_numbers_alone_get_their_verdicts_without_the_list(numbers: list[str]) -> None:
    result = run("check-number", *numbers, "--lang", "ja", env=WIDE)
    assert result.exit_code == 0
    assert "公共の番号" not in result.stdout  # one name: 公共の電話番号
    assert result.stdout.count("公共の電話番号で、Amazonの番号ではありません。") == len(numbers)
    assert "110、119、118" not in result.stdout
    assert "出典" in result.stdout  # the fact behind the verdicts is still cited


def test_8_a_public_number_among_others_is_said_public_once() -> None:
    # Review 10a item 6: the list of every public number is no longer repeated after them.
    result = run("check-number", "090-1234-5678", "188", "--lang", "ja", env=WIDE)
    assert "110、119、118、#9110、188、189、171は公共の電話番号で" not in result.stdout
    assert result.stdout.count("公共の電話番号で、Amazonの番号ではありません。") == 1
    assert "公共の番号" not in result.stdout


# ---------------------------------------------------------------- item 10: help promises no verdict it cannot give


@pytest.mark.parametrize(
    "args", [["--help"], ["check-number", "--help"], ["check-message", "--help"]]
)
def test_10_help_never_promises_to_confirm_that_something_is_amazon_s(args: list[str]) -> None:
    ja, en = (
        " ".join(run(*args, env={"COLUMNS": "200", "PRIMEHELP_LANG": lang}).stdout.split())
        for lang in ("ja", "en")
    )
    assert "本当にAmazon" not in ja and "really" not in en
    if "check-message" in args or args == ["--help"]:
        assert "Amazonを名乗るSMSやメールの危険な兆候を調べます" in ja  # review 60m, item 8
    if "check-number" in args or args == ["--help"]:
        # review 28a, S 25: a public-service number does not claim to be Amazon
        assert "電話番号が、以前Amazonが公開していた番号" in ja
        assert "Amazonを名乗る電話番号が" not in ja
        assert "what a phone number is" in en and "number in Amazon's name" not in en


def test_10_the_readme_and_the_docs_index_promise_no_such_verdict() -> None:
    from tests.support.readme_examples import DOCS, README

    for page in (README, DOCS / "README.md", DOCS / "check-number.md", DOCS / "check-message.md"):
        prose = page.read_text("utf-8").split("```")[0]  # before the first example block
        assert "really Amazon" not in prose and "really from Amazon" not in prose, page
        assert "本当に Amazon" not in prose, page


# ---------------------------------------------------------------- item 12: the sources legend, a grade a line


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_12_the_sources_legend_has_one_grade_a_line(lang: str) -> None:
    lines = _text("sources", lang=lang, env={"COLUMNS": "200"}).splitlines()
    at = lines.index(
        "確度（情報の確かさ）" if lang == "ja" else "Confidence (how sure the information is)"
    )  # review 37a, S 7: the legend's heading
    colon = "：" if lang == "ja" else ": "
    grades = [line.partition(colon)[0] for line in lines[at + 1 :] if colon in line]
    words = {  # in words, not the fact sheet's H…L (review 17a, item 4)
        "ja": ["高", "中〜高", "中", "低〜中", "低"],
        "en": ["high", "medium–high", "medium", "low–medium", "low"],
    }
    assert grades[:5] == words[lang]
    assert not any("／" in line or " / " in line for line in lines[at:])


# ---------------------------------------------------------------- item 11: each fact in sources stands alone

_POINTING = ("この", "これら", "以下", "同法", "上の", "次の", "その")


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_11_no_fact_in_sources_points_at_what_is_not_on_its_screen(lang: str) -> None:
    lines = _text("sources", lang=lang, env={"COLUMNS": "400"}).splitlines()
    said = {
        lines[at].partition("：" if lang == "ja" else ": ")[2]: lines[at + 1]
        for at, line in enumerate(lines)
        if line.startswith(("ID：", "ID: "))
    }
    if lang == "ja":
        assert [(fid, text) for fid, text in said.items() if text.startswith(_POINTING)] == []
        assert said["cancel.timing.renewal_date"].startswith(
            "解約するときに次の更新日に終了するほうを選ぶと"
        )
        assert said["reminder.scam"].startswith("Amazonの更新前のお知らせメールを装った")
        # every way of ending says which choice it is about (merge of g1's and h3's timings)
        assert said["cancel.timing.next_renewal_date"].startswith("会費が請求された後に解約し")
        assert said["cancel.timing.trial_now"].startswith("無料体験中に解約する")
    else:
        assert [(fid, t) for fid, t in said.items() if t.startswith(("These ", "This "))] == []
    for fid, numbers in (
        ("contact.defunct_numbers", ("0120-999-373", "022-745-6366")),
        ("contact.circulating_numbers", ("0120-899-543", "+1 855 370 0151")),
    ):
        assert all(number in said[fid] for number in numbers), said[fid]


def test_11_the_other_screens_keep_their_wording() -> None:
    out = _text("contact")
    assert "以下は以前Amazonが公開していた番号ですが" in re.sub(r"[│\s]", "", out)


# ---------------------------------------------------------------- S21: the contact page is not the e-mail item's


@pytest.mark.parametrize("columns", ["40", "60", "80"])
def test_s21_a_blank_line_sets_the_contact_page_apart_from_the_e_mail_route(columns: str) -> None:
    lines = _text("contact", env={"COLUMNS": columns}).splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("お問い合わせページ："))
    assert lines[at - 1] == ""


# ---------------------------------------------------------------- S33: complain's topics say what they mean


@pytest.mark.parametrize("args", [["complain"], ["complain", "bogus"]])
def test_s33_a_missing_or_wrong_topic_says_what_each_topic_means(args: list[str]) -> None:
    result = run(*args, "--lang", "ja")
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    # the values up to their 「。」 (a wrong topic adds the Japanese words after: review 19a S 18)
    glossed = result.stderr.partition("使える値：")[2].partition("。")[0]
    assert glossed.split("、")[1:2] == ["refund（返金）"]
    assert glossed.endswith("other（その他）")
    help_text = " ".join(run("complain", "--help", "--lang", "ja").stdout.split())
    assert glossed.replace("、", "") in help_text.replace("、", "").replace(" ", "")


# ---------------------------------------------------------------- S34, S35: complain's wording


def test_s34_the_renewal_template_says_renewed_once_in_its_sentence() -> None:
    out = _text("complain", "renewal", env={"COLUMNS": "400"})
    sentence = next(line for line in out.splitlines() if "気づかないまま" in line)
    first = sentence.split("。")[0]
    assert first.count("更新") == 1, first


def test_s35_help_and_template_name_the_last_payment_alike() -> None:
    help_text = run("complain", "--help", "--lang", "ja", env={"COLUMNS": "400"}).stdout
    template = _text("complain", "refund", "--benefits-used", env={"COLUMNS": "400"})
    template += _text("complain", "refund", env={"COLUMNS": "400"})
    assert "前回の支払い以降" in help_text and "前回の支払い以降" in template
    assert "前回の請求以降" not in help_text + template


# ---------------------------------------------------------------- S36, S38: sources' TOPIC


@pytest.mark.parametrize("topic", ["", "  "])
def test_s36_an_empty_topic_is_named_as_empty(topic: str) -> None:
    ja = run("sources", topic, "--lang", "ja")
    assert ja.exit_code == 2 and ja.stderr.count("\n") == 1
    assert ja.stderr.startswith("primehelp: エラー: 話題が空です。指定できる言葉：解約、")
    en = run("sources", topic, "--lang", "en")
    assert en.stderr.startswith("primehelp: error: TOPIC is empty; accepted: cancel, ")


def test_s38_sources_help_does_not_call_english_keywords_everyday_words() -> None:
    ja = "".join(run("sources", "--help", "--lang", "ja", env={"COLUMNS": "400"}).stdout.split())
    assert "ふだんの言葉" not in ja
    assert (
        "日本語の言葉（解約、返金、詐欺など）、英語のキーワード（cancel、refund、feesなど）" in ja
    )
    en = " ".join(run("sources", "--help", "--lang", "en", env={"COLUMNS": "400"}).stdout.split())
    assert "a Japanese word (解約, 返金, 詐欺…), an English keyword (cancel, refund, fees…)" in en


# ---------------------------------------------------------------- S40: profile's last line


@pytest.mark.parametrize("columns", ["40", "60", "80"])
def test_s40_the_command_to_clear_never_leaves_kudasai_alone(columns: str) -> None:
    from pathlib import Path

    saved = Path(__file__).parents[1] / "support" / "profiles" / "annual"
    env = {"COLUMNS": columns, "PRIMEHELP_CONFIG_DIR": str(saved)}
    lines = _text("profile", env=env).splitlines()
    assert "ください。" not in lines and lines[-1].endswith("`primehelp profile --clear`")


# ---------------------------------------------------------------- S37: help keeps a value with its gloss

_HELPED = ("contact", "sources", "complain", "trial", "renewal", "charge", "completion")


@pytest.mark.parametrize("command", _HELPED)
def test_s37_help_never_breaks_between_a_value_and_its_gloss(command: str) -> None:
    split = []
    for columns in range(40, 101, 3):
        env = {"COLUMNS": str(columns), "PRIMEHELP_LANG": "ja"}
        lines = run(command, "--help", env=env).stdout.splitlines()
        for line, following in itertools.pairwise(lines):
            # 「… en」 over 「（英語）…」; not the narrow layout's lone 「TOPIC」 over its help
            ends_in_a_value = len(line.split()) > 1 and re.search(r"[A-Za-z0-9]$", line)
            if ends_in_a_value and following.strip().startswith("（"):
                split.append((columns, line[-12:], following.strip()[:8]))
    assert split == []


def test_s37_a_japanese_word_is_no_value_to_keep_with_a_bracket() -> None:
    lines = run("remind", "--help", env={"COLUMNS": "80", "PRIMEHELP_LANG": "ja"}).stdout
    assert "JSON 形式で出力します\n" in lines  # then 「（形式のバージョン：1）」 (review 49a S 24)
