"""A correct solution in Hugging Face's style: −inf masking, top-p by an ascending sort that removes the
tokens whose cumulative mass is ≤ 1 − top_p (lexsort puts equal values in the order the prompt asks), a
logsumexp softmax, and g.choice for each row."""

import numpy as np


def _softmax(scores):
    return np.exp(scores - np.logaddexp.reduce(scores, axis=-1, keepdims=True))


def _one_row(scores, temperature, top_k, top_p):
    v = scores.size
    idx = np.arange(v)
    if temperature == 0:
        out = np.zeros(v)
        out[np.argmax(scores)] = 1.0
        return out
    scores = scores / temperature
    if 0 < top_k < v:
        order = np.lexsort((idx, -scores))  # descending score, then smaller index
        removed = np.ones(v, dtype=bool)
        removed[order[:top_k]] = False
        scores = np.where(removed, -np.inf, scores)
    if top_p < 1.0:
        probs = _softmax(scores)
        ascending = np.lexsort((-idx, probs))  # ascending prob; among equals the larger index first
        cumulative = np.cumsum(probs[ascending])
        remove_sorted = cumulative <= 1 - top_p
        remove_sorted[-1] = False  # always keep the most likely token
        removed = np.zeros(v, dtype=bool)
        removed[ascending] = remove_sorted
        scores = np.where(removed, -np.inf, scores)
    return _softmax(scores)


def filter_logits(logits, temperature=1.0, top_k=0, top_p=1.0):
    if logits.ndim == 1:
        return _one_row(logits, temperature, top_k, top_p)
    return np.stack([_one_row(row, temperature, top_k, top_p) for row in logits])


def sample(probs, rng):
    g = np.random.default_rng(rng)
    if probs.ndim == 1:
        return int(g.choice(probs.size, p=probs))
    return np.array([g.choice(row.size, p=row) for row in probs], dtype=np.int64)
