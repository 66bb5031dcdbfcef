"""Adagrad divides by the accumulator before adding this step's g²: update state_sum first
(state_sum + g²), then divide by its root."""

import numpy as np


def adagrad_step(param, grad, state_sum, step, lr=0.01, lr_decay=0.0, weight_decay=0.0, eps=1e-10):
    g = grad + weight_decay * param
    clr = lr / (1.0 + (step - 1) * lr_decay)
    new_param = param - clr * g / (np.sqrt(state_sum) + eps)
    return new_param, state_sum + g * g
