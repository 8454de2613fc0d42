"""Excel in and out: the report workbook, the import template, and imports (Qt-free)."""
