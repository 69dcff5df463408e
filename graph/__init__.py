"""twpolice.graph package."""
