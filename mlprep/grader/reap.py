"""Killing a sandboxed process together with everything it started."""

from __future__ import annotations

import contextlib
import os
import signal
from pathlib import Path

PROC = Path("/proc")


def _table() -> dict[int, tuple[int, int, int]]:
    """pid → (ppid, process group, session) for every process, from /proc (empty where there is none)."""
    table: dict[int, tuple[int, int, int]] = {}
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
        table[int(entry.name)] = (int(fields[1]), int(fields[2]), int(fields[3]))
    return table


def _marked(pid: int, marker: bytes) -> bool:
    try:
        return marker in Path(PROC, str(pid), "environ").read_bytes()
    except OSError:
        return False


def tree(root: int, marker: bytes = b"") -> set[int]:
    """`root`'s process group and session members, all its descendants, and (if `marker` is given) every
    process whose environment contains it (`root` itself excluded)."""
    table = _table()
    found = {pid for pid, (_, group, session) in table.items() if root in (group, session)}
    if marker:
        found |= {pid for pid in table if pid != os.getpid() and _marked(pid, marker)}
    frontier = [root, *found]
    while frontier:
        parent = frontier.pop()
        for pid, (ppid, _, _) in table.items():
            if ppid == parent and pid not in found:
                found.add(pid)
                frontier.append(pid)
    found.discard(root)
    return found


def kill_tree(root: int, marker: bytes = b"") -> None:
    """SIGKILL `root` (a session leader), its group, and every process found under it, until none is left.

    The worker adopts orphaned grandchildren (PR_SET_CHILD_SUBREAPER), so even a double fork that called
    setsid is still a descendant while the worker lives; the environment `marker` catches what escaped
    anyway (say, after the worker itself was made to exit). Hence the tree is taken before `root` dies.
    """
    for _ in range(5):
        victims = tree(root, marker)
        for pid in victims:
            _kill(pid)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(root, signal.SIGKILL)
        _kill(root)
        if not victims:
            return


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.kill(pid, signal.SIGKILL)
