"""Reading a data folder: YAML with positions, the JSON Schemas, building the dataset, questions,
rules and platforms, their cross-checks, the validated cache, staleness and traceability."""
