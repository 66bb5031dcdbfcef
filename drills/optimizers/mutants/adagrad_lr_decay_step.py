"""Adagrad's learning-rate decay uses step instead of step − 1: clr = lr / (1 + (step − 1) · lr_decay), so
the first step has the full lr."""

import numpy as np


def adagrad_step(param, grad, state_sum, step, lr=0.01, lr_decay=0.0, weight_decay=0.0, eps=1e-10):
    g = grad + weight_decay * param
    clr = lr / (1.0 + step * lr_decay)
    new_sum = state_sum + g * g
    return param - clr * g / (np.sqrt(new_sum) + eps), new_sum
