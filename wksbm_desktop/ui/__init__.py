"""The Qt shell: turns clicks into core calls and core results into widgets."""
