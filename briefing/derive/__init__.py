"""Derivation: pure functions of the curated sections (key points, timeline, tables, differences, quotes).

Each reads events already built, so it can only show what the sections already cite.
"""
