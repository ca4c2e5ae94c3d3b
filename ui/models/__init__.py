"""Qt item models over the document's lists; each edits through the controller."""
