"""Reference solution: top-k mixture-of-experts routing (Mixtral-style), the MoE layer and the Switch
Transformer load-balancing loss."""

import numpy as np


def softmax(z, axis=-1):
    e = np.exp(z - np.max(z, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)


def top_k(logits, k):
    """(T, k) expert ids per token: largest logit first, equal logits by smaller id (stable sort of −logits)."""
    return np.argsort(-logits, axis=1, kind="stable")[:, :k]


def route(x, W_router, k):
    logits = x @ W_router
    expert_idx = top_k(logits, k)
    weights = softmax(np.take_along_axis(logits, expert_idx, axis=1), axis=1)
    return expert_idx, weights


def moe_forward(x, W_router, W_experts, k):
    expert_idx, weights = route(x, W_router, k)
    every = np.einsum("td,edf->tef", x, W_experts)  # (T, E, D): every expert on every token
    chosen = np.take_along_axis(every, expert_idx[:, :, None], axis=1)  # (T, k, D)
    return np.sum(weights[:, :, None] * chosen, axis=1)


def load_balancing_loss(x, W_router, k):
    logits = x @ W_router
    t, e = logits.shape
    counts = np.bincount(top_k(logits, k).ravel(), minlength=e)
    f = counts / (t * k)
    p = softmax(logits, axis=1).mean(axis=0)
    return float(e * np.sum(f * p))
