"""nesterov=True is ignored: with Nesterov momentum the update is g + momentum · b, not the buffer b."""


def sgd_momentum_step(param, grad, buf, step, lr, momentum=0.9, dampening=0.0, nesterov=False, weight_decay=0.0):
    g = grad + weight_decay * param
    if momentum == 0:
        return param - lr * g, buf.copy()
    new_buf = g.copy() if step == 1 else momentum * buf + (1.0 - dampening) * g
    return param - lr * new_buf, new_buf
