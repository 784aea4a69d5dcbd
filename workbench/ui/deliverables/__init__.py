"""Drawing deliverables with QtGui only (no widgets): the map picture and the PDF briefing."""
