"""RMSprop adds eps inside the square root, √(square_avg + eps); PyTorch adds it outside:
√square_avg + eps."""

import numpy as np


def rmsprop_step(param, grad, square_avg, lr=0.01, alpha=0.99, eps=1e-8, weight_decay=0.0):
    g = grad + weight_decay * param
    new_avg = alpha * square_avg + (1.0 - alpha) * g * g
    return param - lr * g / np.sqrt(new_avg + eps), new_avg
