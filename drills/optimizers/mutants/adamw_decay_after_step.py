"""AdamW decays the parameter after the Adam step (from the updated θ); PyTorch decays the parameter from
before the step: θ − lr · wd · θ − lr · m̂ / (√v̂ + eps), with the same old θ in both terms."""


def adamw_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=1e-2):
    m, v, direction = adam_direction(grad, m, v, t, beta1, beta2, eps)  # noqa: F821  (the reference's)
    stepped = param - lr * direction
    return stepped - lr * weight_decay * stepped, m, v
