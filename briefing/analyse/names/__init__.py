"""People named in the corpus, with their spelling variants reconciled.

``find_people(sentences, hints)`` reads every ``(source_id, sentence_id,
text)`` sentence of every article and returns one :class:`Person` per person,
sorted by key, each with the exact places (:class:`Mention`) where the text
names or describes them.  Standard library only; deterministic (the output
depends on the input alone, never on hash order).

How it decides, step by step (each module's docstring says how and why):

1. Vocabulary: capitalised words also written in lower case are ordinary
   words (``candidates.py``).
2. Candidates: runs of capitalised tokens split at stop words, titles and
   acronyms, 2-4 tokens a full name, one a surname (``runs.py``,
   ``candidates.py``; the word lists in ``data/``, loaded by ``words.py``);
   names of places, bodies and things dropped by their head words
   ("Vostochny Cosmodrome", "the Francis Scott Key Bridge"), and so are the
   curation's entities and ``not_people`` (``things.py``, ``candidates.py``).
3. Roles: title chains and appositions next to a name (``roles.py``).
4. Variant merging: transliteration keys and name shapes (``keys.py``), a
   union-find over distinct spellings (``clusters.py``), and a rare
   misspelling joined to the well-attested name it fits (``typos.py``).
5. Person-likeness, 6. surname mentions, 7. curated descriptions, and the
   Person records (``reconcile.py``).

Known limits: all-capitals names ("PUTIN") read as acronyms and are skipped;
given names outside the built-in list need a title, a second sentence or a
curation entry; a middle name or patronymic makes another person
("George W. Bush" vs "George Bush", "Vladimir Vladimirovich Putin") unless an
alias joins them; "Lee Harvey"-like Western names starting with an East Asian
family name may be read family-name-first; the word lists are English-news
oriented; Latin, Greek and Cyrillic capitals are recognised, other scripts not.
"""

from __future__ import annotations

from .candidates import NameFinder, Vocabulary, article_words
from .keys import fold, given_key, surname_key, token_key
from .reconcile import find_people

__all__ = [
    "NameFinder",
    "Vocabulary",
    "article_words",
    "find_people",
    "fold",
    "given_key",
    "surname_key",
    "token_key",
]
