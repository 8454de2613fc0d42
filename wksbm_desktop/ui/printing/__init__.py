"""Printing from the GUI: print preview, print actions, letterhead settings."""
