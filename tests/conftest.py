"""Every test gets its own MLPREP_HOME and no user banks; the shipped bank's compiled cache is built once
per session and copied in, so tests do not all re-parse it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mlprep.bank.cache import open_bank
from mlprep.errors import BankError


@pytest.fixture(scope="session")
def shipped_cache(tmp_path_factory: pytest.TempPathFactory) -> Path | None:
    """The compiled shipped bank, or None if it does not validate (the bank tests then say why)."""
    home = tmp_path_factory.mktemp("shipped-home")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("MLPREP_HOME", str(home))
        mp.delenv("MLPREP_BANK", raising=False)
        try:
            open_bank().conn.close()
        except BankError:
            return None
    return home / "bank-cache.sqlite3"


@pytest.fixture(autouse=True)
def mlprep_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shipped_cache: Path | None) -> Path:
    home = tmp_path / "mlprep-home"
    home.mkdir()
    if shipped_cache:
        shutil.copy(shipped_cache, home / "bank-cache.sqlite3")
    monkeypatch.setenv("MLPREP_HOME", str(home))
    for name in ("MLPREP_BANK", "MLPREP_NOW", "MLPREP_DEBUG"):
        monkeypatch.delenv(name, raising=False)
    return home
