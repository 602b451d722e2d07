"""Jinja2 templates for the summary panel and the handout (package data)."""
