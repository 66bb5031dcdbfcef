"""Finding and killing the processes of a run that had no pid namespace to end (the fallback), and the
/proc facts the sandbox needs about its workers. Where there is no /proc (macOS) only the worker's
process group and session can be found."""

from __future__ import annotations

import contextlib
import os
import signal
import time
from pathlib import Path

PROC = Path("/proc")
KILL_SECONDS = 2.0


def _table() -> dict[int, tuple[int, int, int, int]]:
    """pid → (ppid, process group, session, start time) for every live process (zombies have died), from
    /proc (empty where there is none)."""
    table: dict[int, tuple[int, int, int, int]] = {}
    if not PROC.is_dir():
        return table
    for entry in os.scandir(PROC):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        if fields[0] != "Z":
            table[int(entry.name)] = (int(fields[1]), int(fields[2]), int(fields[3]), int(fields[19]))
    return table


def started(pid: int) -> int:
    """When `pid` started, in clock ticks since boot (0 where unknown)."""
    try:
        stat = Path(PROC, str(pid), "stat").read_text()
    except OSError:
        return 0
    return int(stat[stat.rindex(")") + 2 :].split()[19])


def pid_namespace(pid: int) -> str:
    """The pid namespace `pid` is in, e.g. "pid:[4026532481]" ("" if it is gone or hidden)."""
    try:
        return os.readlink(PROC / str(pid) / "ns" / "pid")
    except OSError:
        return ""


def _marked(pid: int, marker: bytes) -> bool:
    try:
        return marker in Path(PROC, str(pid), "environ").read_bytes()
    except OSError:
        return False


def tree(root: int, marker: bytes = b"", since: int = 0, exclude: set[int] | frozenset = frozenset()) -> set[int]:
    """`root`'s process group and session members, all its descendants, every process whose environment
    contains `marker` (if given), and (if `since` is given) every child of ours started since then that
    is not in `exclude`: orphans we adopted as a child subreaper. `root` itself is excluded."""
    table = _table()
    me = os.getpid()
    found = {pid for pid, (_, group, session, _) in table.items() if root in (group, session)}
    if marker:
        found |= {pid for pid in table if pid != me and _marked(pid, marker)}
    if since:
        found |= {pid for pid, (ppid, _, _, t) in table.items() if ppid == me and t >= since and pid not in exclude}
    frontier = [root, *found]
    while frontier:
        parent = frontier.pop()
        for pid, (ppid, _, _, _) in table.items():
            if ppid == parent and pid not in found:
                found.add(pid)
                frontier.append(pid)
    found.discard(root)
    return found


def kill_tree(root: int, marker: bytes = b"", since: int = 0, exclude: set[int] | frozenset = frozenset()) -> None:
    """SIGKILL `root` (a session leader), its group, and every process found under it (see `tree`) until
    none is left alive (for at most `KILL_SECONDS`), and reap those that had become our children.

    The worker adopts orphaned grandchildren (PR_SET_CHILD_SUBREAPER), and so does mlprep itself should
    the submission switch the worker's flag off; the environment `marker` catches what escaped anyway.
    The tree is taken before `root` dies, and `root` is left for its owner to reap. A killed process can
    take a moment to die (and, meanwhile, to fork), so the search goes on until it finds nothing.
    """
    killed: set[int] = set()
    end = time.monotonic() + KILL_SECONDS
    while True:
        victims = tree(root, marker, since, exclude)
        for pid in victims:
            _kill(pid)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(root, signal.SIGKILL)
        _kill(root)
        killed |= victims
        if not victims or time.monotonic() > end:
            break
        time.sleep(0.002)
    for pid in killed:
        with contextlib.suppress(ChildProcessError, OSError):
            os.waitpid(pid, os.WNOHANG)


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.kill(pid, signal.SIGKILL)
