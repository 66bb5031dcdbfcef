"""The learning rate is folded into the buffer (b = momentum · buf + lr · g, θ − b), the Sutskever form.
PyTorch keeps lr out of the buffer: b = momentum · buf + (1 − dampening) · g and θ − lr · b."""


def sgd_momentum_step(param, grad, buf, step, lr, momentum=0.9, dampening=0.0, nesterov=False, weight_decay=0.0):
    g = grad + weight_decay * param
    if momentum == 0:
        return param - lr * g, buf.copy()
    new_buf = lr * g if step == 1 else momentum * buf + (1.0 - dampening) * lr * g
    update = lr * g + momentum * new_buf if nesterov else new_buf
    return param - update, new_buf
