"""Time to the first question, shipped bank vs. + 10,000 questions, interleaved in one home; the cold build
of that bank vs. a plain YAML parse (time and peak memory).

Run: python benchmarks/bench_first_question.py [--runs N]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))  # this checkout's mlprep, whatever is installed
from synthetic import write_synthetic_bank
from timing import environment, peak_rss_mb, run_seconds

QUIZ = ["quiz", "-n", "1"]
ROOT = Path(__file__).resolve().parents[1]
# Each probe prints "seconds peak-MB" for the work alone (imports done first) in a fresh interpreter.
PLAIN_PARSE = """
import resource, sys, time, yaml
start = time.perf_counter()
yaml.load(open(sys.argv[1], encoding="utf-8").read(), Loader=yaml.CSafeLoader)
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""
COLD_BUILD = """
import resource, sys, time
from pathlib import Path
from mlprep.bank.cache import Bank
start = time.perf_counter()
bank = Bank.open([Path(sys.argv[1])], Path(sys.argv[2]))
assert len(bank.parsed) == 1
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def probe(code: str, *args: str) -> tuple[float, float]:
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout.split()
    return float(out[0]), float(out[1])


def cached_files(home: str) -> int:
    """How many file versions the home's bank cache has ever stored (ids are never reused)."""
    conn = sqlite3.connect(Path(home) / "bank-cache.sqlite3")
    try:
        return conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'files'").fetchone()[0]
    finally:
        conn.close()


def interleaved(runs: int, tmp: str, bank: str) -> float:
    shipped = environment(f"{tmp}/home")
    big = environment(f"{tmp}/home", bank)  # the same home: the user switching banks
    run_seconds(QUIZ, shipped)  # builds the shipped part of the cache
    cold = run_seconds(QUIZ, big)
    stored = cached_files(shipped["MLPREP_HOME"])
    shipped_s, big_s = [], []
    for i in range(runs):
        pair = [(shipped, shipped_s), (big, big_s)]
        for env, times in pair if i % 2 == 0 else reversed(pair):
            times.append(run_seconds(QUIZ, env))
    parsed = cached_files(shipped["MLPREP_HOME"]) - stored
    rss_shipped, rss_big = peak_rss_mb(QUIZ, shipped), peak_rss_mb(QUIZ, big)
    ratio = statistics.median(big_s) / statistics.median(shipped_s)
    print(f"first question, one home, alternating runs ({runs} each; files parsed meanwhile: {parsed})")
    print(f"  shipped bank alone:                    {statistics.median(shipped_s) * 1000:7.0f} ms median")
    print(f"  + 10,000-question bank:                {statistics.median(big_s) * 1000:7.0f} ms median")
    print(f"  ratio:                                 {ratio:7.2f}x   (target <= 1.30x)")
    print(f"  peak memory, shipped / + 10k:          {rss_shipped:5.1f} / {rss_big:.1f} MB")
    print(f"  first run with the 10k bank (builds its part of the cache): {cold * 1000:.0f} ms")
    return statistics.median(big_s)


def cold_build(runs: int, tmp: str, bank_file: str) -> float:
    plain, build = [], []
    for i in range(runs):
        plain.append(probe(PLAIN_PARSE, bank_file))
        cache = Path(tmp) / f"cold-{i}.sqlite3"
        build.append(probe(COLD_BUILD, bank_file, str(cache)))
    plain_s, plain_mb = statistics.median(p[0] for p in plain), max(p[1] for p in plain)
    build_s, build_mb = statistics.median(b[0] for b in build), max(b[1] for b in build)
    print(f"cold build of the 10k file vs. a plain parse (fresh interpreter each, {runs} runs alternating)")
    print(f"  plain yaml.load(CSafeLoader):          {plain_s * 1000:7.0f} ms median, peak {plain_mb:6.1f} MB")
    print(f"  Bank.open into an empty cache:         {build_s * 1000:7.0f} ms median, peak {build_mb:6.1f} MB")
    print(f"  time ratio:                            {build_s / plain_s:7.2f}x   (target <= 1.20x)")
    print(f"  peak memory ratio:                     {build_mb / plain_mb:7.2f}x   (target <= 1.00x)")
    return plain_s


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--cold-runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bank_file = write_synthetic_bank(Path(tmp) / "bank")
        first_s = interleaved(args.runs, tmp, str(bank_file.parent))
        plain_s = cold_build(args.cold_runs, tmp, str(bank_file))
    print(f"first question with the 10k bank / plain parse: {first_s / plain_s:.3f}   (target <= 0.125)")


if __name__ == "__main__":
    main()
