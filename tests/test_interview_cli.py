"""`mlprep interview` through CliRunner, reading answers by lines: a deterministic report with a fixed clock
and seed, follow-ups, time running out, the drill, ratings in the review log, saved reports and usage errors."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mlprep.cli.app import app

from bankfiles import write_text

runner = CliRunner()
NOW = "2026-03-02T08:00:00+00:00"
DRILLS = Path(__file__).parent / "data" / "drills"

BANK = """\
questions:
  - id: iv-one
    topic: ivtest
    tags: [basics]
    difficulty: easy
    follow_ups: [iv-deep]
    question: 梯度下降怎么更新参数？
    question_en: How does gradient descent update the parameters?
    answer: 沿负梯度方向，步长是学习率。
    answer_en: Against the gradient, with the learning rate as the step.
    key_points: [负梯度方向, 学习率]
    key_points_en: [against the gradient, learning rate]
  - id: iv-two
    type: choice
    topic: ivtest
    tags: [basics]
    difficulty: medium
    question: 哪些是正确的？
    question_en: Which are true?
    options:
      - {text: 正确一, text_en: true one, correct: true}
      - {text: 错误, text_en: wrong, correct: false}
      - {text: 正确二, text_en: true two, correct: true}
    explanation: 一和二正确。
    explanation_en: One and two are true.
  - id: iv-three
    topic: ivtest
    tags: [other]
    difficulty: hard
    question: 偏差与方差是什么？
    question_en: What are bias and variance?
    answer: 偏差是系统误差，方差是对训练集的敏感度。
    answer_en: Bias is systematic error; variance is sensitivity to the training set.
    key_points: [系统误差, 敏感度]
    key_points_en: [systematic error, sensitivity]
  - id: iv-deep
    topic: ivextra
    tags: [basics]
    difficulty: hard
    question: 二阶方法用什么？
    question_en: What do second-order methods use?
    answer: 海森矩阵，即二阶导数。
    answer_en: The Hessian, the matrix of second derivatives.
    key_points: [海森矩阵, 二阶导数]
    key_points_en: [Hessian, second derivatives]
"""
POOR_ONE = "no idea\n\n"
GOOD_ONE = "against the gradient, scaled by the learning rate\n\n"
DEEP = "the Hessian of second derivatives\n\n"
RIGHT_CHOICE = "a c\n"
GOOD_THREE = "systematic error and sensitivity to the data\n\n"
ALL_GOOD = GOOD_ONE + RIGHT_CHOICE + GOOD_THREE  # -n 3 asks the three ivtest questions, easy to hard


@pytest.fixture(autouse=True)
def setup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_text(tmp_path / "bank", BANK, "interview.yaml")
    monkeypatch.setenv("MLPREP_BANK", str(tmp_path / "bank"))
    monkeypatch.setenv("MLPREP_NOW", NOW)
    monkeypatch.setenv("MLPREP_DRILLS", str(DRILLS))
    monkeypatch.chdir(tmp_path)


def interview(*args: str, input: str = "") -> object:
    return runner.invoke(app, ["interview", "--topic", "ivtest", "--lang", "en", *args], input=input)


def reviews(home: Path) -> list[tuple[str, int]]:
    with sqlite3.connect(home / "mlprep.sqlite3") as conn:
        return conn.execute("SELECT card_id, rating FROM review_log ORDER BY id").fetchall()


def test_piped_answers_with_a_fixed_clock_and_seed_give_a_deterministic_report(mlprep_home: Path) -> None:
    answers = POOR_ONE + DEEP + RIGHT_CHOICE + GOOD_THREE + "\n"
    first = interview("-n", "3", "--seed", "7", "--no-drill", "--json", input=answers)
    assert first.exit_code == 0, first.output
    report = json.loads(first.stdout)
    assert report["started_at"] == NOW and report["minutes"] == 30 and report["lang"] == "en"
    assert report["planned"] == 3 and report["ended_early"] is False and report["time_up"] is False
    assert [(a["question_id"], a["follow_up_of"]) for a in report["answers"]] == [
        ("iv-one", None),
        ("iv-deep", "iv-one"),  # the poor answer's named follow-up
        ("iv-two", None),
        ("iv-three", None),  # a good answer: no follow-up
    ]
    assert [a["coverage"] for a in report["answers"]] == [0.0, 1.0, 1.0, 1.0]
    assert report["answers"][0]["missed"] == ["against the gradient", "learning rate"]
    assert report["answers"][0]["text"] == "no idea"
    assert report["answers"][2]["key_points"] == ["true one / true two"]
    assert [a["seconds"] for a in report["answers"]] == [0.0] * 4
    assert [a["rating"] for a in report["answers"]] == [1, 3, 3, 3]
    assert report["score"] == 75.0 and report["seconds"] == 0.0
    assert report["weakest_topics"] == [{"topic": "ivtest", "coverage": 0.667}]
    assert report["review_next"] == ["iv-one"]
    assert report["drill"] is None and report["id"] == 1
    again = interview("-n", "3", "--seed", "7", "--no-drill", "--json", input=answers)
    assert json.loads(again.stdout) == {**report, "id": 2}
    assert reviews(mlprep_home)[:4] == [("iv-one", 1), ("iv-deep", 3), ("iv-two", 3), ("iv-three", 3)]


def test_the_report_is_shown_and_the_answers_revealed_at_the_end(mlprep_home: Path) -> None:
    result = interview("-n", "3", "--no-drill", input=POOR_ONE + DEEP + RIGHT_CHOICE + GOOD_THREE + "\n")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "30:00 left · question 1/3" in out and "Follow-up to iv-one" in out
    assert out.index("Model answers") > out.index("What are bias and variance?")
    assert out.index("Model answers") < out.index("Against the gradient, with the learning rate as the step.")
    assert "Score 75.0" in out and "✗ against the gradient" in out and "Review next: iv-one" in out
    assert "Saved as interview #1" in out


def test_reveal_each_shows_the_model_answer_before_the_next_question(mlprep_home: Path) -> None:
    result = interview("-n", "3", "--no-drill", "--reveal", "each", input=ALL_GOOD + "\n")
    out = result.stdout
    assert out.index("Against the gradient, with the learning rate") < out.index("Which are true?")
    assert "Model answers" not in out and "Follow-up" not in out


def test_ratings_may_be_overridden_in_one_line(mlprep_home: Path) -> None:
    result = interview("-n", "3", "--no-drill", input=ALL_GOOD + "9\n4 2 1\n")
    assert result.exit_code == 0, result.output
    assert "Type 3 ratings (1–4) to override the suggestions, such as 3 3 3" in result.stdout
    assert "Give 3 ratings 1–4" in result.stdout  # "9" is not three ratings: asked again
    assert reviews(mlprep_home) == [("iv-one", 4), ("iv-two", 2), ("iv-three", 1)]
    saved = json.loads(runner.invoke(app, ["interview", "--report", "last", "--json"]).stdout)
    assert [a["rating"] for a in saved["answers"]] == [4, 2, 1]


def test_end_of_input_ends_the_interview_and_keeps_what_was_answered(mlprep_home: Path) -> None:
    result = interview("-n", "3", "--no-drill", "--json", input=GOOD_ONE)
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert [a["question_id"] for a in report["answers"]] == ["iv-one"] and report["ended_early"] is True
    assert reviews(mlprep_home) == [("iv-one", 3)]
    nothing = interview("-n", "3", "--no-drill", input="")
    assert nothing.exit_code == 0 and "How does gradient descent" in nothing.stdout
    assert "No question was answered." in nothing.stdout and "Saved" not in nothing.stdout


def test_when_the_minutes_run_out_no_new_question_is_asked(mlprep_home: Path, monkeypatch) -> None:
    from mlprep import clock

    moments = iter(datetime(2026, 3, 2, 8, tzinfo=timezone.utc) + timedelta(seconds=40 * i) for i in range(100))
    monkeypatch.setattr(clock, "now", lambda: next(moments))
    result = interview("-n", "3", "--minutes", "1", "--no-drill", "--json", input=GOOD_ONE + RIGHT_CHOICE + "\n")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert [a["question_id"] for a in report["answers"]] == ["iv-one"] and report["time_up"] is True
    assert report["answers"][0]["seconds"] == 40.0
    assert "0:20 left · question 1/3" in result.stderr and "Time is up" in result.stderr


def test_the_drill_is_checked_by_the_grader_and_recorded(mlprep_home: Path, tmp_path: Path) -> None:
    result = interview("-n", "3", "--drill", "rows", "--json", input=ALL_GOOD + "\n\n")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    drill = report["drill"]
    assert drill["name"] == "rows" and drill["passed"] is False and drill["tests_passed"] == 0
    assert drill["tests_total"] == len(drill["failing"]) > 0 and drill["budget"] == 900 and not drill["over_budget"]
    assert report["review_next"] == ["drill:rows"]
    assert report["score"] == 70.0  # the drill carries 30 %
    assert (tmp_path / "mlprep-drills" / "interview-rows.py").read_text() == (
        DRILLS / "rows" / "starter.py"
    ).read_text()
    assert "Row norms and row maxima" in result.stderr  # the task was shown
    assert reviews(mlprep_home) == [("iv-one", 3), ("iv-two", 3), ("iv-three", 3), ("drill:rows", 1)]
    with sqlite3.connect(mlprep_home / "mlprep.sqlite3") as conn:
        assert conn.execute("SELECT drill, passed FROM drill_attempts").fetchall() == [("rows", 0)]


def test_the_default_drill_is_the_next_not_passed_and_no_drill_skips_it(mlprep_home: Path) -> None:
    chosen = interview("-n", "3", "--json", input=ALL_GOOD + "\n\n")
    assert json.loads(chosen.stdout)["drill"]["name"]  # some drill not passed yet
    skipped = interview("-n", "3", "--no-drill", "--json", input=ALL_GOOD + "\n")
    assert json.loads(skipped.stdout)["drill"] is None and "No drill to do" not in skipped.stderr


def test_saved_reports_reload_by_last_and_id_and_are_listed(mlprep_home: Path) -> None:
    assert runner.invoke(app, ["interview", "--history", "--lang", "en"]).stdout == "No interviews yet.\n"
    poor = POOR_ONE + DEEP + RIGHT_CHOICE + GOOD_THREE + "\n"
    first = json.loads(interview("-n", "3", "--no-drill", "--json", input=poor).stdout)
    second = json.loads(interview("-n", "3", "--no-drill", "--json", input=ALL_GOOD + "\n").stdout)
    assert json.loads(runner.invoke(app, ["interview", "--report", "1", "--json"]).stdout) == first
    assert json.loads(runner.invoke(app, ["interview", "--report", "last", "--json"]).stdout) == second
    text = runner.invoke(app, ["interview", "--report", "1"])
    assert text.exit_code == 0 and "#1 · Interview report" in text.stdout and "Score 75.0" in text.stdout
    assert "✗ learning rate" in text.stdout
    history = runner.invoke(app, ["interview", "--history", "--lang", "en"]).stdout.splitlines()
    assert len(history) == 2 and history[0].startswith("#1 ") and history[1].endswith("score 100.0")
    listed = json.loads(runner.invoke(app, ["interview", "--history", "--json"]).stdout)
    assert [(r["id"], r["score"]) for r in listed] == [(1, 75.0), (2, 100.0)]


def test_the_interface_speaks_chinese_by_default(mlprep_home: Path) -> None:
    result = runner.invoke(app, ["interview", "--topic", "ivtest", "-n", "3", "--no-drill"], input=ALL_GOOD + "\n")
    assert "剩余 30:00 · 第 1/3 题" in result.stdout and "面试报告" in result.stdout
    assert "梯度下降怎么更新参数？" in result.stdout and "已保存为面试 #1" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--topic", "ivtets"], "mlprep: --topic: unknown topic 'ivtets' (did you mean 'ivtest'?)\n"),
        (["--drill", "rowz"], "mlprep: --drill: unknown drill 'rowz'; did you mean 'rows'?\n"),
        (["--drill", "rows", "--no-drill"], "mlprep: use --drill NAME or --no-drill, not both\n"),
        (["--report", "999"], "mlprep: --report: no interview 999 (`mlprep interview --history` lists them)\n"),
        (["--report", "first"], "mlprep: --report: expected 'last' or an interview number, not 'first'\n"),
        (["--report", "last"], "mlprep: --report: no interview saved yet (`mlprep interview --history` lists them)\n"),
        (["--report", "last", "--history"], "mlprep: use --report or --history, not both\n"),
    ],
)
def test_bad_options_are_one_line_errors_with_exit_2(args: list[str], message: str) -> None:
    result = runner.invoke(app, ["interview", *args], input="")
    assert result.exit_code == 2, result.output
    assert result.stderr == message
    assert result.stdout == ""
