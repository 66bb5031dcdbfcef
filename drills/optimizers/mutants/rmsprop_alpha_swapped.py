"""RMSprop's alpha weighs the wrong term ((1 − alpha) · square_avg + alpha · g²): alpha is the decay of the
old average, square_avg = alpha · square_avg + (1 − alpha) · g²."""

import numpy as np


def rmsprop_step(param, grad, square_avg, lr=0.01, alpha=0.99, eps=1e-8, weight_decay=0.0):
    g = grad + weight_decay * param
    new_avg = (1.0 - alpha) * square_avg + alpha * g * g
    return param - lr * g / (np.sqrt(new_avg) + eps), new_avg
