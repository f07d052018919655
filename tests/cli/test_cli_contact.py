"""`contact`, `check-number` and `sources` through the CLI, in both languages and JSON."""

from __future__ import annotations

import re

import pytest

from tests.support.clihelp import run

DEFUNCT = ["0120-999-373", "011-330-3000", "011-330-3003", "022-745-6366"]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("ja", ["チャット", "コールバック", "使われていません", "消費者ホットライン", "188"]),
        ("en", ["Chat", "call-back", "no longer in service", "Consumer Hotline 188"]),
    ],
)
def test_contact_in_each_language(lang: str, expected: list[str]) -> None:
    result = run("contact", "--lang", lang)
    assert result.exit_code == 0
    for text in [*expected, *DEFUNCT, "https://www.amazon.co.jp/gp/help/customer/contact-us"]:
        assert text in result.stdout
    assert result.stderr == ""


def test_contact_lists_routes_in_the_order_to_try() -> None:
    out = run("contact", "--lang", "en").stdout
    assert out.index("Chat") < out.index("Phone") < out.index("E-mail")


def test_contact_prints_low_confidence_facts_only_as_reported() -> None:
    out = run("contact", "--lang", "en").stdout
    assert "Reportedly" in out
    line = next(line for line in out.splitlines() if "you get e-mail support" in line)
    assert "Reportedly" in line


@pytest.mark.parametrize("width", ["40", "80"])
def test_the_panel_of_numbers_is_titled_for_a_list(width: str) -> None:
    """Review 7 item 9: the panel lists several numbers; 「この番号」 had nothing to point at.
    Review 13a, S 16: they come at the box's end, under its title: 「以下の」, not 「これらの」."""
    out = run("contact", "--lang", "ja", env={"COLUMNS": width}).stdout
    assert "╭─ 以下の番号には電話しないでください ─" in out
    assert "この番号には" not in out and "これらの番号" not in out
    en = run("contact", "--lang", "en", env={"COLUMNS": width}).stdout
    assert "╭─ Do not call the numbers below ─" in en


def test_contact_never_presents_a_number_to_call_amazon() -> None:
    for lang in ("ja", "en"):
        data = run("contact", "--json", "--lang", lang).json()["data"]
        assert all("number" not in route for route in data["routes"])
        assert data["no_published_number"]["confidence"] == "H"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_no_published_number_does_not_contradict_the_call_back(lang: str) -> None:
    """Review 6, item 16: the fact sheet says no number is published and that Amazon calls back
    on request; "no number presented as Amazon is official" contradicted the call-back row."""
    fact = run("contact", "--json", "--lang", lang).json()["data"]["no_published_number"]
    text = " ".join(fact["text"].split())
    for absolute in ("公式の窓口", "official route"):
        assert absolute not in text
    expected = (
        ["コールバック", "Amazonが公開している番号ではありません"]
        if lang == "ja"
        else ["call-back", "not a number Amazon publishes"]
    )
    for phrase in expected:
        assert phrase in text


def test_contact_json_contract() -> None:
    document = run("contact", "--json", "--lang", "en").json()
    assert document["schema_version"] == 1
    assert document["command"] == "contact"
    assert document["lang"] == "en"
    data = document["data"]
    assert [route["id"] for route in data["routes"]] == ["chat", "callback", "email"]
    assert [n["number"] for n in data["defunct_numbers"]] == DEFUNCT
    assert [n["normalized"] for n in data["defunct_numbers"]] == [
        "0120999373",
        "0113303000",
        "0113303003",
        "0227456366",
    ]
    assert data["escalation"]["hotline_number"] == "188"
    assert data["checked"] == "2026-12-02"
    for route in data["routes"]:
        assert route["how"]["sources"]
        assert route["how"]["checked"] == "2026-12-02"


def test_contact_json_in_japanese_keeps_the_same_keys() -> None:
    ja = run("contact", "--json", "--lang", "ja").json()
    en = run("contact", "--json", "--lang", "en").json()
    assert ja["lang"] == "ja"
    assert ja["data"].keys() == en["data"].keys()
    assert ja["data"]["routes"][0]["name"] == "チャット"


def test_language_comes_from_the_environment_then_the_locale() -> None:
    assert "Chat" in run("contact", env={"PRIMEHELP_LANG": "en"}).stdout
    assert "チャット" in run("contact", env={"LANG": "en_US.UTF-8", "PRIMEHELP_LANG": "ja"}).stdout
    assert "Chat" in run("contact", env={"LANG": "en_GB.UTF-8"}).stdout
    assert "チャット" in run("contact", env={"LANG": "ja_JP.UTF-8"}).stdout
    assert "チャット" in run("contact", env={"LANG": "C"}).stdout
    assert "チャット" in run("contact").stdout


def test_check_number_full_width_defunct_number() -> None:
    result = run("check-number", "０１２０－９９９－３７３", "--lang", "en")
    assert result.exit_code == 1
    assert "０１２０－９９９－３７３ (0120-999-373, toll-free)" in result.stdout
    assert "no longer in service" in result.stdout


def test_check_number_hotline_is_exit_0() -> None:
    result = run("check-number", "188")
    assert result.exit_code == 0
    assert "消費者ホットラインの番号です。公共の電話番号で" in result.stdout


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_check_number_json(lang: str) -> None:
    result = run(
        "check-number", "０１２０－９９９－３７３", "03-5757-5252", "188", "--json", "--lang", lang
    )
    assert result.exit_code == 1
    document = result.json()
    assert document["command"] == "check-number"
    results = document["data"]["results"]
    assert [(r["input"], r["normalized"], r["verdict"]) for r in results] == [
        ("０１２０－９９９－３７３", "0120999373", "defunct"),
        ("03-5757-5252", "0357575252", "not_official"),
        ("188", "188", "consumer_hotline"),
    ]
    assert results[1]["circulating"] is True
    assert document["data"]["advice"]


@pytest.mark.parametrize("as_json", [False, True])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_check_number_rejects_letters(lang: str, as_json: bool) -> None:
    args = ["check-number", "abc", "--lang", lang] + (["--json"] if as_json else [])
    result = run(*args)
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    expected = "電話番号として読み取れません" if lang == "ja" else "is not a phone number"
    assert expected in result.stderr
    if as_json:
        error = result.json()
        assert error["schema_version"] == 1
        assert error["command"] == "check-number"
        assert error["error"]["code"] == "bad_input"
        assert expected in error["error"]["message"]
    else:
        assert result.stdout == ""


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_sources_lists_every_fact(lang: str) -> None:
    human = run("sources", "--lang", lang)
    assert human.exit_code == 0
    assert "komitsu.org" in human.stdout
    wide = run("sources", "--lang", lang, env={"COLUMNS": "300"})
    cited = "komitsu.org（2021年1月26日）" if lang == "ja" else "komitsu.org (2021-01-26)"
    assert cited in wide.stdout
    assert "gov-online.go.jp/useful/article/201807/1.html" in wide.stdout
    data = run("sources", "--json", "--lang", lang).json()["data"]
    ids = [item["id"] for item in data["facts"]]
    assert "contact.defunct_numbers" in ids
    assert "escalation.hotline_188" in ids
    assert all(item["sources"] and item["checked"] for item in data["facts"])


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["contact", "--lang", "fr"], "--lang"),
        (["contact", "--bogus"], "--bogus"),
        (["nosuchcommand"], "nosuchcommand"),
        (["check-number"], "NUMBER"),  # named as --help names it
    ],
)
def test_usage_errors_are_one_line_exit_2(args: list[str], needle: str) -> None:
    for lang in ("ja", "en"):
        result = run(*args, env={"PRIMEHELP_LANG": lang})
        assert result.exit_code == 2
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        # Japanese names an argument as the Japanese help does (review 49a item 9)
        assert {"NUMBER": {"ja": "電話番号"}}.get(needle, {}).get(lang, needle) in lines[0]
        assert result.stdout == ""


@pytest.mark.parametrize(
    ("args", "ja", "en"),
    [
        (  # --lang before a command is taken (review 19a, S 13); before none, it is told where
            ["--lang", "fr"],
            "`--lang` と一緒にコマンドを指定してください（例：`primehelp contact --lang ja`）。",
            "`--lang` needs a command (use e.g. `primehelp contact --lang en`)",
        ),
        (
            ["--today", "2026-12-01", "due"],
            "`--today` はコマンドの後に指定してください（例：`primehelp due --today 2026-12-01`）。",
            "`--today` goes after the command (use e.g. `primehelp due --today 2026-12-01`)",
        ),
    ],
)
def test_an_option_of_the_command_given_before_it_is_said_to_go_after_it(
    args: list[str], ja: str, en: str
) -> None:
    """Review 13a, S 13: every command's help lists --lang; 「「--lang」というオプションは
    ありません」 did not say where it goes."""
    for lang, expected in (("ja", ja), ("en", en)):
        result = run(*args, env={"PRIMEHELP_LANG": lang})
        assert result.exit_code == 2 and result.stdout == ""
        assert result.stderr.strip().splitlines() == [
            ("primehelp: エラー: " if lang == "ja" else "primehelp: error: ") + expected
        ]
    # an option no command has stays unknown
    unknown = run("--foo", "contact", env={"PRIMEHELP_LANG": "ja"}).stderr
    assert "「--foo」というオプションはありません" in unknown


@pytest.mark.parametrize(
    "before", [["--lang", "ja"], ["--lang=en"], ["--json"], ["--json", "--lang", "en"]]
)
@pytest.mark.parametrize(("word", "meant"), [("解約", "cancel"), ("contcat", "contact")])
def test_a_mistyped_command_after_lang_or_json_is_named_as_without_them(
    before: list[str], word: str, meant: str
) -> None:
    """Review 29a, R-minor 1: after --lang/--json a mistyped command was 「`--lang` と一緒に
    コマンドを指定してください」, naming neither the word nor the command meant."""
    result = run(*before, word, env={"PRIMEHELP_LANG": "ja"})
    alone = run(word, *before, env={"PRIMEHELP_LANG": "ja"})
    assert result.exit_code == 2
    line = result.stderr.strip().splitlines()[0]
    assert word in line and f"`{meant}`" in line
    assert result.stderr == alone.stderr and result.stdout == alone.stdout
    # a --lang without its value is still said to be one (its value is no command)
    left_out = run("--lang", "--lang", word, env={"PRIMEHELP_LANG": "ja"}).stderr
    assert "`--lang` の値（ja、en）とコマンドを指定してください" in left_out


def test_bad_language_in_environment_is_reported() -> None:
    result = run("contact", env={"PRIMEHELP_LANG": "klingon"})
    assert result.exit_code == 2
    assert "PRIMEHELP_LANG" in result.stderr


def test_version_and_bare_command() -> None:
    from primehelp import __version__

    assert run("--version").stdout.startswith(f"primehelp {__version__}")
    bare = run()
    assert bare.exit_code == 0
    assert "contact" in bare.stdout


@pytest.mark.parametrize("command", ["contact", "check-number", "sources"])
def test_every_command_has_help_with_an_example(command: str) -> None:
    # "Examples:" over several (review 21b S 7)
    for lang, example in (("en", r"Examples?: primehelp"), ("ja", "例：primehelp")):
        result = run(command, "--help", env={"PRIMEHELP_LANG": lang})
        assert result.exit_code == 0
        assert re.search(example, result.stdout)
        assert "--lang" in result.stdout
        assert "--json" in result.stdout


def test_sources_topic_filters_by_id_prefix() -> None:
    data = run("sources", "escalation", "--json").json()["data"]
    ids = [item["id"] for item in data["facts"]]
    assert ids
    assert all(i.startswith("escalation.") for i in ids)
    exact = run("sources", "contact.route.chat", "--json").json()["data"]["facts"]
    assert [item["id"] for item in exact] == ["contact.route.chat", "contact.route.chat.bot_first"]


def test_sources_unknown_topic_names_the_topics() -> None:
    result = run("sources", "nothing-here", "--lang", "en")
    assert result.exit_code == 2
    assert "contact" in result.stderr and "escalation" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
