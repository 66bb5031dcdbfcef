"""LSTM and GRU cells from scratch: fill in the two functions (numpy only), PyTorch's conventions."""

import numpy as np


def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    """One step of torch.nn.LSTMCell.

    x (B, I), h (B, H), c (B, H), W_ih (4H, I), W_hh (4H, H), b_ih (4H,), b_hh (4H,).
    The 4H rows are the gates in the order i, f, g, o. Returns (h_next, c_next), each (B, H).
    """
    raise NotImplementedError


def gru_cell(x, h, W_ih, W_hh, b_ih, b_hh):
    """One step of torch.nn.GRUCell.

    x (B, I), h (B, H), W_ih (3H, I), W_hh (3H, H), b_ih (3H,), b_hh (3H,).
    The 3H rows are the gates in the order r, z, n. Returns h_next (B, H).
    """
    raise NotImplementedError


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    batch, n_in, hidden = 2, 3, 4
    x, h, c = rng.normal(size=(batch, n_in)), rng.normal(size=(batch, hidden)), rng.normal(size=(batch, hidden))
    print(
        lstm_cell(
            x,
            h,
            c,
            rng.normal(size=(4 * hidden, n_in)),
            rng.normal(size=(4 * hidden, hidden)),
            np.zeros(4 * hidden),
            np.zeros(4 * hidden),
        )
    )
