"""AdamW's decay is not scaled by the learning rate (θ − wd · θ): PyTorch's decoupled decay is
θ − lr · wd · θ."""


def adamw_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=1e-2):
    m, v, direction = adam_direction(grad, m, v, t, beta1, beta2, eps)  # noqa: F821  (the reference's)
    return param - weight_decay * param - lr * direction, m, v
