"""twpolice.shapes package."""
