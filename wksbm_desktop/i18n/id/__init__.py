"""Indonesian catalogue, split by area so each part of the program owns its sentences."""
