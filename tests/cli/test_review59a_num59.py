"""Review 59a (check-number and contact), fixed on branch num59.

1. Public-service numbers 110, 119, 118, 171, 189 were printed without a source, #9110 and 188
   with one page each; one number ended with another closing line than several.
6. The contact box said 「「Amazon」を名乗る番号は、かかってきた番号も…」 just above "a call you asked
   for may come from an unknown number"; check-number's rule did not say call-back only.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from primehelp.content import contact
from primehelp.i18n import Lang
from tests.support.clihelp import WIDE, run, screen

RULE_JA = "Amazonは現在、電話番号を公開していません。電話での問い合わせは、自分で依頼するコールバックだけです。"
RULE_EN = (
    "Amazon currently publishes no phone number; phone support is only a call-back you ask for."
)

_PAGES = list(contact.load().public_services.sources)
_URL = re.compile(r"https?://\S+")


def _text(out: str, lang: Lang) -> str:
    """The screen as one line: Japanese joined without spaces, English with one."""
    joined = "" if lang == "ja" else " "
    return joined.join(out.replace("│", " ").split())


# ---------------------------------------------------------------- item 1


_HOTLINE, _AICHI = (
    next(page for page in _PAGES if "caa.go.jp" in page),
    next(page for page in _PAGES if "pref.aichi.jp" in page),
)
# Only a page that names the number (review 32a S 20, review 60a S 4: the pages do not cover
# 110, 119, 118, 171 or 189); 59a item 1 had cited both pages under every number.
_CITED = {
    "110": [],
    "119": [],
    "118": [],
    "171": [],
    "189": [],
    "#9110": [_AICHI],
    "188": [_HOTLINE],
}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("number", list(_CITED))
def test_1_a_public_number_prints_only_a_page_that_names_it(number: str, lang: Lang) -> None:
    done = run("check-number", number, "--lang", lang, env=WIDE)
    assert done.exit_code == 0, done.stderr
    lines = done.stdout.rstrip("\n").splitlines()
    assert _URL.findall(done.stdout) == _CITED[number]
    heading = "出典：" if lang == "ja" else "Sources:"
    assert (heading in lines) is bool(_CITED[number])
    closing = "2026年12月2日に確認しました。" if lang == "ja" else "(checked 2026-12-02)"
    assert lines[-1] == closing
    assert "公共の電話番号の情報は" not in done.stdout


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_1_one_number_or_several_end_alike(lang: Lang) -> None:
    def last(*numbers: str) -> str:
        return screen("check-number", *numbers, lang=lang).rstrip("\n").splitlines()[-1]

    assert last("110") == last("110", "188") == last("188") == last("#9110", "171")


@pytest.mark.parametrize(
    ("numbers", "pages"),
    [
        (("110", "171"), []),
        (("110", "188"), [_HOTLINE]),
        (("188", "#9110", "119"), [_HOTLINE, _AICHI]),
    ],
)
def test_1_several_public_numbers_cite_only_their_own_pages(
    numbers: tuple[str, ...], pages: list[str]
) -> None:
    assert _URL.findall(run("check-number", *numbers, "--lang", "ja", env=WIDE).stdout) == pages


@pytest.mark.parametrize("number", ["110", "171", "188", "#9110"])
def test_1_json_lists_the_pages_the_screen_prints(number: str) -> None:
    data = run("check-number", number, "--json").json()["data"]
    assert data["results"][0]["sources"] == _CITED[number]
    assert data["public_services"][0]["sources"] == _PAGES  # the fact's own pages


# ---------------------------------------------------------------- item 6


@pytest.mark.parametrize("columns", [40, 60, 80])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_6_the_box_says_not_published_as_following_from_call_back_only(
    lang: Lang, columns: int
) -> None:
    box = screen("contact", lang=lang, columns=columns)
    box = _text(box[box.index("╭") : box.index("╰")], lang)
    said = (
        "そのため、「Amazon」を名乗る番号がネットに載っていても、突然かかってきても、"
        "Amazonが公開している番号ではありません。"
        if lang == "ja"
        else 'So a number presented as "Amazon", whether you found it online or it called you '
        "out of the blue, is not a number Amazon publishes."
    )
    assert said in box, box
    assert "かかってきた番号も" not in box and "whether it called you" not in box


@pytest.mark.parametrize("number", ["03-1234-5678", "0120-999-373"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_6_check_number_says_call_back_only_before_the_call_back_bullet(
    lang: Lang, number: str
) -> None:
    out = run("check-number", number, "--lang", lang, env=WIDE).stdout
    rule = RULE_JA if lang == "ja" else RULE_EN
    bullet = "自分でコールバックを依頼した後に" if lang == "ja" else "call-back"
    assert f"\n{rule}\n" in out
    assert out.index(rule) < out.index(bullet, out.index(rule) + len(rule))
    assert out.count("「電話をリクエスト」") == 1  # the label once (review 26a, S 23)


# ---------------------------------------------------------------- item 7


@pytest.mark.parametrize("typed", ["#188", "＃188", "# 110", "#171"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_7_a_hash_before_a_public_number_is_said_to_be_not_needed(typed: str, lang: Lang) -> None:
    done = run("check-number", typed, "--lang", lang, env=WIDE)
    assert done.exit_code == 2 and done.stdout == ""
    number = typed.lstrip("#＃ ")
    said = (
        f"primehelp: エラー: 「{typed}」の「#」は不要です。{number}と指定してください"
        "（「#」を付ける公共の電話番号は#9110だけです）。\n"
        if lang == "ja"
        else f"primehelp: error: '{typed}': the # is not needed; give {number} (the only "
        "public-service numbers written with # are #9110).\n"
    )
    assert done.stderr == said
    assert "check-message" not in done.stderr


def test_7_json_gives_the_same_message() -> None:
    done = run("check-number", "#188", "--json", "--lang", "ja")
    assert done.exit_code == 2
    assert "「#」は不要です。188と指定してください" in done.json()["error"]["message"]


def test_7_hash_9110_is_still_read() -> None:
    assert run("check-number", "#9110").exit_code == 0


# ---------------------------------------------------------------- S 13


@pytest.mark.parametrize(
    ("typed", "prefix"),
    [
        ("186-0120-999-373", "186"),
        ("1840120999373", "184"),
        ("tel:186-0120-999-373", "186"),
        ("１８６－０１２０－９９９－３７３", "186"),
    ],
)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s13_the_number_after_186_or_184_is_checked(typed: str, prefix: str, lang: Lang) -> None:
    done = run("check-number", typed, "--lang", lang, env=WIDE)
    assert done.exit_code == 1, done.stderr
    lines = done.stdout.splitlines()
    # the header without the label typed before the number, 「tel:」 (review 63a, S 5)
    at = next(n for n, line in enumerate(lines) if line.startswith(typed.removeprefix("tel:")))
    note = (
        f"先頭の{prefix}を除いた0120-999-373として確認しました。"
        if lang == "ja"
        else f"Checked as 0120-999-373, without the leading {prefix}."
    )
    assert lines[at + 1] == note
    former = "以前Amazonが公開していた番号" if lang == "ja" else "A former Amazon number"
    assert lines[at + 2].startswith(former)
    # what 186 and 184 do is not in the fact sheet: not said
    assert "通知" not in lines[at + 1] and "caller" not in lines[at + 1].lower()


def test_s13_json_names_the_prefix_and_keeps_what_was_typed() -> None:
    data = run("check-number", "186-0120-999-373", "03-1234-5678", "--json").json()["data"]
    first, second = data["results"]
    assert first["input"] == "186-0120-999-373"
    assert first["normalized"] == "0120999373" and first["verdict"] == "defunct"
    assert first["caller_prefix"] == "186"
    assert second["caller_prefix"] is None


def test_s13_an_unquoted_prefix_is_joined_to_its_number() -> None:
    done = run("check-number", "186", "0120-999-373", "--lang", "ja", env=WIDE)
    assert done.exit_code == 1, done.stderr
    assert "先頭の186を除いた0120-999-373として確認しました。" in done.stdout


def test_s13_186_alone_is_still_refused() -> None:
    done = run("check-number", "186", "--lang", "ja")
    assert done.exit_code == 2 and "「186」は" in done.stderr


@pytest.mark.parametrize("columns", [40, 60, 80])
def test_s13_the_note_keeps_its_number_whole(columns: int) -> None:
    env = {"COLUMNS": str(columns)}
    lines = run("check-number", "186-0120-999-373", "--lang", "ja", env=env).stdout.splitlines()
    assert any("0120-999-373として" in line for line in lines)


# ---------------------------------------------------------------- S 14


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("args", [("--help",), ("check-number", "--help")])
def test_s14_the_help_names_a_number_that_is_none_of_the_three(
    args: tuple[str, ...], lang: Lang
) -> None:
    said = _text(screen(*args, lang=lang), lang)
    fourth = (
        "公共の電話番号、それ以外のAmazonが公開していない番号のどれに当たるかを調べます"
        if lang == "ja"
        else "a public-service number, or another number Amazon does not publish"
    )
    assert fourth in said


# ---------------------------------------------------------------- S 15


@pytest.mark.parametrize("number", ["117", "#7119"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s15_an_unlisted_public_number_is_one_primehelp_cannot_check(
    number: str, lang: Lang
) -> None:
    done = run("check-number", number, "--lang", lang, env=WIDE)
    assert done.exit_code == 2
    said = (
        f"「{number}」は、primehelpで確認できる番号ではありません。"
        if lang == "ja"
        else f"'{number}' is not a number primehelp can check: "
    )
    assert said in done.stderr
    assert "知っている" not in done.stderr and "knows" not in done.stderr


# ---------------------------------------------------------------- S 20


def test_s20_the_schemas_readme_lists_every_verdict() -> None:
    root = Path(__file__).parents[2] / "schemas"
    schema = json.loads((root / "check-number.schema.json").read_text(encoding="utf-8"))
    items = schema["properties"]["data"]["properties"]["results"]["items"]
    row = next(
        line
        for line in (root / "README.md").read_text(encoding="utf-8").splitlines()
        if line.startswith("| `check-number.schema.json`")
    )
    for verdict in items["properties"]["verdict"]["enum"]:
        assert f"`{verdict}`" in row
    assert "caller_prefix" in items["required"]
