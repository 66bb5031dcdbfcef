"""A correct solution that updates one element at a time with math.sqrt and builds beta^t by repeated
multiplication."""

import math

import numpy as np


def _each(fn, *arrays):
    """Apply fn to the elements of same-shaped arrays; fn returns a tuple; one array per tuple slot."""
    shape = np.shape(arrays[0])
    flat = [np.asarray(a, dtype=float).ravel().tolist() for a in arrays]
    rows = [fn(*values) for values in zip(*flat, strict=True)]
    return tuple(np.array(col, dtype=float).reshape(shape) for col in zip(*rows, strict=True))


def _power(base, t):
    out = 1.0
    for _ in range(t):
        out *= base
    return out


def sgd_momentum_step(param, grad, buf, step, lr, momentum=0.9, dampening=0.0, nesterov=False, weight_decay=0.0):
    def one(p, gr, b):
        g = gr + weight_decay * p
        if momentum == 0:
            return p - lr * g, b
        b = g if step == 1 else momentum * b + (1 - dampening) * g
        return p - lr * ((g + momentum * b) if nesterov else b), b

    return _each(one, param, grad, buf)


def adagrad_step(param, grad, state_sum, step, lr=0.01, lr_decay=0.0, weight_decay=0.0, eps=1e-10):
    clr = lr / (1 + (step - 1) * lr_decay)

    def one(p, gr, s):
        g = gr + weight_decay * p
        s = s + g * g
        return p - clr * g / (math.sqrt(s) + eps), s

    return _each(one, param, grad, state_sum)


def rmsprop_step(param, grad, square_avg, lr=0.01, alpha=0.99, eps=1e-8, weight_decay=0.0):
    def one(p, gr, s):
        g = gr + weight_decay * p
        s = alpha * s + (1 - alpha) * g * g
        return p - lr * g / (math.sqrt(s) + eps), s

    return _each(one, param, grad, square_avg)


def _adam_one(p, g, m, v, t, lr, beta1, beta2, eps):
    m = beta1 * m + (1 - beta1) * g
    v = beta2 * v + (1 - beta2) * g * g
    m_hat = m / (1 - _power(beta1, t))
    v_hat = v / (1 - _power(beta2, t))
    return p - lr * m_hat / (math.sqrt(v_hat) + eps), m, v


def adam_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.0):
    return _each(
        lambda p, g, m_, v_: _adam_one(p, g + weight_decay * p, m_, v_, t, lr, beta1, beta2, eps), param, grad, m, v
    )


def adamw_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=1e-2):
    def one(p, g, m_, v_):
        p_new, m_, v_ = _adam_one(p, g, m_, v_, t, lr, beta1, beta2, eps)
        return p_new - lr * weight_decay * p, m_, v_

    return _each(one, param, grad, m, v)
