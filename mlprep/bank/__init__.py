"""The question bank: the model, YAML loading and validation, the compiled cache, selection."""
