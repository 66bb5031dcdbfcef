"""`mlprep stats` with 10,000 cards and 1,000,000 or 3,000,000 review logs vs. an empty store.

All runs use the shipped bank plus a 10,000-question synthetic bank, each store in its own home; runs
alternate between the three homes. Logs are one a minute going back from now, so a 12-week heatmap
always covers about 121,000 of them and the per-topic retention over 30 days about 43,000, and the rest is
history; intervals run from 0 to 59 days, so
about two thirds are reviews of mature cards. They are inserted with plain SQL; the store's triggers
keep its review summaries as they do for ratings.

Run: python benchmarks/bench_stats.py [--runs N]
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))  # this checkout's mlprep, whatever is installed
from synthetic import write_synthetic_bank
from timing import environment, run_seconds

from mlprep.srs.store import Store, iso

CARDS = 10_000
STATS = ["stats"]


def add_logs(path: Path, first: int, count: int, now: datetime) -> None:
    """Review-log rows number `first` … `first + count - 1`, row n reviewed n minutes before `now`
    (generated inside SQLite, which is much quicker than binding three million rows from Python)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous=OFF")
    with conn:
        conn.execute(
            "INSERT INTO review_log (card_id, rating, reviewed_at, duration_ms, state_before, interval_before,"
            " scheduled_days)"
            " WITH RECURSIVE n(x) AS (SELECT ? UNION ALL SELECT x + 1 FROM n WHERE x < ?)"
            " SELECT 'synthetic-' || (x % ?), 1 + x % 4, strftime('%Y-%m-%dT%H:%M:%S+00:00', ?, -x || ' minutes'),"
            " 4000, 2, x % 60, 12.0 FROM n",
            (first, first + count - 1, CARDS, iso(now)),
        )
    conn.close()


def add_cards(path: Path, now: datetime) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany(
            "INSERT INTO cards VALUES (?, 2, NULL, 10.0, 5.0, ?, ?, ?)",
            (
                (f"synthetic-{i}", iso(now + timedelta(days=i % 9 - 1)), iso(now - timedelta(days=10)), iso(now))
                for i in range(CARDS)
            ),
        )
    conn.close()


def full_scan_ms(path: Path, now: datetime) -> float:
    """For scale: the per-day and retention queries `stats` ran over the whole log before migration m003."""
    conn = sqlite3.connect(path)
    start = time.perf_counter()
    since = iso(now - timedelta(weeks=12))
    conn.execute(
        "SELECT date(reviewed_at, 'localtime'), count(*) FROM review_log WHERE reviewed_at >= ? GROUP BY 1", (since,)
    ).fetchall()
    conn.execute("SELECT count(*), sum(rating > 1) FROM review_log WHERE interval_before >= 21").fetchall()
    conn.execute("SELECT count(*) FROM review_log").fetchall()
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    runs = parser.parse_args().runs
    now = datetime.now(timezone.utc)
    with tempfile.TemporaryDirectory() as tmp:
        bank = str(write_synthetic_bank(Path(tmp) / "bank").parent)
        homes = {name: environment(f"{tmp}/{name}", bank) for name in ("empty", "1M", "3M")}
        for env in homes.values():
            run_seconds(STATS, env)  # builds the bank cache and the store
        stores = {name: Path(env["MLPREP_HOME"]) / "mlprep.sqlite3" for name, env in homes.items()}
        start = time.perf_counter()
        add_cards(stores["1M"], now)
        add_logs(stores["1M"], 0, 1_000_000, now)
        shutil.copy(stores["1M"], stores["3M"])
        add_logs(stores["3M"], 1_000_000, 2_000_000, now)
        fill_s = time.perf_counter() - start
        Store(stores["3M"]).close()
        times: dict[str, list[float]] = {name: [] for name in homes}
        order = list(homes)
        for i in range(runs):
            for name in order[i % 3 :] + order[: i % 3]:
                times[name].append(run_seconds(STATS, homes[name]))
        scans = {name: full_scan_ms(stores[name], now) for name in ("1M", "3M")}
    empty = statistics.median(times["empty"])
    print(f"mlprep stats, alternating runs ({runs} each)")
    print(f"  empty store:                          {empty * 1000:6.0f} ms median")
    for name in ("1M", "3M"):
        ms = statistics.median(times[name])
        label = f"10,000 cards + {name[0]},000,000 logs:"
        print(f"  {label:<37}{ms * 1000:6.0f} ms median  {ms / empty:5.2f}x (target <= 1.30x)")
    print(f"(filling the stores took {fill_s:.1f} s; for scale, the whole-log queries stats ran before m003 take")
    print(f" {scans['1M']:.0f} ms at 1M logs and {scans['3M']:.0f} ms at 3M)")


if __name__ == "__main__":
    main()
