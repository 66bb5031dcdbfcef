"""The shipped bank is content checked like code: valid, complete, bilingual, sourced, no near-duplicates."""

from __future__ import annotations

import difflib
import re
from collections import Counter
from pathlib import Path

import pytest

from mlprep.bank.load import load_paths
from mlprep.bank.model import Question
from mlprep.paths import shipped_bank

SEED_ITEMS = Path(__file__).parent / "data" / "seed-items.txt"  # the 41 items of the notes, one per line
REQUIRED_TOPICS = {
    "ml-fundamentals", "linear-models", "knn", "regularization", "optimization", "trees-ensembles",
    "clustering", "deep-learning", "cnn-rnn", "transformer", "attention", "pretrained-lm", "llm", "decoding",
    "probability-statistics", "experiment-design", "recommender-systems", "computer-vision",
    "dimensionality-reduction", "probabilistic-models", "ml-system-design", "reinforcement-learning",
    "efficient-inference",
}  # fmt: skip
NEAR_DUPLICATE = 0.85


@pytest.fixture(scope="module")
def bank() -> list[Question]:
    return load_paths([shipped_bank()])


def normalized(text: str) -> str:
    return re.sub(r"[\s\W_]+", "", text).lower()


def test_size_and_topics(bank: list[Question]) -> None:
    assert len(bank) >= 300
    assert sum(q.is_choice for q in bank) >= 60
    assert {q.topic for q in bank} >= REQUIRED_TOPICS


def test_one_file_per_topic(bank: list[Question]) -> None:
    for q in bank:
        assert Path(q.source.rsplit(":", 1)[0]).stem == q.topic, q.id


def test_every_seed_item_has_a_question(bank: list[Question]) -> None:
    items = [line.strip() for line in SEED_ITEMS.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(items) == 41
    seeds = {q.seed for q in bank if q.seed}
    assert [item for item in items if item not in seeds] == []
    assert seeds - set(items) == set()  # every seed is quoted exactly


def test_split_sections_become_several_questions(bank: list[Question]) -> None:
    per_seed = Counter(q.seed for q in bank if q.seed)
    assert per_seed["优化器"] >= 5  # SGD, Momentum, AdaGrad, RMSProp, Adam
    optimizer_text = " ".join(q.question_en or "" for q in bank if q.seed == "优化器").lower()
    for name in ("sgd", "momentum", "adagrad", "rmsprop", "adam"):
        assert name in optimizer_text


def test_english_alongside_chinese(bank: list[Question]) -> None:
    for q in bank:
        assert q.question_en, q.id
        if q.is_choice:
            assert q.explanation_en and all(o.text_en for o in q.options), q.id
        else:
            assert q.answer_en and len(q.key_points_en) == len(q.key_points), q.id
        assert len(q.pitfalls_en) == len(q.pitfalls), q.id


def test_key_points_appear_in_their_answers(bank: list[Question]) -> None:
    missing = []
    for q in bank:
        for points, answer in ((q.key_points, q.answer), (q.key_points_en, q.answer_en or "")):
            missing += [f"{q.id}: {p}" for p in points if normalized(p) not in normalized(answer)]
    assert missing == []


def test_every_question_has_references(bank: list[Question]) -> None:
    assert [q.id for q in bank if not q.refs or not all(r.strip() for r in q.refs)] == []


def test_choice_questions_are_well_formed(bank: list[Question]) -> None:
    for q in (q for q in bank if q.is_choice):
        assert 3 <= len(q.options) <= 5, q.id
        assert any(o.correct for o in q.options), q.id
        assert len({normalized(o.text) for o in q.options}) == len(q.options), q.id
        assert len({normalized(o.text_en or "") for o in q.options}) == len(q.options), q.id


def test_no_answer_points_elsewhere(bank: list[Question]) -> None:
    pattern = re.compile(r"见上|如上所述|同上|see above|as above", re.IGNORECASE)
    assert [q.id for q in bank if pattern.search(q.answer + q.explanation + (q.answer_en or ""))] == []


def test_no_near_duplicate_questions(bank: list[Question]) -> None:
    """Choice questions share stems such as "下列说法正确的是", so their options count as part of the text."""
    texts = [(q.id, normalized(q.question + "".join(o.text for o in q.options))) for q in bank]
    pairs = []
    matcher = difflib.SequenceMatcher(None, autojunk=False)
    for j, (id_b, b) in enumerate(texts):
        matcher.set_seq2(b)  # the matcher caches what it learns about its second sequence
        for id_a, a in texts[:j]:
            matcher.set_seq1(a)
            if (
                matcher.real_quick_ratio() >= NEAR_DUPLICATE
                and matcher.quick_ratio() >= NEAR_DUPLICATE
                and matcher.ratio() >= NEAR_DUPLICATE
            ):
                pairs.append((id_a, id_b))
    assert pairs == []


def test_no_raw_latex_reaches_the_terminal(bank: list[Question]) -> None:
    """Every `$…$` in every text, in both languages, renders without a LaTeX macro or a stray `$`."""
    from mlprep.text.latex import CODE, render_math

    leftovers = []
    for q in bank:
        for lang in ("zh", "en"):
            view = q.in_language(lang)
            texts = [view.question, view.answer, view.explanation, *view.key_points, *view.pitfalls]
            for text in texts + [o.text for o in view.options]:
                outside_code = CODE.sub("", render_math(text))
                leftovers += [f"{q.id}: {m}" for m in re.findall(r"\\[A-Za-z]+|\$", outside_code)]
    assert leftovers == []


def test_notes_corrections_are_recorded(bank: list[Question]) -> None:
    """The notes' known mistakes are fixed in the answers and kept as pitfalls."""
    by_seed: dict[str, list[Question]] = {}
    for q in bank:
        by_seed.setdefault(q.seed or "", []).append(q)
    handwritten = " ".join(q.answer + " ".join(q.pitfalls) for q in by_seed["手撕逻辑回归"])
    assert "X.T" in handwritten or "X^T" in handwritten or "X^{T}" in handwritten or "Xᵀ" in handwritten
    assert any(q.pitfalls for q in by_seed["手撕逻辑回归"])
    for seed in ("为什么要除以delta dk，dk的含义是？", "ALBERT", "RoBERTa", "fastBERT"):
        assert any(q.pitfalls for q in by_seed[seed]), seed
