"""Batch grading: `mlprep grade` on a folder of submissions with --jobs 2 vs --jobs 1 (throughput), and its
per-file cost vs a separate `mlprep drill NAME --check FILE` process per file. Also the time of
`mlprep dev check` over every shipped drill.

The folder mixes correct files, every known-bug mutant and the starter of the logistic drill. Each side
runs once per round, alternating, and the medians are compared.

Run: python benchmarks/bench_grade.py [--files 200] [--rounds 3] [--separate 10]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from timing import MLPREP, environment

from mlprep.grader import catalog

DRILL = "logistic"


def make_folder(folder: Path, count: int) -> list[Path]:
    drill = catalog.find(DRILL)
    sources = [drill.reference, drill.starter, *(catalog.mutant_source(drill, m) for m in catalog.mutants(drill))]
    files = []
    for i in range(count):
        path = folder / f"student_{i:03d}.py"
        path.write_text(sources[i % len(sources)] if i % 3 else drill.reference)
        files.append(path)
    return files


def timed(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run([*MLPREP, *args], env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    if done.returncode not in (0, 1):  # 1: some submissions failed, as intended
        raise SystemExit(f"mlprep {' '.join(args)} exited with {done.returncode}")
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--separate", type=int, default=10, help="files checked by separate processes")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as home, tempfile.TemporaryDirectory() as tmp:
        env = environment(home)
        files = make_folder(Path(tmp), options.files)
        one, two, separate = [], [], []
        for _ in range(options.rounds):
            one.append(timed(["grade", DRILL, tmp, "--jobs", "1"], env))
            two.append(timed(["grade", DRILL, tmp, "--jobs", "2"], env))
            separate.append(
                statistics.mean(timed(["drill", DRILL, "--check", str(f)], env) for f in files[: options.separate])
            )
        dev = [timed(["dev", "check"], env) for _ in range(options.rounds)]
    n = options.files
    t1, t2, per_check = statistics.median(one), statistics.median(two), statistics.median(separate)
    print(f"mlprep grade {DRILL}, {n} files, --jobs 1: {t1:.1f} s ({n / t1:.1f} files/s)")
    print(f"mlprep grade {DRILL}, {n} files, --jobs 2: {t2:.1f} s ({n / t2:.1f} files/s)")
    print(f"throughput --jobs 2 / --jobs 1: {t1 / t2:.2f}x (target >= 1.7x)")
    print(f"separate `mlprep drill --check` per file: {per_check * 1000:.0f} ms")
    print(f"per-file cost in `grade --jobs 1` / separate process: {t1 / n / per_check:.2f} (target <= 0.5)")
    print(f"mlprep dev check, all {len(catalog.drills())} shipped drills: {statistics.median(dev):.1f} s")


if __name__ == "__main__":
    main()
