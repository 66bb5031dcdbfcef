"""A mock interview: which questions to ask, how an answer scores, and the report at the end.

Questions come from the selected topics in turn, preferring cards that are due or weak, ordered easy →
hard. An open answer scores by the key points it covers; a choice answer by its letters. An answer that
covers fewer than half its key points earns one follow-up question. Every answered question is rated
into FSRS from its score (Good ≥ 80 %, Hard ≥ 50 %, else Again) unless the learner overrides it. Pure:
no terminal, no clock of its own.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any

from mlprep.bank.answers import choice_is_right, covered_points, parse_choice
from mlprep.bank.model import Question

FOLLOW_UP_BELOW = 0.5
GOOD_FROM, HARD_FROM = 0.8, 0.5
DIFFICULTY_ORDER = {"easy": 0, "medium": 1, "hard": 2}
DRILL_WEIGHT = 0.3  # share of the overall score that the drill carries when there is one


@dataclass
class Answer:
    """One answered question."""

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
    name: str
    passed: bool
    tests_passed: int
    tests_total: int
    bugs: list[str]
    seconds: float


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

    @property
    def score(self) -> float:
        """0–100: mean coverage of the answers, with the drill's share of tests when there is one."""
        questions = sum(a.coverage for a in self.answers) / len(self.answers) if self.answers else 0.0
        if self.drill is None or not self.drill.tests_total:
            return round(100 * questions, 1)
        drill = self.drill.tests_passed / self.drill.tests_total
        return round(100 * ((1 - DRILL_WEIGHT) * questions + DRILL_WEIGHT * drill), 1)

    def weakest_topics(self, n: int = 3) -> list[tuple[str, float]]:
        """Topics by mean coverage, weakest first."""
        by_topic: dict[str, list[float]] = defaultdict(list)
        for a in self.answers:
            by_topic[a.topic].append(a.coverage)
        means = [(t, sum(v) / len(v)) for t, v in by_topic.items()]
        return sorted(means, key=lambda m: (m[1], m[0]))[:n]

    def review_next(self) -> list[str]:
        """Questions whose answers missed something, weakest first."""
        return [a.question_id for a in sorted(self.answers, key=lambda a: a.coverage) if a.coverage < 1.0]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["score"] = self.score
        data["weakest_topics"] = [{"topic": t, "coverage": round(c, 3)} for t, c in self.weakest_topics()]
        data["review_next"] = self.review_next()
        for entry, answer in zip(data["answers"], self.answers, strict=True):
            entry["coverage"] = round(answer.coverage, 3)
            entry["missed"] = answer.missed
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        known = {
            "question_id",
            "topic",
            "difficulty",
            "text",
            "key_points",
            "covered",
            "seconds",
            "follow_up_of",
            "rating",
        }
        answers = [Answer(**{k: v for k, v in a.items() if k in known}) for a in data.get("answers", [])]
        drill = DrillResult(**data["drill"]) if data.get("drill") else None
        return cls(
            data["started_at"],
            data["minutes"],
            data["lang"],
            answers,
            drill,
            data.get("ended_early", False),
            data.get("id"),
        )


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
    return sorted(chosen, key=lambda q: DIFFICULTY_ORDER.get(q.difficulty, 1))


def judge(question: Question, text: str) -> tuple[list[str], list[bool]]:
    """The points an answer is judged on and which it covered: key points for an open question, the one
    point "the right options" for a choice question."""
    if question.is_choice:
        selected = parse_choice(text, len(question.options))
        return ["the right options"], [selected is not None and choice_is_right(question, selected)]
    return list(question.key_points), covered_points(text, question.key_points)


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
