"""Review 40b item 3: the day a free trial turns into a paid membership has one name,
「有料会員への自動更新日」 ("automatic paid renewal date"). 「無料体験の終了日」 ("free trial's end")
named the same day in the ``--save`` conflict errors and the saved Prime Student footnotes; it is
a third name, and a day off (a trial of 2026-11-24 ends on 12-23, the renewal is 12-24).

No screen names the trial's last day itself, so every bundled text is scanned: the data (ja and
en, wherever a value sits), the Python sentences (``due_text``) and every string literal with
Japanese in the package's Python modules."""

from __future__ import annotations

import ast
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

import primehelp
from primehelp.due_text import WORDING

PACKAGE = Path(primehelp.__file__).resolve().parent

# 「無料体験の終了日」「無料体験終了日」「体験期間の終了日」「無料体験が終わる日」「…が終了する日」
OLD_JA = re.compile(r"体験(?:期間)?(?:の|が)?(?:終了日|終わる日|終了する日|終わりの日)")
OLD_EN = re.compile(r"trial'?s? end\b|end of the (?:free )?trial\b|trial end date", re.IGNORECASE)
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def _data_texts() -> Iterator[tuple[str, str, str]]:
    def walk(node: object, where: str) -> Iterator[tuple[str, str, str]]:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("ja", "en") and isinstance(value, str):
                    yield where, key, value
                yield from walk(value, f"{where}.{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                yield from walk(value, f"{where}[{index}]")

    for path in sorted((PACKAGE / "data").glob("*.toml")):
        yield from walk(tomllib.loads(path.read_text("utf-8")), path.name)


def _python_japanese() -> Iterator[tuple[str, str, str]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        if "compiled" in path.parts:
            continue
        tree = ast.parse(path.read_text("utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in docstrings
                and JAPANESE.search(node.value)
            ):
                yield str(path.relative_to(PACKAGE)), "ja", node.value


def _texts() -> list[tuple[str, str, str]]:
    due = [(f"due_text.{key}", lang, getattr(text, lang)) for key, text in WORDING.items()
           for lang in ("ja", "en")]  # fmt: skip
    return [*_data_texts(), *due, *_python_japanese()]


TEXTS = _texts()


def test_the_scan_reads_the_texts_that_name_the_day() -> None:
    """The scan is not empty: it reads the --save conflict errors and the Student footnote."""
    wheres = {where for where, _, _ in TEXTS}
    assert len(TEXTS) > 2000
    assert {
        "ui_calendar.toml.save_kind_trial_saved",
        "ui_renewal.toml.student_count_basis_trial",
    } <= wheres
    assert any(where.startswith("due_text.") for where in wheres)
    assert any(where.endswith(".py") for where in wheres)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_no_other_name_for_the_automatic_paid_renewal_date(lang: str) -> None:
    old = OLD_JA if lang == "ja" else OLD_EN
    found = [(where, text) for where, key, text in TEXTS if key == lang and old.search(text)]
    assert found == []


STUDENT_TRIAL_SAVED = ("trial", "2026-07-01", "--student", "--save")
TODAY = {"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-06"}  # one paragraph a line


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (
            ("renewal", "--plan", "student-annual", "--count", "6"),
            "保存した有料会員への自動更新日（2027年1月1日、目安）",
        ),
        (("renewal", "2027-01-01", "--save"), "無料体験から有料会員への自動更新日（目安）として"),
    ],
)
def test_the_saved_student_trial_screens_name_the_day_as_the_table_does(
    args: tuple[str, ...], needle: str
) -> None:
    from tests.support.clihelp import run

    assert run("--lang", "ja", *STUDENT_TRIAL_SAVED, env=TODAY).exit_code == 0
    shown = run("--lang", "ja", *args, env=TODAY)
    said = shown.stdout + shown.stderr
    assert needle in said
    assert "終了日" not in said
