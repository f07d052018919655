"""How long ``charge`` takes on long input: a long statement text (TEXT) and statement files of
many Amazon lines (review 47c, items 5 and 6).

A measurement, not a test. Run it with ``uv run python benchmarks/statement.py [--runs N]``.

- "TEXT n": ``charge --json 600 TEXT`` with TEXT 「AMAZON PRIME」 repeated to n characters (at
  most :data:`primehelp.amounts.LONGEST_TEXT`; a longer one is refused at once), and with n
  characters of distinct words after it.
- "file n": ``charge --json --statement FILE`` on a Rakuten-layout file of n rows, four in five
  Amazon lines (the review's generator: Prime, DOWNLOADS, AMAZON.CO.JP, a look-alike, refunds),
  up to the :data:`primehelp.statement_refusals.MOST_AMAZON_LINES` a file is read with, and a
  file of 5 MB (refused: its figure is the time to say so).
Figures are wall time of the command (a fresh process), median of N runs.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_HEADER = '"利用日","利用店名・商品名","利用者","支払方法","利用金額"\n'
_TEXTS = ["AMAZON PRIME", "AMAZON DOWNLOADS", "AMAZON.CO.JP", "ローソン", "AMAZ0N PRIME"]
_AMOUNTS = ["600", "980", "5900", "1200", "-600"]


def _file(rows: int | None, size: int | None = None) -> str:
    """The review's file: ``rows`` rows, or as many as make ``size`` bytes."""
    rng = random.Random(1)
    parts, length, i = [_HEADER], len(_HEADER.encode()), 0
    while (rows is not None and i < rows) or (size is not None and length < size):
        line = (
            f'"2026/{i % 11 + 1:02d}/{i % 28 + 1:02d}","{rng.choice(_TEXTS)}","本人","1回払い",'
            f'"{rng.choice(_AMOUNTS)}"\n'
        )
        parts.append(line)
        length += len(line.encode())
        i += 1
    return "".join(parts)


def _wall(args: list[str], runs: int) -> float:
    primehelp = str(Path(sys.executable).with_name("primehelp"))
    env = {"PRIMEHELP_TODAY": "2026-12-06", "PATH": "/usr/bin:/bin"}
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([primehelp, *args], capture_output=True, env=env, timeout=600)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    for size in (100, 300, 5_200):
        text = ("AMAZON PRIME " * (size // 13 + 1))[:size].strip()
        print(
            f"TEXT {size:>7,} chars, Amazon's words: {_wall(['charge', '--json', '600', text], runs):6.2f} s"
        )
        words = ("AMAZON PRIME " + " ".join(f"W{i}" for i in range(size)))[:size].strip()
        print(
            f"TEXT {size:>7,} chars, distinct words: {_wall(['charge', '--json', '600', words], runs):6.2f} s"
        )
    with tempfile.TemporaryDirectory() as folder:
        for rows in (1_000, 2_400, None):
            path = Path(folder) / f"{rows}.csv"
            path.write_text(_file(rows, None if rows else 5_000_000), encoding="utf-8")
            name = f"{rows:,} rows" if rows else "5 MB"
            took = _wall(["charge", "--json", "--statement", str(path)], runs)
            print(f"file {name:>12}: {took:6.2f} s")


if __name__ == "__main__":
    main()
