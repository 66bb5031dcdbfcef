"""The interface's own text: Chinese with --lang zh, English with --lang en, -h everywhere, plurals, option
letters as the explanation cites them, and when the next card comes back when nothing is due."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mlprep.cli.app import app

from bankfiles import write_bank, write_text

runner = CliRunner()


@pytest.fixture
def own_bank(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    bank = tmp_path / "bank"
    write_bank(bank, ids=("own-a",), choice_ids=("own-choice",), topic="own")
    monkeypatch.setenv("MLPREP_BANK", str(bank))
    return bank


@pytest.mark.parametrize(
    "command",
    [
        [],
        ["quiz"],
        ["review"],
        ["stats"],
        ["bank"],
        ["bank", "list"],
        ["bank", "show"],
        ["bank", "validate"],
        ["drill"],
        ["interview"],
    ],
)
def test_h_is_help_on_every_command(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "-h"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.stdout and re.search(r"--help +-h", result.stdout)


def test_chinese_interface(own_bank: Path) -> None:
    result = runner.invoke(app, ["quiz", "--topic", "own", "--difficulty", "medium"], input="ac\n")
    assert "选择题" in result.stdout and "✓ 正确" in result.stdout and "解析" in result.stdout
    assert "本次：评分 1 次 — 重来 0 · 困难 0 · 良好 1 · 简单 0" in result.stdout
    revealed = runner.invoke(app, ["quiz", "--topic", "own", "--difficulty", "easy"], input="\n")
    assert "答案" in revealed.stdout and "要点" in revealed.stdout
    assert "评分：1 重来 · 2 困难 · 3 良好 · 4 简单 · u 撤销" in revealed.stdout


def test_english_interface(own_bank: Path) -> None:
    args = ["quiz", "--topic", "own", "--difficulty", "medium", "--lang", "en"]
    result = runner.invoke(app, args, input="x\nb\n")
    assert "Answer with letters A–C." in result.stdout and "✗ wrong" in result.stdout
    assert "Again · next in 1 min" in result.stdout
    assert "Session: 1 rated — Again 1 · Hard 0 · Good 0 · Easy 0" in result.stdout
    assert "Next due: 1 in 1 min" in result.stdout


def test_option_letters_follow_the_explanation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_bank(tmp_path, choice_ids=("upper",), ids=(), topic="own")
    text = path.read_text(encoding="utf-8")
    lower = text.replace("id: upper", "id: lower").replace("一和二正确。", "(a) 和 (c) 正确。")
    write_text(tmp_path, lower.split("questions:\n", 1)[1].join(["questions:\n", ""]), name="lower.yaml")
    monkeypatch.setenv("MLPREP_BANK", str(tmp_path))
    upper = runner.invoke(app, ["bank", "show", "upper"]).stdout
    assert "A) 正确一" in upper and "✓ C) 正确二" in upper
    lowered = runner.invoke(app, ["bank", "show", "lower"]).stdout
    assert "a) 正确一" in lowered and "✓ c) 正确二" in lowered


def test_plurals(own_bank: Path, tmp_path: Path) -> None:
    listed = runner.invoke(app, ["bank", "list", "--topic", "own", "--difficulty", "easy", "--lang", "en"])
    assert listed.stdout.rstrip().endswith("\n1 question")
    assert (
        runner.invoke(app, ["bank", "list", "--topic", "own", "--lang", "en"]).stdout.rstrip().endswith("2 questions")
    )
    single = write_bank(tmp_path / "single", ids=("only",))
    assert runner.invoke(app, ["bank", "validate", "--alone", str(single)]).stdout == "ok: 1 question in 1 file\n"


def test_nothing_due_says_when_the_next_card_comes(own_bank: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MLPREP_NOW", "2026-03-02T08:00:00+00:00")
    runner.invoke(app, ["review", "--new", "1"], input="\n3\n")  # Good: back in 10 minutes
    again = runner.invoke(app, ["review", "--new", "1", "--lang", "en"], input="")
    expected = "Nothing due — next card in 10 min; today's new question is done (--new allows more)"
    assert " ".join(again.stdout.split()) == expected
    zh = runner.invoke(app, ["review", "--new", "0"], input="").stdout
    assert zh == "暂无到期卡片 — 下一张 10 分钟后到期\n"


def test_bank_list_never_cuts_an_id_or_a_question(monkeypatch: pytest.MonkeyPatch) -> None:
    from mlprep.bank.load import load_paths
    from mlprep.paths import shipped_bank
    from mlprep.text.latex import render_math

    monkeypatch.setenv("COLUMNS", "40")
    shown = runner.invoke(app, ["bank", "list", "--lang", "en"]).stdout
    lines = shown.splitlines()
    assert max(len(line) for line in lines) <= 40
    flat = re.sub(r"\s", "", shown)
    for q in load_paths([shipped_bank()]):
        if len(q.id) <= 40:
            assert q.id in [line.split(" ")[0] for line in lines]  # whole, on one line
        assert q.id in flat
        first = render_math((q.question_en or q.question).splitlines()[0]).replace("**", "").replace("`", "")
        assert re.sub(r"\s", "", first) in flat, q.id
