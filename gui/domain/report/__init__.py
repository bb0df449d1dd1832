"""Saying it: the report model built from a plan, its labels, and the text, Markdown and JSON renderers."""
