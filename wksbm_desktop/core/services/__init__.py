"""Service functions: the only write path. They take a session and never commit it."""
