"""WKSBM Desktop: community-group registry for the kelurahan offices of Kota Tangerang."""

__version__ = "0.1.0"
APP_NAME = "WKSBM Desktop"
