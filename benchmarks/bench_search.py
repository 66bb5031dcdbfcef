"""`mlprep bank search` vs. `mlprep quiz -n 1` with the shipped bank plus a 10,000-question synthetic bank.

One home, the cache built first; runs alternate between quiz and three searches: a rare term (one
question matches), a term every synthetic question holds (10,000 hits ranked by bm25), and a
2-character Chinese term, which the trigram index cannot look up and is scanned for (10,000 hits).

Run: python benchmarks/bench_search.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))  # this checkout's mlprep, whatever is installed
from synthetic import write_synthetic_bank
from timing import environment, run_seconds

COMMANDS = {
    "quiz -n 1": ["quiz", "-n", "1"],
    "bank search concept 4242 (1 hit)": ["bank", "search", "concept", "4242"],
    "bank search 合成问题 (10,000 hits, ranked)": ["bank", "search", "合成问题"],
    "bank search 梯度 (2 characters, scanned)": ["bank", "search", "梯度"],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=11)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp:
        bank = str(write_synthetic_bank(Path(tmp) / "bank").parent)
        env = environment(f"{tmp}/home", bank)
        for args in COMMANDS.values():
            run_seconds(args, env)  # the first builds the cache
        times: dict[str, list[float]] = {name: [] for name in COMMANDS}
        order = list(COMMANDS)
        for i in range(runs):
            shift = i % len(order)
            for name in order[shift:] + order[:shift]:
                times[name].append(run_seconds(COMMANDS[name], env))
    quiz = statistics.median(times["quiz -n 1"])
    print(f"shipped bank + 10,000 questions, one home, alternating runs ({runs} each), medians")
    for name, values in times.items():
        ms = statistics.median(values)
        ratio = "" if name == "quiz -n 1" else f"  {ms / quiz:5.2f}x quiz (target <= 1.20x)"
        pad = 45 - sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in name)
        print(f"  {name}{' ' * pad}{ms * 1000:6.0f} ms{ratio}")


if __name__ == "__main__":
    main()
