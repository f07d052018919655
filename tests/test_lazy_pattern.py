"""LazyPattern: compiled at first use, then the same as ``re`` (start-up: break_units)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from primehelp.lazy_pattern import LazyPattern
from tests.support.clihelp import fresh_python


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


def test_fullmatch_as_re() -> None:
    lazy = LazyPattern(r"\d{4}-\d{2}-\d{2}")
    for text in ("2026-12-06", "2026-12-06x", " 2026-12-06", "20261206"):
        found, expected = lazy.fullmatch(text), re.fullmatch(lazy.source, text)
        assert (found and found.span()) == (expected and expected.span())


# The benchmark's SMS (benchmarks/startup.py): a plain --text run, no line broken inside a
# sentence, no look-alike name, no option followed by another option.
_SMS = "【Amazon】プライム会費のお支払い方法に問題があります https://amazon-co-jp.top/"


def test_a_plain_sms_compiles_no_pattern_only_some_messages_need() -> None:
    """Round 51 (start-up): compiled at their first use, not at import, and this run needs none."""
    code = (
        "import atexit, re, sys\n"
        "from primehelp.__main__ import run\n"
        "def report():\n"
        "    from primehelp import message_names, message_quote\n"
        "    from primehelp.cli import valueless\n"
        "    lazy = [message_quote._GOES_ON, *message_names._EXAMPLES]\n"
        "    compiled = [p.source for p in lazy if p._compiled is not None]\n"
        "    option_like = [k for k in re._cache if valueless._OPTION_LIKE in k]\n"
        "    sys.stderr.write(f'\\nLAZY {len(lazy)} {compiled} {option_like}\\n')\n"
        "atexit.register(report)\n"
        f"sys.argv = ['primehelp', 'check-message', '--text', {_SMS!r}]\n"
        "run()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8", timeout=60
    )
    assert done.returncode == 1, done.stderr[-2000:]  # red flags found: the probe ran the check
    assert done.stderr.splitlines()[-1] == "LAZY 3 [] []"


_EVERY_PATTERN_USED = """
import atexit, re, sys
compile_ = re.compile
made = []
class Watched:
    def __init__(self, pattern, where):
        self._pattern, self._where, self._used = pattern, where, False
        made.append(self)
    def __getattr__(self, name):
        self._used = True
        return getattr(self._pattern, name)
def watched(pattern, flags=0):
    compiled = compile_(pattern, flags)
    frame = sys._getframe(1)
    module = frame.f_globals.get("__name__", "")
    if module.startswith("primehelp") and frame.f_code.co_name == "<module>":
        return Watched(compiled, f"{module}:{frame.f_lineno}")
    return compiled
re.compile = watched
atexit.register(lambda: print("UNUSED", *[p._where for p in made if not p._used], file=sys.stderr))
sys.argv[0] = "primehelp"
from primehelp.__main__ import run
run()
"""


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("check-message", "--text", _SMS), 1),
        (("fees",), 0),
        (("renewal", "2026-12-31", "--plan", "monthly"), 0),
        (("charge", "980", "AMAZON", "DOWNLOADS"), 0),
        (("cancel", "--no-interactive"), 0),
    ],
)
def test_the_benchmark_s_commands_compile_no_pattern_at_import_they_do_not_use(
    args: tuple[str, ...], code: int
) -> None:
    """Round 51 (start-up, benchmarks/startup.py's commands near their budget): a pattern that
    a module compiles when it is imported is one the run uses; one for other inputs only is a
    LazyPattern (or compiled where it is used)."""
    assert fresh_python(_EVERY_PATTERN_USED, *args, exit_code=code)[-1] == "UNUSED"
