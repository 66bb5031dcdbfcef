"""Spaced repetition: the SQLite store, FSRS scheduling and the review queue."""
