"""Reference solution: one step of PyTorch's SGD (momentum), Adagrad, RMSprop, Adam and AdamW."""

import numpy as np


def sgd_momentum_step(param, grad, buf, step, lr, momentum=0.9, dampening=0.0, nesterov=False, weight_decay=0.0):
    g = grad + weight_decay * param
    if momentum == 0:
        return param - lr * g, buf.copy()
    new_buf = g.copy() if step == 1 else momentum * buf + (1.0 - dampening) * g
    update = g + momentum * new_buf if nesterov else new_buf
    return param - lr * update, new_buf


def adagrad_step(param, grad, state_sum, step, lr=0.01, lr_decay=0.0, weight_decay=0.0, eps=1e-10):
    g = grad + weight_decay * param
    clr = lr / (1.0 + (step - 1) * lr_decay)
    new_sum = state_sum + g * g
    return param - clr * g / (np.sqrt(new_sum) + eps), new_sum


def rmsprop_step(param, grad, square_avg, lr=0.01, alpha=0.99, eps=1e-8, weight_decay=0.0):
    g = grad + weight_decay * param
    new_avg = alpha * square_avg + (1.0 - alpha) * g * g
    return param - lr * g / (np.sqrt(new_avg) + eps), new_avg


def adam_direction(g, m, v, t, beta1, beta2, eps):
    """The new moments and the bias-corrected step direction m̂ / (sqrt(v̂) + eps)."""
    m = beta1 * m + (1.0 - beta1) * g
    v = beta2 * v + (1.0 - beta2) * g * g
    m_hat = m / (1.0 - beta1**t)
    v_hat = v / (1.0 - beta2**t)
    return m, v, m_hat / (np.sqrt(v_hat) + eps)


def adam_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.0):
    g = grad + weight_decay * param
    m, v, direction = adam_direction(g, m, v, t, beta1, beta2, eps)
    return param - lr * direction, m, v


def adamw_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=1e-2):
    decayed = param - lr * weight_decay * param
    m, v, direction = adam_direction(grad, m, v, t, beta1, beta2, eps)
    return decayed - lr * direction, m, v
