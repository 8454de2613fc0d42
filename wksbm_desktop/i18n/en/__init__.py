"""English catalogue: the same modules and keys as the Indonesian one, for readers of English."""
