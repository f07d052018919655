"""Review 63a (share a): contact, check-number, sources, fees, subscriptions, complain, profile,
completion and --help, as fixed in round 64."""

from __future__ import annotations

import pytest

from primehelp import clipboard
from primehelp.clipboard import CopyOutcome
from primehelp.i18n import Text
from tests.support.clihelp import joined, lang_run


def _save_annual() -> None:
    done = lang_run(
        "renewal", "2026-12-31", "--plan", "annual", "--save", "--force", "--today", "2026-12-08"
    )
    assert done.exit_code == 0, done.stderr


# R-minor 1: a passed date's pointer keeps --today, as the renewal-day pointer does.
def test_profile_passed_date_pointer_keeps_today() -> None:
    _save_annual()
    ja = lang_run("profile", "--today", "2027-01-05")
    assert "`primehelp renewal --today 2027-01-05` で確認できます" in joined(ja.stdout)
    en = lang_run("profile", "--today", "2027-01-05", lang="en")
    assert "`primehelp renewal --today 2027-01-05` shows the next renewal date" in joined(
        en.stdout, "en"
    )


# R-minor 2: the passed-date note is indented under its date, not flush left.
def test_profile_passed_note_indented() -> None:
    done = lang_run("trial", "2026-11-25", "--save", "--today", "2026-12-08")
    assert done.exit_code == 0, done.stderr
    for lang in ("ja", "en"):
        for columns in (60, 120):
            shown = lang_run("profile", "--today", "2026-12-26", lang=lang, columns=columns)
            lines = shown.stdout.splitlines()
            start = next(
                i for i, line in enumerate(lines) if "（この日付" in line or "(This" in line
            )
            end = next(
                i
                for i, line in enumerate(lines)
                if i >= start and line.rstrip().endswith(("）", ")"))
            )
            assert all(line.startswith("  ") for line in lines[start : end + 1]), lines
    _save_annual()
    shown = lang_run("profile", "--today", "2027-01-05", columns=80)
    assert "\n  （この日付は過ぎています。" in shown.stdout


# R-minor 3: a date beyond a year in renewal's words, with renewal's warning.
def test_profile_far_date_said_as_renewal() -> None:
    _save_annual()
    ja = lang_run("profile", "--today", "2024-01-01")
    assert "更新日：2026年12月31日（約2年11か月後）" in ja.stdout
    assert "あと1095日" not in ja.stdout
    assert ja.stderr.strip() == (
        "primehelp: 警告: 更新日（2026年12月31日）は、今日から1年を超えて先の日付です。"
        "年間プランでも、次の更新日は今日から1年以内のはずです。日付を確認してください。"
    )
    en = lang_run("profile", "--today", "2024-01-01", lang="en")
    assert "in about 2 years 11 months" in en.stdout
    assert "more than a year ahead" in en.stderr
    near = lang_run("profile", "--today", "2026-12-08")
    assert near.stderr == "" and "（あと23日）" in near.stdout


# R-minor 5: the list of options of an unknown-option error names them in backticks.
def test_unknown_option_lists_options_in_backticks() -> None:
    for args, ja, en in [
        (("fees",), "使えるオプション：`--lang`、`--json`。", "options: `--lang`, `--json`;"),
        (("check-number", "110"), "使えるオプション：`--lang`、`--json`。", "`--lang`, `--json`;"),
        (("completion", "bash"), "使えるオプション：`--lang`、`--json`。", "`--lang`, `--json`;"),
        (
            ("sources",),
            "使えるオプション：`--no-pager`、`--lang`、`--json`。",
            "options: `--no-pager`, `--lang`, `--json`;",
        ),
    ]:
        for lang, said in (("ja", ja), ("en", en)):
            done = lang_run(*args, "--bogus", lang=lang)
            assert done.exit_code == 2 and len(done.stderr.splitlines()) == 1, done.stderr
            assert said in done.stderr, done.stderr


# R-minor 7: no "quote it" hint for a number that was quoted.
def test_check_number_no_quote_hint_for_a_quoted_number() -> None:
    ja = lang_run("check-number", "+81 188", "0188")
    assert ja.exit_code == 2
    assert ja.stderr.startswith(
        "primehelp: エラー: 「+81 188」は電話番号として読み取れません（桁数が足りません）。"
    )
    assert "引用符で囲んでください" not in ja.stderr
    en = lang_run("check-number", "+81 188", "0188", lang="en")
    assert en.exit_code == 2 and "quote a number" not in en.stderr
    assert "on its own" not in en.stderr
    split = lang_run("check-number", "+81", "188")
    assert "「+81」だけでは" in split.stderr and "引用符で囲んでください" in split.stderr


# S 5: the header shows the number without its typed label, and a full-width #9110's form.
def test_check_number_header_without_label_and_with_form() -> None:
    for lang, toll_free, opened, closed in (
        ("ja", "通話料無料の番号", "（", "）"),
        ("en", "toll-free", " (", ")"),
    ):
        labelled = lang_run("check-number", "電話：0120-999-373", lang=lang)
        assert f"\n0120-999-373{opened}{toll_free}{closed}\n" in labelled.stdout, labelled.stdout
        assert "電話：" not in labelled.stdout
        wide = lang_run("check-number", "＃９１１０", lang=lang)
        assert f"\n＃９１１０{opened}#9110{closed}\n" in wide.stdout, wide.stdout
    plain = lang_run("check-number", "#9110")
    assert "\n#9110\n" in plain.stdout


# R-minor 6: --copy --json points to the JSON's message, and keeps the warning in data.warnings.
@pytest.mark.parametrize("tool", [None, "xsel"])
def test_complain_copy_json_points_to_the_json(
    monkeypatch: pytest.MonkeyPatch, tool: str | None
) -> None:
    failed = CopyOutcome(
        copied=False,
        tool=tool,
        problem=Text("xsel でのコピーに失敗しました", "xsel: exit status 1"),
    )
    monkeypatch.setattr(clipboard, "copy", lambda _text: failed)
    for lang, said in (
        ("ja", "JSONの「message」の値を使ってください。"),
        ("en", 'use the "message" value of the JSON'),
    ):
        done = lang_run("complain", "renewal", "--copy", "--json", lang=lang)
        assert done.exit_code == 0, done.stderr
        assert said in done.stderr and "上に表示した" not in done.stderr, done.stderr
        assert "above" not in done.stderr
        data = done.json()["data"]
        assert data["copied"] is False
        assert any(said in warning for warning in data["warnings"]), data["warnings"]
    shown = lang_run("complain", "renewal", "--copy")
    assert "上に表示した問い合わせ文を選択してコピーしてください。" in shown.stderr


# R-minor 4: the former monthly fee just after the assumed change is hedged as charge says it.
def test_complain_former_fee_just_after_the_assumed_change_is_hedged() -> None:
    ja = lang_run("complain", "renewal", "--amount", "400", "--renewal", "2019-05-20")
    assert ja.exit_code == 0
    assert (
        "primehelp: 警告: 2019年5月20日の更新時の月間プランの会費は500円と考えられます。"
        "既存会員の月会費が変わった日は確認できていないため（年間プランと同じ2019年5月17日と考えられます）、"
        "以前の会費（400円）の請求の可能性もあります。金額を確認してください。"
    ) in ja.stderr
    assert "でした" not in ja.stderr
    en = lang_run("complain", "renewal", "--amount", "400", "--renewal", "2019-05-20", lang="en")
    assert "most likely charged 500 yen" in en.stderr and "is not confirmed" in en.stderr
    later = lang_run("complain", "renewal", "--amount", "400", "--renewal", "2020-01-05")
    assert "会費は500円でした（400円は以前の会費です）" in later.stderr


# S 1: the everyday Japanese words for the renewal and trial topics.
@pytest.mark.parametrize(
    ("word", "topic"),
    [
        ("リマインダー", "更新"),
        ("お知らせ", "更新"),
        ("お知らせメール", "更新"),
        ("無料", "無料体験"),
        ("お試し", "無料体験"),
    ],
)
def test_sources_everyday_words(word: str, topic: str) -> None:
    done = lang_run("sources", word)
    assert done.exit_code == 0, done.stderr
    assert done.stdout.startswith(f"「{topic}」（{word}）に関する情報と出典"), done.stdout


# S 6: the completion comment's first clause is one line, within 58 columns.
@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_comment_first_clause_whole(shell: str) -> None:
    from primehelp.output.linebreak import unicode_text_width

    done = lang_run("completion", shell)
    comments = [line for line in done.stdout.splitlines() if line.startswith("# ")]
    assert "# primehelpのコマンドやオプションをTabキーで補完するには、" in comments
    prose = [line for line in comments if not line.startswith("#   ")]
    assert all(unicode_text_width(line) <= 60 for line in prose), comments


# S 2: an amount of no Prime fee that is another subscription's price gets a hedged warning.
def test_complain_other_service_amount_is_named() -> None:
    ja = lang_run("complain", "renewal", "--amount", "980")
    assert ja.exit_code == 0
    assert (
        "Kindle UnlimitedやAmazon Kids+の料金と同じ金額のため、ほかの定額サービスの請求かもしれません"
        in ja.stderr
    )
    assert "`primehelp charge 980` で確認できます" in ja.stderr
    assert "プライムの会費ではありません" not in ja.stderr
    video = lang_run("complain", "renewal", "--amount", "390", "--json", lang="en")
    warnings = video.json()["data"]["warnings"]
    assert any("may be a charge for another subscription" in w for w in warnings), warnings
    for fee in ("600", "400", "5900"):
        assert "定額サービス" not in lang_run("complain", "renewal", "--amount", fee).stderr


# S 3: a plan put in the letter from a former fee is said, with that the fee is a former one.
def test_complain_plan_from_a_former_fee_is_said() -> None:
    ja = lang_run("complain", "renewal", "--amount", "4900")
    assert ja.exit_code == 0 and "・会員プラン：年間プラン" in ja.stdout
    assert (
        "primehelp: 警告: 金額（4,900円）から、会員プランを「年間プラン」として問い合わせ文に入れました。"
        "4,900円は以前の会費です。違う場合は `--plan` と `--renewal` で指定してください。"
    ) in ja.stderr
    en = lang_run("complain", "renewal", "--amount", "4900", lang="en")
    assert "which is a former fee" in en.stderr
    assert lang_run("complain", "renewal", "--amount", "600").stderr == ""
    dated = lang_run("complain", "renewal", "--amount", "4900", "--renewal", "2026-11-01")
    assert "から、会員プランを" not in dated.stderr
