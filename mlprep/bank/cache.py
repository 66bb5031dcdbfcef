"""The compiled bank: validated questions kept in SQLite, re-read only from files whose identity changed.

A file's identity is its path, size and modification time; an unchanged file is never parsed again, so
opening the bank costs one `stat` per file and a few indexed queries whatever the bank's size.
"""

from __future__ import annotations

import json
import random
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from mlprep.bank.load import bank_files, load_file
from mlprep.bank.model import Question
from mlprep.db import transaction
from mlprep.errors import BankError, UsageError

CACHE_VERSION = 2
# `questions` holds only what selection needs, so scanning it stays cheap; the full question (JSON) is in
# `bodies` under the same rowid. `meta.ids_checked` says the current rows were checked for duplicate ids.
SCHEMA = (
    "CREATE TABLE files (path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER)",
    "CREATE TABLE questions (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, path TEXT NOT NULL,"
    " position INTEGER NOT NULL, source TEXT NOT NULL, topic TEXT NOT NULL, difficulty TEXT NOT NULL,"
    " tags TEXT NOT NULL)",
    "CREATE INDEX questions_id ON questions(id)",
    "CREATE INDEX questions_order ON questions(path, position)",
    "CREATE TABLE bodies (rowid INTEGER PRIMARY KEY, body TEXT NOT NULL)",
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)",
)
TABLES = ("files", "questions", "bodies", "meta")


@dataclass(frozen=True)
class Filters:
    """Which questions to draw from: all given conditions must hold (case-insensitive)."""

    topic: str | None = None
    tag: str | None = None
    difficulty: str | None = None

    def where(self) -> tuple[str, list[str]]:
        clauses, params = [], []
        if self.topic:
            clauses.append("topic = ? COLLATE NOCASE")
            params.append(self.topic)
        if self.tag:
            clauses.append("tags LIKE ?")
            params.append(f"%\n{self.tag.lower()}\n%")
        if self.difficulty:
            clauses.append("difficulty = ? COLLATE NOCASE")
            params.append(self.difficulty)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, timeout=30)
    if conn.execute("PRAGMA user_version").fetchone()[0] != CACHE_VERSION:
        with transaction(conn):
            for table in TABLES:
                conn.execute(f"DROP TABLE IF EXISTS {table}")
            for statement in SCHEMA:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {CACHE_VERSION}")
    return conn


class Bank:
    """Every question of the given bank directories, validated and cached."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    @classmethod
    def open(cls, dirs: Sequence[Path], cache: Path) -> Bank:
        """Bring the cache in line with the files under `dirs`; raise `BankError` if any file is invalid."""
        try:
            conn = _connect(cache)
        except sqlite3.DatabaseError:
            cache.unlink(missing_ok=True)
            conn = _connect(cache)
        bank = cls(conn)
        bank._sync(dirs)
        return bank

    def _sync(self, dirs: Sequence[Path]) -> None:
        missing = [f"{d}:1: bank: directory does not exist" for d in dirs if not d.exists()]
        if missing:
            raise BankError(missing)
        current = {}
        for directory in dirs:
            for path in bank_files(directory):
                stat = path.stat()
                current[str(path.resolve())] = (stat.st_size, stat.st_mtime_ns)
        cached = {row[0]: (row[1], row[2]) for row in self.conn.execute("SELECT * FROM files")}
        changed = [p for p, ident in current.items() if cached.get(p) != ident]
        gone = [p for p in cached if p not in current]
        if changed or gone:
            self._rebuild(changed, gone, current)
        if self.conn.execute("SELECT 1 FROM meta WHERE key = 'ids_checked'").fetchone() is None:
            self._check_ids()

    def _check_ids(self) -> None:
        """Raise `BankError` naming both places of every id defined twice; remember a clean result."""
        duplicates = self.conn.execute(
            "SELECT id, group_concat(source, char(10)) FROM questions GROUP BY id HAVING count(*) > 1"
        ).fetchall()
        if duplicates:
            problems = []
            for qid, sources in duplicates:
                first, *others = sorted(sources.split("\n"))
                problems += [f"{s}: id: duplicate id '{qid}' (also at {first})" for s in others]
            raise BankError(problems)
        self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('ids_checked', '1')")

    def _rebuild(self, changed: list[str], gone: list[str], current: dict[str, tuple[int, int]]) -> None:
        parsed: dict[str, list[Question]] = {}
        problems: list[str] = []
        for path in changed:
            try:
                parsed[path] = load_file(Path(path))
            except BankError as exc:
                problems += exc.problems
        with transaction(self.conn):
            self.conn.execute("DELETE FROM meta WHERE key = 'ids_checked'")
            for path in [*gone, *changed]:
                self.conn.execute(
                    "DELETE FROM bodies WHERE rowid IN (SELECT rowid FROM questions WHERE path = ?)", (path,)
                )
                self.conn.execute("DELETE FROM questions WHERE path = ?", (path,))
                self.conn.execute("DELETE FROM files WHERE path = ?", (path,))
            for path, questions in parsed.items():
                for position, q in enumerate(questions):
                    cursor = self.conn.execute(
                        "INSERT INTO questions (id, path, position, source, topic, difficulty, tags)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (q.id, path, position, q.source, q.topic, q.difficulty, _tag_text(q.tags)),
                    )
                    self.conn.execute("INSERT INTO bodies VALUES (?, ?)", (cursor.lastrowid, json.dumps(q.to_dict())))
                self.conn.execute("INSERT INTO files VALUES (?, ?, ?)", (path, *current[path]))
        if problems:
            raise BankError(problems)

    def __len__(self) -> int:
        return self.conn.execute("SELECT count(*) FROM questions").fetchone()[0]

    def ids(self, filters: Filters = Filters()) -> list[str]:
        """Matching ids in bank order (file, then position in the file)."""
        where, params = filters.where()
        return [r[0] for r in self.conn.execute(f"SELECT id FROM questions{where} ORDER BY path, position", params)]

    def sample(self, filters: Filters, n: int) -> list[Question]:
        """Up to `n` matching questions in random order."""
        where, params = filters.where()
        rowids = [r[0] for r in self.conn.execute(f"SELECT rowid FROM questions{where}", params)]
        return [self._body(rowid) for rowid in random.sample(rowids, min(n, len(rowids)))]

    def _body(self, rowid: int) -> Question:
        row = self.conn.execute("SELECT body FROM bodies WHERE rowid = ?", (rowid,)).fetchone()
        return Question.from_dict(json.loads(row[0]))

    def get(self, qid: str) -> Question | None:
        row = self.conn.execute("SELECT rowid FROM questions WHERE id = ?", (qid,)).fetchone()
        return self._body(row[0]) if row else None

    def require(self, qid: str) -> Question:
        """The question `qid`, or a usage error that suggests the closest id."""
        question = self.get(qid)
        if question is None:
            import difflib

            close = difflib.get_close_matches(qid, self.ids(), n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            raise UsageError(f"no question with id '{qid}'{hint}")
        return question

    def questions(self, filters: Filters = Filters()) -> list[Question]:
        """Every matching question, in bank order."""
        where, params = filters.where()
        rows = self.conn.execute(
            f"SELECT body FROM questions JOIN bodies USING (rowid){where} ORDER BY path, position", params
        )
        return [Question.from_dict(json.loads(r[0])) for r in rows]

    def topics(self) -> list[str]:
        """Every topic, sorted."""
        return [r[0] for r in self.conn.execute("SELECT DISTINCT topic FROM questions ORDER BY topic")]


def _tag_text(tags: Iterable[str]) -> str:
    """Tags as newline-delimited text so one LIKE finds a whole tag."""
    return "\n" + "\n".join(t.lower() for t in tags) + "\n"


def open_bank(extra: Sequence[Path] = ()) -> Bank:
    """The shipped bank plus `$MLPREP_BANK` and `extra`, through the cache under MLPREP_HOME."""
    from mlprep import paths

    return Bank.open(paths.bank_dirs(list(extra)), paths.cache_path())
