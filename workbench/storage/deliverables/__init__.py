"""Deliverables beyond the workbook: a PDF briefing and a slide deck, built from one list of sections."""
