"""Reusable widgets: the Markdown editor, the step list, field editors, delegates."""
