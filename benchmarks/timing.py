"""Timing and memory of whole `mlprep` runs."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

MLPREP = [sys.executable, "-m", "mlprep"]


def run_seconds(args: list[str], env: dict[str, str]) -> float:
    """Wall time of one run with stdin from /dev/null; fails loudly if the command fails."""
    start = time.perf_counter()
    subprocess.run([*MLPREP, *args], env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def median_seconds(args: list[str], env: dict[str, str], runs: int) -> float:
    return statistics.median(run_seconds(args, env) for _ in range(runs))


def peak_rss_mb(args: list[str], env: dict[str, str]) -> float:
    """Peak resident memory of one run, measured from a fresh parent so no earlier child counts."""
    probe = (
        "import resource, subprocess, sys\n"
        "subprocess.run(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, check=True)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe, *MLPREP, *args], env=env, capture_output=True, text=True)
    return int(out.stdout) / 1024


def environment(home: str, bank: str | None = None) -> dict[str, str]:
    """A clean environment for mlprep runs; bytecode caching on, as on an installed copy."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MLPREP_") and k != "PYTHONDONTWRITEBYTECODE"}
    env["MLPREP_HOME"] = home
    if bank:
        env["MLPREP_BANK"] = bank
    return env
