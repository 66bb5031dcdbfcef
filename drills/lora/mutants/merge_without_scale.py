"""lora_merge adds A @ B without the α / r scale that the forward pass uses, so x @ W_merged no longer
equals lora_forward: W_merged = W + (α / r) · A @ B."""


def lora_merge(W, A, B, alpha):
    return W + A @ B
