"""The site's routers, one module per part of the site (mounted by :mod:`twpolice.api.app`)."""
