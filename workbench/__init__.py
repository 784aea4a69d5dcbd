"""Workbench: an analyst workbench for China's multimodal large-model industry."""

__version__ = "0.1.0"
