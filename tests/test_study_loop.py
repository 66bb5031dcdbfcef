"""The study loop: review steered by topic/tag/difficulty, new cards interleaved across topics, review
ahead, relearning within a session, undo, suspend, bury and flag from the session (piped lines and a
real terminal), notes under the answer, and the interview-date pace."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mlprep.cli.app import app
from mlprep.srs.queue import interleave
from mlprep.srs.schedule import make_scheduler, rate
from mlprep.srs.store import open_store

from bankfiles import write_bank

runner = CliRunner()
NOW = "2026-03-02T08:00:00+00:00"


@pytest.fixture
def bank(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "bank"
    write_bank(directory, "alpha.yaml", ids=("a-1", "a-2", "a-3"), topic="alpha")
    write_bank(directory, "beta.yaml", ids=("b-1", "b-2"), topic="beta")
    monkeypatch.setenv("MLPREP_BANK", str(directory))
    monkeypatch.setenv("MLPREP_NOW", NOW)
    return directory


def log(home: Path) -> list[tuple[str, int]]:
    with sqlite3.connect(home / "mlprep.sqlite3") as conn:
        return conn.execute("SELECT card_id, rating FROM review_log ORDER BY id").fetchall()


def asked(stdout: str) -> list[str]:
    return [line.split("什么是 ")[1].split("？")[0] for line in stdout.splitlines() if "什么是 " in line]


def test_new_cards_are_interleaved_across_topics_easier_first() -> None:
    outline = [("a1", "t1", "hard"), ("a2", "t1", "easy"), ("b1", "t2", "medium"), ("a3", "t1", "medium")]
    assert interleave(outline) == ["a2", "b1", "a3", "a1"]


def test_review_by_topic_takes_new_cards_from_that_topic_only(bank: Path) -> None:
    result = runner.invoke(app, ["review", "--topic", "beta", "--new", "5"], input="\n3\n\n3\n")
    assert result.exit_code == 0, result.output
    assert asked(result.stdout) == ["b-1", "b-2"]


def test_the_review_queue_interleaves_topics(bank: Path, tmp_path: Path) -> None:
    from mlprep.bank.cache import Bank
    from mlprep.srs.queue import build_queue

    own = Bank.open([bank], tmp_path / "cache.sqlite3")
    with open_store() as store:
        queue = build_queue(store, own, datetime.fromisoformat(NOW), 4)
    assert queue.new == ["a-1", "b-1", "a-2", "b-2"] and queue.due == []


def test_a_filter_matching_nothing_suggests_the_closest(bank: Path) -> None:
    result = runner.invoke(app, ["review", "--topic", "alhpa"])
    assert result.exit_code != 0 and "did you mean --topic alpha?" in result.stderr


def test_review_ahead_takes_cards_due_in_the_next_days(bank: Path, mlprep_home: Path) -> None:
    with open_store() as store:
        rate(store, "a-1", 3, datetime(2026, 3, 1, 8, tzinfo=timezone.utc), make_scheduler(fuzz=False))
        rate(store, "a-1", 3, datetime(2026, 3, 1, 8, 15, tzinfo=timezone.utc), make_scheduler(fuzz=False))
        due = store.card("a-1").due
    assert due > NOW  # graduated: due in days, not now
    assert "a-1" not in asked(runner.invoke(app, ["review", "--new", "0"], input="").stdout)
    days = (datetime.fromisoformat(due) - datetime.fromisoformat(NOW)).days + 1
    ahead = runner.invoke(app, ["review", "--new", "0", "--ahead", str(days)], input="")
    assert asked(ahead.stdout) == ["a-1"]


def test_again_comes_back_in_the_same_session_and_counts_per_rating(bank: Path, mlprep_home: Path) -> None:
    result = runner.invoke(app, ["review", "--topic", "beta", "--new", "1"], input="\n1\n\n3\n")
    assert result.exit_code == 0, result.output
    assert log(mlprep_home) == [("b-1", 1), ("b-1", 3)]
    assert asked(result.stdout) == ["b-1", "b-1"]
    assert "评分 2 次" in result.stdout


def test_undo_restores_the_card_and_asks_it_again(bank: Path, mlprep_home: Path) -> None:
    result = runner.invoke(app, ["review", "--topic", "beta", "--new", "2"], input="\n4\nu\n\n2\n\n3\n")
    assert result.exit_code == 0, result.output
    assert log(mlprep_home)[:1] == [("b-1", 2)]  # the Easy was taken back, then rated Hard
    assert asked(result.stdout)[:3] == ["b-1", "b-2", "b-1"]
    assert "已撤销对 b-1 的评分" in result.stdout


def test_several_undos_step_back_several_ratings(bank: Path, mlprep_home: Path) -> None:
    with open_store() as store:
        empty = store.card("b-1")
    result = runner.invoke(app, ["review", "--topic", "alpha", "--new", "3"], input="\n3\n\n3\nu\nu\nq\n")
    assert result.exit_code == 0, result.output
    assert log(mlprep_home) == [] and empty is None
    with open_store() as store:
        assert store.card("a-1") is None and store.card("a-2") is None
    assert asked(result.stdout) == ["a-1", "a-2", "a-3", "a-2", "a-1"]


def test_undo_with_nothing_to_undo_says_so(bank: Path) -> None:
    result = runner.invoke(app, ["review", "--topic", "beta", "--new", "1"], input="u\n\n3\n")
    assert "本次还没有可撤销的评分" in result.stdout and result.exit_code == 0


def test_suspend_and_bury_from_the_session(bank: Path, mlprep_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")
    result = runner.invoke(app, ["review", "--topic", "beta", "--new", "2"], input="s\n\nb\n")
    assert result.exit_code == 0, result.output
    assert log(mlprep_home) == []
    with open_store() as store:
        assert store.marks("b-1").suspended and store.marks("b-2").buried_until == "2026-03-03T00:00:00+00:00"
    again = runner.invoke(app, ["review", "--topic", "beta", "--new", "5"], input="")
    assert asked(again.stdout) == []
    quiz = runner.invoke(app, ["quiz", "--topic", "beta"], input="")
    assert "没有题目" in quiz.stderr or quiz.exit_code != 0
    monkeypatch.setenv("MLPREP_NOW", "2026-03-03T08:00:00+00:00")
    assert asked(runner.invoke(app, ["review", "--topic", "beta", "--new", "5"], input="").stdout) == ["b-2"]


def test_flag_with_a_reason_then_rate(bank: Path, mlprep_home: Path) -> None:
    result = runner.invoke(app, ["review", "--topic", "beta", "--new", "1"], input="\nf\nanswer seems wrong\n3\n")
    assert result.exit_code == 0, result.output
    with open_store() as store:
        assert store.marks("b-1").flag == "answer seems wrong"
    assert log(mlprep_home) == [("b-1", 3)]


def test_a_personal_note_is_shown_under_the_answer(bank: Path) -> None:
    runner.invoke(app, ["card", "note", "b-1", "remember the √d_k"])
    result = runner.invoke(app, ["review", "--topic", "beta", "--new", "1"], input="\n3\n")
    assert "笔记: remember the √d_k" in result.stdout


def test_the_exam_date_sets_the_pace(bank: Path, mlprep_home: Path) -> None:
    runner.invoke(app, ["config", "set", "exam_date", "2026-03-04"])  # 2 days, no settling day: 3 over 2 days
    result = runner.invoke(app, ["review", "--topic", "alpha"], input="\n3\n" * 5)
    assert result.exit_code == 0, result.output
    assert {card for card, _ in log(mlprep_home)} == {"a-1", "a-2"}
