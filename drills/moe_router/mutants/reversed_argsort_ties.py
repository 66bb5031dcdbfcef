"""Equal logits are not ordered by expert id: np.argsort(logits)[:, ::-1] reverses ties too (the larger id
comes first), and numpy's default sort is not stable anyway. Use a stable sort of −logits,
np.argsort(-logits, axis=1, kind="stable"), so the smaller id comes first among equal logits."""

import numpy as np


def top_k(logits, k):
    return np.argsort(logits, axis=1)[:, ::-1][:, :k]
