"""The patterns kept compiled (tools/compile_patterns.py, primehelp/data/patterns): exactly what
``re`` makes of each pattern of primehelp on the Python running the tests, and used instead of
compiling (start-up: a Japanese screen compiled 16 patterns at every run)."""

from __future__ import annotations

import re
import sys

import pytest

from primehelp.lazy_pattern import LazyPattern, kept
from tests.support.clihelp import fresh_python
from tools import compile_patterns

KEPT_PYTHONS = {(3, 11), (3, 12), (3, 13)}  # tools/compile_patterns.py was run by each (CI's)
on_a_kept_python = pytest.mark.skipif(
    sys.implementation.name != "cpython" or sys.version_info[:2] not in KEPT_PYTHONS,
    reason="the kept forms are made for CPython 3.11–3.13; another Python compiles as usual",
)


@on_a_kept_python
def test_the_kept_module_holds_every_pattern_of_primehelp_as_re_compiles_it_now() -> None:
    sources = compile_patterns.package_sources()
    assert len(sources) > 100
    now = compile_patterns.kept_forms(sys.executable, sources)["kept"]
    assert isinstance(now, dict)
    forms = {
        source: (flags, compile_patterns.packed(code), groups, groupindex, tuple(indexgroup))
        for source, (flags, code, groups, groupindex, indexgroup) in now.items()
    }
    assert kept() == forms, "run `uv run python tools/compile_patterns.py --python …` (see it)"


@on_a_kept_python
def test_a_pattern_built_from_its_kept_form_is_the_pattern_re_compiles() -> None:
    lines = [
        "更新日は2026年12月6日（明日）です。`primehelp cancel --trial` を実行してください。",
        "Amazonプライム会員情報のページ：https://www.amazon.co.jp/mc「会員資格を終了する」",
        "5,900 yen for 10 months; 第12条の6、指定しない場合は 7,3,1。support@amazon.co.jp",
        "プライム会費（月間プラン）600円は、2026年11月6日に返金されます。",
    ]
    for source in kept():
        lazy, compiled = LazyPattern(source), re.compile(source)
        built = lazy.compiled
        assert (built.pattern, built.flags, built.groups) == (
            compiled.pattern,
            compiled.flags,
            compiled.groups,
        )
        assert built.groupindex == compiled.groupindex
        for line in lines:
            found = [(m.span(), m.groups()) for m in built.finditer(line)]
            assert found == [(m.span(), m.groups()) for m in compiled.finditer(line)], source


def test_a_pattern_not_kept_is_compiled_as_usual() -> None:
    source = r"(?P<year>\d{4})年の(?P<what>テスト用)"
    assert source not in kept()
    match = LazyPattern(source).search("これは2026年のテスト用です")
    assert match is not None and match.group("year", "what") == ("2026", "テスト用")


@on_a_kept_python
def test_a_japanese_screen_that_breaks_lines_compiles_no_pattern_of_primehelp() -> None:
    code = (
        "import atexit, os, re, sys\n"
        "from re import _compiler\n"
        "made = []\n"
        "compile_ = _compiler.compile\n"
        "def watched(pattern, flags=0):\n"
        "    made.append(pattern)\n"
        "    return compile_(pattern, flags)\n"
        "_compiler.compile = watched\n"
        "def report():\n"
        "    from primehelp.lazy_pattern import kept\n"
        "    mine = [p for p in made if p in kept()]\n"
        "    sys.stderr.write(f'\\nKEPT {len(kept())} COMPILED {mine}\\n')\n"
        "atexit.register(report)\n"
        "os.environ['COLUMNS'] = '40'\n"
        "sys.argv = ['primehelp', 'fees', '--lang', 'ja']\n"
        "from primehelp.__main__ import run\n"
        "run()\n"
    )
    last = fresh_python(code)[-1]
    assert last.startswith("KEPT ") and last.endswith(" COMPILED []"), last
    assert int(last.split()[1]) > 100  # the forms were there to use
