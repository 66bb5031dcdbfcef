"""Full-text search of the bank: which questions mention a text, best first, each with the passage.

The index is a table of the bank cache, one row per valid question with the question's rowid, written when
a file version is parsed and deleted with it, so it follows the cache's rules: never rebuilt for an
unchanged file, filtered by the banks in use. With SQLite FTS5's trigram tokenizer every substring of 3 or
more characters is found, Chinese or English, without word splitting or stemming ("regulariz" finds
"regularization", "正则化" finds "L2 正则化"), ranked by bm25 with the question and the tags weighing most.
A trigram index cannot find a term of 1 or 2 characters (many Chinese words: 梯度, 偏差), so such a term is
looked for with LIKE over the same text. A SQLite without FTS5 trigram (before 3.34, or built without FTS5)
keeps the same text in a plain table and looks for every term that way, unranked.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from mlprep.bank.model import Question

# Per language: question, answer, key points and pitfalls, options and explanation; then the tags.
COLUMNS = ("question", "answer", "points", "choices", "question_en", "answer_en", "points_en", "choices_en", "tags")
WEIGHTS = (4.0, 1.0, 2.0, 1.0, 4.0, 1.0, 2.0, 1.0, 3.0)
LANGUAGE_COLUMNS = {"zh": (0, 1, 2, 3, 8), "en": (4, 5, 6, 7, 8)}
MIN_INDEXED = 3  # characters a term needs for the trigram index
SNIPPET_CHARS = 64  # FTS5's largest snippet; a trigram tokenizer counts one token per character
_START, _END = "\x02", "\x03"  # around a match in a snippet (YAML text cannot contain them)

Rows = Callable[[str, Sequence[object]], list[tuple]]


@lru_cache(maxsize=1)
def indexed() -> bool:
    """Whether this SQLite has FTS5 with the trigram tokenizer."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE probe USING fts5(text, tokenize='trigram')")
        return True
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def schema() -> str:
    """The statement creating the search table: an FTS5 index, or a plain table to scan."""
    if indexed():
        return f"CREATE VIRTUAL TABLE search USING fts5({', '.join(COLUMNS)}, tokenize='trigram')"
    return f"CREATE TABLE search (rowid INTEGER PRIMARY KEY, {', '.join(f'{c} TEXT' for c in COLUMNS)})"


INSERT = f"INSERT INTO search (rowid, {', '.join(COLUMNS)}) VALUES ({', '.join('?' * (len(COLUMNS) + 1))})"


def texts(q: Question) -> tuple[str, ...]:
    """The searchable text of a question, one string per column of `COLUMNS`. The English columns hold what
    `--lang en` shows, which is the Chinese text where there is no translation."""
    out: list[str] = []
    for view in (q, q.in_language("en")):
        out += [
            view.question,
            view.answer,
            "\n".join(view.key_points + view.pitfalls),
            "\n".join([o.text for o in view.options] + [view.explanation]),
        ]
    return (*out, " ".join(q.tags))


@dataclass(frozen=True)
class Hit:
    """A matching question: `snippet` is one line of its text around the match, `marks` the (start, end)
    of each matched piece in it."""

    id: str
    topic: str
    difficulty: str
    snippet: str
    marks: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Found:
    """The first hits, how many questions match in all, and how they were found: `ranked` by bm25 (some
    term was looked up in the index), `indexed` False when this SQLite has no FTS5 trigram at all."""

    hits: list[Hit]
    total: int
    ranked: bool
    indexed: bool


def find(rows: Rows, text: str, lang: str | None, limit: int, active: str) -> Found:
    """Questions containing every whitespace-separated term of `text` (case-insensitively), in `lang`'s
    text (None: both languages), best first. `active` is the join that keeps the banks in use.

    The matches are ranked carrying only their rowids; the passages are made for the shown ones alone."""
    terms = text.split()
    fts = indexed()
    long = [t for t in terms if fts and len(t) >= MIN_INDEXED]
    short = [t for t in terms if t not in long]
    names = [COLUMNS[i] for i in LANGUAGE_COLUMNS[lang]] if lang else list(COLUMNS)
    where, params = [], []
    if long:
        where.append("search MATCH ?")
        params.append(_query(long, names if lang else None))
    # `+column` keeps LIKE away from FTS5's own LIKE support, which (SQLite 3.40) finds nothing for a pattern
    # of 2 characters that takes 3 bytes or more (any Chinese word of two characters).
    for term in short:
        where.append("(" + " OR ".join(f"+search.{name} LIKE ? ESCAPE '\\'" for name in names) + ")")
        params += [_like(term)] * len(names)
    if long:
        score = f"bm25(search, {', '.join(str(w) for w in WEIGHTS)})"
        score_params: list[object] = []
    else:  # where the terms are in the question or the tags first
        first = [name for name in names if name.startswith("question") or name == "tags"]
        score = " - ".join("(" + " OR ".join(f"+search.{n} LIKE ? ESCAPE '\\'" for n in first) + ")" for _ in short)
        score = f"-{score}"
        score_params = [_like(t) for t in short for _ in first]
    # A subquery, so that bm25() runs in the MATCH query and the count sees every match.
    ranked = rows(
        "SELECT r, id, topic, difficulty, count(*) OVER () FROM ("
        f"SELECT search.rowid AS r, id, topic, difficulty, {score} AS score, {active}.rank AS k, position AS p"
        f" FROM search JOIN questions ON questions.rowid = search.rowid JOIN {active} USING (file_id)"
        f" WHERE {' AND '.join(where)}) ORDER BY score, k, p LIMIT ?",
        [*score_params, *params, limit],
    )
    rowids = [r[0] for r in ranked]
    marks = ", ".join("?" * len(rowids))
    if long:
        shown = f"snippet(search, -1, '{_START}', '{_END}', '…', {SNIPPET_CHARS})"
        found = rows(
            f"SELECT rowid, {shown} FROM search WHERE search MATCH ? AND rowid IN ({marks})", [params[0], *rowids]
        )
        raw = dict(found)
    else:
        found = rows(f"SELECT rowid, {', '.join(names)} FROM search WHERE rowid IN ({marks})", rowids)
        raw = {r[0]: _passage(r[1:], [COLUMNS.index(n) for n in names], short) for r in found}
    hits = [
        Hit(qid, topic, difficulty, *_marked(raw[rowid], short if long else ()))
        for rowid, qid, topic, difficulty, _ in ranked
    ]
    return Found(hits, ranked[0][4] if ranked else 0, bool(long), fts)


def _query(terms: Sequence[str], columns: Sequence[str] | None) -> str:
    """An FTS5 query for rows holding every term (each a quoted phrase), in `columns` if given."""
    phrases = " ".join('"' + t.replace('"', '""') + '"' for t in terms)
    return f"{{{' '.join(columns)}}} : ({phrases})" if columns else phrases


def _like(term: str) -> str:
    return "%" + re.sub(r"([\\%_])", r"\\\1", term) + "%"


def _passage(column_texts: Sequence[str], indexes: Sequence[int], terms: Sequence[str]) -> str:
    """The text around the first match in the column where the terms weigh most, its matches marked as
    FTS5's snippet() marks them."""
    pattern = _pattern(terms)

    def weight(pair: tuple[str, int]) -> float:
        return len(pattern.findall(pair[0])) * WEIGHTS[pair[1]]

    text = " ".join(max(zip(column_texts, indexes, strict=True), key=weight)[0].split())
    first = pattern.search(text)
    start = max(0, (first.start() if first else 0) - SNIPPET_CHARS // 4)
    end = min(len(text), start + SNIPPET_CHARS)
    piece = pattern.sub(lambda m: _START + m.group() + _END, text[start:end])
    return ("…" if start else "") + piece + ("…" if end < len(text) else "")


def _marked(raw: str, terms: Sequence[str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A snippet on one line (whitespace runs become one space) and where its matches are: those marked in
    `raw`, and any of `terms` (the short ones FTS5 did not look for) outside them."""
    flat = " ".join(raw.split())
    text, marks, start = "", [], 0
    for piece in re.split(f"([{_START}{_END}])", flat):
        if piece == _START:
            start = len(text)
        elif piece == _END:
            marks.append((start, len(text)))
        else:
            text += piece
    if terms:
        for found in _pattern(terms).finditer(text):
            if all(found.end() <= a or found.start() >= b for a, b in marks):
                marks.append(found.span())
    return text, tuple(sorted(marks))


def _pattern(terms: Sequence[str]) -> re.Pattern[str]:
    """Any of `terms`, case-insensitively, the longest first."""
    return re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)), re.IGNORECASE)
