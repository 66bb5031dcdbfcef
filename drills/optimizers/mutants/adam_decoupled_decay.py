"""Adam's weight_decay is applied decoupled (θ − lr · wd · θ, as in AdamW): torch.optim.Adam adds it to the
gradient, g = grad + wd · θ, before the moments."""


def adam_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.0):
    m, v, direction = adam_direction(grad, m, v, t, beta1, beta2, eps)  # noqa: F821  (the reference's)
    return param - lr * weight_decay * param - lr * direction, m, v
