"""Review 21b, the small findings (S 5–8) and the extra-argument follow-up: through the real CLI."""

from __future__ import annotations

import re

import pytest

from tests.support.clihelp import run

WIDE = {"COLUMNS": "1000"}  # one paragraph per line


def _text(*args: str, lang: str = "ja", env: dict[str, str] = WIDE) -> str:
    result = run(*args, "--lang", lang, env=env)
    assert result.exit_code == 0, result.stderr
    return result.stdout


# ---------------------------------------------------------------- S 5: one wording for no refund

_RENEWALS = [
    ("--renewal", "2026-12-20", "--today", "2026-12-05"),  # ahead
    ("--renewal", "2026-12-05", "--today", "2026-12-05"),  # today
    ("--renewal", "2026-12-01", "--today", "2026-12-05"),  # passed
    ("--paid",),
]


@pytest.mark.parametrize("args", _RENEWALS)
def test_s5_ending_on_the_next_renewal_date_names_what_is_not_refunded(
    args: tuple[str, ...],
) -> None:
    ja = _text("cancel", "--no-interactive", *args)
    # a renewal date ahead is named in the heading and the line (review 62b S 13)
    dated = "次の更新日）に終了する場合\n" in ja
    heading = "次の更新日）に終了する場合\n" if dated else "次の更新日に終了する場合\n"
    section = ja.split(heading, 1)[1].split("今すぐ終了する場合", 1)[0]
    kept = "2026年12月20日" if dated else "次の更新日"
    assert f"・すでに請求された会費は返金されません。特典は{kept}まで使えます。" in section
    assert "返金はありません" not in ja
    en = _text("cancel", "--no-interactive", *args, lang="en")
    # English bullets are "- " since review 36b S 13 (「・」 before)
    assert "- The fee already charged is not refunded; the benefits" in en
    assert "Nothing is refunded" not in en


def test_s5_the_sources_list_says_it_alike() -> None:
    assert "返金はありません" not in _text("sources")
    assert "nothing is refunded" not in _text("sources", lang="en")


# ---------------------------------------------------------------- S 6: every fee in a title is dated


@pytest.mark.parametrize(
    ("lang", "note"),
    [
        ("ja", "会費は2026年12月2日に確認した料金です。今後変わることがあります。"),
        ("en", "The fee shown is the one checked on 2026-12-02. It may change."),
    ],
)
@pytest.mark.parametrize("renewal", ["2026-12-20", "2026-12-05"])
def test_s6_the_first_renewal_event_dates_its_fee_too(renewal: str, lang: str, note: str) -> None:
    from tests.cli.test_review12b_q3 import _events

    ics = _text("renewal", renewal, "--plan", "student-annual", "--ics", "-",
                "--today", "2026-12-05", lang=lang)  # fmt: skip
    events = sorted(_events(ics), key=lambda e: e["DTSTART;VALUE=DATE"])
    fees = [e for e in events if "2,950" in e["SUMMARY"]]
    assert fees and fees[0]["DTSTART;VALUE=DATE"] == renewal.replace("-", "")
    assert all(note in e["DESCRIPTION"] for e in fees)


# ---------------------------------------------------------------- S 7: several examples, one label


@pytest.mark.parametrize(
    ("lang", "label"),
    [("ja", "  例：primehelp remind install"), ("en", "  Examples: primehelp remind install")],
)
@pytest.mark.parametrize("command", [("remind",), ("remind", "install"), ("remind", "uninstall")])
def test_s7_several_examples_under_one_label(
    command: tuple[str, ...], lang: str, label: str
) -> None:
    lines = _text(*command, "--help", lang=lang, env={"COLUMNS": "60"}).splitlines()
    first = lines.index(label)
    hang = " " * (6 if lang == "ja" else 12)  # under the first command: 「例：」 is 4 columns
    assert lines[first + 1] == f"{hang}primehelp remind status"
    assert sum("例：" in line or "Example" in line for line in lines) == 1


# ---------------------------------------------------------------- S 8: --force says what, then when


@pytest.mark.parametrize(
    ("command", "ja", "en"),
    [
        (
            "renewal",
            "--saveと一緒に使うと、すでに保存した更新日を置き換えます。日付やプランが違うときや、",
            "With --save: replace the renewal date already saved. Use it when the date or plan",
        ),
        (  # the conditions a sentence of their own, not a bare parenthesis (review 34b S 16)
            "trial",
            "--saveと一緒に使うと、すでに保存した更新日を置き換えます。日付が違うときや、",
            "With --save: replace the renewal date already saved. Use it when the date differs,",
        ),
    ],
)
def test_s8_force_with_save_names_what_it_replaces_first(command: str, ja: str, en: str) -> None:
    shown = _text(command, "--help", env={"COLUMNS": "60"})
    assert ja in re.sub(r"\s+", "", shown)
    assert "違う場合や、保存したファイルを読み込めない場合に" not in re.sub(r"\s+", "", shown)
    english = " ".join(_text(command, "--help", lang="en", env={"COLUMNS": "60"}).split())
    assert en in english


# ---------------------------------------------------------------- follow-up: an extra argument


@pytest.mark.parametrize(
    ("args", "name"),
    [
        (("renewal", "2026-12-31"), "DATE"),
        (("trial", "2026-11-25"), "START"),
        (("remind", "status"), "ACTION"),
        (("complain", "renewal"), "TOPIC"),
        (("completion", "bash"), "SHELL"),
        (("check-message", "a.eml"), "FILE"),
    ],
)
def test_an_extra_argument_names_the_one_the_command_takes(
    args: tuple[str, ...], name: str
) -> None:
    # renewal and trial say the word before the placeholder in English (review 31b S 13);
    # Japanese names it as the Japanese help does, and the second value as a second one
    # (review 49a items 9, 20: not 「「extra」は使えません」); one shape for all
    word = {"DATE": "renewal date ", "START": "start date "}.get(name)
    en = f"{word}({name})" if word else name
    ja = {
        "DATE": "更新日",
        "START": "開始日",
        "ACTION": "操作",
        "FILE": "ファイル",
        "SHELL": "シェル",
        "TOPIC": "相談の種類" if args[0] == "complain" else "話題",
    }[name]
    for lang, said in (
        ("ja", f"{ja}は1つだけ指定できます（2つ目に「extra」が指定されています）。"),
        ("en", f"only one {en} can be given (a second one was given: 'extra'); "),
    ):
        done = run(*args, "extra", "--lang", lang, env=WIDE)
        assert done.exit_code == 2
        assert done.stdout == ""
        assert said in done.stderr
        assert done.stderr.count("\n") == 1, done.stderr
        assert f"`primehelp {args[0]} --help`" in done.stderr


def test_an_extra_word_after_a_sources_topic_is_named_as_unknown() -> None:
    # Review 53a item 6: sources reads several words as one topic, so 「extra」 after 「fees」 is
    # an unknown word, named with the accepted words (it was the one-topic error); two known
    # topics still get the one-topic error.
    for lang, unknown, accepted, one in (
        (
            "ja",
            "「extra」に当てはまる情報はありません。",
            "指定できる言葉：",
            "話題は1つだけ指定できます",
        ),
        ("en", "no fact matches 'extra'", "accepted: ", "only one TOPIC can be given"),
    ):
        done = run("sources", "fees", "extra", "--lang", lang, env=WIDE)
        assert done.exit_code == 2
        assert done.stdout == ""
        assert unknown in done.stderr and accepted in done.stderr, done.stderr
        assert done.stderr.count("\n") == 1, done.stderr
        both = run("sources", "fees", "refund", "--lang", lang, env=WIDE)
        assert both.exit_code == 2
        assert one in both.stderr and both.stderr.count("\n") == 1, both.stderr


# ---------------------------------------------------------------- round 23: 40 columns, piped


@pytest.mark.parametrize("via", ["web", "app"])
def test_paid_member_stays_whole_at_40(via: str) -> None:
    """「指定がないため、有料│会員・通常のプライムの場合を表示しています」 (cancel --via, 40)."""
    lines = _text("cancel", "--no-interactive", "--via", via, env={"COLUMNS": "40"}).splitlines()
    assert not any(line.endswith("有料") for line in lines), lines
    # review 59b item 6; 62b item 3: one case, 「通常のプライムの│有料会員の場合」
    assert "通常のプライムの有料会員の場合の手順" in "".join(lines), lines
