"""The SGD buffer is updated as momentum · buf + (1 − dampening) · g on every step, the first included:
PyTorch starts the buffer at the first gradient (b = g at step 1, whatever buf holds, without dampening)."""


def sgd_momentum_step(param, grad, buf, step, lr, momentum=0.9, dampening=0.0, nesterov=False, weight_decay=0.0):
    g = grad + weight_decay * param
    if momentum == 0:
        return param - lr * g, buf.copy()
    new_buf = momentum * buf + (1.0 - dampening) * g
    update = g + momentum * new_buf if nesterov else new_buf
    return param - lr * update, new_buf
