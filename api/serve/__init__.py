"""Serving the site: gunicorn and uvicorn, one store version at a time."""
