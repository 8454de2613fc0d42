"""Bantuan: the built-in guide and the list of keyboard shortcuts."""
