"""Adagrad accumulates the gradients instead of their squares: state_sum + g², then divide by
√state_sum + eps."""

import numpy as np


def adagrad_step(param, grad, state_sum, step, lr=0.01, lr_decay=0.0, weight_decay=0.0, eps=1e-10):
    g = grad + weight_decay * param
    clr = lr / (1.0 + (step - 1) * lr_decay)
    new_sum = state_sum + g
    return param - clr * g / (np.sqrt(new_sum) + eps), new_sum
