"""Hostile bank files and settings: each is a short error, found quickly, in bounded memory.

Every case runs the real command in a child whose address space is capped (`RLIMIT_AS`), so a regression
fails with a MemoryError instead of swapping the machine; the generous wall-clock timeout only catches
a hang."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from bankfiles import OPEN_QUESTION, write_bank, write_text

MLPREP = [sys.executable, "-m", "mlprep"]
MEMORY_LIMIT = 100 * 2**20
LONG = 10_000


def run_limited(args: list[str], home: Path, **env_extra: str) -> subprocess.CompletedProcess[str]:
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))

    env = {k: v for k, v in os.environ.items() if not k.startswith("MLPREP_")}
    env.update(MLPREP_HOME=str(home), COLUMNS="100", **env_extra)
    return subprocess.run(
        [*MLPREP, *args],
        env=env,
        preexec_fn=limit,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )


def problems(result: subprocess.CompletedProcess[str]) -> list[str]:
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr, result.stderr
    return result.stderr.splitlines()


def question(qid: str = "q-one", **fields: str) -> str:
    """One valid open question, with `fields` appended (or replacing nothing: YAML keeps the last)."""
    extra = "".join(f"    {k}: {v}\n" for k, v in fields.items())
    return OPEN_QUESTION.format(id=qid, topic="custom") + extra


def test_alias_bomb_is_refused_before_anything_is_expanded(tmp_path: Path, mlprep_home: Path) -> None:
    levels = ['      a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    levels += [f"      a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 12)]
    path = write_text(tmp_path, "questions:\n" + question() + "    seed:\n" + "\n".join(levels) + "\n")
    for args in (["bank", "validate", str(path)], ["quiz", "-n", "1", "--bank", str(path)]):
        result = run_limited(args, mlprep_home)
        assert result.returncode == 1
        assert problems(result) == [f"mlprep: {path}:15: yaml: anchors and aliases are not allowed in bank files"]


def test_an_alias_of_a_plain_value_is_refused_too(tmp_path: Path, mlprep_home: Path) -> None:
    path = write_text(tmp_path, "questions:\n" + question(seed="&s text") + question("q-two", seed="*s"))
    result = run_limited(["bank", "validate", "--alone", str(path)], mlprep_home)
    assert problems(result) == [f"mlprep: {path}:14: yaml: anchors and aliases are not allowed in bank files"]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"difficulty": "x" * LONG}, "difficulty: unknown difficulty 'xxxx"),
        ({"type": "t" * LONG}, "type: unknown type 'tttt"),
        ({"f" * 1000: "1"}, "ffff…: unknown field"),
        ({"topic": "t" * LONG}, "topic: 'tttt"),
        ({"tags": f"[{'t' * LONG}]"}, "tags: 'tttt"),
    ],
)
def test_quoted_values_are_cut_short(tmp_path: Path, mlprep_home: Path, fields: dict, expected: str) -> None:
    path = write_text(tmp_path, "questions:\n" + question(**fields))
    result = run_limited(["bank", "validate", "--alone", str(path)], mlprep_home)
    assert result.returncode == 1
    lines = problems(result)
    assert any(expected in line for line in lines), lines
    assert all(len(line) < len(str(path)) + 200 for line in lines), lines


def test_a_long_id_is_an_error_and_listing_stays_in_columns(tmp_path: Path, mlprep_home: Path) -> None:
    bank = tmp_path / "bank"
    write_text(bank, "questions:\n" + question("x" * LONG))
    listed = run_limited(["bank", "list", "--bank", str(bank)], mlprep_home)
    assert listed.returncode == 1 and listed.stdout == ""
    [line] = problems(listed)
    assert f"id: '{'x' * 40}…' is {LONG} characters long (at most 100)" in line and len(line) < 300

    longest = "l" * 100
    write_bank(bank, name="bad.yaml", ids=(longest, "short"), topic="wide")
    listed = run_limited(["bank", "list", "--bank", str(bank), "--topic", "wide"], mlprep_home)
    assert listed.returncode == 0, listed.stderr
    rows = [line for line in listed.stdout.splitlines() if "easy" in line]
    assert len(rows) == 2
    assert len({row.index("easy") for row in rows}) == 1  # the difficulty column does not move
    assert all(len(line) <= 100 for line in listed.stdout.splitlines())


def test_control_characters_and_bad_utf8_are_reported_at_their_line(tmp_path: Path, mlprep_home: Path) -> None:
    head = ("questions:\n" + question()).encode()
    line = head.count(b"\n") + 1
    cases = {
        "raw-control.yaml": (
            head + b"    seed: a\x07b\n",
            f":{line}: yaml: control characters are not allowed (byte 0x07)",
        ),
        "bad-utf8.yaml": (head + b"    seed: \xff\xfe\n", f":{line}: yaml: invalid leading UTF-8 octet (byte 0xff)"),
        "escaped.yaml": (head + b'    seed: "a\\e[31mred"\n', f":{line}: seed: contains the control character U+001B"),
    }
    for name, (data, expected) in cases.items():
        (tmp_path / name).write_bytes(data)
        result = run_limited(["bank", "validate", "--alone", str(tmp_path / name)], mlprep_home)
        assert result.returncode == 1
        assert problems(result) == [f"mlprep: {tmp_path / name}{expected}"]


def test_deep_nesting_and_many_problems_are_bounded(tmp_path: Path, mlprep_home: Path) -> None:
    for depth, message in ((100, "nested more than 16 levels deep"), (5000, "exceeded maximum nesting depth")):
        deep = write_text(tmp_path, "questions:\n" + question(seed="[" * depth + "]" * depth), name="deep.yaml")
        result = run_limited(["bank", "validate", "--alone", str(deep)], mlprep_home)
        assert problems(result) == [f"mlprep: {deep}:14: yaml: {message}"]

    fields = {f"unknown{i}": "x" for i in range(5000)}
    many = write_text(tmp_path, "questions:\n" + question(**fields) * 20, name="many.yaml")
    result = run_limited(["bank", "validate", "--alone", str(many)], mlprep_home)
    assert result.returncode == 1
    assert len(problems(result)) == 51
    assert result.stderr.endswith(f"{many}:1: file: stopped after 50 problems\n")


def test_tags_other_than_the_core_ones_are_refused(tmp_path: Path, mlprep_home: Path) -> None:
    path = write_text(tmp_path, "questions:\n" + question(seed="!!python/object:os.system x"))
    result = run_limited(["bank", "validate", "--alone", str(path)], mlprep_home)
    assert problems(result) == [
        f"mlprep: {path}:14: yaml: tag '!!python/object:os.system' is not allowed in bank files"
    ]


def test_a_symlink_loop_as_a_bank_is_a_one_line_usage_error(tmp_path: Path, mlprep_home: Path) -> None:
    loop = tmp_path / "loop"
    loop.symlink_to(tmp_path / "loop")
    result = run_limited(["bank", "list", "--bank", str(loop)], mlprep_home)
    assert result.returncode == 2
    assert problems(result) == [f"mlprep: --bank: {loop}: Too many levels of symbolic links"]
    result = run_limited(["quiz", "-n", "1"], mlprep_home, MLPREP_BANK=str(loop))
    assert result.returncode == 2
    assert problems(result) == [f"mlprep: MLPREP_BANK: {loop}: Too many levels of symbolic links"]


def test_a_symlink_loop_inside_a_bank_is_a_problem_of_that_file(tmp_path: Path, mlprep_home: Path) -> None:
    bank = tmp_path / "bank"
    write_bank(bank, ids=("fine",))
    (bank / "loop.yaml").symlink_to(bank / "loop.yaml")
    (bank / "sub").mkdir()
    (bank / "sub" / "up").symlink_to(bank)  # a directory loop: never followed
    result = run_limited(["bank", "validate", "--alone", str(bank)], mlprep_home)
    assert result.returncode == 1
    assert problems(result) == [f"mlprep: {bank / 'loop.yaml'}:1: file: cannot read: Too many levels of symbolic links"]


def test_an_escaped_control_character_in_a_list_is_reported_at_its_item(tmp_path: Path, mlprep_home: Path) -> None:
    path = write_text(tmp_path, "questions:\n" + question(pitfalls='\n      - fine\n      - "bell \\a"'))
    result = run_limited(["bank", "validate", "--alone", str(path)], mlprep_home)
    assert problems(result) == [f"mlprep: {path}:16: pitfalls: item 2 contains the control character U+0007"]
