"""The bank cache: parsed files are kept by identity and the banks in use are a filter, so switching banks
parses nothing again; each process reads its own snapshot; a damaged cache is rebuilt."""

from __future__ import annotations

import os
import select
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mlprep.bank.cache import Bank
from mlprep.cli.app import app
from mlprep.errors import BankError
from mlprep.srs.schedule import rate
from mlprep.srs.store import Store

from bankfiles import write_bank

runner = CliRunner()
MLPREP = [sys.executable, "-m", "mlprep"]


def touch_later(path: Path) -> None:
    """Give `path` a clearly newer modification time, as an edit would."""
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 10**9))


def cached_files(cache: Path) -> list[tuple[int, str]]:
    conn = sqlite3.connect(cache)
    try:
        return conn.execute("SELECT file_id, path FROM files ORDER BY file_id").fetchall()
    finally:
        conn.close()


def test_switching_banks_on_and_off_parses_nothing_again(tmp_path: Path) -> None:
    one, two, cache = tmp_path / "one", tmp_path / "two", tmp_path / "cache.db"
    a = write_bank(one, ids=("a-1", "a-2"))
    b = write_bank(two, ids=("b-1",))
    parsed = []
    for roots, ids in [
        ([one], ["a-1", "a-2"]),
        ([one, two], ["a-1", "a-2", "b-1"]),
        ([one], ["a-1", "a-2"]),
        ([two], ["b-1"]),
        ([one, two], ["a-1", "a-2", "b-1"]),
    ]:
        bank = Bank.open(roots, cache)
        assert bank.ids() == ids
        parsed.append(bank.parsed)
        bank.close()
    assert parsed == [[str(a)], [str(b)], [], [], []]


def test_cli_commands_alternating_banks_in_one_home_parse_nothing_again(tmp_path: Path, mlprep_home: Path) -> None:
    write_bank(tmp_path / "mine", ids=("mine-1", "mine-2"), topic="mine")
    with_mine = ["--bank", str(tmp_path / "mine")]
    assert runner.invoke(app, ["bank", "list", "--topic", "mine", *with_mine]).exit_code == 0
    before = cached_files(mlprep_home / "bank-cache.sqlite3")
    for args in (["bank", "list"], ["quiz", "-n", "1", *with_mine], ["stats"], ["bank", "list", *with_mine]):
        result = runner.invoke(app, args, input="")
        assert result.exit_code == 0, result.output
    assert cached_files(mlprep_home / "bank-cache.sqlite3") == before
    listing = runner.invoke(app, ["bank", "list", "--topic", "mine", "--lang", "en", *with_mine])
    assert "mine-1" in listing.stdout and "2 questions" in listing.stdout
    assert "mine-1" not in runner.invoke(app, ["bank", "list"]).stdout


def test_a_changed_file_is_parsed_again_and_its_old_version_forgotten(tmp_path: Path) -> None:
    one, two, cache = tmp_path / "one", tmp_path / "two", tmp_path / "cache.db"
    a = write_bank(one, ids=("a-1",))
    write_bank(two, ids=("b-1",))
    Bank.open([one, two], cache).close()
    write_bank(one, ids=("a-1", "a-2"))
    touch_later(a)
    bank = Bank.open([one], cache)
    assert bank.parsed == [str(a)] and bank.ids() == ["a-1", "a-2"]
    bank.close()
    paths = [p for _, p in cached_files(cache)]
    assert sorted(paths) == sorted([str(a), str(two / "custom.yaml")])  # `two` is not in use but kept


def test_an_open_bank_keeps_its_questions_whatever_is_written_meanwhile(tmp_path: Path) -> None:
    cache = tmp_path / "cache.db"
    path = write_bank(tmp_path / "bank", ids=("q-1", "q-2"))
    session = Bank.open([tmp_path / "bank"], cache)
    write_bank(tmp_path / "bank", ids=("other",))
    touch_later(path)
    other = Bank.open([tmp_path / "bank"], cache)  # parses the new version and forgets the old one
    assert other.ids() == ["other"]
    assert session.require("q-2").id == "q-2"
    assert session.ids() == ["q-1", "q-2"]
    session.close()
    other.close()


def test_duplicates_and_file_problems_are_reported_together(tmp_path: Path) -> None:
    write_bank(tmp_path / "bank", name="a.yaml", ids=("same", "fine"))
    broken = tmp_path / "bank" / "b.yaml"
    broken.write_text(
        "questions:\n  - id: same\n    topic: t\n  - id: other\n    topic: t\n    difficulty: easy\n", encoding="utf-8"
    )
    with pytest.raises(Exception) as caught:
        Bank.open([tmp_path / "bank"], tmp_path / "cache.db")
    problems = caught.value.problems
    assert f"{broken}:2: tags: missing" in problems
    assert f"{broken}:2: id: duplicate id 'same' (also at {tmp_path / 'bank' / 'a.yaml'}:2)" in problems


def test_follow_ups_are_checked_against_the_banks_in_use_without_parsing_again(tmp_path: Path) -> None:
    cache = tmp_path / "cache.db"
    asking = write_bank(tmp_path / "one", ids=("asks",))
    asking.write_text(asking.read_text(encoding="utf-8") + "    follow_ups: [answers]\n", encoding="utf-8")
    answering = write_bank(tmp_path / "two", ids=("answers",))
    Bank.open([tmp_path / "one", tmp_path / "two"], cache).close()
    with pytest.raises(BankError) as caught:
        Bank.open([tmp_path / "one"], cache)
    assert caught.value.problems == [f"{asking}:14: follow_ups: no question with id 'answers'"]
    write_bank(tmp_path / "two", ids=("renamed",))
    touch_later(answering)
    with pytest.raises(BankError):
        Bank.open([tmp_path / "one", tmp_path / "two"], cache)
    write_bank(tmp_path / "one", ids=("asks",))  # the follow-up removed: its old version is forgotten
    touch_later(asking)
    bank = Bank.open([tmp_path / "one", tmp_path / "two"], cache)
    assert bank.parsed == [str(asking)] and bank.get("asks").follow_ups == ()
    bank.close()


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda cache: cache.write_bytes(b"not a database" * 100), id="not-a-database"),
        pytest.param(lambda cache: _corrupt_pages(cache), id="corrupt-page"),
        pytest.param(lambda cache: _foreign_schema(cache), id="schema-mismatch"),
    ],
)
def test_a_damaged_cache_is_rebuilt_and_said_once(tmp_path: Path, damage) -> None:
    bank_dir, cache = tmp_path / "bank", tmp_path / "cache.db"
    write_bank(bank_dir, ids=tuple(f"q-{i}" for i in range(40)))
    Bank.open([bank_dir], cache).close()
    damage(cache)
    notices: list[str] = []
    bank = Bank.open([bank_dir], cache, notices.append)
    assert len(bank.ids()) == 40 and bank.require("q-39").id == "q-39"
    bank.close()
    assert len(notices) == 1 and "rebuilding it" in notices[0]
    assert sqlite3.connect(cache).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _corrupt_pages(cache: Path) -> None:
    data = bytearray(cache.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page : len(data)] = b"\xa5" * (len(data) - page)  # every page but the first
    cache.write_bytes(bytes(data))


def _foreign_schema(cache: Path) -> None:
    conn = sqlite3.connect(cache)
    conn.execute("DROP TABLE questions")
    conn.execute("CREATE TABLE questions (something_else TEXT)")
    conn.commit()
    conn.close()


def test_an_unwritable_cache_falls_back_to_memory(tmp_path: Path) -> None:
    bank_dir, cache = tmp_path / "bank", tmp_path / "cache.db"
    write_bank(bank_dir, ids=("a",))
    (cache / "in-the-way").mkdir(parents=True)  # a directory where the cache should be
    notices: list[str] = []
    assert Bank.open([bank_dir], cache, notices.append).ids() == ["a"]
    assert len(notices) == 1


def test_the_cli_says_once_that_it_rebuilt_the_cache(mlprep_home: Path) -> None:
    (mlprep_home / "bank-cache.sqlite3").write_bytes(b"garbage" * 1000)
    result = runner.invoke(app, ["bank", "validate"])
    assert result.exit_code == 0, result.output
    assert result.stderr.count("bank cache") == 1 and "rebuilding it" in result.stderr


class Piped:
    """A process whose stdin and stdout are pipes: write lines, wait for text."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            args, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
        )
        self.out = b""

    def expect(self, text: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while text.encode() not in self.out and time.monotonic() < deadline:
            ready, _, _ = select.select([self.proc.stdout], [], [], 0.1)
            if ready:
                chunk = os.read(self.proc.stdout.fileno(), 65536)
                if not chunk:
                    break
                self.out += chunk
        assert text.encode() in self.out, self.out.decode(errors="replace")

    def send(self, line: str) -> None:
        self.proc.stdin.write(line.encode() + b"\n")
        self.proc.stdin.flush()


def test_a_review_with_its_own_bank_survives_other_commands(tmp_path: Path, mlprep_home: Path) -> None:
    """Another command without `--bank`, and another that re-parses an edited file, run mid-review."""
    mine = tmp_path / "mine"
    path = write_bank(mine, ids=("mine-a", "mine-b"), topic="mine")
    t0 = datetime(2026, 1, 5, 9, 0, tzinfo=timezone.utc)
    with Store(mlprep_home / "mlprep.sqlite3") as store:
        for qid in ("mine-a", "mine-b"):
            rate(store, qid, 1, t0)  # both due again a few minutes later
    env = {k: v for k, v in os.environ.items() if not k.startswith("MLPREP_")}
    env.update(MLPREP_HOME=str(mlprep_home), MLPREP_NOW="2026-01-05T10:00:00+00:00", PYTHONUNBUFFERED="1")
    review = Piped([*MLPREP, "review", "--new", "0", "--bank", str(mine)], env)
    try:
        review.expect("[1/2]")
        others = [["bank", "list"], ["quiz", "-n", "1"]]
        for args in others:
            subprocess.run([*MLPREP, *args], env=env, stdin=subprocess.DEVNULL, capture_output=True, check=True)
        write_bank(mine, ids=("renamed",), topic="mine")
        touch_later(path)
        listing = subprocess.run([*MLPREP, "bank", "list", "--bank", str(mine)], env=env, capture_output=True)
        assert b"renamed" in listing.stdout
        review.send("")
        review.send("3")
        review.expect("[2/")
        review.expect("mine-b")
        review.send("")
        review.send("3")
        assert review.proc.wait(timeout=60) == 0, review.out.decode(errors="replace")
    finally:
        review.proc.kill()
        review.proc.wait()
    assert b"no question with id" not in review.out
