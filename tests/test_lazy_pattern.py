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


def test_a_text_failing_needs_is_not_searched_and_the_pattern_not_compiled() -> None:
    """Round 53 (start-up): ``needs``, a quick test every match passes, spares the compiling."""
    lazy = LazyPattern(r"\d+件", needs=lambda text: "件" in text)
    assert lazy.search("名前") is None and list(lazy.finditer("3日")) == []
    assert lazy.findall("abc") == [] and lazy.match("abc") is None
    assert lazy._compiled is None
    assert [m.group() for m in lazy.finditer("3件と12件")] == ["3件", "12件"]
    assert lazy._compiled is not None


def _with_needs() -> dict[str, LazyPattern]:
    from primehelp import message_above, message_links, message_requests
    from primehelp.output import break_units

    modules = (break_units, message_above, message_links, message_requests)
    return {
        f"{module.__name__}.{name}": pattern
        for module in modules
        for name, pattern in vars(module).items()
        if isinstance(pattern, LazyPattern) and pattern.needs is not None
    }


# Lines each pattern matches, and ones it must not miss: full-width digits (\d is Unicode's),
# a comma in a number, a count at a line's start, an English request.
_MATCHING = (
    "2件",
    "・停止・制限を求める文面（２件）",
    "1,000件の注文",
    "あと3日",
    "更新日は2026年12月6日（明日）",
    "解約の目安日：2026年12月23日",
    "使える形式：2026-11-01、",
    "以下の情報をご返信ください",
    "下記をご確認ください",
    "次の項目をご入力ください",
    "please reply with the following",
    "see below",
    "上記の内容",
    "前記のとおり",
    "以上の情報",
    "the above details",
    "カード番号:",
    "お名前(全角):__",
    "詳しくはamazon-co-jp.top/loginへ",
    "amazon.co.jp.xn--secure-9k4c.info",
)


def test_needs_passes_every_line_its_pattern_matches() -> None:
    """A ``needs`` that fails a line the pattern matches would change output: every screen of
    the golden transcripts and the lines above are searched with and without it."""
    from tests.support.golden import GOLDEN_DIR

    lines = {line for path in GOLDEN_DIR.glob("*.txt") for line in path.read_text().splitlines()}
    lines.update(_MATCHING)
    patterns = _with_needs()
    assert len(patterns) >= 7, sorted(patterns)
    for name, lazy in patterns.items():
        compiled = re.compile(lazy.source)
        matched = [line for line in lines if compiled.search(line)]
        assert matched, name  # the corpus holds lines it matches
        assert [line for line in matched if not lazy.needs(line)] == [], name  # type: ignore[misc]


def test_the_benchmark_sms_compiles_no_break_unit_it_cannot_match() -> None:
    """Round 53: the benchmark's SMS (its lines have no 「：」, no date, no count) compiles
    neither the label, date nor count patterns of the line breaker, nor check-message's
    「以下」「上記」 and form-label patterns, nor the bare domain's (its domain is in its URL)."""
    code = (
        "import atexit, sys\n"
        "from primehelp.__main__ import run\n"
        "def report():\n"
        "    from primehelp import message_above as a, message_links as m, message_requests as r\n"
        "    from primehelp.output import break_units as b\n"
        "    lazy = {'label': b._LABEL, 'dated': b._DATED, 'counted': b._COUNTED,\n"
        "            'preceding': a._PRECEDING, 'following': r._FOLLOWING,\n"
        "            'blank': r._BLANK_LABEL, 'bare': m.BARE_DOMAIN, 'word': b._WORD}\n"
        "    compiled = sorted(k for k, p in lazy.items() if p._compiled is not None)\n"
        "    sys.stderr.write(f'\\nCOMPILED {compiled}\\n')\n"
        "atexit.register(report)\n"
        f"sys.argv = ['primehelp', 'check-message', '--text', {_SMS!r}]\n"
        "run()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8", timeout=60
    )
    assert done.returncode == 1, done.stderr[-2000:]
    assert done.stderr.splitlines()[-1] == "COMPILED ['word']"  # the lines were broken
