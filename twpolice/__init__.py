"""twpolice: Taiwan police plans and results as Linked Open Data."""

__version__ = "0.1.0"
