"""Temperature, top-k and top-p filtering, and sampling a token: fill in the two functions (numpy only)."""

import numpy as np


def filter_logits(logits, temperature=1.0, top_k=0, top_p=1.0):
    """Filtered next-token probabilities, the same shape as logits ((V,) or (B, V), rows independent).

    In order: temperature (0 = greedy: one-hot at the argmax, ties -> lowest index; else z = logits / T),
    top-k (0 or >= V = off; keep exactly k, ranked by z descending, ties -> smaller index first),
    top-p (1.0 = off; on the softmax of the survivors, ranked descending with ties -> smaller index, keep the
    shortest prefix whose sum >= top_p, the crossing token included), then the softmax over the survivors
    (0 elsewhere). Stable for |logits| <= 1e4.
    """
    raise NotImplementedError


def sample(probs, rng):
    """g = np.random.default_rng(rng); u = g.random() for (V,), u = g.random(B) for (B, V).

    Token = np.searchsorted(np.cumsum(p), u, side="right") per row.
    Returns an int for (V,), an integer array (B,) for (B, V).
    """
    raise NotImplementedError


if __name__ == "__main__":
    logits = np.array([2.0, 1.0, 0.5, -1.0, 3.0])
    probs = filter_logits(logits, temperature=0.7, top_k=3, top_p=0.9)
    print(probs, sample(probs, 0))
