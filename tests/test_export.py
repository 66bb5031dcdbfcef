"""`mlprep export`: the .apkg opened as what it is (a zip holding an SQLite collection), stable GUIDs
across exports, math as MathJax, tags; CSV round-trips through the csv module; the review log in the
FSRS optimizer's columns."""

from __future__ import annotations

import csv
import sqlite3
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mlprep.cli.app import app
from mlprep.export.html import to_html

runner = CliRunner()
pytest.importorskip("genanki")


def notes(apkg: Path, tmp_path: Path) -> list[tuple[str, list[str], str]]:
    """(guid, fields, tags) of every note in the package."""
    with zipfile.ZipFile(apkg) as z:
        z.extract("collection.anki2", tmp_path)
    with sqlite3.connect(tmp_path / "collection.anki2") as conn:
        rows = conn.execute("SELECT guid, flds, tags FROM notes ORDER BY id").fetchall()
    return [(guid, flds.split("\x1f"), tags) for guid, flds, tags in rows]


def test_apkg_has_one_note_per_question_with_stable_guids(tmp_path: Path) -> None:
    out = tmp_path / "deck.apkg"
    result = runner.invoke(app, ["export", "--format", "apkg", "-o", str(out), "--topic", "attention"])
    assert result.exit_code == 0, result.output
    first = notes(out, tmp_path / "a")
    assert first and len({guid for guid, _, _ in first}) == len(first)
    ids = [fields[0] for _, fields, _ in first]
    assert len(set(ids)) == len(ids)
    for _, fields, tags in first:
        assert fields[3] == "attention"
        assert "attention" in tags.split()
        assert "$" not in fields[1] + fields[2]
    assert any("\\(" in fields[1] + fields[2] for _, fields, _ in first)  # math as MathJax
    runner.invoke(app, ["export", "--format", "apkg", "-o", str(out), "--topic", "attention"])
    again = notes(out, tmp_path / "b")
    assert [(g, f[0]) for g, f, _ in again] == [(g, f[0]) for g, f, _ in first]


def test_choice_questions_show_options_in_front_and_the_answer_behind(tmp_path: Path) -> None:
    out = tmp_path / "deck.apkg"
    runner.invoke(app, ["export", "--format", "apkg", "-o", str(out), "--lang", "en"])
    choice = next(fields for _, fields, _ in notes(out, tmp_path) if "-choice-" in fields[0])
    assert "a. " in choice[1] and "b. " in choice[1]
    assert choice[2].startswith("<b>Answer: ")


def test_csv_round_trips_with_card_state(tmp_path: Path) -> None:
    quiz = runner.invoke(app, ["quiz", "-n", "1", "--topic", "knn"], input="\n3\n")
    assert quiz.exit_code == 0
    out = tmp_path / "bank.csv"
    assert runner.invoke(app, ["export", "-o", str(out), "--lang", "zh", "--topic", "knn"]).exit_code == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows and all(r["topic"] == "knn" for r in rows)
    seen = [r for r in rows if r["reps"] == "1"]
    assert len(seen) == 1 and seen[0]["due"] and float(seen[0]["stability"]) > 0


def test_review_log_in_fsrs_columns(tmp_path: Path) -> None:
    runner.invoke(app, ["quiz", "-n", "2", "--topic", "knn"], input="\n3\n\n1\n")
    out = tmp_path / "reviews.csv"
    assert runner.invoke(app, ["export", "--reviews", "-o", str(out)]).exit_code == 0
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == ["card_id", "review_time", "review_rating", "review_state", "review_duration"]
    assert [r["review_rating"] for r in rows] == ["3", "1"]
    assert all(int(r["review_time"]) > 1_600_000_000_000 and r["review_state"] == "0" for r in rows)


def test_bad_output_and_topic_are_usage_errors(tmp_path: Path) -> None:
    missing = runner.invoke(app, ["export", "-o", str(tmp_path / "no" / "x.csv")])
    assert missing.exit_code == 2 and "--output: cannot write" in missing.stderr
    unknown = runner.invoke(app, ["export", "--topic", "atention"])
    assert unknown.exit_code == 2 and "unknown topic 'atention'" in unknown.stderr


def test_html_escapes_text_and_keeps_math_and_code() -> None:
    assert to_html("a <b> & $x^2$ and $$\\sum_i x_i$$") == "a &lt;b&gt; &amp; \\(x^2\\) and \\[\\sum_i x_i\\]"
    assert to_html("use `np.exp`\n```python\nif a < b:\n    pass\n```") == (
        "use <code>np.exp</code><pre><code>if a &lt; b:\n    pass\n</code></pre>"
    )
