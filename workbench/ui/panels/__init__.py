"""Dockable panels; registry.PANELS lists the ones the main window shows."""
