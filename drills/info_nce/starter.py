"""InfoNCE / CLIP contrastive loss: fill in info_nce (numpy only)."""

import numpy as np


def info_nce(a, b, temperature=0.07, symmetric=True):
    """Contrastive loss of N paired embeddings; pair i (a[i], b[i]) is the positive, every other row the negatives.

    a, b: (N, D) float64. Rows are L2-normalised (divided by max(norm, 1e-12)); logits = a_n @ b_n.T / temperature.
    a->b loss: mean over rows i of the cross-entropy of logits[i] with target i.
    symmetric=True: the average of the a->b loss and the b->a loss (the same on logits.T), as in CLIP.
    Returns one float.
    """
    raise NotImplementedError


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    a = rng.normal(size=(4, 8))
    b = a + 0.1 * rng.normal(size=(4, 8))
    print(info_nce(a, b), info_nce(a, b, symmetric=False))
