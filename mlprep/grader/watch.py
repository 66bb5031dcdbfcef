"""Noticing when the learner saves their file."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


def changes(path: Path, poll: float = 0.25, sleep: Callable[[float], None] = time.sleep) -> Iterator[None]:
    """Yield at once, then each time `path` has been saved again and stayed unchanged for one poll.

    A file that is briefly missing (editors that save by renaming) is waited for, not reported.
    """
    last = _stamp(path)
    yield
    while True:
        sleep(poll)
        stamp = _stamp(path)
        if stamp is None or stamp == last:
            continue
        sleep(poll)
        if _stamp(path) == stamp:
            last = stamp
            yield
