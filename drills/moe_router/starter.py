"""Top-k mixture-of-experts routing: fill in the three functions (numpy only)."""

import numpy as np


def route(x, W_router, k):
    """Top-k routing of every token.

    x: (T, D); W_router: (D, E); logits = x @ W_router, shape (T, E); 1 <= k <= E.
    expert_idx (T, k) int: each token's k largest logits, largest first; equal logits -> smaller expert id first.
    weights (T, k): softmax over the k selected logits only (each row sums to 1), in the same order.
    Returns (expert_idx, weights).
    """
    raise NotImplementedError


def moe_forward(x, W_router, W_experts, k):
    """out[t] = sum_j weights[t, j] * (x[t] @ W_experts[expert_idx[t, j]]); W_experts: (E, D, D). Returns (T, D)."""
    raise NotImplementedError


def load_balancing_loss(x, W_router, k):
    """E * sum_i f_i * P_i as a float.

    f_i = (number of the T*k routed (token, slot) pairs that go to expert i) / (T*k);
    P_i = mean over the T tokens of softmax(logits[t])_i, the softmax over all E experts.
    """
    raise NotImplementedError


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    x, W_router = rng.normal(size=(4, 3)), rng.normal(size=(3, 5))
    print(route(x, W_router, 2))
    print(load_balancing_loss(x, W_router, 2))
