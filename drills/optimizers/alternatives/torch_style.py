"""A correct solution written the way torch.optim's kernels are: lerp-style moment updates, Adam's step size
lr / bias_correction1 with denominator √v / √bias_correction2 + eps, and AdamW's param · (1 − lr · wd)."""

import math

import numpy as np


def sgd_momentum_step(param, grad, buf, step, lr, momentum=0.9, dampening=0.0, nesterov=False, weight_decay=0.0):
    d_p = grad if weight_decay == 0 else grad + param * weight_decay
    new_buf = np.array(buf, copy=True)
    if momentum != 0:
        new_buf = np.array(d_p, copy=True) if step == 1 else new_buf * momentum + d_p * (1 - dampening)
        d_p = d_p + new_buf * momentum if nesterov else new_buf
    return param + d_p * -lr, new_buf


def adagrad_step(param, grad, state_sum, step, lr=0.01, lr_decay=0.0, weight_decay=0.0, eps=1e-10):
    if weight_decay != 0:
        grad = grad + param * weight_decay
    clr = lr / (1 + (step - 1) * lr_decay)
    new_sum = state_sum + grad * grad
    std = np.sqrt(new_sum) + eps
    return param - clr * (grad / std), new_sum


def rmsprop_step(param, grad, square_avg, lr=0.01, alpha=0.99, eps=1e-8, weight_decay=0.0):
    if weight_decay != 0:
        grad = grad + param * weight_decay
    new_avg = square_avg + (1 - alpha) * (grad * grad - square_avg)
    return param - lr * grad / (np.sqrt(new_avg) + eps), new_avg


def _adam(param, grad, m, v, t, lr, beta1, beta2, eps):
    exp_avg = m + (1 - beta1) * (grad - m)
    exp_avg_sq = v * beta2 + (1 - beta2) * grad**2
    bias_correction1 = 1 - beta1**t
    bias_correction2_sqrt = math.sqrt(1 - beta2**t)
    step_size = lr / bias_correction1
    denom = np.sqrt(exp_avg_sq) / bias_correction2_sqrt + eps
    return param - step_size * exp_avg / denom, exp_avg, exp_avg_sq


def adam_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.0):
    if weight_decay != 0:
        grad = grad + weight_decay * param
    return _adam(param, grad, m, v, t, lr, beta1, beta2, eps)


def adamw_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=1e-2):
    return _adam(param * (1 - lr * weight_decay), grad, m, v, t, lr, beta1, beta2, eps)
