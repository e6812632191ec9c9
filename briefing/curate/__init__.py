"""Curation: what needs the whole corpus. Near-copies, people across articles, statements, and the
sections they are clustered into: one item per fact, citing every article that states it."""
