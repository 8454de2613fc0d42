"""The Qt-free core: models and errors; domain rules, storage, queries and services."""
