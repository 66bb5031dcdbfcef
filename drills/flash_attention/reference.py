"""Reference solution: attention computed block by block over the keys with an online softmax."""

import numpy as np


def key_blocks(n_keys, block_size):
    """(start, stop) of each block of keys; the last block may be shorter."""
    return [(start, min(start + block_size, n_keys)) for start in range(0, n_keys, block_size)]


def block_scores(q, k_block, start, causal):
    """Scaled scores of every query against one block of keys; blocked (future) keys get −inf."""
    s = q @ k_block.T / np.sqrt(q.shape[1])
    if causal:
        i = np.arange(q.shape[0])[:, None]
        j = np.arange(start, start + k_block.shape[0])[None, :]
        s = np.where(j <= i, s, -np.inf)
    return s


def flash_attention(q, k, v, block_size, causal=False):
    n_q = q.shape[0]
    m = np.full((n_q, 1), -np.inf)  # running maximum of the scores seen so far
    denom = np.zeros((n_q, 1))  # running sum of exp(score − m)
    acc = np.zeros((n_q, v.shape[1]))  # running sum of exp(score − m) · value
    for start, stop in key_blocks(k.shape[0], block_size):
        s = block_scores(q, k[start:stop], start, causal)
        m_new = np.maximum(m, s.max(axis=1, keepdims=True))
        p = np.exp(s - m_new)
        alpha = np.exp(m - m_new)  # rescales what was summed under the old maximum
        denom = alpha * denom + p.sum(axis=1, keepdims=True)
        acc = alpha * acc + p @ v[start:stop]
        m = m_new
    return acc / denom
