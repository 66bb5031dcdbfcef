"""Malformed banks: every problem is one `file:line: field: message` line, exit 1, no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from mlprep.cli.app import app

from bankfiles import write_bank, write_text

runner = CliRunner()

VALID_HEAD = """\
questions:
  - id: q-one
    topic: custom
    tags: []
    difficulty: easy
    question: 问题
"""


def validate(*paths: Path):
    return runner.invoke(app, ["bank", "validate", *map(str, paths)])


def assert_one_problem(result, expected: str) -> None:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert any(expected in line for line in lines), lines


def test_valid_bank_passes(tmp_path: Path) -> None:
    path = write_bank(tmp_path, ids=("a-1", "a-2"), choice_ids=("a-3",))
    result = validate(path)
    assert result.exit_code == 0, result.output
    assert "3 questions in 1 file" in result.stdout


def test_broken_yaml_names_file_and_line(tmp_path: Path) -> None:
    path = write_text(tmp_path, VALID_HEAD + "    answer: [unclosed\n    key_points: [a, b]\n")
    assert_one_problem(validate(path), f"{path}:8: yaml:")


def test_missing_field(tmp_path: Path) -> None:
    path = write_text(tmp_path, VALID_HEAD + "    key_points: [a, b]\n")
    assert_one_problem(validate(path), f"{path}:2: answer: missing")


def test_empty_field(tmp_path: Path) -> None:
    path = write_text(tmp_path, VALID_HEAD + '    answer: "  "\n    key_points: [a, b]\n')
    assert_one_problem(validate(path), f"{path}:7: answer: is empty")


def test_unknown_difficulty_suggests(tmp_path: Path) -> None:
    text = VALID_HEAD.replace("difficulty: easy", "difficulty: medum") + "    answer: x\n    key_points: [a, b]\n"
    path = write_text(tmp_path, text)
    assert_one_problem(validate(path), f"{path}:5: difficulty: unknown difficulty 'medum' (did you mean 'medium'?)")


def test_unknown_field_suggests_the_right_one(tmp_path: Path) -> None:
    path = write_text(tmp_path, VALID_HEAD + "    anwser: x\n    key_points: [a, b]\n")
    result = validate(path)
    assert_one_problem(result, f"{path}:7: anwser: unknown field (did you mean 'answer'?)")


def test_key_points_count(tmp_path: Path) -> None:
    path = write_text(tmp_path, VALID_HEAD + "    answer: x\n    key_points: [only-one]\n")
    assert_one_problem(validate(path), f"{path}:8: key_points: needs 2–6 key points, has 1")


def test_duplicate_id_in_one_file(tmp_path: Path) -> None:
    path = write_bank(tmp_path, ids=("same", "same"))
    assert_one_problem(validate(path), f"{path}:14: id: duplicate id 'same' (also at {path}:2)")


def test_duplicate_id_across_banks_names_both_places(tmp_path: Path) -> None:
    first = write_bank(tmp_path / "one", ids=("shared",))
    second = write_bank(tmp_path / "two", ids=("shared",))
    result = validate(tmp_path / "one", tmp_path / "two")
    assert_one_problem(result, f"{second}:2: id: duplicate id 'shared' (also at {first}:2)")


def test_collision_with_the_shipped_bank_when_quizzing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mlprep.bank.cache import open_bank

    shipped_id = open_bank().ids()[0]
    path = write_bank(tmp_path, ids=(shipped_id,))
    monkeypatch.setenv("MLPREP_BANK", str(tmp_path))
    result = runner.invoke(app, ["quiz", "-n", "1"], input="")
    assert result.exit_code == 1
    assert f"duplicate id '{shipped_id}'" in result.stderr and str(path) in result.stderr
    assert "Traceback" not in result.output


def test_choice_question_problems(tmp_path: Path) -> None:
    text = """\
    questions:
      - id: c-1
        type: choice
        topic: t
        tags: []
        difficulty: easy
        question: q
        explanation: e
        options:
          - {text: a, correct: false}
          - {text: a, correct: false}
          - {text: b, corect: true}
    """
    result = validate(write_text(tmp_path, text))
    assert result.exit_code == 1
    err = result.stderr
    assert "options: option 2: duplicate option 'a'" in err
    assert "options: option 3: unknown field 'corect' (did you mean 'correct'?)" in err


def test_field_of_the_other_type(tmp_path: Path) -> None:
    path = write_text(tmp_path, VALID_HEAD + "    answer: x\n    key_points: [a, b]\n    explanation: e\n")
    assert_one_problem(validate(path), f"{path}:9: explanation: not used by open questions")


def test_not_a_bank_file(tmp_path: Path) -> None:
    path = write_text(tmp_path, "- just\n- a list\n")
    assert_one_problem(validate(path), f"{path}:1: questions: missing")


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    text = VALID_HEAD.replace("difficulty: easy", "difficulty: extreme") + "    anwser: x\n    key_points: [a, b]\n"
    result = validate(write_text(tmp_path, text))
    assert len(result.stderr.strip().splitlines()) == 3  # difficulty, unknown field, missing answer


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    result = validate(tmp_path / "nope.yaml")
    assert result.exit_code == 2
    assert result.stderr == f"mlprep: PATH: {tmp_path / 'nope.yaml'}: No such file or directory\n"


def test_user_bank_from_env_and_option(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_bank(tmp_path / "env", ids=("env-q",), topic="mine")
    write_bank(tmp_path / "opt", ids=("opt-q",), topic="mine")
    monkeypatch.setenv("MLPREP_BANK", str(tmp_path / "env"))
    result = runner.invoke(app, ["bank", "list", "--topic", "mine", "--bank", str(tmp_path / "opt")])
    assert result.exit_code == 0, result.output
    assert "env-q" in result.stdout and "opt-q" in result.stdout
    assert "2 道题" in result.stdout


def test_validate_checks_a_path_together_with_the_configured_banks(tmp_path: Path) -> None:
    from mlprep.bank.cache import open_bank

    shipped = open_bank().get(open_bank().ids()[0])
    path = write_bank(tmp_path / "mine", ids=(shipped.id, "mine-only"))
    result = validate(tmp_path / "mine")
    assert_one_problem(result, f"{path}:2: id: duplicate id '{shipped.id}' (also at {shipped.source})")
    alone = runner.invoke(app, ["bank", "validate", "--alone", str(tmp_path / "mine")])
    assert alone.exit_code == 0, alone.output
    assert alone.stdout == "ok: 2 questions in 1 file\n"


def test_validate_names_the_configured_bank_a_path_collides_with(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env_file = write_bank(tmp_path / "env", ids=("taken",))
    option_file = write_bank(tmp_path / "option", ids=("also-taken",))
    path = write_bank(tmp_path / "new", ids=("taken", "also-taken", "free"))
    monkeypatch.setenv("MLPREP_BANK", str(tmp_path / "env"))
    result = runner.invoke(app, ["bank", "validate", str(path), "--bank", str(tmp_path / "option")])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"mlprep: {path}:2: id: duplicate id 'taken' (also at {env_file}:2)",
        f"mlprep: {path}:14: id: duplicate id 'also-taken' (also at {option_file}:2)",
    ]


@pytest.mark.parametrize("case", ["shipped-collision", "problems-and-duplicate", "bad-yaml", "fine"])
def test_validate_and_quiz_always_agree(tmp_path: Path, case: str) -> None:
    from mlprep.bank.cache import open_bank

    bank = tmp_path / "bank"
    if case == "shipped-collision":
        write_bank(bank, ids=(open_bank().ids()[-1],))
    elif case == "problems-and-duplicate":
        write_text(bank, VALID_HEAD + "    key_points: [a, b]\n")
        write_bank(bank, name="other.yaml", ids=("q-one",))
    elif case == "bad-yaml":
        write_text(bank, VALID_HEAD + "    answer: [unclosed\n")
    else:
        write_bank(bank, ids=("fine-1",))
    checked = runner.invoke(app, ["bank", "validate", str(bank)])
    quizzed = runner.invoke(app, ["quiz", "-n", "1", "--bank", str(bank)], input="")
    listed = runner.invoke(app, ["bank", "list", "--bank", str(bank)])
    assert checked.exit_code == listed.exit_code == (0 if case == "fine" else 1)
    assert quizzed.exit_code == checked.exit_code
    assert checked.stderr == quizzed.stderr == listed.stderr
    if case == "problems-and-duplicate":
        assert len(checked.stderr.splitlines()) == 2  # the missing answer and the duplicate, in one run


TRICKY_YAML = """\ufeff# a comment
questions:
  - {id: flow, "quoted key": 'single ''quoted''', empty: , tilde: ~, yes_word: yes, off_word: Off}
  - id: blocks
    literal: |
      line one
        indented
    folded: >-
      folded
      text
    plain: a plain
      multi-line scalar
    list: [a, "b", c d]
    nested: {options: [{text: x, correct: true}]}
    explicit: !!str 12
    number: 12
    date: 2024-01-02\r
"""


def _plain(value):
    """The reader's values in `yaml.safe_load`'s terms: locations dropped, other scalars converted."""
    import yaml

    from mlprep.bank.parse import Other

    if isinstance(value, Other):
        return yaml.safe_load(value.text)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


@pytest.mark.parametrize("source", ["tricky", "shipped"])
def test_the_reader_reads_what_yaml_load_reads(tmp_path: Path, source: str) -> None:
    import yaml

    from mlprep.bank.parse import Reader
    from mlprep.paths import shipped_bank

    if source == "tricky":
        (tmp_path / "t.yaml").write_bytes(TRICKY_YAML.encode())
        files = [tmp_path / "t.yaml"]
    else:
        files = sorted(shipped_bank().glob("*.yaml"))
    for path in files:
        problems: list[str] = []
        items = [_plain(item) for _, item in Reader(path.read_bytes(), str(path), problems).items()]
        assert problems == []
        assert items == yaml.safe_load(path.read_bytes())["questions"], path


def test_alone_needs_a_path() -> None:
    result = runner.invoke(app, ["bank", "validate", "--alone"])
    assert result.exit_code == 2 and result.stderr == "mlprep: --alone: give the files or directories to check\n"


def test_follow_ups_are_checked_for_form_in_their_file(tmp_path: Path) -> None:
    text = VALID_HEAD + "    answer: x\n    key_points: [a, b]\n    follow_ups:\n      - q-one\n      - Not An Id\n"
    text += "      - other\n      - other\n"
    path = write_text(tmp_path, text + "  - id: other\n" + VALID_HEAD.split("\n", 2)[2].replace("q-one", "other"))
    result = validate(path)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[:3] == [
        f"mlprep: {path}:10: follow_ups: item 1: a question cannot be its own follow-up",
        f"mlprep: {path}:11: follow_ups: item 2 'Not An Id' is not a question id",
        f"mlprep: {path}:13: follow_ups: item 4: 'other' is given twice",
    ]
    one = VALID_HEAD + "    answer: x\n    key_points: [a, b]\n    follow_ups: other\n"
    scalar = write_text(tmp_path, one, "s.yaml")
    assert_one_problem(validate(scalar), f"{scalar}:9: follow_ups: must be a list, not str")


def test_follow_ups_name_questions_of_any_bank_in_use(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mlprep.bank.cache import open_bank

    shipped = open_bank().ids()[0]
    write_bank(tmp_path / "other", ids=("in-other-bank",))
    text = VALID_HEAD + f"    answer: x\n    key_points: [a, b]\n    follow_ups: [{shipped}, in-other-bank]\n"
    path = write_text(tmp_path / "mine", text)
    assert validate(tmp_path / "mine", tmp_path / "other").exit_code == 0
    result = validate(tmp_path / "mine")
    assert result.stderr == f"mlprep: {path}:9: follow_ups: no question with id 'in-other-bank'\n"
    monkeypatch.setenv("MLPREP_BANK", str(tmp_path / "mine"))
    quizzed = runner.invoke(app, ["quiz", "-n", "1"], input="")  # every command refuses it, like a duplicate
    assert quizzed.exit_code == 1 and quizzed.stderr == result.stderr


def test_an_unknown_follow_up_suggests_the_closest_id(tmp_path: Path) -> None:
    write_bank(tmp_path, name="a.yaml", ids=("softmax-saturation",))
    text = VALID_HEAD + "    answer: x\n    key_points: [a, b]\n    follow_ups: [softmax-saturaton]\n"
    path = write_text(tmp_path, text, "b.yaml")
    result = runner.invoke(app, ["bank", "validate", "--alone", str(tmp_path)])
    assert_one_problem(
        result, f"{path}:9: follow_ups: no question with id 'softmax-saturaton' (did you mean 'softmax-saturation'?)"
    )
