"""Time to the first review card with 10,000 cards and 1,000,000 review logs vs. an empty store.

Both runs use the shipped bank plus a 10,000-question synthetic bank; in the big store every synthetic
question has a card (a third of them due) and 100 review-log rows.

Run: python benchmarks/bench_review.py [--runs N]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from synthetic import write_synthetic_bank
from timing import environment, median_seconds, run_seconds

from mlprep.srs.store import Store, iso

CARDS = 10_000
LOGS_PER_CARD = 100


def fill_store(path: Path) -> None:
    """10,000 cards over the synthetic questions and 1,000,000 review-log rows."""
    Store(path).close()
    now = datetime.now(timezone.utc)
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany(
            "INSERT INTO cards VALUES (?, 2, NULL, 10.0, 5.0, ?, ?, ?)",
            (
                (
                    f"synthetic-{i}",
                    iso(now + timedelta(days=(i % 3) - 1)),
                    iso(now - timedelta(days=10)),
                    iso(now - timedelta(days=400)),
                )
                for i in range(CARDS)
            ),
        )
        conn.executemany(
            "INSERT INTO review_log (card_id, rating, reviewed_at, duration_ms, state_before, interval_before,"
            " scheduled_days) VALUES (?, ?, ?, 4000, 2, 10.0, 12.0)",
            (
                (f"synthetic-{n % CARDS}", 1 + n % 4, iso(now - timedelta(minutes=n)))
                for n in range(CARDS * LOGS_PER_CARD)
            ),
        )
    conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp:
        bank = str(write_synthetic_bank(Path(tmp) / "bank").parent)
        empty, big = environment(f"{tmp}/empty", bank), environment(f"{tmp}/big", bank)
        for env in (empty, big):
            run_seconds(["review"], env)  # builds the bank cache and the store
        start = time.perf_counter()
        fill_store(Path(big["MLPREP_HOME"]) / "mlprep.sqlite3")
        fill_s = time.perf_counter() - start
        empty_s = median_seconds(["review"], empty, runs)
        big_s = median_seconds(["review"], big, runs)
    print(f"first review card, empty store:                      {empty_s * 1000:6.0f} ms (median of {runs})")
    print(f"first review card, 10,000 cards + 1,000,000 logs:    {big_s * 1000:6.0f} ms (median of {runs})")
    print(f"  ratio:                                             {big_s / empty_s:6.2f}x (target <= 1.30x)")
    print(f"(filling the big store took {fill_s:.1f} s)")


if __name__ == "__main__":
    main()
