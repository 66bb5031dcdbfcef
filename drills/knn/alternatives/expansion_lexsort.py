"""A correct solution in another style: the |a|² − 2a·b + |b|² expansion and a lexsort for ties."""

import numpy as np


def pairwise_distances(A, B):
    sq = np.sum(A**2, axis=1)[:, None] - 2.0 * A @ B.T + np.sum(B**2, axis=1)[None, :]
    return np.sqrt(np.clip(sq, 0.0, None))


def knn_predict(X_train, y_train, X_test, k):
    D = pairwise_distances(X_test, X_train)
    index = np.broadcast_to(np.arange(D.shape[1]), D.shape)
    order = np.lexsort((index, D), axis=1)[:, :k]
    labels = y_train[order]
    n_labels = int(y_train.max()) + 1
    counts = np.zeros((len(X_test), n_labels), dtype=np.int64)
    np.add.at(counts, (np.arange(len(X_test))[:, None], labels), 1)
    return counts.argmax(axis=1)
