"""Looking at processes from tests."""

from __future__ import annotations

import os
import time
from pathlib import Path


def alive(pid: int) -> bool:
    """Whether `pid` is a live process (a zombie has already died)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat[stat.rindex(")") + 2] != "Z"


def live() -> dict[int, int]:
    """pid → parent pid of every live process."""
    table = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(entry.path, "stat").read_text()
            except OSError:
                continue
            fields = stat[stat.rindex(")") + 2 :].split()
            if fields[0] != "Z":
                table[int(entry.name)] = int(fields[1])
    return table


def descendants(root: int, apart: set[int] | frozenset = frozenset()) -> set[int]:
    """Every live process below `root` (which, as a child subreaper, keeps even orphans below it), except
    the subtrees of the children in `apart`."""
    table = live()
    found: set[int] = set()
    frontier = [root]
    while frontier:
        parent = frontier.pop()
        children = {pid for pid, ppid in table.items() if ppid == parent and pid not in found | apart}
        found |= children
        frontier += children
    return found


def ticks() -> int:
    """Now, in the clock ticks since boot that /proc gives start times in."""
    return int(time.clock_gettime(time.CLOCK_BOOTTIME) * os.sysconf("SC_CLK_TCK")) + 1


def in_namespace(namespace: str, started_by: int) -> set[int]:
    """Live processes in this pid namespace (e.g. "pid:[4026532481]") that started by `started_by` (see
    `ticks`): the kernel reuses a dead namespace's number for new ones, whose processes start later."""
    found = set()
    for pid in live():
        try:
            if os.readlink(f"/proc/{pid}/ns/pid") == namespace:
                stat = Path(f"/proc/{pid}/stat").read_text()
                if int(stat[stat.rindex(")") + 2 :].split()[19]) <= started_by:
                    found.add(pid)
        except OSError:
            continue
    return found
