"""Excel in and out (Qt-free): reading, writing, the report, imports, the city workbook."""
