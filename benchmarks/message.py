"""How long ``check-message``'s domain takes: a 1 MB mail, a short SMS, and the cost of its imports.

A measurement, not a test (issue 14 asks "a 1 MB mail is checked in under a second on the
benchmark machine"). Run it with ``uv run python benchmarks/message.py [--runs N]``.

- "1 MB mail": a UTF-8 HTML mail of about 1 MB (base64) whose only link hides a foreign target
  behind amazon.co.jp text, checked in this process after one warm-up; median of N runs.
- "fresh SMS": a new interpreter imports ``primehelp.message`` and its content loader, loads the content and checks a
  short scam SMS with a foreign link (so the Public Suffix List is parsed), as the command
  will; the figure is the wall time of that child minus ``python -c pass``.
- "PSL": import of ``publicsuffixlist`` and the first parse + lookup, in a fresh interpreter.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

SMS = "【Amazon】プライム会費のお支払い方法に問題があります。https://amazon-prime-jp.top/"

FRESH = f"""
import time
start, cpu = time.perf_counter(), time.process_time()
from primehelp.content.message import load as load_content
from primehelp.message import check_message
result = check_message({SMS!r}, load_content())
assert result.red_flags
print((time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000)
"""

PSL = """
import time
start = time.perf_counter()
from publicsuffixlist import PublicSuffixList
imported = time.perf_counter()
psl = PublicSuffixList(accept_unknown=False, accept_encoded_idn=False)
psl.privatesuffix("www.amazon.co.jp.evil.info")
done = time.perf_counter()
import resource
print((imported - start) * 1000, (done - imported) * 1000,
      resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def _mail() -> bytes:
    sys.path.insert(0, ".")
    from tests.support.message_corpus import eml

    filler = "<p>ご注文ありがとうございます。お届け予定日は12月3日です。</p>\n" * 8000
    tail = '<a href="https://evil.example/pay">https://www.amazon.co.jp/</a>'
    return eml(subject="ご注文の確認", sender="Amazon.co.jp <a@amazon.co.jp>", html=filler + tail)


def _child(code: str) -> list[float]:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return [float(x) for x in done.stdout.split()]


def _wall(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True, timeout=120)
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    runs = parser.parse_args().runs

    from primehelp.content.message import load as load_content
    from primehelp.message import check_message

    content = load_content()
    mail = _mail()
    check_message(mail, content)  # warm-up: regex compilation, the suffix list
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = check_message(mail, content)
        times.append((time.perf_counter() - start) * 1000)
    assert result.red_flags
    print(
        f"1 MB mail ({len(mail) / 1e6:.2f} MB): median {statistics.median(times):.0f} ms, max {max(times):.0f} ms"
    )

    # review 46a item 8: one long run without a space (a pasted base64 chunk) was quadratic
    run_on = "Amazon " + "x" * 200_000 + " http://evil.top/"
    start = time.perf_counter()
    check_message(run_on, content)
    print(f"200 KB without a space: {(time.perf_counter() - start) * 1000:.0f} ms")

    # review 55a B 2: thousands of link lines, each joined to the sentence before it, were
    # quadratic in time and memory (30,000 links: over 10 minutes, 9.3 GB)
    many_links = "Amazonです。お支払い情報を更新してください。\n" + "\n".join(
        f"https://amaz0n-{i}.example.com/login?id={i}" for i in range(30_000)
    )
    start = time.perf_counter()
    check_message(many_links, content)
    print(
        f"30,000 link lines ({len(many_links.encode()) / 1e6:.1f} MB): "
        f"{(time.perf_counter() - start) * 1000:.0f} ms"
    )

    fresh = [
        _wall([sys.executable, "-c", FRESH]) - _wall([sys.executable, "-c", "pass"])
        for _ in range(runs)
    ]
    inner = [_child(FRESH) for _ in range(runs)]
    wall, cpu = (statistics.median(i[k] for i in inner) for k in (0, 1))
    print(
        f"fresh SMS: +{statistics.median(fresh):.0f} ms over python -c pass "
        f"(in-process {wall:.0f} ms wall, {cpu:.0f} ms CPU)"
    )

    psl = [_child(PSL) for _ in range(runs)]
    print(
        "publicsuffixlist: import {:.1f} ms, parse + first lookup {:.1f} ms, peak RSS {:.1f} MB".format(
            *(statistics.median(p[i] for p in psl) for i in range(3))
        )
    )


if __name__ == "__main__":
    main()
