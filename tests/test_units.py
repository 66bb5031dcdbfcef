"""Key-point matching, choice letters, and the compiled bank cache."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from mlprep.bank.answers import covered_points, parse_choice
from mlprep.bank.cache import Bank, Filters
from mlprep.errors import BankError

from bankfiles import write_bank


def test_covered_points_chinese_and_english() -> None:
    points = ("除以 $\\sqrt{d_k}$ 使方差回到 1", "softmax 饱和", "gradient vanishing")
    typed = "因为点积方差是 d_k，除以根号 d_k 后方差回到 1，否则 softmax 会饱和; the gradients vanish"
    assert covered_points(typed, points) == [True, True, True]
    assert covered_points("不知道", points) == [False, False, False]


def test_parse_choice() -> None:
    assert parse_choice("a", 4) == {0}
    assert parse_choice(" C, a ", 4) == {0, 2}
    assert parse_choice("bd", 4) == {1, 3}
    assert parse_choice("e", 4) is None
    assert parse_choice("", 4) is None


def test_cache_follows_file_changes(tmp_path: Path) -> None:
    bank_dir, cache = tmp_path / "bank", tmp_path / "cache.db"
    path = write_bank(bank_dir, ids=("a", "b"))
    assert Bank.open([bank_dir], cache).ids() == ["a", "b"]
    write_bank(bank_dir, ids=("a", "b", "c"))
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))  # a clearly newer mtime
    assert Bank.open([bank_dir], cache).ids() == ["a", "b", "c"]
    write_bank(bank_dir, ids=("x",), name="second.yaml")
    assert len(Bank.open([bank_dir], cache)) == 4
    (bank_dir / "second.yaml").unlink()
    assert Bank.open([bank_dir], cache).ids() == ["a", "b", "c"]


def test_unchanged_files_are_not_parsed_again(tmp_path: Path) -> None:
    bank_dir, cache = tmp_path / "bank", tmp_path / "cache.db"
    write_bank(bank_dir, ids=("a",))
    assert len(Bank.open([bank_dir], cache).parsed) == 1
    again = Bank.open([bank_dir], cache)
    assert again.ids() == ["a"] and again.parsed == []


def test_invalid_file_is_reported_every_time(tmp_path: Path) -> None:
    bank_dir, cache = tmp_path / "bank", tmp_path / "cache.db"
    (bank_dir).mkdir()
    (bank_dir / "bad.yaml").write_text("questions:\n  - id: x\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(BankError, match=r"bad\.yaml:2: topic: missing"):
            Bank.open([bank_dir], cache)


def test_corrupt_cache_is_rebuilt(tmp_path: Path) -> None:
    bank_dir, cache = tmp_path / "bank", tmp_path / "cache.db"
    write_bank(bank_dir, ids=("a",))
    cache.write_bytes(b"not a database" * 100)
    assert Bank.open([bank_dir], cache).ids() == ["a"]
    assert sqlite3.connect(cache).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_filters(tmp_path: Path) -> None:
    write_bank(tmp_path / "bank", ids=("a",), choice_ids=("c",), topic="Mixed")
    bank = Bank.open([tmp_path / "bank"], tmp_path / "cache.db")
    assert bank.ids(Filters(topic="mixed")) == ["a", "c"]
    assert bank.ids(Filters(difficulty="medium")) == ["c"]
    assert bank.ids(Filters(tag="BASICS")) == ["a", "c"]
    assert bank.ids(Filters(tag="basic")) == []  # whole tags only
