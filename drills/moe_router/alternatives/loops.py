"""A correct solution with plain Python loops over tokens and experts, sorted() with a (−logit, id) key,
math.exp and a Counter for the assignments."""

import math
from collections import Counter

import numpy as np


def _choices(logit_row, k):
    order = sorted(range(len(logit_row)), key=lambda i: (-logit_row[i], i))
    chosen = order[:k]
    top = max(logit_row[i] for i in chosen)
    exps = [math.exp(logit_row[i] - top) for i in chosen]
    total = sum(exps)
    return chosen, [v / total for v in exps]


def route(x, W_router, k):
    logits = (x @ W_router).tolist()
    idx, weights = [], []
    for row in logits:
        chosen, w = _choices(row, k)
        idx.append(chosen)
        weights.append(w)
    return np.array(idx, dtype=np.int64), np.array(weights)


def moe_forward(x, W_router, W_experts, k):
    idx, weights = route(x, W_router, k)
    out = np.zeros(x.shape)
    for t in range(x.shape[0]):
        for j in range(k):
            out[t] += weights[t, j] * (x[t] @ W_experts[idx[t, j]])
    return out


def load_balancing_loss(x, W_router, k):
    logits = (x @ W_router).tolist()
    t, e = len(logits), len(logits[0])
    counts = Counter()
    mean_prob = [0.0] * e
    for row in logits:
        chosen, _ = _choices(row, k)
        counts.update(chosen)
        top = max(row)
        exps = [math.exp(v - top) for v in row]
        total = sum(exps)
        for i in range(e):
            mean_prob[i] += exps[i] / total / t
    return e * sum(counts[i] / (t * k) * mean_prob[i] for i in range(e))
