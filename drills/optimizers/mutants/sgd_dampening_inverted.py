"""Dampening multiplies the gradient by dampening instead of (1 − dampening): the buffer is
momentum · buf + (1 − dampening) · g."""


def sgd_momentum_step(param, grad, buf, step, lr, momentum=0.9, dampening=0.0, nesterov=False, weight_decay=0.0):
    g = grad + weight_decay * param
    if momentum == 0:
        return param - lr * g, buf.copy()
    new_buf = g.copy() if step == 1 else momentum * buf + dampening * g
    update = g + momentum * new_buf if nesterov else new_buf
    return param - lr * update, new_buf
