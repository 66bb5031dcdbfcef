def normalize_rows(X, eps=1e-12):
    raise NotImplementedError


def argmax_rows(X):
    raise NotImplementedError
