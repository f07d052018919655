"""Review 50a (fix-50a-other): remind --force one action a line (item 18), 「公共の電話番号」
whole in the help (19), 「指定しない場合は3」 (23), no 「引数」 in an error (S 22), and
`primehelp --lang ja` with no command showing the help (S 26)."""

from __future__ import annotations

import itertools
import re

import pytest

from tests.support.clihelp import run


@pytest.mark.parametrize("columns", ["40", "60", "80", "120"])
def test_force_help_gives_each_action_its_own_line(columns: str) -> None:
    shown = run("remind", "--help", "--lang", "ja", env={"COLUMNS": columns}).stdout
    rows = shown.splitlines()
    install = next(row for row in rows if "install：primehelpが書いてい" in row)
    uninstall = next(row for row in rows if "uninstall：変更された" in row)
    assert len(uninstall) - len(uninstall.lstrip()) == install.index("install：")


@pytest.mark.parametrize("args", [("--help",), ("check-number", "--help")])
@pytest.mark.parametrize("columns", ["40", "60", "80", "120"])
def test_the_public_number_term_is_never_split(args: tuple[str, ...], columns: str) -> None:
    shown = run(*args, "--lang", "ja", env={"COLUMNS": columns}).stdout
    for above, below in itertools.pairwise(shown.splitlines()):
        assert not (above.endswith("公共の") and below.lstrip().startswith("電話番号")), above
    assert "公共の電話番号だけなら終了コード0、それ以外の番号が1つでもあれば1" in re.sub(
        r"\s+", "", shown
    )


def test_a_default_number_has_no_space_before_it() -> None:
    shown = run("due", "--help", "--lang", "ja", env={"COLUMNS": "200"}).stdout
    assert "指定しない場合は3。" in shown and "0〜365で" in shown  # the error's range (59a item 12)
    assert "指定しない場合は 3" not in shown and "3 より" not in shown


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("contact", "extra"), "`contact` のあとに付けられるのはオプションだけです"),
        (("--version", "x"), "`--version` のあとに付けられるのは `--lang` だけです"),
    ],
)
def test_no_programmer_jargon_for_an_extra_word(args: tuple[str, ...], said: str) -> None:
    done = run(*args, "--lang", "ja")
    assert done.exit_code == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and said in done.stderr
    assert "引数" not in done.stderr


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_lang_alone_shows_the_help_in_that_language(lang: str) -> None:
    for args in (("--lang", lang), (f"--lang={lang}",)):
        done = run(*args)
        assert done.exit_code == 0 and done.stderr == ""
        assert done.stdout == run("--help", env={"PRIMEHELP_LANG": lang}).stdout
    assert ("使い方" if lang == "ja" else "Usage") in done.stdout


def test_fees_say_the_assumed_2019_boundary_alike_and_in_the_past() -> None:
    """Review 50a items 5 and 12: both monthly rows hedge the assumed 2019-05 day (FACTS §1, M)
    and say 「更新時の請求」; the 2023 plan change is a past event (「適用されました」)."""
    shown = run("fees", "--lang", "ja", env={"COLUMNS": "1000"}).stdout
    assert "2019年5月16日ごろまでの更新時の請求" in shown
    assert "2019年5月17日ごろから2023年9月23日までの更新時の請求" in shown
    assert "2023年9月23日までの更新時の請求（いつからかは確認できていません）" in shown
    assert "変更した時点から新しい会費が適用されました。" in shown
    assert "までの請求" not in shown and "適用されています" not in shown
    english = run("fees", "--lang", "en", env={"COLUMNS": "1000"}).stdout
    assert "bills at renewals from about 2019-05-17 to 2023-09-23" in english
