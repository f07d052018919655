"""LazyPattern: compiled at first use, then the same as ``re`` (start-up: break_units)."""

from __future__ import annotations

import re
import subprocess
import sys

from primehelp.lazy_pattern import LazyPattern


def test_lazy_pattern_matches_as_re_does_and_compiles_once() -> None:
    source = r"\d{4}年\d{1,2}月\d{1,2}日"
    lazy = LazyPattern(source)
    assert lazy._compiled is None
    line = "更新日は2026年12月6日、次は2027年1月6日です。"
    assert [m.span() for m in lazy.finditer(line)] == [m.span() for m in re.finditer(source, line)]
    first = lazy.compiled
    assert lazy.match(line) is None
    assert lazy.search(line) is not None and lazy.search(line).group() == "2026年12月6日"  # type: ignore[union-attr]
    assert lazy.match(line, 4) is not None
    assert lazy.compiled is first


def test_importing_break_units_compiles_none_of_its_patterns() -> None:
    code = (
        "import primehelp.output.break_units as b\n"
        "from primehelp.lazy_pattern import LazyPattern\n"
        "lazy = [v for v in vars(b).values() if isinstance(v, LazyPattern)]\n"
        "assert len(lazy) >= 15, len(lazy)\n"
        "print(sum(v._compiled is not None for v in lazy))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "0"
