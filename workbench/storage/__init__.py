"""Datasets in, projects saved, workbooks out. Imports the domain; never Qt."""
