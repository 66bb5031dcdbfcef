"""With momentum = 0 the buffer formula is still used (b = (1 − dampening) · g from step 2, buf replaced);
PyTorch uses no buffer then: the step is θ − lr · g and buf comes back unchanged."""


def sgd_momentum_step(param, grad, buf, step, lr, momentum=0.9, dampening=0.0, nesterov=False, weight_decay=0.0):
    g = grad + weight_decay * param
    new_buf = g.copy() if step == 1 else momentum * buf + (1.0 - dampening) * g
    update = g + momentum * new_buf if nesterov else new_buf
    return param - lr * update, new_buf
