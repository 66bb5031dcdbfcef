"""Time to the first question, shipped bank alone vs. with 10,000 extra questions, vs. a plain YAML parse.

Run: python benchmarks/bench_first_question.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).parent))
from synthetic import write_synthetic_bank
from timing import environment, median_seconds, peak_rss_mb, run_seconds

QUIZ = ["quiz", "-n", "1"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp:
        bank_file = write_synthetic_bank(Path(tmp) / "bank")
        shipped = environment(f"{tmp}/home-shipped")
        big = environment(f"{tmp}/home-big", str(bank_file.parent))
        cold = run_seconds(QUIZ, big)  # builds the compiled cache
        run_seconds(QUIZ, shipped)
        shipped_s = median_seconds(QUIZ, shipped, runs)
        big_s = median_seconds(QUIZ, big, runs)
        text = bank_file.read_text(encoding="utf-8")
        parses = []
        for _ in range(3):
            start = time.perf_counter()
            yaml.load(text, Loader=yaml.CSafeLoader)
            parses.append(time.perf_counter() - start)
        parse_s = statistics.median(parses)
        rss = peak_rss_mb(QUIZ, big)
    print(f"first question, shipped bank alone:        {shipped_s * 1000:7.0f} ms (median of {runs})")
    print(f"first question, + 10,000-question bank:    {big_s * 1000:7.0f} ms (median of {runs})")
    print(f"  ratio to shipped alone:                  {big_s / shipped_s:7.2f}x  (target <= 1.30x)")
    print(f"plain yaml.load(CSafeLoader) of that file: {parse_s * 1000:7.0f} ms (median of 3)")
    print(f"  first question / plain parse:            {big_s / parse_s:7.3f}   (target <= 0.125)")
    print(f"first run with the 10k bank (cache build): {cold * 1000:7.0f} ms")
    print(f"peak memory, quiz on the 10k bank:         {rss:7.1f} MB (target <= 80 MB)")


if __name__ == "__main__":
    main()
