"""A correct solution in another style: one query at a time, carrying a running log-sum-exp (np.logaddexp)
and an output that stays normalised, instead of a maximum and an unnormalised sum."""

import math

import numpy as np


def flash_attention(q, k, v, block_size, causal=False):
    n_q, d = q.shape
    n_k = k.shape[0]
    out = np.empty((n_q, v.shape[1]))
    for i in range(n_q):
        lse = -math.inf  # log of the sum of exp(score) over the keys seen so far
        o = np.zeros(v.shape[1])  # the softmax-weighted average of their values
        end = min(i + 1, n_k) if causal else n_k
        for start in range(0, end, block_size):
            stop = min(start + block_size, end)
            s = k[start:stop] @ q[i] / math.sqrt(d)
            top = s.max()
            block_lse = top + math.log(np.exp(s - top).sum())
            new_lse = np.logaddexp(lse, block_lse)
            o = o * math.exp(lse - new_lse) + np.exp(s - new_lse) @ v[start:stop]
            lse = new_lse
        out[i] = o
    return out
