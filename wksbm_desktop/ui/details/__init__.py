"""Read-only panels that show the selected group, member or activity in full."""
