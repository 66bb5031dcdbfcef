"""The last, shorter block is dropped (range(Lk // block_size) blocks): when Lk is not a multiple of
block_size the last Lk % block_size keys are never seen. Loop with range(0, Lk, block_size) and
stop = min(start + block_size, Lk)."""


def key_blocks(n_keys, block_size):
    return [(b * block_size, (b + 1) * block_size) for b in range(n_keys // block_size)]
