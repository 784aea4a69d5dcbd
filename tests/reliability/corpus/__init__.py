"""Hostile and malformed input files, made at test time (the big ones would not belong in git).

Write them all out to look at: python -m tests.reliability.corpus.cases OUT_FOLDER
"""
