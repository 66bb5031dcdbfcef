"""Where mlprep keeps its data and finds its banks, with environment overrides."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from mlprep.bank.quote import shown
from mlprep.errors import SettingError, UsageError

PACKAGE_DIR = Path(__file__).resolve().parent


def home() -> Path:
    """The data directory: `$MLPREP_HOME`, else the platform's user data dir."""
    override = os.environ.get("MLPREP_HOME")
    if override:
        path = Path(override).expanduser()
    else:
        import platformdirs

        path = platformdirs.user_data_path("mlprep")
    setting = "MLPREP_HOME" if override else "data directory (set MLPREP_HOME to use another)"
    try:
        path.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise SettingError(f"{setting}: {path} is a file, not a directory") from None
    except OSError as exc:
        raise SettingError(f"{setting}: cannot create {path}: {exc.strerror or exc}") from None
    return path


def store_path() -> Path:
    """The SQLite file holding cards, reviews and drill attempts."""
    return home() / "mlprep.sqlite3"


def cache_path() -> Path:
    """The compiled bank cache; safe to delete at any time."""
    return home() / "bank-cache.sqlite3"


def _shipped(name: str) -> Path:
    """A data directory shipped in the wheel (`mlprep/NAME`) or, in a source checkout, beside the package."""
    inside = PACKAGE_DIR / name
    return inside if inside.is_dir() else PACKAGE_DIR.parent / name


def shipped_bank() -> Path:
    """The question bank that comes with mlprep."""
    return _shipped("questions")


def shipped_drills() -> Path:
    """The coding drills that come with mlprep."""
    return _shipped("drills")


def bank_dirs(extra: Sequence[Path] = ()) -> list[Path]:
    """Every configured bank, resolved: the shipped one, then `$MLPREP_BANK` (os.pathsep-separated), then
    `extra` (`--bank`). A setting that names nothing usable is a usage error naming the setting."""
    env = os.environ.get("MLPREP_BANK", "")
    dirs = [checked_path(shipped_bank(), "the shipped bank")]
    dirs += [checked_path(Path(p), "MLPREP_BANK") for p in env.split(os.pathsep) if p.strip()]
    dirs += [checked_path(Path(p), "--bank") for p in extra]
    return list(dict.fromkeys(dirs))


def checked_path(path: Path, setting: str) -> Path:
    """`path` resolved, or `UsageError` naming `setting` when it is missing, a symlink loop or unreadable."""
    path = path.expanduser()
    try:
        os.stat(path)
        return path.resolve(strict=True)
    except (OSError, RuntimeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise UsageError(f"{setting}: {shown(str(path), quote=False, limit=200)}: {reason}") from None
