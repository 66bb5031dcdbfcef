"""A correct solution with explicit loops over rows and columns and math.fsum."""

import math

import numpy as np


def _lse(values):
    m = max(values)
    return m + math.log(math.fsum(math.exp(v - m) for v in values))


def info_nce(a, b, temperature=0.07, symmetric=True):
    n = a.shape[0]
    an = [row / max(math.sqrt(math.fsum(v * v for v in row)), 1e-12) for row in a]
    bn = [row / max(math.sqrt(math.fsum(v * v for v in row)), 1e-12) for row in b]
    logits = [[float(np.dot(an[i], bn[j])) / temperature for j in range(n)] for i in range(n)]
    rows = math.fsum(_lse(logits[i]) - logits[i][i] for i in range(n)) / n
    if not symmetric:
        return rows
    cols = math.fsum(_lse([logits[i][j] for i in range(n)]) - logits[j][j] for j in range(n)) / n
    return 0.5 * (rows + cols)
