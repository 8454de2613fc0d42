"""Dinas Sosial's views of a city installation: Status laporan and NIK ganda."""
