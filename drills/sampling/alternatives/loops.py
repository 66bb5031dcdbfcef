"""A correct solution with plain Python loops per row: sorted() with a (−value, index) key, math.exp, and a
running sum; sampling calls g.random() once per row, which gives the same numbers as g.random(B)."""

import math

import numpy as np


def _softmax(values, keep):
    top = max(values[i] for i in keep)
    exps = {i: math.exp(values[i] - top) for i in keep}
    total = sum(exps.values())
    return {i: e / total for i, e in exps.items()}


def _filter_row(row, temperature, top_k, top_p):
    v = len(row)
    if temperature == 0:
        best = max(range(v), key=lambda i: (row[i], -i))
        return [1.0 if i == best else 0.0 for i in range(v)]
    z = [x / temperature for x in row]
    keep = list(range(v))
    if 0 < top_k < v:
        keep = sorted(keep, key=lambda i: (-z[i], i))[:top_k]
    if top_p < 1.0:
        p = _softmax(z, keep)
        nucleus, running = [], 0.0
        for i in sorted(keep, key=lambda i: (-p[i], i)):
            if running >= top_p:
                break
            nucleus.append(i)
            running += p[i]
        keep = nucleus
    final = _softmax(z, keep)
    return [final.get(i, 0.0) for i in range(v)]


def filter_logits(logits, temperature=1.0, top_k=0, top_p=1.0):
    rows = np.atleast_2d(logits).tolist()
    out = np.array([_filter_row(r, temperature, top_k, top_p) for r in rows])
    return out.reshape(np.shape(logits))


def _draw(row, u):
    running = 0.0
    last = max(i for i, p in enumerate(row) if p > 0)
    for i, p in enumerate(row):
        running += p
        if running > u:
            return i
    return last


def sample(probs, rng):
    g = np.random.default_rng(rng)
    if np.ndim(probs) == 1:
        return _draw(probs.tolist(), g.random())
    return np.array([_draw(row, g.random()) for row in probs.tolist()], dtype=np.int64)
