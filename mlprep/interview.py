"""A mock interview: which questions to ask, how an answer scores, and the report at the end.

Questions come from the selected topics in turn, preferring cards that are due or weak, ordered easy →
hard. An open answer scores by the key points it covers (in either language); a choice answer by its
letters. An answer that covers fewer than half its key points earns one follow-up question. Every answered
question is rated into FSRS from its score (Good ≥ 80 %, Hard ≥ 50 %, else Again) unless the learner
overrides it. Pure: no terminal, no store, no clock of its own.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from mlprep.bank.answers import choice_is_right, covered_points, parse_choice
from mlprep.bank.model import DIFFICULTY_RANK, Question
from mlprep.srs.store import CardRow

FOLLOW_UP_BELOW = 0.5
GOOD_FROM, HARD_FROM = 0.8, 0.5
DRILL_WEIGHT = 0.3  # share of the overall score that the drill carries when there is one
DRILL_MINUTES = 15  # the drill's own budget, apart from the questions' minutes
WEAK_DIFFICULTY = 6.0  # FSRS difficulty runs 1–10; a card first rated Again starts near 6.4


@dataclass
class Answer:
    """One answered question; `key_points` are in the interview's language."""

    question_id: str
    topic: str
    difficulty: str
    text: str
    key_points: list[str]
    covered: list[bool]
    seconds: float
    follow_up_of: str | None = None
    rating: int = 0

    @property
    def coverage(self) -> float:
        return sum(self.covered) / len(self.covered) if self.covered else 0.0

    @property
    def missed(self) -> list[str]:
        return [p for p, hit in zip(self.key_points, self.covered, strict=True) if not hit]


@dataclass
class DrillResult:
    """The drill's check: tests passed, the known bugs it was diagnosed with, and the time against its budget."""

    name: str
    passed: bool
    tests_passed: int
    tests_total: int
    bugs: list[str]
    seconds: float
    budget: float = DRILL_MINUTES * 60
    failing: list[str] = field(default_factory=list)
    problem: str = ""

    @property
    def over_budget(self) -> bool:
        return self.seconds > self.budget


@dataclass
class Report:
    """The whole interview; saved in the store as JSON."""

    started_at: str
    minutes: float
    lang: str
    answers: list[Answer] = field(default_factory=list)
    drill: DrillResult | None = None
    ended_early: bool = False
    id: int | None = None
    planned: int = 0
    time_up: bool = False

    @property
    def score(self) -> float:
        """0–100: mean coverage of the answers, with the drill's share of tests when there is one."""
        questions = sum(a.coverage for a in self.answers) / len(self.answers) if self.answers else 0.0
        if self.drill is None or not self.drill.tests_total:
            return round(100 * questions, 1)
        drill = self.drill.tests_passed / self.drill.tests_total
        if not self.answers:
            return round(100 * drill, 1)
        return round(100 * ((1 - DRILL_WEIGHT) * questions + DRILL_WEIGHT * drill), 1)

    @property
    def seconds(self) -> float:
        """Time spent answering, the drill included."""
        return sum(a.seconds for a in self.answers) + (self.drill.seconds if self.drill else 0.0)

    def weakest_topics(self, n: int = 3) -> list[tuple[str, float]]:
        """Topics by mean coverage, weakest first; only topics with something missed."""
        by_topic: dict[str, list[float]] = defaultdict(list)
        for a in self.answers:
            by_topic[a.topic].append(a.coverage)
        means = [(t, sum(v) / len(v)) for t, v in by_topic.items()]
        return sorted((m for m in means if m[1] < 1.0), key=lambda m: (m[1], m[0]))[:n]

    def review_next(self) -> list[str]:
        """Questions whose answers missed something, weakest first, then the drill if it failed."""
        ids = [a.question_id for a in sorted(self.answers, key=lambda a: a.coverage) if a.coverage < 1.0]
        if self.drill is not None and not self.drill.passed:
            ids.append(f"drill:{self.drill.name}")
        return ids

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["score"] = self.score
        data["seconds"] = round(self.seconds, 1)
        data["weakest_topics"] = [{"topic": t, "coverage": round(c, 3)} for t, c in self.weakest_topics()]
        data["review_next"] = self.review_next()
        for entry, answer in zip(data["answers"], self.answers, strict=True):
            entry["coverage"] = round(answer.coverage, 3)
            entry["missed"] = answer.missed
        if self.drill is not None:
            data["drill"]["over_budget"] = self.drill.over_budget
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        """A saved report (derived figures such as `score` are recomputed, not read)."""
        answers = [Answer(**_known(Answer, a)) for a in data.get("answers", [])]
        drill = DrillResult(**_known(DrillResult, data["drill"])) if data.get("drill") else None
        return cls(**{**_known(cls, data), "answers": answers, "drill": drill})


def _known(kind: type, data: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(kind)}
    return {k: v for k, v in data.items() if k in names}


def weak_cards(cards: dict[str, CardRow], counts: dict[str, tuple[int, int]]) -> set[str]:
    """Cards the learner finds hard: lapsed at least once, or with a high FSRS difficulty."""
    lapsed = {card for card, (_, lapses) in counts.items() if lapses}
    return lapsed | {card for card, row in cards.items() if (row.difficulty or 0) >= WEAK_DIFFICULTY}


def choose(
    questions: list[Question], n: int, due: set[str], weak: set[str], seen: set[str], rng: random.Random
) -> list[Question]:
    """`n` questions taken from each topic in turn (due first, then weak, then new, then the rest; random
    within each), then ordered easy → hard."""
    by_topic: dict[str, list[Question]] = defaultdict(list)
    for q in questions:
        by_topic[q.topic].append(q)

    def rank(q: Question) -> tuple[int, float]:
        tier = 0 if q.id in due else 1 if q.id in weak else 2 if q.id not in seen else 3
        return tier, rng.random()

    pools = {t: sorted(qs, key=rank) for t, qs in sorted(by_topic.items())}
    topics = list(pools)
    rng.shuffle(topics)
    chosen: list[Question] = []
    while len(chosen) < n and any(pools.values()):
        for topic in topics:
            if pools[topic] and len(chosen) < n:
                chosen.append(pools[topic].pop(0))
    return sorted(chosen, key=lambda q: DIFFICULTY_RANK.get(q.difficulty, 1))


def judge(question: Question, text: str, lang: str) -> tuple[list[str], list[bool]]:
    """The points an answer is judged on (in `lang`) and which it covered. An open question's key point
    counts as covered in either language; a choice question has one point, its right options."""
    view = question.in_language(lang)
    if question.is_choice:
        selected = parse_choice(text, len(question.options))
        right = " / ".join(o.text for o in view.options if o.correct)
        return [right], [selected is not None and choice_is_right(question, selected)]
    covered = covered_points(text, question.key_points)
    if question.key_points_en:
        english = covered_points(text, question.key_points_en)
        covered = [a or b for a, b in zip(covered, english, strict=True)]
    return list(view.key_points), covered


def wants_follow_up(answer: Answer) -> bool:
    return answer.follow_up_of is None and answer.coverage < FOLLOW_UP_BELOW


def follow_up(question: Question, pool: list[Question], asked: set[str], rng: random.Random) -> Question | None:
    """A related question not asked yet: one the question names in `follow_ups`, else one of its topic
    sharing a tag with it."""
    by_id = {q.id: q for q in pool}
    named = [by_id[i] for i in question.follow_ups if i in by_id and i not in asked]
    if named:
        return named[0]
    related = [q for q in pool if q.topic == question.topic and q.id not in asked and set(q.tags) & set(question.tags)]
    return rng.choice(related) if related else None


def suggested_rating(coverage: float) -> int:
    return 3 if coverage >= GOOD_FROM else 2 if coverage >= HARD_FROM else 1


def parse_ratings(text: str, count: int) -> list[int] | None:
    """`count` ratings 1–4 typed as `3 2 3 1` (or `3231`); None for anything else."""
    digits = re.sub(r"[\s,，]+", "", text)
    if len(digits) != count or any(d not in "1234" for d in digits):
        return None
    return [int(d) for d in digits]
