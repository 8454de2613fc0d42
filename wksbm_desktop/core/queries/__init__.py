"""Read side of the core: list and detail queries returning frozen rows, free of Qt."""
