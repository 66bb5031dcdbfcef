"""Reference solution: a GPT-2 decoder block (pre-norm, causal multi-head attention, tanh-GELU MLP)."""

import math

import numpy as np


def layer_norm(x, gamma, beta, eps=1e-5):
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)  # biased (divide by D)
    return (x - mean) / np.sqrt(var + eps) * gamma + beta


def gelu_tanh(x):
    return 0.5 * x * (1.0 + np.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * x**3)))


def softmax(x):
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def split_qkv(qkv):
    """(B, T, 3D) -> q, k, v, each (B, T, D): the first D columns are q, the next D k, the last D v."""
    return np.split(qkv, 3, axis=-1)


def causal_self_attention(a, W_qkv, b_qkv, W_o, b_o, n_heads):
    batch, seq, d_model = a.shape
    d_head = d_model // n_heads

    def heads(t):
        return t.reshape(batch, seq, n_heads, d_head).transpose(0, 2, 1, 3)

    q, k, v = (heads(t) for t in split_qkv(a @ W_qkv + b_qkv))
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(d_head)
    scores = np.where(np.tril(np.ones((seq, seq), dtype=bool)), scores, -np.inf)
    out = (softmax(scores) @ v).transpose(0, 2, 1, 3).reshape(batch, seq, d_model)
    return out @ W_o + b_o


def mlp(a, W_fc, b_fc, W_proj, b_proj):
    return gelu_tanh(a @ W_fc + b_fc) @ W_proj + b_proj


def decoder_block(x, ln1_g, ln1_b, W_qkv, b_qkv, W_o, b_o, ln2_g, ln2_b, W_fc, b_fc, W_proj, b_proj, n_heads):
    h = x + causal_self_attention(layer_norm(x, ln1_g, ln1_b), W_qkv, b_qkv, W_o, b_o, n_heads)
    return h + mlp(layer_norm(h, ln2_g, ln2_b), W_fc, b_fc, W_proj, b_proj)
