"""The learner's settings: `config.toml` under MLPREP_HOME, validated on every read and write.

Only known keys are accepted; a bad value is one line naming the key and what is allowed. Writes replace
the file atomically, so a crash never leaves half a file.
"""

from __future__ import annotations

import difflib
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from mlprep import paths
from mlprep.errors import UsageError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


@dataclass(frozen=True)
class Setting:
    """One key: its default, what it means, and how a text value becomes a checked value."""

    default: Any
    help: str
    parse: Callable[[str], Any]


def _int_in(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(str(text).strip())
        except ValueError:
            raise ValueError(f"expected a whole number from {low} to {high}") from None
        if not low <= value <= high:
            raise ValueError(f"expected a whole number from {low} to {high}")
        return value

    return parse


def _retention(text: str) -> float:
    try:
        value = float(str(text).strip())
    except ValueError:
        raise ValueError("expected a number from 0.70 to 0.99") from None
    if not 0.70 <= value <= 0.99:
        raise ValueError("expected a number from 0.70 to 0.99")
    return value


def _lang(text: str) -> str:
    if str(text).strip() not in ("zh", "en"):
        raise ValueError("expected zh or en")
    return str(text).strip()


def _date(text: str) -> date | None:
    text = str(text).strip()
    if text in ("", "none"):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError("expected a date as YYYY-MM-DD (or 'none')") from None


SETTINGS: dict[str, Setting] = {
    "new_per_day": Setting(10, "new questions introduced per day in review", _int_in(0, 1000)),
    "desired_retention": Setting(0.9, "the recall probability FSRS schedules for (0.70–0.99)", _retention),
    "lang": Setting("zh", "default language of questions: zh or en", _lang),
    "max_interval": Setting(36500, "longest interval between reviews, in days", _int_in(1, 36500)),
    "exam_date": Setting(None, "your interview date (YYYY-MM-DD): review follows the plan for it", _date),
}


def config_path() -> Path:
    return paths.home() / "config.toml"


def _check_key(key: str) -> Setting:
    if key not in SETTINGS:
        close = difflib.get_close_matches(key, list(SETTINGS), n=1)
        hint = f"; did you mean {close[0]}?" if close else f" (keys: {', '.join(SETTINGS)})"
        raise UsageError(f"unknown setting '{key}'{hint}")
    return SETTINGS[key]


def _read() -> dict[str, Any]:
    path = config_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read the settings: {exc}") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{path}: not valid TOML: {exc}") from None


def load() -> dict[str, Any]:
    """Every setting: the file's value, checked, or the default."""
    values = {key: s.default for key, s in SETTINGS.items()}
    for key, raw in _read().items():
        setting = _check_key(key)
        try:
            values[key] = setting.parse(raw.isoformat() if isinstance(raw, date) else raw)
        except ValueError as exc:
            raise UsageError(f"{config_path()}: {key}: {exc}") from None
    return values


def get(key: str) -> Any:
    _check_key(key)
    return load()[key]


def set_value(key: str, text: str) -> Any:
    """Check and store one setting; returns the stored value."""
    setting = _check_key(key)
    try:
        value = setting.parse(text)
    except ValueError as exc:
        raise UsageError(f"{key}: {exc}") from None
    stored = {k: v for k, v in _read().items() if k in SETTINGS}
    if value is None:
        stored.pop(key, None)
    else:
        stored[key] = value
    _write(stored)
    return value


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def _write(values: dict[str, Any]) -> None:
    path = config_path()
    text = "".join(f"{k} = {_toml(v.isoformat() if isinstance(v, date) else v)}\n" for k, v in values.items())
    tmp = path.with_suffix(".toml.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        raise UsageError(f"{path}: cannot write the settings: {exc.strerror}") from None
