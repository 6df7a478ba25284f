"""Qari (قارئ): a desktop reader for Arabic articles."""

__version__ = "0.1.0"
