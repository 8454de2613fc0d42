"""Accounts in the window: sign-in, the first administrator, the idle lock, account management."""
