"""Drive the bad-input corpus through every command: exit 2, one short line, never a traceback.

Each case runs in-process twice: as text in English (stdout empty, one line on stderr) and
with ``--json`` in Japanese (one error object on stdout). NUL cannot travel in argv, so the
in-process runs are the ones that carry it; ``test_corpus_in_real_processes`` runs the rest of
the hostile values through the real console script.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

import pytest
from typer.testing import CliRunner

from primehelp.cli import app
from primehelp.i18n import guess_lang
from tests.support import json_contract
from tests.support.corpus import COMMANDS, EDGE_RUNS, HOSTILE, ROOT_CASES, Case, cases, good_cases

JA_SENTENCE_ENDS = ("。", "？", "！")
MAX_ERROR_LINE = 320  # characters; a user reads it in one glance
ENGLISH = {"LANG": "en_US.UTF-8"}
# Words by which an English error line points at what is accepted.
NAMES_ACCEPTED = ("accepted", "one of", "--help", "use ", "give ")

CORPUS = cases()
GOOD = good_cases()


_MAY_WRITE = {"test_valid_values_are_accepted"}


@pytest.fixture(autouse=True)
def scratch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> Iterator[Path]:
    """Run in a scratch directory and config dir; afterwards, nothing may have been written."""
    work = tmp_path / "cwd"
    work.mkdir()
    (work / "existing.ics").write_bytes(b"old calendar")
    (work / "a-file").write_bytes(b"a regular file")
    monkeypatch.chdir(work)
    monkeypatch.setenv("PRIMEHELP_CONFIG_DIR", str(tmp_path / "config"))
    yield work
    if request.function.__name__ not in _MAY_WRITE:
        assert sorted(p.name for p in work.iterdir()) == ["a-file", "existing.ics"]
        assert (work / "existing.ics").read_bytes() == b"old calendar"
        assert not (tmp_path / "config").exists()


def _with_json(case: Case) -> tuple[str, ...]:
    if case.command == "primehelp":
        return (*case.args, "--json")
    return (case.args[0], "--json", *case.args[1:])


def invoke(args: Sequence[str], env: Mapping[str, str]) -> tuple[int, str, str]:
    """Run the app in-process; an exception escaping it fails the test with its traceback."""
    result = CliRunner().invoke(app, list(args), env=dict(env), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _clip(text: str, limit: int = 300) -> str:
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text)} characters)"


def assert_one_error_line(stderr: str) -> str:
    """Exactly one short ``primehelp: …`` line, and no traceback."""
    assert "Traceback" not in stderr
    lines = stderr.splitlines()
    assert len(lines) == 1, _clip(stderr, 2000)
    line = lines[0]
    assert line.startswith("primehelp: "), _clip(line)
    assert len(line) <= MAX_ERROR_LINE, _clip(line)
    return line


def assert_refused(
    case: Case, code: int, stdout: str, stderr: str, *, as_json: bool, english: bool
) -> None:
    assert code == 2, (code, _clip(stdout), _clip(stderr))
    line = assert_one_error_line(stderr)
    if english:
        assert line.startswith("primehelp: error: "), _clip(line)
        if not case.names_a_file:  # a file error names the file and the problem instead
            assert any(word in line for word in NAMES_ACCEPTED), _clip(line)
    if not as_json:
        assert stdout == ""
        return
    document = json.loads(stdout)
    assert document == {
        "schema_version": 1,
        "command": case.command,
        "error": {"code": document["error"]["code"], "message": document["error"]["message"]},
    }
    codes = ("file_error", "bad_input") if case.names_a_file else ("bad_input",)
    assert document["error"]["code"] in codes
    assert line.endswith(document["error"]["message"])


# A refused language value that names Japanese (「ja_JP」「日本語」「jp」) is answered in Japanese
# whatever the locale, as one naming English (「en_US.UTF-8」) is in English (review 46a, item 10).
ASKS_JAPANESE = frozenset(
    {f"lang={x}{value}" for x in ("", ":") for value in ("locale", "japanese", "japanese-word")}
    | {"env-lang=jp"}
)


def _asks_japanese(case: Case) -> bool:
    return case.id.split(":", 1)[-1] in ASKS_JAPANESE


@pytest.mark.parametrize("case", [*CORPUS, *ROOT_CASES], ids=lambda case: case.id)
def test_refused_in_english_text(case: Case) -> None:
    code, stdout, stderr = invoke(case.args, {**ENGLISH, **case.env})
    if _asks_japanese(case):
        assert code == 2 and stdout == "", (code, _clip(stdout))
        line = assert_one_error_line(stderr)
        assert line.startswith("primehelp: エラー: ") and "使える値：ja、en" in line, _clip(line)
        return
    assert_refused(case, code, stdout, stderr, as_json=False, english=True)


@pytest.mark.parametrize("case", [*CORPUS, *ROOT_CASES], ids=lambda case: case.id)
def test_refused_in_japanese_json(case: Case) -> None:
    code, stdout, stderr = invoke(_with_json(case), case.env)
    assert_refused(case, code, stdout, stderr, as_json=True, english=False)
    if guess_lang(list(case.args), case.env) == "ja":  # a Japanese error is whole sentences
        assert stderr.rstrip("\n").endswith(JA_SENTENCE_ENDS), _clip(stderr)


@pytest.mark.parametrize("case", GOOD, ids=lambda case: case.id)
def test_valid_values_are_accepted(case: Case) -> None:
    code, stdout, stderr = invoke(case.args, case.env)
    assert code in (0, 1), stderr
    # Only the notices of what was written ("wrote …", "saved …") may appear.
    assert "error" not in stderr and "エラー" not in stderr, stderr
    assert stdout.strip()


@pytest.mark.parametrize("args", EDGE_RUNS, ids=" ".join)
def test_edges_of_the_calendar_succeed(args: tuple[str, ...]) -> None:
    for extra in ((), ("--json",)):
        code, stdout, stderr = invoke([*args, *extra], {})
        assert code == 0, stderr
        assert stdout.strip()


def test_every_command_is_in_the_corpus() -> None:
    """A new command must add its line to tests/support/corpus.py (and so face the whole corpus)."""
    from typer.main import get_command

    registered = set(get_command(app).commands)  # type: ignore[attr-defined]
    assert registered == {command.name for command in COMMANDS}


def test_corpus_size() -> None:
    """The corpus covers every command with the hostile values and the shared options."""
    per_command = {
        command.name: sum(c.command == command.name for c in CORPUS) for command in COMMANDS
    }
    assert all(count >= 2 * len(HOSTILE) for count in per_command.values()), per_command


# ---------------------------------------------------------------- the real console script

# Through the real console script: each command once per hostile value that tests what argv
# itself carries (bytes, width, length, escapes), in the command's first input slot (or
# --lang); the in-process runs above cover every value. argv cannot carry NUL, and one
# argument is limited to 128 KiB (100k kana is 300 KB), so those stay in-process; so does the
# lone surrogate, which only arises from invalid UTF-8 (tested below with real bytes).
_ARGV_HOSTILE = {"empty", "long-digits-100k", "ansi-escape", "emoji-zwj", "fullwidth-letters"}


def _first_slot(command_name: str) -> str:
    command = next(c for c in COMMANDS if c.name == command_name)
    return f"{command_name}:{next(iter(command.slots), 'lang')}="


_SUBPROCESS_CASES = [
    case
    for case in CORPUS
    if case.id.startswith(_first_slot(case.command)) and case.id.split("=", 1)[1] in _ARGV_HOSTILE
]


def _run_process(args: Sequence[str], env: Mapping[str, str]) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "primehelp", *args],
        cwd=Path.cwd(),
        env={**os.environ, **env},
        capture_output=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("case", _SUBPROCESS_CASES, ids=lambda case: case.id)
def test_corpus_in_real_processes(case: Case) -> None:
    done = _run_process(_with_json(case), {**ENGLISH, **case.env})
    json_contract.loads(done.stdout)
    assert_refused(
        case,
        done.returncode,
        done.stdout.decode(),
        done.stderr.decode(),
        as_json=True,
        english=True,
    )


def test_invalid_utf8_in_argv_is_refused() -> None:
    """Bytes that are not UTF-8 reach Python as surrogates: refused, and shown escaped."""
    done = subprocess.run(
        [sys.executable, "-m", "primehelp", "check-number", b"01\xff20", "--lang", "en"],
        capture_output=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    line = assert_one_error_line(done.stderr.decode())
    assert "\\udcff" in line
    assert done.stdout == b""


# ---------------------------------------------------------------- one wording per kind of problem

# Review 9 item 1: a value primehelp cannot parse is refused in one pattern whatever the
# command: 「「…」は〈日付〉として読み取れません」 / "'…' is not a 〈date〉 primehelp can read",
# then the accepted forms; a file that cannot be read: 「…を読み込めません（理由）」.
_UNPARSEABLE = (
    (("renewal", "yesterday"), "日付", "date"),
    (("cancel", "--no-interactive", "--renewal", "yesterday"), "日付", "date"),
    (("charge", "600", "--date", "yesterday"), "日付", "date"),
    (("check-number", "abc"), "電話番号", "phone number"),
    (("charge", "12abc"), "金額", "amount"),  # "abc": the amount is missing (review 18a, S 18)
    (("charge", "¥600 USD"), "金額", "amount"),
    (("complain", "renewal", "--amount", "abc"), "金額", "amount"),
)


@pytest.mark.parametrize(("args", "ja_kind", "en_kind"), _UNPARSEABLE, ids=str)
def test_a_value_that_cannot_be_parsed_is_refused_in_one_pattern(
    args: tuple[str, ...], ja_kind: str, en_kind: str
) -> None:
    _, _, ja = invoke(args, {"PRIMEHELP_LANG": "ja"})
    _, _, en = invoke(args, ENGLISH)
    assert f"」は{ja_kind}として読み取れません" in assert_one_error_line(ja)
    assert f"' is not a{'n' if en_kind[0] in 'aeiou' else ''} {en_kind} primehelp can read" in en
    assert "使える形式" in ja or "指定してください" in ja  # and the accepted forms


def test_no_error_line_says_yomemasen() -> None:
    """「読めません」 and 「読み取れません」 are not mixed: every refusal in the corpus uses the
    shared patterns; an OS reason is in Japanese too (never 'Not a directory')."""
    for case in CORPUS:
        if any(len(arg) > 1000 for arg in case.args):
            continue
        _, _, stderr = invoke(case.args, {"PRIMEHELP_LANG": "ja", **case.env})
        assert "読めません" not in stderr, (case.id, stderr)
        assert "、読めない" not in stderr, (case.id, stderr)
        for cannot in ("を読み込めません（", "に書き込めません（"):
            if cannot in stderr:
                reason = stderr.split(cannot, 1)[1].split("）")[0]
                assert not any("a" <= ch.lower() <= "z" for ch in reason), stderr
