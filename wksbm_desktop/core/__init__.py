"""The Qt-free core: models, database, domain rules, reference data, services."""
