"""predict leaves out the initial prediction: F(x) = init + learning_rate · Σ stump_m(x) starts from init
(the mean of the training targets), not from 0."""

import numpy as np


def predict(init, features, thresholds, left_values, right_values, learning_rate, X):
    F = np.zeros(len(X))
    for j, t, left, right in zip(features, thresholds, left_values, right_values, strict=True):
        F = F + learning_rate * np.where(X[:, j] <= t, left, right)
    return F
