"""The store: loading the sources, inferring, validating, compiling and publishing the dataset."""
