"""Feedback from Dinas Sosial to one kelurahan: a small workbook written by the city, read there."""
