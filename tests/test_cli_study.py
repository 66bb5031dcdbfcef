"""`mlprep quiz`, `review`, `stats` and `bank show/list` through CliRunner, reading input by lines."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mlprep.cli.app import app

from bankfiles import write_bank

runner = CliRunner()


@pytest.fixture
def custom_bank(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    bank = tmp_path / "bank"
    write_bank(bank, ids=("own-a", "own-b", "own-c"), choice_ids=("own-choice",), topic="own")
    monkeypatch.setenv("MLPREP_BANK", str(bank))
    return bank


def reviews(home: Path) -> list[tuple[str, int]]:
    conn = sqlite3.connect(home / "mlprep.sqlite3")
    return conn.execute("SELECT card_id, rating FROM review_log ORDER BY id").fetchall()


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("mlprep ")


def test_quiz_reads_lines_reveal_then_rate(mlprep_home: Path) -> None:
    result = runner.invoke(app, ["quiz", "-n", "1"], input="\n3\n")
    assert result.exit_code == 0, result.output
    assert len(reviews(mlprep_home)) == 1 and reviews(mlprep_home)[0][1] == 3
    assert "良好 1" in result.stdout


def test_quiz_without_input_prints_the_first_question_and_exits_0(custom_bank: Path) -> None:
    result = runner.invoke(app, ["quiz", "-n", "1", "--topic", "own", "--difficulty", "easy"], input="")
    assert result.exit_code == 0
    assert "own" in result.stdout and "什么是" in result.stdout
    assert "Traceback" not in result.output


def test_quiz_renders_latex_as_unicode(custom_bank: Path) -> None:
    result = runner.invoke(app, ["quiz", "-n", "3", "--topic", "own", "--difficulty", "easy"], input="\n1\n" * 3)
    assert result.exit_code == 0, result.output
    assert "∂L/∂W" in result.stdout and "\\frac" not in result.stdout


def test_quiz_q_quits_and_keeps_earlier_ratings(custom_bank: Path, mlprep_home: Path) -> None:
    result = runner.invoke(app, ["quiz", "-n", "3", "--topic", "own", "--difficulty", "easy"], input="\n4\n\nq\n")
    assert result.exit_code == 0
    assert [r for _, r in reviews(mlprep_home)] == [4]
    assert "简单 1" in result.stdout


def test_invalid_rating_asks_again(custom_bank: Path, mlprep_home: Path) -> None:
    result = runner.invoke(app, ["quiz", "-n", "1", "--topic", "own", "--difficulty", "easy"], input="\n7\nx\n2\n")
    assert result.exit_code == 0
    assert "请用 1、2、3 或 4 评分" in result.stdout
    assert [r for _, r in reviews(mlprep_home)] == [2]


def test_typed_answer_shows_covered_key_points(custom_bank: Path) -> None:
    result = runner.invoke(
        app, ["quiz", "-n", "1", "--topic", "own", "--difficulty", "easy", "--type"], input="这是测试问题\n3\n"
    )
    assert result.exit_code == 0
    assert "✓ 测试问题" in result.stdout and "✗ 梯度" in result.stdout and "1/2" in result.stdout


def test_choice_is_graded_from_letters(custom_bank: Path, mlprep_home: Path) -> None:
    args = ["quiz", "-n", "1", "--topic", "own", "--difficulty", "medium"]
    right = runner.invoke(app, args, input="c, a\n")
    assert right.exit_code == 0 and "✓ 正确" in right.stdout
    wrong = runner.invoke(app, args, input="zz\nab\n")
    assert "请用字母 A–C 作答" in wrong.stdout and "✗ 错误" in wrong.stdout
    assert [r for _, r in reviews(mlprep_home)] == [3, 1]  # Good, then Again


def test_choice_with_empty_answer_is_self_rated(custom_bank: Path, mlprep_home: Path) -> None:
    result = runner.invoke(app, ["quiz", "-n", "1", "--topic", "own", "--difficulty", "medium"], input="\n2\n")
    assert result.exit_code == 0
    assert "一和二正确" in result.stdout
    assert [r for _, r in reviews(mlprep_home)] == [2]


def test_quiz_in_english(custom_bank: Path) -> None:
    result = runner.invoke(
        app, ["quiz", "-n", "1", "--topic", "own", "--difficulty", "easy", "--lang", "en"], input="\n"
    )
    assert "What is own-" in result.stdout and "is a test question" in result.stdout
    assert "Key points" in result.stdout


def test_unknown_topic_suggests(custom_bank: Path) -> None:
    result = runner.invoke(app, ["quiz", "--topic", "onw"])
    assert result.exit_code == 1
    assert "no questions match --topic onw; did you mean --topic own?" in result.stderr


def test_bad_option_value_is_a_usage_error() -> None:
    assert runner.invoke(app, ["quiz", "--difficulty", "extreme"]).exit_code == 2
    assert runner.invoke(app, ["quiz", "--lang", "fr"]).exit_code == 2


def test_review_new_cards_then_due_the_next_day(custom_bank: Path, mlprep_home: Path, monkeypatch) -> None:
    monkeypatch.setenv("MLPREP_NOW", "2026-03-02T08:00:00+00:00")
    first = runner.invoke(app, ["review", "--new", "2"], input="\n3\n\n1\n")
    assert first.exit_code == 0, first.output
    assert "复习：0 张到期，2 道新题" in first.stdout
    assert len(reviews(mlprep_home)) == 2
    again = runner.invoke(app, ["review", "--new", "2"], input="q\n")
    assert "暂无到期卡片 — 下一张 1 分钟后到期" in again.stdout  # the Again card is due a minute later
    monkeypatch.setenv("MLPREP_NOW", "2026-03-03T09:00:00+00:00")
    next_day = runner.invoke(app, ["review", "--new", "0"], input="\n3\n\n3\n")
    assert "复习：2 张到期，0 道新题" in next_day.stdout
    assert len(reviews(mlprep_home)) == 4
    assert "下次复习：" in next_day.stdout


def test_reworded_question_keeps_history_and_removed_one_is_skipped(
    tmp_path: Path, mlprep_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bank = tmp_path / "bank"
    path = write_bank(bank, ids=("keep", "drop"), topic="own")
    monkeypatch.setenv("MLPREP_BANK", str(bank))
    monkeypatch.setenv("MLPREP_NOW", "2026-03-02T08:00:00+00:00")
    runner.invoke(app, ["quiz", "-n", "2", "--topic", "own"], input="\n1\n\n1\n")
    path.write_text(path.read_text(encoding="utf-8").replace("什么是 keep？", "请解释 keep。"), encoding="utf-8")
    write_bank(bank, ids=("keep",), topic="own")  # "drop" removed
    path.write_text(path.read_text(encoding="utf-8").replace("什么是 keep？", "请解释 keep。"), encoding="utf-8")
    monkeypatch.setenv("MLPREP_NOW", "2026-03-02T09:00:00+00:00")
    result = runner.invoke(app, ["review", "--new", "0"], input="\n3\n")
    assert "复习：1 张到期，0 道新题" in result.stdout and "请解释 keep" in result.stdout
    assert [c for c, _ in reviews(mlprep_home)].count("drop") == 1  # history kept


def test_stats_json_and_text(custom_bank: Path, mlprep_home: Path, monkeypatch) -> None:
    monkeypatch.setenv("MLPREP_NOW", "2026-03-02T08:00:00+00:00")
    runner.invoke(app, ["quiz", "-n", "2", "--topic", "own", "--difficulty", "easy"], input="\n3\n\n1\n")
    result = runner.invoke(app, ["stats", "--json"])
    assert result.exit_code == 0
    figures = json.loads(result.stdout)
    assert figures["cards"]["learning"] == 2
    assert figures["reviews_total"] == 2
    assert figures["due_today"] == 2
    assert len(figures["forecast"]) == 8 and len(figures["reviews_per_day"]) == 84
    assert figures["reviews_per_day"][-1] == {"date": "2026-03-02", "reviews": 2}
    text = runner.invoke(app, ["stats"])
    assert text.exit_code == 0 and "Due today" in text.stdout and "Mature retention" in text.stdout


def test_bank_show_and_unknown_id(custom_bank: Path) -> None:
    shown = runner.invoke(app, ["bank", "show", "own-a", "--lang", "en"])
    assert shown.exit_code == 0 and "What is own-a?" in shown.stdout and "custom.yaml" in shown.stdout.replace("\n", "")
    missing = runner.invoke(app, ["bank", "show", "own-aa"])
    assert missing.exit_code == 2 and "did you mean 'own-a'?" in missing.stderr


def test_bank_list_filters(custom_bank: Path) -> None:
    result = runner.invoke(app, ["bank", "list", "--topic", "own", "--difficulty", "medium"])
    assert result.exit_code == 0 and "own-choice" in result.stdout and "own-a" not in result.stdout
    assert "1 道题" in result.stdout


def test_unreadable_store_is_one_line_and_untouched(mlprep_home: Path) -> None:
    store = mlprep_home / "mlprep.sqlite3"
    store.write_bytes(b"this is not a database" * 200)
    result = runner.invoke(app, ["stats"])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "cannot open the store" in result.stderr
    assert store.read_bytes() == b"this is not a database" * 200
