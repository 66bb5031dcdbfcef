"""The compiled bank: every question file parsed so far, kept in SQLite; the banks in use are a filter.

A file version is identified by its resolved path, size and modification time. Each version is parsed
once and kept while it is what is on disk, whichever banks are in use, so switching `--bank` on and off
or two processes with different banks in one home never re-parse or remove what the other uses. A `Bank`
reads from one snapshot (WAL mode, a read transaction held while it is open), so a running session keeps
its questions whatever another process writes or collects meanwhile. The search index (`search.py`) is
part of a file version: written when it is parsed, deleted when it is collected, read through the same
filter. The cache is only a cache: any
database error deletes and rebuilds it (said once), and if even that fails the bank is built in memory.
"""

from __future__ import annotations

import contextlib
import gc
import json
import random
import sqlite3
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from mlprep.bank import search
from mlprep.bank.files import BankFile, scan
from mlprep.bank.load import FileCheck, unknown_id
from mlprep.bank.model import Question
from mlprep.db import transaction
from mlprep.errors import BankError, UsageError

CACHE_VERSION = 5
# `questions` holds what selection and the duplicate-id check need, one row per well-formed id (also in
# files with problems, so duplicates are reported with them); `bodies` holds valid questions (JSON) and
# `search` their text for `bank search`, both under the question's rowid; `follow_ups` the ids questions
# refer to, checked against the banks in use like duplicates.
SCHEMA = (
    "CREATE TABLE files (file_id INTEGER PRIMARY KEY AUTOINCREMENT, path TEXT NOT NULL, size INTEGER NOT NULL,"
    " mtime_ns INTEGER NOT NULL, problems TEXT, UNIQUE (path, size, mtime_ns))",
    "CREATE TABLE questions (rowid INTEGER PRIMARY KEY, file_id INTEGER NOT NULL, position INTEGER NOT NULL,"
    " id TEXT NOT NULL, source TEXT NOT NULL, topic TEXT NOT NULL, difficulty TEXT NOT NULL, tags TEXT NOT NULL)",
    "CREATE INDEX questions_id ON questions(id, file_id)",
    "CREATE INDEX questions_order ON questions(file_id, position)",
    "CREATE TABLE bodies (rowid INTEGER PRIMARY KEY, body TEXT NOT NULL)",
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)",
    "CREATE TABLE follow_ups (file_id INTEGER NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL)",
    "CREATE INDEX follow_ups_file ON follow_ups(file_id)",
)
TABLES = ("files", "questions", "bodies", "search", "meta", "follow_ups")
_IN_USE = " FROM questions JOIN temp.active USING (file_id)"

Notify = Callable[[str], None]


def _stderr(message: str) -> None:
    print(f"mlprep: {message}", file=sys.stderr)


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


def _fingerprint() -> str:
    """What cached verdicts depend on: this layout, mlprep's version and the checking code on disk."""
    from mlprep import __version__

    parts = [str(CACHE_VERSION), __version__, "fts5" if search.indexed() else "scan"]
    for path in sorted(Path(__file__).parent.glob("*.py")):
        info = path.stat()
        parts.append(f"{path.name}:{info.st_size}:{info.st_mtime_ns}")
    return " ".join(parts)


def _connect(path: Path | None) -> sqlite3.Connection:
    """A connection to the cache at `path` (in memory if None), its tables created or renewed."""
    conn = sqlite3.connect(path or ":memory:", isolation_level=None, timeout=30)
    conn.execute("PRAGMA journal_mode=WAL")  # snapshot readers and a writer never wait for each other
    conn.execute("PRAGMA synchronous=NORMAL")
    fingerprint = _fingerprint()
    if not _is_current(conn, fingerprint):
        with transaction(conn):
            if not _is_current(conn, fingerprint):  # another process may have renewed it meanwhile
                for table in TABLES:
                    conn.execute(f"DROP TABLE IF EXISTS {table}")
                for statement in (*SCHEMA, search.schema()):
                    conn.execute(statement)
                conn.execute("INSERT INTO meta VALUES ('fingerprint', ?)", (fingerprint,))
                conn.execute(f"PRAGMA user_version = {CACHE_VERSION}")
    conn.execute("CREATE TEMP TABLE active (rank INTEGER PRIMARY KEY, file_id INTEGER NOT NULL UNIQUE)")
    return conn


def _is_current(conn: sqlite3.Connection, fingerprint: str) -> bool:
    if conn.execute("PRAGMA user_version").fetchone()[0] != CACHE_VERSION:
        return False
    row = conn.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
    return row is not None and row[0] == fingerprint


def _remove(path: Path) -> None:
    """Delete the cache and its journals; what cannot be deleted makes the next attempt fail, and then the
    bank is built in memory."""
    for name in (path.name, f"{path.name}-wal", f"{path.name}-shm", f"{path.name}-journal"):
        with contextlib.suppress(OSError):
            (path.parent / name).unlink(missing_ok=True)


class Bank:
    """The questions of the given banks (files or directories), validated, from one snapshot of the cache."""

    def __init__(self, roots: Sequence[Path], cache: Path | None, notify: Notify) -> None:
        self.cache, self.notify = cache, notify
        self.files, self.scan_problems = scan(roots)
        self.parsed: list[str] = []  # files parsed while opening: nothing, when they are all cached
        self.recovered = False
        self.conn: sqlite3.Connection | None = None

    @classmethod
    def open(cls, roots: Sequence[Path], cache: Path | None, notify: Notify = _stderr) -> Bank:
        """Bring the cache in line with the files under `roots`; raise `BankError` if any is invalid."""
        bank = cls(roots, cache, notify)
        try:
            try:
                bank._attach(cache)
            except sqlite3.DatabaseError as exc:
                bank._recover(exc)
        except BaseException:
            bank.close()
            raise
        return bank

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def _recover(self, exc: sqlite3.DatabaseError) -> None:
        """Delete a cache that cannot be used and build it again (in memory if even that fails)."""
        self.close()
        if not self.recovered:
            self.recovered = True
            self.notify(f"the bank cache {self.cache} could not be used ({exc}); rebuilding it")
        if self.cache is not None:
            _remove(self.cache)
            try:
                self._attach(self.cache)
                return
            except sqlite3.DatabaseError:
                self.close()
        self._attach(None)

    def _attach(self, path: Path | None) -> None:
        """Connect, store every file not cached yet, and take the snapshot this bank reads from."""
        self.conn = conn = _connect(path)
        for _ in range(3):
            ids = self._file_ids()
            conn.execute("DELETE FROM temp.active")
            conn.executemany("INSERT INTO temp.active VALUES (?, ?)", enumerate(ids))
            self._check()
            conn.execute("BEGIN")
            present = conn.execute("SELECT count(*) FROM files JOIN temp.active USING (file_id)").fetchone()[0]
            if present == len(ids):
                return
            conn.execute("ROLLBACK")  # another process collected a version this one was about to use
        raise sqlite3.OperationalError("the cache changed under every attempt to read it")

    def _file_ids(self) -> list[int]:
        """The cache's id of each file's current version, in bank order, parsing the versions not seen yet."""
        known = {
            (path, size, mtime): file_id
            for file_id, path, size, mtime in self._db.execute("SELECT file_id, path, size, mtime_ns FROM files")
        }
        ids = []
        for file in self.files:
            file_id = known.get((file.path, file.size, file.mtime_ns))
            ids.append(file_id if file_id is not None else self._parse(file))
        if self.parsed:
            self._collect()
        return ids

    @property
    def _db(self) -> sqlite3.Connection:
        assert self.conn is not None, "the bank was closed"
        return self.conn

    def _parse(self, file: BankFile) -> int:
        """Check one file version and store it question by question; return its id in the cache."""
        conn = self._db
        with transaction(conn):
            identity = (file.path, file.size, file.mtime_ns)
            row = conn.execute("SELECT file_id FROM files WHERE path = ? AND size = ? AND mtime_ns = ?", identity)
            found = row.fetchone()
            if found:  # another process stored it while this one waited for the lock
                return found[0]
            file_id = int(
                conn.execute("INSERT INTO files (path, size, mtime_ns) VALUES (?, ?, ?)", identity).lastrowid or 0
            )
            check = FileCheck(Path(file.path))
            collecting = gc.isenabled()
            gc.disable()  # nothing here makes cycles; the collector would only re-scan the parser's garbage
            try:
                for position, entry in enumerate(check.entries()):
                    if entry.id is None:
                        continue
                    q = entry.question
                    rowid = conn.execute(
                        "INSERT INTO questions (file_id, position, id, source, topic, difficulty, tags)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (
                            file_id,
                            position,
                            entry.id,
                            f"{file.path}:{entry.line}",
                            q.topic if q else "",
                            q.difficulty if q else "",
                            _tag_text(q.tags) if q else "",
                        ),
                    ).lastrowid
                    if q is not None:
                        conn.execute("INSERT INTO bodies VALUES (?, ?)", (rowid, json.dumps(q.to_row())))
                        conn.execute(search.INSERT, (rowid, *search.texts(q)))
                    if entry.follow_ups:
                        conn.executemany(
                            "INSERT INTO follow_ups VALUES (?, ?, ?)",
                            ((file_id, f"{file.path}:{line}", target) for line, target in entry.follow_ups),
                        )
            finally:
                if collecting:
                    gc.enable()
            if check.problems:
                conn.execute("UPDATE files SET problems = ? WHERE file_id = ?", (json.dumps(check.problems), file_id))
        self.parsed.append(file.path)
        return file_id

    def _collect(self) -> None:
        """Forget file versions that are no longer on disk (a changed or deleted file)."""
        import os

        on_disk: dict[str, tuple[int, int] | None] = {f.path: (f.size, f.mtime_ns) for f in self.files}
        stale = []
        for file_id, path, size, mtime in self._db.execute("SELECT file_id, path, size, mtime_ns FROM files"):
            if path not in on_disk:
                try:
                    info = os.stat(path)
                    on_disk[path] = (info.st_size, info.st_mtime_ns)
                except OSError:
                    on_disk[path] = None
            if on_disk[path] != (size, mtime):
                stale.append((file_id,))
        if stale:
            with transaction(self._db):
                for table in ("bodies", "search"):
                    self._db.executemany(
                        f"DELETE FROM {table} WHERE rowid IN (SELECT rowid FROM questions WHERE file_id = ?)", stale
                    )
                self._db.executemany("DELETE FROM questions WHERE file_id = ?", stale)
                self._db.executemany("DELETE FROM follow_ups WHERE file_id = ?", stale)
                self._db.executemany("DELETE FROM files WHERE file_id = ?", stale)

    def _check(self) -> None:
        """Raise `BankError` with every problem of the files in use, then every id defined twice, then every
        follow-up naming an id that no bank in use defines."""
        problems = list(self.scan_problems)
        for (found,) in self._db.execute(
            "SELECT problems FROM files JOIN temp.active USING (file_id) WHERE problems IS NOT NULL ORDER BY rank"
        ):
            problems += json.loads(found)
        first: dict[str, str] = {}
        for qid, source in self._db.execute(
            f"SELECT id, source{_IN_USE} WHERE id IN (SELECT id{_IN_USE} GROUP BY id HAVING count(*) > 1)"
            " ORDER BY rank, position"
        ):
            if qid in first:
                problems.append(f"{source}: id: duplicate id '{qid}' (also at {first[qid]})")
            else:
                first[qid] = source
        unknown = self._db.execute(
            "SELECT source, target FROM follow_ups JOIN temp.active USING (file_id) WHERE NOT EXISTS"
            f" (SELECT 1{_IN_USE} WHERE id = target) ORDER BY rank, follow_ups.rowid"
        ).fetchall()
        if unknown:
            ids = [r[0] for r in self._db.execute(f"SELECT id{_IN_USE}")]
            problems += [unknown_id(source, "follow_ups", target, ids) for source, target in unknown]
        if problems:
            raise BankError(problems)

    def _rows(self, sql: str, params: Sequence[object] = ()) -> list[tuple]:
        """Rows of a query on the snapshot; a database error rebuilds the cache and asks again."""
        try:
            return self._db.execute(sql, params).fetchall()
        except sqlite3.DatabaseError as exc:
            self._recover(exc)
            return self._db.execute(sql, params).fetchall()

    def __len__(self) -> int:
        return self._rows(f"SELECT count(*){_IN_USE}")[0][0]

    def ids(self, filters: Filters = Filters()) -> list[str]:
        """Matching ids in bank order (bank, file, then position in the file)."""
        where, params = filters.where()
        return [r[0] for r in self._rows(f"SELECT id{_IN_USE}{where} ORDER BY rank, position", params)]

    def outline(self, filters: Filters = Filters()) -> list[tuple[str, str, str]]:
        """(id, topic, difficulty) of matching questions in bank order, without reading their bodies."""
        where, params = filters.where()
        rows = self._rows(f"SELECT id, topic, difficulty{_IN_USE}{where} ORDER BY rank, position", params)
        return [(qid, topic, difficulty) for qid, topic, difficulty in rows]

    def sample(self, filters: Filters, n: int) -> list[Question]:
        """Up to `n` matching questions in random order."""
        where, params = filters.where()
        ids = [r[0] for r in self._rows(f"SELECT id{_IN_USE}{where}", params)]
        return [self.require(qid) for qid in random.sample(ids, min(n, len(ids)))]

    def get(self, qid: str) -> Question | None:
        rows = self._rows(f"SELECT body{_IN_USE} JOIN bodies USING (rowid) WHERE id = ?", (qid,))
        return Question.from_row(json.loads(rows[0][0])) if rows else None

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
        rows = self._rows(f"SELECT body{_IN_USE} JOIN bodies USING (rowid){where} ORDER BY rank, position", params)
        return [Question.from_row(json.loads(r[0])) for r in rows]

    def topics(self) -> list[str]:
        """Every topic, sorted."""
        return [r[0] for r in self._rows(f"SELECT DISTINCT topic{_IN_USE} ORDER BY topic")]

    def topic_of(self) -> dict[str, str]:
        """Every question id with its topic."""
        return dict(self._rows(f"SELECT id, topic{_IN_USE}"))

    def topic_counts(self) -> dict[str, int]:
        """How many questions each topic has, topics sorted."""
        return dict(self._rows(f"SELECT topic, count(*){_IN_USE} GROUP BY topic ORDER BY topic"))

    def tag_counts(self) -> dict[str, int]:
        """How many questions carry each tag (tags in lower case), most used first, then by name."""
        from collections import Counter

        counts: Counter[str] = Counter()
        for (tags,) in self._rows(f"SELECT tags{_IN_USE}"):
            counts.update(tag for tag in tags.split("\n") if tag)
        return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))

    def search(self, text: str, lang: str | None = None, limit: int = 20) -> search.Found:
        """Questions whose text contains every term of `text`, best first (see `search.py`)."""
        return search.find(self._rows, text, lang, limit, "temp.active")

    def counts(self) -> dict[str, int]:
        """How many questions each file in use holds, by resolved path."""
        rows = self._rows(
            "SELECT path, count(questions.rowid) FROM temp.active JOIN files USING (file_id)"
            " LEFT JOIN questions USING (file_id) GROUP BY rank"
        )
        return dict(rows)


def _tag_text(tags: Iterable[str]) -> str:
    """Tags as newline-delimited text so one LIKE finds a whole tag."""
    return "\n" + "\n".join(t.lower() for t in tags) + "\n"


def open_bank(extra: Sequence[Path] = ()) -> Bank:
    """The configured banks (shipped, `$MLPREP_BANK`, then `extra`) through the cache under MLPREP_HOME."""
    from mlprep import paths

    return Bank.open(paths.bank_dirs(extra), paths.cache_path())
