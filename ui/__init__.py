"""Postmortem Studio's desktop app: a thin PySide6 layer over `postmortem`.

Where things live (see ARCHITECTURE.md beside this file for the data flow):
`app` starts Qt, `main_window` wires the parts, `document_controller` owns
the open document and its undo stack, `undo_commands` are the only code
that changes a document, `models/` adapt its lists to Qt views, `steps/`
are the guided editors, `preview/` renders exports in a child process.
"""
