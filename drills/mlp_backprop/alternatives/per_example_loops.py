"""A correct solution that backpropagates one example at a time with loops and np.outer, and accumulates
the mean by dividing each example's contribution by N."""

import math

import numpy as np


def mlp_forward_backward(X, y, W1, b1, W2, b2):
    n = X.shape[0]
    dW1, db1 = np.zeros_like(W1), np.zeros_like(b1)
    dW2, db2 = np.zeros_like(W2), np.zeros_like(b2)
    total = 0.0
    for i in range(n):
        z1 = X[i] @ W1 + b1
        a1 = np.where(z1 > 0, z1, 0.0)
        logits = a1 @ W2 + b2
        top = max(logits)
        lse = top + math.log(sum(math.exp(v - top) for v in logits))
        total += lse - logits[y[i]]
        delta = np.array([math.exp(v - lse) for v in logits])
        delta[y[i]] -= 1.0
        delta /= n
        dW2 += np.outer(a1, delta)
        db2 += delta
        da1 = W2 @ delta
        dz1 = np.array([g if z > 0 else 0.0 for g, z in zip(da1, z1, strict=True)])
        dW1 += np.outer(X[i], dz1)
        db1 += dz1
    return total / n, dW1, db1, dW2, db2
