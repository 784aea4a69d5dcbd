"""Qt widgets, item models, panels and the main window."""
