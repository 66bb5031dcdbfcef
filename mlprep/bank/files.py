"""Which files make up a set of banks, in bank order, each with the identity the cache keys it by."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from mlprep.bank.quote import shown

SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class BankFile:
    """A question file: its resolved path, size and modification time (ns)."""

    path: str
    size: int
    mtime_ns: int


def scan(roots: Sequence[Path]) -> tuple[list[BankFile], list[str]]:
    """Every question file under `roots` (resolved files or directories), each once, in bank order: root by
    root, sorted by path within a root. Symlinked directories are not followed (no loops); a file that
    cannot be read is a problem line; a dangling symlink (an editor's lock file) is ignored."""
    files: list[BankFile] = []
    problems: list[str] = []
    seen: set[str] = set()
    for root in roots:
        candidates = [str(root)] if root.is_file() else _walk(str(root), problems)
        for path in sorted(candidates):
            try:
                info = os.stat(path)
                real = os.path.realpath(path) if os.path.islink(path) else path
            except OSError as exc:
                if exc.errno != errno.ENOENT:
                    problems.append(f"{path}:1: file: cannot read: {shown(exc.strerror or str(exc), quote=False)}")
                continue
            if not stat.S_ISREG(info.st_mode) or real in seen:
                continue
            seen.add(real)
            files.append(BankFile(real, info.st_size, info.st_mtime_ns))
    return files, problems


def _walk(root: str, problems: list[str]) -> list[str]:
    """Paths of question files under `root`, without following symlinked directories."""
    found, pending = [], [root]
    while pending:
        directory = pending.pop()
        try:
            entries = list(os.scandir(directory))
        except OSError as exc:
            problems.append(f"{directory}:1: file: cannot read: {shown(exc.strerror or str(exc), quote=False)}")
            continue
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                pending.append(entry.path)
            elif entry.name.endswith(SUFFIXES):
                found.append(entry.path)
    return found
