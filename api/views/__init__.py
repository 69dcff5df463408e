"""What pages show: data for the templates, rendering, interface strings, charts, descriptions."""
