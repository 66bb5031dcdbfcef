"""Equal values are not ranked by the smaller index first: np.argsort(values)[:, ::-1] reverses ties too
(the larger index comes first), and numpy's default sort is not stable anyway. Rank with a stable sort of
−values, np.argsort(-values, axis=-1, kind="stable"), for top-k and for top-p."""

import numpy as np


def ranking(values):
    return np.argsort(values, axis=-1)[:, ::-1]
