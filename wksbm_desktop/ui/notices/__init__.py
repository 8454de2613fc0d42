"""Notices from Dinas Sosial at the kelurahan, and the feedback files that bring them."""
