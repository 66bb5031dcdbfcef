"""`mlprep bank search`, `bank topics`, `bank tags`, and the closest topics or tags for a filter that
matches nothing, through CliRunner on a small bank of made-up words (so the shipped bank never matches)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mlprep import paths
from mlprep.bank import search
from mlprep.bank.cache import Bank
from mlprep.cli.app import app

from bankfiles import write_text

runner = CliRunner()

BANK = """\
questions:
  - id: zq-one
    topic: zqalpha
    tags: [florb, shared-tag]
    difficulty: easy
    question: 什么是麒麟归一化？它和层归一化有何不同？
    question_en: What is florbination?
    answer: 麒麟归一化把每一层的输出缩放到单位方差。
    answer_en: Florbination rescales the output of each layer to unit variance.
    key_points: [麒麟归一化, 单位方差]
    key_points_en: [Florbination, unit variance]
  - id: zq-two
    topic: zqalpha
    tags: [shared-tag]
    difficulty: medium
    question: 梯度裁剪在什么时候有用？
    question_en: When does gradient clipping help?
    answer: 梯度裁剪限制梯度范数，与麒麟归一化无关。
    answer_en: Gradient clipping bounds the gradient norm; florbinated layers have nothing to do with it.
    key_points: [梯度裁剪, 梯度范数]
    key_points_en: [Gradient clipping, gradient norm]
  - id: zq-three
    type: choice
    topic: zqbeta
    tags: [shared-tag, qux-tag]
    difficulty: hard
    question: 哪些说法正确？
    question_en: Which are true?
    options:
      - text: 学习率 zorptastic 时收敛最快
        text_en: a zorptastic learning rate converges fastest
        correct: true
      - text: 学习率越大越好
        text_en: the larger the learning rate the better
        correct: false
      - text: 学习率不重要
        text_en: the learning rate does not matter
        correct: false
    explanation: 第一项正确。
    explanation_en: The first is true.
"""


@pytest.fixture
def bank_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "zq-bank"
    write_text(directory, BANK, name="zq.yaml")
    return directory


def found(*args: str) -> dict:
    result = runner.invoke(app, ["bank", "search", *args, "--json"])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def test_chinese_substring_is_found_and_ranked(bank_dir: Path) -> None:
    result = found("麒麟归一", "--bank", str(bank_dir))
    assert result["total"] == 2 and result["ranked"] is True
    # In the question, answer and key points of zq-one; only in the answer of zq-two.
    assert [hit["id"] for hit in result["hits"]] == ["zq-one", "zq-two"]


def test_english_words_match_without_stemming(bank_dir: Path) -> None:
    result = found("florbinat", "--lang", "en", "--bank", str(bank_dir))
    assert {hit["id"] for hit in result["hits"]} == {"zq-one", "zq-two"}  # florbination, florbinated
    assert result["hits"][0]["id"] == "zq-one"
    assert found("FLORBINATION", "--bank", str(bank_dir))["total"] == 1  # any case


def test_lang_restricts_the_text_searched(bank_dir: Path) -> None:
    assert found("florbinat", "--lang", "zh", "--bank", str(bank_dir))["total"] == 0
    assert found("麒麟归一", "--lang", "en", "--bank", str(bank_dir))["total"] == 0
    assert found("麒麟归一", "--lang", "zh", "--bank", str(bank_dir))["total"] == 2


def test_options_explanations_and_tags_are_searched(bank_dir: Path) -> None:
    assert [h["id"] for h in found("zorptastic", "--bank", str(bank_dir))["hits"]] == ["zq-three"]
    assert [h["id"] for h in found("qux-tag", "--bank", str(bank_dir))["hits"]] == ["zq-three"]


def test_every_term_must_occur(bank_dir: Path) -> None:
    assert [h["id"] for h in found("梯度裁剪", "麒麟归一", "--bank", str(bank_dir))["hits"]] == ["zq-two"]


def test_json_shape_and_the_snippet_marks_the_match(bank_dir: Path) -> None:
    result = found("麒麟归一", "--bank", str(bank_dir))
    assert set(result) == {"query", "lang", "total", "ranked", "hits"}
    assert result["query"] == "麒麟归一" and result["lang"] is None
    hit = result["hits"][0]
    assert set(hit) == {"id", "topic", "difficulty", "snippet", "marks"}
    assert hit["topic"] == "zqalpha" and hit["difficulty"] == "easy"
    assert hit["marks"] and all(hit["snippet"][a:b] == "麒麟归一" for a, b in hit["marks"])
    assert "\n" not in hit["snippet"]


def test_text_output_shows_id_topic_and_snippet(bank_dir: Path) -> None:
    result = runner.invoke(app, ["bank", "search", "麒麟归一", "--bank", str(bank_dir)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("zq-one zqalpha") and "麒麟归一" in lines[1]
    assert "2 道题" in result.stdout


def test_limit_shows_fewer_and_says_how_many_match(bank_dir: Path) -> None:
    result = found("麒麟归一", "--limit", "1", "--bank", str(bank_dir))
    assert result["total"] == 2 and [h["id"] for h in result["hits"]] == ["zq-one"]
    text = runner.invoke(app, ["bank", "search", "麒麟归一", "--limit", "1", "--lang", "en", "--bank", str(bank_dir)])
    assert text.exit_code == 1  # nothing in the English text
    text = runner.invoke(app, ["bank", "search", "麒麟归一", "--limit", "1", "--bank", str(bank_dir)])
    assert "(1 shown; --limit N shows more)" in text.stdout


def test_no_results_is_one_line_and_exit_1(bank_dir: Path) -> None:
    result = runner.invoke(app, ["bank", "search", "xyzzyplugh", "--bank", str(bank_dir)])
    assert result.exit_code == 1
    assert result.stderr == "mlprep: no questions contain 'xyzzyplugh'\n"
    as_json = runner.invoke(app, ["bank", "search", "xyzzyplugh", "--json"])
    assert as_json.exit_code == 1 and json.loads(as_json.stdout)["hits"] == []


def test_empty_text_is_a_usage_error() -> None:
    assert runner.invoke(app, ["bank", "search", "  "]).exit_code == 2
    assert runner.invoke(app, ["bank", "search"]).exit_code == 2


def test_two_character_query_is_scanned_question_first(bank_dir: Path) -> None:
    result = found("麒麟", "--bank", str(bank_dir))
    assert result["ranked"] is False and result["total"] == 2
    assert [h["id"] for h in result["hits"]] == ["zq-one", "zq-two"]  # in the question before in the answer
    for hit in result["hits"]:
        assert hit["marks"] and all(hit["snippet"][a:b] == "麒麟" for a, b in hit["marks"])
    mixed = found("麒麟", "florbinat", "--bank", str(bank_dir))  # a short term filters an indexed one
    assert mixed["ranked"] is True and [h["id"] for h in mixed["hits"]] == ["zq-one", "zq-two"]
    same_column = found("麒麟", "归一化", "--bank", str(bank_dir))["hits"][0]
    assert {same_column["snippet"][a:b] for a, b in same_column["marks"]} == {"麒麟", "归一化"}


def test_search_follows_the_banks_in_use_and_never_reparses(bank_dir: Path, mlprep_home: Path) -> None:
    assert found("麒麟归一", "--bank", str(bank_dir))["total"] == 2
    assert found("麒麟归一")["total"] == 0  # the file is still in the cache, but not in use
    bank = Bank.open(paths.bank_dirs([bank_dir]), paths.cache_path())
    assert bank.parsed == [] and len(bank.search("麒麟归一").hits) == 2
    bank.close()
    path = bank_dir / "zq.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("麒麟", "凤凰"), encoding="utf-8")
    assert found("麒麟归一", "--bank", str(bank_dir))["total"] == 0
    assert found("凤凰归一", "--bank", str(bank_dir))["total"] == 2


def test_without_fts5_trigram_the_text_is_scanned(bank_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "indexed", lambda: False)
    result = runner.invoke(app, ["bank", "search", "麒麟归一", "--json", "--bank", str(bank_dir)])
    assert result.exit_code == 0
    assert result.stderr.count("\n") == 1 and "no FTS5 trigram" in result.stderr
    hits = json.loads(result.stdout)["hits"]
    assert [h["id"] for h in hits] == ["zq-one", "zq-two"]
    assert all(h["snippet"][a:b] == "麒麟归一" for h in hits for a, b in h["marks"])


def test_topics_with_counts(bank_dir: Path) -> None:
    result = runner.invoke(app, ["bank", "topics", "--json", "--bank", str(bank_dir)])
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert {"topic": "zqalpha", "questions": 2} in rows and {"topic": "zqbeta", "questions": 1} in rows
    assert [r["topic"] for r in rows] == sorted(r["topic"] for r in rows)
    text = runner.invoke(app, ["bank", "topics", "--bank", str(bank_dir)])
    line = next(line for line in text.stdout.splitlines() if line.startswith("zqalpha"))
    assert line.split()[-1] == "2"


def test_tags_with_counts_most_used_first(bank_dir: Path) -> None:
    result = runner.invoke(app, ["bank", "tags", "--json", "--bank", str(bank_dir)])
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert {"tag": "shared-tag", "questions": 3} in rows and {"tag": "qux-tag", "questions": 1} in rows
    counts = [r["questions"] for r in rows]
    assert counts == sorted(counts, reverse=True)
    text = runner.invoke(app, ["bank", "tags", "--bank", str(bank_dir)])
    line = next(line for line in text.stdout.splitlines() if line.startswith("shared-tag"))
    assert line.split()[-1] == "3"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["quiz", "--tag", "shared-tga"], "no questions match --tag shared-tga; did you mean --tag shared-tag?"),
        (["bank", "list", "--topic", "zqalpa"], "no questions match --topic zqalpa; did you mean --topic zqalpha?"),
        (["bank", "list", "--topic", "qux-tag"], "no questions match --topic qux-tag; qux-tag is a tag: --tag qux-tag"),
        (
            ["quiz", "--tag", "nothing-like-it-at-all"],
            "no questions match --tag nothing-like-it-at-all; no tag like 'nothing-like-it-at-all'"
            " (mlprep bank tags lists them)",
        ),
        (
            ["bank", "list", "--topic", "zqalph", "--tag", "qux-tga"],
            "no questions match --topic zqalph, --tag qux-tga; did you mean --topic zqalpha?;"
            " did you mean --tag qux-tag?",
        ),
        (
            ["bank", "list", "--topic", "zqbeta", "--difficulty", "easy"],
            "no questions match --topic zqbeta, --difficulty easy",
        ),
    ],
)
def test_a_filter_matching_nothing_names_the_closest(bank_dir: Path, args: list[str], message: str) -> None:
    result = runner.invoke(app, [*args, "--bank", str(bank_dir)])
    assert result.exit_code == 1
    assert result.stderr == f"mlprep: {message}\n"
