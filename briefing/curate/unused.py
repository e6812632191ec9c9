"""Curated words no article uses: a role, an alias, a description or a ``not_people`` name.

The curation file should only name what the articles themselves say ("roles
given here must be ones the articles use"). An entry that occurs in no article
does nothing, and is most often a typo or a leftover from another story: each
is one warning line, naming the key.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..analyse.names.candidates import phrase_regex
from ..model import Config, Corpus

KeyPhrase = tuple[str, str]  # (key path as the curation file's messages show it, the phrase)


def curated_phrases(config: Config) -> Iterator[KeyPhrase]:
    """Every checked entry with its key: entities' aliases; people's aliases, roles and descriptions; not_people."""
    for n, e in enumerate(config.entities):
        yield from ((f"entities[{n}].aliases", a) for a in e.aliases)
    for n, p in enumerate(config.people):
        for key in ("aliases", "roles", "descriptions"):
            yield from ((f"people[{n}].{key}", text) for text in getattr(p, key))
    yield from (("not_people", name) for name in config.not_people)


def unused_entries(corpus: Corpus, config: Config) -> list[str]:
    """One line per curated entry no article's text contains (in any case, spaces and apostrophes as they come),
    naming its key (``people[0].roles: ...``)."""
    return [f"{where}: ‘{text}’ occurs in no article, so it does nothing: check its spelling against the "
            f"articles, or remove it" for where, text in unused_phrases(corpus, config)]


def unused_phrases(corpus: Corpus, config: Config) -> list[KeyPhrase]:
    """(key, entry) of each curated entry no article's text contains, in the curation file's order."""
    entries = list(curated_phrases(config))
    wanted = {_key(text) for _, text in entries}
    pattern = phrase_regex(wanted, re.IGNORECASE)
    missing, matched = _not_found(corpus, pattern, set(wanted))
    # One pass finds most; a phrase inside or across a longer one found at the same place ("Chairman of ..."
    # inside "the Chairman of ...") is looked for again on its own, in the sentences where something was found:
    # only a match there can have hidden it.
    missing = {text for text in missing
               if not any(phrase_regex([text], re.IGNORECASE).search(s) for s in matched)}  # type: ignore[union-attr]
    return [(where, text) for where, text in entries if _key(text) in missing]


def _not_found(corpus: Corpus, pattern: re.Pattern[str] | None, wanted: set[str]) -> tuple[set[str], list[str]]:
    """The wanted phrases the pattern finds in no sentence, and the sentences where it found any."""
    missing = set(wanted)
    matched: list[str] = []
    if pattern is None:
        return missing, matched
    for a in corpus.articles:
        for s in a.sentences:
            found = [_key(m.group()) for m in pattern.finditer(s.text)]
            if found:
                missing.difference_update(found)
                matched.append(s.text)
        if not missing:
            break
    return missing, matched


def _key(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).casefold()
