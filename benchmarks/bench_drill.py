"""Grading a drill end to end vs. a bare pytest run of 20 similar tests on the same file.

Both sides check the same correct logistic-regression file: `mlprep drill logistic --check FILE` (all
hidden tests in the sandboxed child, diagnosis, the attempt recorded in the store) against
`python -m pytest -q` on 20 plain tests that import the file and compare with inline numpy expressions,
run in an empty directory (no conftest, no plugins' caches). `mlprep drill list` is shown for scale: the
CLI's own start-up (imports, Typer's argument parsing) without any grading; the check is also timed with
isolation forced off (MLPREP_SANDBOX=process).

The isolation set-up itself is timed with a bare worker that only confines itself (no numpy, no job): how
long `confine.enter()` takes until the worker could import numpy, and the whole process from start to
exit, with namespaces and with process-level isolation. A check hides most of it behind its own work.

Run: python benchmarks/bench_drill.py [--runs N]   (best on an otherwise idle machine)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from timing import MLPREP, environment

from mlprep import paths
from mlprep.grader import catalog, confine, sandbox

CONFINE = Path(confine.__file__).resolve()

PYTEST_FILE = """
import importlib.util
import numpy as np
import pytest

spec = importlib.util.spec_from_file_location("solution", "solution.py")
sol = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sol)


def batch(seed, m, n):
    rng = np.random.default_rng(seed)
    return rng.normal(size=(m, n)), (rng.random(m) < 0.5).astype(float), rng.normal(size=n), float(rng.normal())


def expected(X, y, W, b):
    z = X @ W + b
    p = 1 / (1 + np.exp(-z))
    return p, np.mean(np.logaddexp(0, z) - y * z), X.T @ (p - y) / len(y), np.mean(p - y)


@pytest.mark.parametrize("seed", range(8))
def test_sigmoid(seed):
    x = np.random.default_rng(seed).normal(size=20) * 4
    np.testing.assert_allclose(sol.sigmoid(x), 1 / (1 + np.exp(-x)), rtol=1e-7)


@pytest.mark.parametrize("seed,m,n", [(s, 5 + 3 * s, 1 + s % 4) for s in range(8)])
def test_logistic(seed, m, n):
    args = batch(seed, m, n)
    for got, want in zip(sol.logistic(*args), expected(*args)):
        np.testing.assert_allclose(got, want, rtol=1e-6)


def test_sigmoid_extremes():
    with np.errstate(all="raise", under="ignore"):
        p = sol.sigmoid(np.array([-1000.0, 0.0, 1000.0]))
    np.testing.assert_allclose(p, [0.0, 0.5, 1.0])


def test_extreme_loss():
    X = np.array([[1000.0], [-1000.0]])
    assert sol.logistic(X, np.array([0.0, 1.0]), np.ones(1), 0.0)[1] == pytest.approx(1000.0)


@pytest.mark.parametrize("epochs", [0, 30])
def test_train(epochs):
    X, y, _, _ = batch(9, 25, 3)
    W, b = np.zeros(3), 0.0
    for _ in range(epochs):
        _, _, dW, db = expected(X, y, W, b)
        W, b = W - 0.5 * dW, b - 0.5 * db
    got_W, got_b = sol.train(X, y, lr=0.5, epochs=epochs)
    np.testing.assert_allclose(got_W, W, rtol=1e-6, atol=1e-12)
    assert got_b == pytest.approx(b, rel=1e-6, abs=1e-12)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    drill = catalog.find("logistic")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "solution.py").write_text(drill.reference)
        (work / "test_solution.py").write_text(PYTEST_FILE)
        (work / "pytest.ini").write_text("[pytest]\n")
        env = environment(f"{tmp}/home")
        check = [*MLPREP, "drill", "logistic", "--check", str(work / "solution.py")]
        bare = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_solution.py"]
        collected = subprocess.run([*bare, "--collect-only"], cwd=work, env=env, capture_output=True, text=True)
        n_tests = sum(1 for line in collected.stdout.splitlines() if "::" in line)
        floor = [*MLPREP, "drill", "list"]
        process = {**env, sandbox.MODE_VARIABLE: "process"}
        commands = {"check": (check, env), "process": (check, process), "pytest": (bare, env), "floor": (floor, env)}
        times: dict[str, list[float]] = {name: [] for name in commands}
        for round_ in range(runs + 1):  # alternate, so load changes hit all; round 0 warms the caches
            for name, (command, variables) in commands.items():
                start = time.perf_counter()
                subprocess.run(
                    command, cwd=work, env=variables, stdin=subprocess.DEVNULL, capture_output=True, check=True
                )
                if round_:
                    times[name].append(time.perf_counter() - start)
        setup = isolation_setup(work, runs)
    rows = [
        (f"mlprep drill logistic --check ({len(catalog.suite(drill).cases)} hidden tests, sandboxed)", times["check"]),
        (f"bare pytest, {n_tests} tests on the same file", times["pytest"]),
        ("for scale: mlprep drill list (same CLI start-up, no grading)", times["floor"]),
        ("for scale: the check with MLPREP_SANDBOX=process", times["process"]),
    ]
    for label, values in rows:
        print(f"{label:60s} {statistics.median(values) * 1000:5.0f} ms median, {min(values) * 1000:5.0f} ms best")
    for label, pick in (("median", statistics.median), ("best", min)):
        ratio = pick(times["check"]) / pick(times["pytest"])
        print(f"  ratio ({label}, {runs} runs each):{'':32s}{ratio:5.2f}x  (target <= 1.25x)")
    print("isolation alone (a worker that only confines itself; no numpy, no job):")
    for mode, values in setup.items():
        inner, whole = (statistics.median(v[i] for v in values) for i in (0, 1))
        print(f"  {mode:11s} set-up {inner:5.1f} ms median; whole process {whole:5.0f} ms median")
    pairs = zip(setup["namespaces"], setup["process"], strict=True)
    extra = statistics.median(ns[1] - pr[1] for ns, pr in pairs)
    print(f"  namespaces cost, whole process (median of paired differences): {extra:5.1f} ms")


CONFINE_ONLY = """
import importlib.util, json, os, sys, time
spec = importlib.util.spec_from_file_location("_mlprep_confine", sys.argv[1])
confine = sys.modules[spec.name] = importlib.util.module_from_spec(spec)
spec.loader.exec_module(confine)
start = time.perf_counter()
box = confine.enter(json.loads(sys.argv[2]))
box.ready()
print((time.perf_counter() - start) * 1000, flush=True)
"""


def isolation_setup(work: Path, runs: int) -> dict[str, list[tuple[float, float]]]:
    """(set-up ms, whole process ms) of a worker that only confines itself, with each isolation: `enter()`
    up to the worker being ready to import numpy, and the process from start to exit (teardown included)."""
    secret, private = [str(paths.PACKAGE_DIR), str(paths.shipped_drills()), str(work / "home")], [str(Path.home())]
    times: dict[str, list[tuple[float, float]]] = {"namespaces": [], "process": []}
    for round_ in range(runs + 1):
        for mode, values in times.items():
            control_r, control_w = os.pipe()
            plan = {
                "mode": mode,
                "control": control_w,
                "pipes": [],
                "parent": os.getpid(),
                "scratch": str(work / f"scratch-{round_}-{mode}"),
                "secret": secret,
                "private": private,
            }
            command = [sys.executable, "-I", "-c", CONFINE_ONLY, str(CONFINE), json.dumps(plan)]
            start = time.perf_counter()
            done = subprocess.run(command, pass_fds=(control_w,), capture_output=True, text=True, check=True)
            whole = (time.perf_counter() - start) * 1000
            os.close(control_w)
            said = os.read(control_r, 4096).decode()
            os.close(control_r)
            assert f"isolation {mode}" in said, said
            if round_:
                values.append((float(done.stdout), whole))
    return times


if __name__ == "__main__":
    main()
