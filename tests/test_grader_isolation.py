"""The isolation in its other settings: the hostile suite again as an unprivileged user and with isolation
forced off (MLPREP_SANDBOX=process) (see hostile_runs.py), and what happens where the kernel refuses user
namespaces: the check falls back and says so once, or, if namespaces were demanded, stops with one line.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mlprep.grader import catalog

import hostile_runs

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("unshare") is None, reason="needs Linux's unshare(1)"
)

ROOT = os.geteuid() == 0


def test_hostile_suite_with_isolation_forced_off() -> None:
    code, output = hostile_runs.finished("fallback")
    if code and output.startswith("unshare:"):
        pytest.skip(f"no private pid namespace for the run here ({output.strip()}); this run is the fallback's")
    assert code == 0, output[-6000:]
    assert " passed" in output and "skipped" in output  # what process-level isolation cannot hold is skipped


@pytest.mark.skipif(not ROOT, reason="dropping to another user needs root; this run is unprivileged already")
def test_hostile_suite_as_an_unprivileged_user() -> None:
    code, output = hostile_runs.finished("nobody")
    assert code == 0, output[-6000:]
    assert " passed" in output


def _without_user_namespaces(
    tmp_path: Path, mlprep_home: Path, *options: str, sandbox: str = ""
) -> subprocess.CompletedProcess:
    """`mlprep drill logistic --check` where no user namespace may be created (max_user_namespaces = 0)."""
    solution = tmp_path / "solution.py"
    solution.write_text(catalog.find("logistic").reference)
    env = {k: v for k, v in os.environ.items() if not k.startswith("MLPREP_")}
    env |= {"MLPREP_HOME": str(mlprep_home), "PYTHONPATH": str(hostile_runs.REPO)}
    if sandbox:
        env["MLPREP_SANDBOX"] = sandbox
    command = [sys.executable, "-m", "mlprep", "drill", "logistic", "--check", str(solution), *options]
    script = "echo 0 > /proc/sys/user/max_user_namespaces && exec " + " ".join(map(shlex.quote, command))
    wrap = ["unshare", "--user", "--map-root-user", "--pid", "--fork", "--mount", "--mount-proc"]
    if subprocess.run([*wrap, "true"], capture_output=True).returncode:
        pytest.skip("no user namespaces here to take away")
    return subprocess.run([*wrap, "sh", "-c", script], env=env, capture_output=True, text=True, timeout=120)


def test_where_the_kernel_refuses_the_check_falls_back_and_says_so_once(tmp_path: Path, mlprep_home: Path) -> None:
    done = _without_user_namespaces(tmp_path, mlprep_home, "--json")
    assert done.returncode == 0
    data = json.loads(done.stdout)
    assert data["passed"] and data["isolation"] == "process"
    [line] = done.stderr.splitlines()
    assert line.startswith("mlprep: weaker isolation: user namespaces are not available here")


def test_namespaces_demanded_where_the_kernel_refuses_is_a_one_line_error(tmp_path: Path, mlprep_home: Path) -> None:
    done = _without_user_namespaces(tmp_path, mlprep_home, sandbox="namespaces")
    assert done.returncode == 2 and done.stdout == ""
    [line] = done.stderr.splitlines()
    assert line.startswith("mlprep: MLPREP_SANDBOX=namespaces, but user namespaces are not available here")
