"""SGD's weight decay is added after the momentum buffer (θ − lr · (b + wd · θ)); PyTorch adds it to the
gradient first, g = grad + wd · θ, so it goes through the buffer."""


def sgd_momentum_step(param, grad, buf, step, lr, momentum=0.9, dampening=0.0, nesterov=False, weight_decay=0.0):
    g = grad
    if momentum == 0:
        return param - lr * (g + weight_decay * param), buf.copy()
    new_buf = g.copy() if step == 1 else momentum * buf + (1.0 - dampening) * g
    update = g + momentum * new_buf if nesterov else new_buf
    return param - lr * (update + weight_decay * param), new_buf
