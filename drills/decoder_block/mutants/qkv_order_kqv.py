"""The fused projection is split in the wrong order (k, q, v): GPT-2's c_attn output is q, then k, then v,
each D columns wide."""

import numpy as np


def split_qkv(qkv):
    k, q, v = np.split(qkv, 3, axis=-1)
    return q, k, v
