"""One optimizer step each, with PyTorch's update rules: fill in the five functions (numpy only).

Every function returns the new parameter and the new optimizer state; it must not modify its inputs.
"""

import numpy as np


def sgd_momentum_step(param, grad, buf, step, lr, momentum=0.9, dampening=0.0, nesterov=False, weight_decay=0.0):
    """torch.optim.SGD. step >= 1 counts this step; at step 1 the new buffer is the gradient itself.

    Returns (new param, new buf).
    """
    raise NotImplementedError


def adagrad_step(param, grad, state_sum, step, lr=0.01, lr_decay=0.0, weight_decay=0.0, eps=1e-10):
    """torch.optim.Adagrad. Returns (new param, new state_sum)."""
    raise NotImplementedError


def rmsprop_step(param, grad, square_avg, lr=0.01, alpha=0.99, eps=1e-8, weight_decay=0.0):
    """torch.optim.RMSprop (momentum=0, centered=False). Returns (new param, new square_avg)."""
    raise NotImplementedError


def adam_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.0):
    """torch.optim.Adam; t >= 1 counts this step. Returns (new param, new m, new v)."""
    raise NotImplementedError


def adamw_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=1e-2):
    """torch.optim.AdamW (decoupled weight decay); t >= 1 counts this step. Returns (new param, new m, new v)."""
    raise NotImplementedError


if __name__ == "__main__":
    param, grad = np.array([1.0, -2.0]), np.array([0.5, 0.1])
    print(adam_step(param, grad, np.zeros(2), np.zeros(2), t=1))
