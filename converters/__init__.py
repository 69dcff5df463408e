"""twpolice.converters package."""
