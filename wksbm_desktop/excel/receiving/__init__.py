"""Receiving kelurahan report workbooks into the city database: reading them into plain rows."""
