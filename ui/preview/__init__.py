"""The live preview: a warm child process renders, the pane shows the PDF's pages."""
