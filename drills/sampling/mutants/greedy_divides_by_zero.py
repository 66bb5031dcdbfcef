"""temperature = 0 is not treated as greedy: logits / 0 gives ±inf and nan. Temperature 0 means greedy
decoding — return the one-hot at the argmax (ties to the lowest index) without dividing."""

import numpy as np


def filter_logits(logits, temperature=1.0, top_k=0, top_p=1.0):
    z = np.atleast_2d(np.asarray(logits, dtype=np.float64))
    vocab = z.shape[1]
    z = z / temperature if temperature != 0 else z / np.float64(0.0)
    keep = np.ones(z.shape, dtype=bool)
    if 0 < top_k < vocab:
        keep = top_k_mask(z, top_k)  # noqa: F821  (the reference's)
    if top_p < 1.0:
        keep &= top_p_mask(masked_softmax(z, keep), top_p)  # noqa: F821
    return masked_softmax(z, keep).reshape(np.shape(logits))  # noqa: F821
