"""Likely duplicates: the finder's list, the pair side by side, merging and undoing (issue 18)."""
