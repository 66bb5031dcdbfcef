"""The hostile suite's other runs: as an unprivileged user and with isolation forced off
(MLPREP_SANDBOX=process), each a pytest process alone in a new pid namespace with a private /tmp and
/dev/shm, so that it can compare full process and file listings (MLPREP_TEST_ALONE=1).

test_grader_hostile.py starts them as it begins, when test_grader_isolation.py is also being run, so that
they overlap it; test_grader_isolation.py waits for them. Dropping to another user needs root.
"""

from __future__ import annotations

import atexit
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NOBODY = 65534
ROOT = os.geteuid() == 0
_runs: dict[str, tuple[subprocess.Popen, Path]] = {}


def _unreachable(path: str) -> list[tuple[str, str]]:
    """(directory, child) pairs on the way to `path` where others may not enter the directory."""
    pairs = []
    parts = Path(path).parts
    for i in range(1, len(parts) - 1):
        directory = Path(*parts[:i])
        if not os.stat(directory).st_mode & 0o001:
            pairs.append((str(directory), parts[i]))
    return pairs


def _needed() -> set[str]:
    """What a run needs to reach: the interpreter, its prefixes, the repository."""
    return {os.path.realpath(sys.executable), sys.prefix, sys.base_prefix, str(REPO)}


def _private_tmp() -> str:
    """Shell lines that give the run its own /tmp and /dev/shm, keeping what it needs that lives in /tmp
    (a checkout or virtualenv there) by holding it on the new /dev/shm while /tmp is replaced."""
    tops = sorted({Path(*Path(p).parts[:3]) for p in _needed()})  # e.g. /tmp/checkout
    kept = [shlex.quote(str(top)) for top in tops if top.parent == Path("/tmp")]
    hold = [f"/dev/shm/keep{n}" for n in range(len(kept))]
    return "\n".join(
        [
            "mount -t tmpfs -o mode=1777 tmpfs /dev/shm",
            *(f"mkdir {h} && mount --bind {k} {h}" for k, h in zip(kept, hold, strict=True)),
            "mount -t tmpfs -o mode=1777 tmpfs /tmp",
            *(f"mkdir {k} && mount --bind {h} {k}" for k, h in zip(kept, hold, strict=True)),
        ]
    )


def _opened_up() -> str:
    """Shell lines that, in a private mount namespace, let any user reach the interpreter and the repo:
    a directory others may not enter (say /root) is covered with an open tmpfs holding only the one child
    on the way, bind-mounted back."""
    lines = []
    for n, (directory, child) in enumerate(sorted({p for path in _needed() for p in _unreachable(path)})):
        hold, inner = f"/tmp/hold{n}", shlex.quote(f"{directory}/{child}")
        lines += [
            f"mkdir {hold}",
            f"mount --bind {inner} {hold}",
            f"mount -t tmpfs -o mode=755 tmpfs {shlex.quote(directory)}",
            f"mkdir {inner}",
            f"mount --bind {hold} {inner}",
        ]
    return "\n".join(lines)


def _hostile_run(tmp: Path, name: str, environment: dict[str, str], user: int | None) -> subprocess.Popen:
    """Start the hostile suite alone in a pid namespace with its own /tmp and /dev/shm; output to a file."""
    pytest_command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--basetemp=/tmp/base/t"]
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": "/tmp/base",
        "PYTHONPATH": str(REPO),
        "PYTHONDONTWRITEBYTECODE": "1",
        "MLPREP_TEST_ALONE": "1",
        **environment,
    }
    drop = f"setpriv --reuid={user} --regid={user} --clear-groups " if user is not None else ""
    script = "\n".join(
        [
            "set -e",
            _private_tmp(),
            _opened_up() if user is not None else "",
            "mkdir -m 777 /tmp/base",
            f"exec {drop}env -i {' '.join(shlex.quote(f'{k}={v}') for k, v in env.items())} "
            + " ".join(map(shlex.quote, [*pytest_command, "tests/test_grader_hostile.py"])),
        ]
    )
    namespaces = ["--mount", "--pid", "--fork", "--mount-proc", "--propagation", "private"]
    if not ROOT:
        namespaces = ["--user", "--map-root-user", *namespaces]
    with open(tmp / f"{name}.log", "wb") as log:
        return subprocess.Popen(["unshare", *namespaces, "sh", "-c", script], cwd=REPO, stdout=log, stderr=log)


def start() -> None:
    """Start both runs (once), side by side; they are killed, and their logs removed, when we exit."""
    if _runs or shutil.which("unshare") is None:
        return
    tmp = Path(tempfile.mkdtemp(prefix="mlprep-hostile-runs-"))
    _runs["fallback"] = (_hostile_run(tmp, "fallback", {"MLPREP_SANDBOX": "process"}, None), tmp / "fallback.log")
    if ROOT:
        _runs["nobody"] = (_hostile_run(tmp, "nobody", {}, NOBODY), tmp / "nobody.log")
    atexit.register(_stop, tmp)


def pids() -> set[int]:
    """The runs' own processes (each the root of its run's processes)."""
    return {proc.pid for proc, _ in _runs.values()}


def finished(name: str) -> tuple[int, str]:
    """Wait for run `name` (starting both if need be): its exit status and output."""
    start()
    proc, log = _runs[name]
    proc.wait(timeout=600)
    return proc.returncode, log.read_text(errors="replace")


def _stop(tmp: Path) -> None:
    for proc, _ in _runs.values():
        proc.kill()
        proc.wait()
    shutil.rmtree(tmp, ignore_errors=True)
