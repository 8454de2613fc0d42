"""Printed documents (daftar hadir, group profile and letter, Rekap) as PDF, without Qt."""
