"""Benchmarks for the briefing pipeline: a synthetic corpus and a timing harness.

``python -m benchmarks`` measures generation, end-to-end ``mkdocs build`` and a
plain MkDocs baseline for a few corpus sizes; see ``benchmarks/README.md``.
"""
