"""Review 52a, item 18: ``completion``'s how-to-install comment was one long line, which the
terminal (not primehelp: the output is plain, for a shell) cut inside words at 80 and 60 columns
(「c│ompinit」「使え│ます」). It is now short comment lines, each at most 58 columns, cut after
「、」「。」 or a space; the line to add comes last; ``--json`` keeps the one paragraph."""

from __future__ import annotations

import subprocess
import unicodedata

import pytest

from primehelp.i18n import Lang
from tests.support.clihelp import run


def _width(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in line)


def _comments(shell: str, lang: Lang) -> list[str]:
    done = run("--lang", lang, "completion", shell)
    assert done.exit_code == 0, done.stderr
    lines = done.stdout.splitlines()
    lines = lines[1:] if lines[0].startswith("#compdef") else lines
    return lines[: lines.index("")]


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_install_comment_is_short_lines_that_read_at_60_columns(shell: str, lang: Lang) -> None:
    comments = _comments(shell, lang)
    prose, line = comments[:-1], comments[-1]
    assert len(prose) >= 3
    assert line.startswith("#   ") and "primehelp completion" in line  # the line to add, last
    for text in prose:
        assert text.startswith("# ") and _width(text) <= 58, text
        # a line ends at a clause or a sentence, never inside a word
        assert text[-1] in "、。.," or text.endswith(("を", "options")), text
    paragraph = run("--lang", lang, "completion", shell, "--json").json()["data"]["install"]
    glue = "" if lang == "ja" else " "
    assert "\n" not in paragraph
    assert paragraph.replace(" ", "") == glue.join(t[2:] for t in prose).replace(" ", "")


def test_the_japanese_paragraph_keeps_its_spaces_around_latin_words() -> None:
    data = run("--lang", "ja", "completion", "zsh", "--json").json()["data"]
    assert data["install"] == (
        "primehelpのコマンドやオプションをTabキーで補完するには、~/.zshrcのcompinitを"
        "実行する行より後に、次の行を加えてください。"
        "加えた後に開いたシェルで、補完が使えるようになります。"  # review 59a item 11
    )
    assert "# ~/.zshrcのcompinitを実行する行より後に、" in _comments("zsh", "ja")


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_bash_still_reads_the_script(lang: Lang) -> None:
    script = run("--lang", lang, "completion", "bash").stdout
    assert script.startswith("# ")
    assert subprocess.run(["bash", "-n"], input=script, text=True, check=False).returncode == 0
