"""Reference solution: temperature, top-k and top-p (nucleus) filtering of logits, and sampling a token
from a distribution with a stated generator call."""

import numpy as np


def ranking(values):
    """Column order of each row: largest first, equal values by smaller index (a stable sort of −values)."""
    return np.argsort(-values, axis=-1, kind="stable")


def masked_softmax(z, keep):
    """Softmax of each row over the kept entries only; the others get probability 0."""
    m = np.max(np.where(keep, z, -np.inf), axis=-1, keepdims=True)
    e = np.where(keep, np.exp(np.where(keep, z - m, 0.0)), 0.0)
    return e / np.sum(e, axis=-1, keepdims=True)


def top_k_mask(z, k):
    keep = np.zeros(z.shape, dtype=bool)
    np.put_along_axis(keep, ranking(z)[:, :k], True, axis=1)
    return keep


def top_p_mask(probs, top_p):
    """Keep the shortest prefix (in ranking order) whose sum reaches top_p: a token stays when the sum of
    the probabilities ranked before it is still below top_p."""
    order = ranking(probs)
    sorted_probs = np.take_along_axis(probs, order, axis=1)
    before = np.cumsum(sorted_probs, axis=1) - sorted_probs
    before[:, 0] = 0.0
    keep = np.zeros(probs.shape, dtype=bool)
    np.put_along_axis(keep, order, before < top_p, axis=1)
    return keep


def filter_logits(logits, temperature=1.0, top_k=0, top_p=1.0):
    z = np.atleast_2d(np.asarray(logits, dtype=np.float64))
    rows, vocab = z.shape
    if temperature == 0:
        probs = np.zeros_like(z)
        probs[np.arange(rows), np.argmax(z, axis=1)] = 1.0
        return probs.reshape(np.shape(logits))
    z = z / temperature
    keep = np.ones(z.shape, dtype=bool)
    if 0 < top_k < vocab:
        keep = top_k_mask(z, top_k)
    if top_p < 1.0:
        keep &= top_p_mask(masked_softmax(z, keep), top_p)
    return masked_softmax(z, keep).reshape(np.shape(logits))


def draw(rng, rows):
    """The uniform numbers: one g.random() per row, in row order, from a fresh generator."""
    return np.random.default_rng(rng).random(rows)


def sample(probs, rng):
    p = np.atleast_2d(probs)
    u = draw(rng, p.shape[0])
    cumulative = np.cumsum(p, axis=1)
    token = np.sum(cumulative <= u[:, None], axis=1)  # searchsorted(cumulative, u, side="right")
    last_possible = p.shape[1] - 1 - np.argmax(p[:, ::-1] > 0, axis=1)
    token = np.minimum(token, last_possible).astype(np.int64)
    return int(token[0]) if np.ndim(probs) == 1 else token
