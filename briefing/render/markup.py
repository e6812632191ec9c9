"""Turning article text into inert Markdown, and the site's paths and URLs.

Article text is data: every character that Markdown, HTML, attr_list or a
table could read as syntax becomes a numeric character reference, so a
sentence renders as itself in MkDocs, ProperDocs or Zensical alike.
"""

from __future__ import annotations

import functools
import posixpath
import re
from collections.abc import Callable

# Characters with a meaning to Markdown or HTML in the middle of a line.
# Line-start syntax ("#", "-", "1.") cannot arise: every line we write starts
# with our own markup.
_INERT = {c: f"&#{ord(c)};" for c in "\\`*_{}[]<>&#|~^=$"}
# Link titles are parsed by Markdown too (a backtick pair becomes a code span
# even there), so they take the same references plus quotes and parentheses.
_ATTR = {**_INERT, '"': "&quot;", "'": "&#39;", "(": "&#40;", ")": "&#41;"}


def _referencer(table: dict[str, str]) -> Callable[[str], str]:
    """A function that replaces each character ``table`` names with its reference.

    A pattern and a lookup rather than str.translate: most characters need no
    reference, and translate looks every one up (about a seventh of rendering
    at 10,000 articles).
    """
    chars = re.compile("[" + re.escape("".join(table)) + "]")
    return functools.partial(chars.sub, lambda m: table[m.group()])


_inert_refs = _referencer(_INERT)
_attr_refs = _referencer(_ATTR)


def inert(text: str) -> str:
    """Text as Markdown that renders to exactly these characters, on one line."""
    return _inert_refs(" ".join(text.split()))


def attr(text: str) -> str:
    """Text for a double-quoted link title or HTML attribute."""
    return _attr_refs(" ".join(text.split()))


def link(label: str, target: str, title: str = "", cls: str = "", aria: str = "", attrs: str = "") -> str:
    """A Markdown link whose label is already Markdown; MkDocs checks its anchor.

    ``aria`` and ``attrs`` (more attr_list attributes) are our own wording,
    never article text: attr_list reads them raw.
    """
    out = f"[{label}]({target}" + (f' "{attr(title)}"' if title else "") + ")"
    extras = ([f".{cls}"] if cls else []) + ([f'aria-label="{aria}"'] if aria else []) + ([attrs] if attrs else [])
    return out + (f"{{{' '.join(extras)}}}" if extras else "")


def source_doc(article_id: str) -> str:
    return f"sources/{article_id}.md"


@functools.lru_cache(maxsize=65536)  # a few pages link to many articles: the same pairs recur
def relative(target_doc: str, from_doc: str) -> str:
    """Path from one generated .md file to another, as MkDocs resolves them: ``posixpath.relpath`` for the
    docs' own paths (relative, no "." or ".." parts), worked out on the strings alone, as relpath asks the
    operating system for the working directory on every call."""
    start = posixpath.dirname(from_doc).split("/") if "/" in from_doc else []
    target = target_doc.split("/")
    common = 0
    while common < min(len(start), len(target) - 1) and start[common] == target[common]:
        common += 1
    return "/".join([".."] * (len(start) - common) + target[common:])


def site_url(doc: str, directory_urls: bool = True) -> str:
    """The site-relative URL MkDocs gives a .md file."""
    stem = doc[: -len(".md")]
    if not directory_urls:
        return stem + ".html"
    if stem == "index":
        return ""
    return (stem[: -len("/index")] if stem.endswith("/index") else stem) + "/"
