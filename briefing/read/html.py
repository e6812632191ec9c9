"""Saved web pages: the article a page holds, by trafilatura, and its publication date, by htmldate.

A page saved from a browser (``.html``/``.htm``, with or without its
``_files/`` folder) holds far more than the article: menus, cookie banners,
related links, comments, photo captions, scripts. trafilatura, made for
exactly this, finds the main text with its paragraphs and subheadings, the
headline, the site's name and the canonical address (else the address the browser noted when saving
it); htmldate finds the
publication date, and this module asks it one source at a time (meta tags,
JSON-LD, the address, then the page's own date elements) so the article page
can say where the date came from.

The page is data. It is decoded here (the encoding its ``<meta charset>``
declares, checked against the bytes), parsed by lxml with no network access,
and only the extracted text is kept: no script, style or attribute of the
page reaches the site, and the saved file itself is never published. A page
over the size limit is refused before parsing; one with more elements, or
markup nested deeper, than any real page is refused after parsing, before
extraction walks it (its time grows with the element count); a page
whose extraction holds too little text (an index page, a paywall stub) is
rejected with that reason.
"""

from __future__ import annotations

import codecs
import contextlib
import dataclasses
import datetime as dt
import itertools
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..cache import FactsCache
from ..model import Article, BlockKind, Problem
from .decode import clean, decode, decode_with_bom, refuse_binary
from .files import Rejected, display
from .layout import join_blocks, make_article, not_after_today

# More elements than this is no page holding one article (real ones have a few thousand, the
# heaviest about twenty thousand): extraction costs about 70 µs an element, so it is refused.
MAX_ELEMENTS = 40_000
# Deeper element nesting than this is no article page (real ones stay under ~60); libxml2
# itself stops at 256 levels, and walking such a tree would cost Python's recursion limit.
MAX_NESTING = 200
# Fewer words than this in the extracted text is no article: an index page or a stub.
MIN_WORDS = 40
# A paywalled page (schema.org isAccessibleForFree: false) with fewer words than this holds
# only the teaser.
MIN_PAYWALLED_WORDS = 150
_DECLARATION_SPAN = 2048  # where a <meta charset> must be (the HTML standard says 1024; saved pages run longer)
_META_CHARSET = re.compile(rb"""<meta\b[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{1,40})""", re.I)
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]{0,200}\?>")
_URL = re.compile(r"https?://[^\s<>\"'`\\^{}|]{1,2000}")
# Internet Explorer and Chrome mark a page saved from the web with its address in a comment.
_SAVED_FROM = re.compile(r"<!-- saved from url=\(\d{1,4}\)(\S{1,2000}?) -->")
_PAYWALLED = re.compile(r'"isAccessibleForFree"\s*:\s*(?:false|"false"|"False")')
# WHATWG Encoding: these labels mean windows-1252, and UTF-16 declared in an ASCII-compatible
# page (it could not have been read to find the declaration) means UTF-8.
_ALIASES = {"iso8859-1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252", "utf-16": "utf-8",
            "utf-16-le": "utf-8", "utf-16-be": "utf-8"}
_ANY_DAY = dt.date(9999, 12, 31)  # no limit while reading a page; read_html refuses a future date after
_QUIET_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext")


@dataclass(frozen=True)
class Page:
    """What a saved page reads into, before it becomes an Article."""

    title: str
    blocks: list[tuple[BlockKind, str]]  # after read_html: the title block first, if any, all cleaned
    date: dt.date | None
    date_note: str
    outlet: str
    url: str


def read_html(data: bytes, name: str, digest: str, today: dt.date, warnings: list[Problem],
              cache: FactsCache | None = None, used: set[str] | None = None) -> Article:
    """A saved page as an Article: its headline, paragraphs and subheadings, date, outlet and address.

    With a ``cache``, what the page reads into (or why it is rejected) is kept under its SHA-256,
    and the key is added to ``used``: extraction is most of the cost of a build of saved pages, and
    a page does not change once saved. A publication date after ``today`` is refused here, after the
    cache, so the entry holds whatever day it is read on.
    """
    shown = display(name)
    key = cache.key(digest, None, "saved page") if cache else ""
    kept = cache.get(key) if cache else None
    if used is not None and key:
        used.add(key)
    if kept is None:
        kept = _read_page(data, shown)
        if cache:
            cache.put(key, kept)
    page, reasons = kept
    warnings.extend(Problem(shown, reason) for reason in reasons)
    if isinstance(page, str):
        raise Rejected(page)
    date, note = not_after_today(page.date, page.date_note, "the page's publication date", shown, today, warnings)
    text, spans = join_blocks(page.blocks)
    return make_article(text, spans, name, digest, date=date, date_note=note, format="html",
                        outlet=page.outlet, url=page.url)


def _read_page(data: bytes, shown: str) -> tuple[Page | str, list[str]]:
    """(the page, with its title and cleaned blocks, or why it is rejected; the repairs made)."""
    local: list[Problem] = []
    try:
        page = extract_page(decode_page(data, shown, local), shown, _ANY_DAY, local)
    except Rejected as reject:
        return str(reject), []  # a rejected file reports its reason alone
    parts = ([("title", page.title)] if page.title else []) + page.blocks
    page = dataclasses.replace(page, blocks=clean_blocks(parts, shown, local))
    return page, [p.reason for p in local]


# Bytes to text: the declared encoding, checked against the bytes
# --------------------------------------------------------------------------


def decode_page(data: bytes, shown: str, warnings: list[Problem]) -> str:
    """The page's text: in the encoding it declares when the bytes agree, else as any text file is read."""
    refuse_binary(data)
    if data.startswith(b"\xef\xbb\xbf"):
        return decode(data[3:], shown, warnings)  # a byte-order mark outranks any declaration
    bom = decode_with_bom(data, shown, warnings)
    if bom is not None:
        return bom
    match = _META_CHARSET.search(data, 0, _DECLARATION_SPAN)
    if match is None:
        return decode(data, shown, warnings)  # UTF-8, or a legacy encoding told apart, with a warning
    label = match.group(1).decode("ascii").lower()
    codec = _codec(label)
    if codec is None:
        warnings.append(Problem(shown, f"the page declares an unknown encoding ({label}); read as text"))
        return decode(data, shown, warnings)
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        warnings.append(Problem(shown, f"the page declares {label}, but its bytes are not {label}"))
        return decode(data, shown, warnings)
    if codec != "utf-8" and not data.isascii() and _is_utf8(data):
        warnings.append(Problem(shown, f"the page declares {label}, but its bytes are UTF-8: read as UTF-8"))
        return data.decode("utf-8")
    return text


def _codec(label: str) -> str | None:
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return _ALIASES.get(name, name)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


# Text to the article: parse, extract, date
# --------------------------------------------------------------------------


def extract_page(text: str, shown: str, today: dt.date, warnings: list[Problem]) -> Page:
    """The article in the page, or Rejected saying why there is none."""
    tree = parse_page(text)
    with _quiet_libraries():
        from trafilatura import bare_extraction

        # fast: no second opinion from the fallback extractors (readability, jusText), which cost two
        # thirds of the time and changed nothing on the fixture pages. Metadata is read apart (below):
        # trafilatura's own pass also looks for authors, tags and licences, at a third of the cost.
        doc = bare_extraction(tree, fast=True, with_metadata=False, include_comments=False, include_tables=True,
                              include_images=False, include_formatting=False, include_links=False,
                              deduplicate=False)
        blocks = body_blocks(doc.body) if doc is not None and doc.body is not None else []
        title, address, outlet = page_metadata(tree)
        url = _checked_url(address or _saved_from(text), shown, warnings)
        date, note = page_date(tree, url, today)
    if blocks and blocks[0][0] == "heading" and blocks[0][1].casefold() == title.casefold():
        blocks = blocks[1:]  # the headline, repeated as the body's first heading
    _check_article(blocks, text)
    return Page(title, blocks, date, note, outlet, url)


def page_metadata(tree: Any) -> tuple[str, str, str]:
    """(headline, canonical address, site name): meta tags and OpenGraph, JSON-LD over them, then the
    page's title and links, as trafilatura's metadata pass finds them."""
    from trafilatura.metadata import (
        META_URL,
        examine_meta,
        extract_meta_json,
        extract_sitename,
        extract_title,
        extract_url,
    )

    meta = examine_meta(tree)
    with contextlib.suppress(Exception):  # a broken JSON-LD block leaves the meta tags' values
        meta = extract_meta_json(tree, meta)
    title = meta.title or extract_title(tree) or ""
    url = meta.url or extract_url(tree) or ""
    site = (meta.sitename or extract_sitename(tree) or "").lstrip("@")
    if not site and url and (host := META_URL.match(url)):
        site = host[1]
    elif site and "." not in site and not site[0].isupper():
        site = site.title()
    return _one_line(title), url.strip(), _one_line(site)[:120]


def parse_page(text: str) -> Any:
    """The page's element tree: lxml's HTML parser, with no network, no comments and no processing
    instructions; more than :data:`MAX_ELEMENTS` elements, or markup nested deeper than
    :data:`MAX_NESTING`, is refused."""
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, default_doctype=False,
                                  collect_ids=False, huge_tree=False)
    source = _XML_DECLARATION.sub("", text, count=1)  # lxml refuses a str that declares its encoding
    if not source.strip():
        raise Rejected("empty page")
    try:
        tree = lxml_html.document_fromstring(source, parser=parser)
    except Exception as exc:  # noqa: BLE001 - lxml's errors vary by version; the page is the problem
        raise Rejected(f"not a readable web page ({exc.__class__.__name__})") from None
    elements = sum(1 for _ in itertools.islice(tree.iter(), MAX_ELEMENTS + 1))
    if elements > MAX_ELEMENTS:
        raise Rejected(f"more than {MAX_ELEMENTS:,} elements (a page holding one article has a few thousand): "
                       "not read")
    depth = _depth(tree)
    if depth > MAX_NESTING:
        raise Rejected(f"markup nested {depth} levels deep (a real page stays under {MAX_NESTING}): not read")
    return tree


def _depth(tree: Any) -> int:
    """How deep the deepest element sits, counted without recursion."""
    deepest = 0
    stack = [(tree, 1)]
    while stack:
        element, depth = stack.pop()
        deepest = max(deepest, depth)
        if depth <= MAX_NESTING:
            stack.extend((child, depth + 1) for child in element)
    return deepest


def body_blocks(body: Any) -> list[tuple[BlockKind, str]]:
    """trafilatura's body (p, head, list/item, quote, table/row/cell, code) as subheadings and paragraphs."""
    blocks: list[tuple[BlockKind, str]] = []
    for element in body:
        tag = element.tag
        if tag == "head":
            blocks.append(("heading", _text(element)))
        elif tag == "list":
            blocks += [("paragraph", _own_text(item)) for item in element.iter("item")]
        elif tag == "table":
            blocks += [("paragraph", "; ".join(_text(cell) for cell in row.iter("cell")))
                       for row in element.iter("row")]
        elif tag != "graphic":
            blocks.append(("paragraph", _text(element)))
    return [(kind, text) for kind, text in blocks if text.strip(" ;")]


def _text(element: Any) -> str:
    return " ".join("".join(element.itertext()).split())


def _own_text(item: Any) -> str:
    """A list item's words without those of a list nested in it (listed as items of their own)."""
    parts = [item.text or ""]
    for child in item:
        if child.tag != "list":
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def _saved_from(text: str) -> str:
    """The address a browser noted when saving the page, when the page names none itself."""
    match = _SAVED_FROM.search(text, 0, 4096)
    return match.group(1) if match else ""


def _checked_url(url: str | None, shown: str, warnings: list[Problem]) -> str:
    """The page's own address when it is a plain http(s) one; anything else is never linked."""
    url = (url or "").strip()
    if not url:
        return ""
    if _URL.fullmatch(url) and url.isprintable():
        return url
    warnings.append(Problem(shown, "the page's address is not a plain http(s) address: not linked"))
    return ""


def _check_article(blocks: list[tuple[BlockKind, str]], text: str) -> None:
    words = sum(len(t.split()) for kind, t in blocks if kind == "paragraph")
    if _PAYWALLED.search(text) and words < MIN_PAYWALLED_WORDS:
        raise Rejected(f"a paywall stub: the page is marked as not free and holds only {words} words of the article")
    if words < MIN_WORDS:
        raise Rejected(f"no article text found in the page ({words} words): an index page, a stub or an empty page")


_DATE_SOURCES = ("the page's meta tags", "the page's JSON-LD", "its address", "a date on the page")


def page_date(tree: Any, url: str, today: dt.date) -> tuple[dt.date | None, str]:
    """The publication date and where it came from: htmldate asked one source at a time."""
    from htmldate.core import examine_header, find_date
    from htmldate.extractors import extract_url_date, json_search
    from htmldate.utils import Extractor
    from htmldate.validators import get_max_date, get_min_date

    params = _date_params(today, extensive=False)
    options = Extractor(False, get_max_date(params["max_date"]), get_min_date(None), True, "%Y-%m-%d")
    attempts = (lambda: examine_header(tree, options), lambda: json_search(tree, options),
                lambda: extract_url_date(url, options) if url else None, lambda: find_date(tree, url=url, **params))
    for source, attempt in zip(_DATE_SOURCES, attempts):
        found = attempt()
        if found:
            return dt.date.fromisoformat(found), f"publication date from {source}"
    return None, "undated (the page gives no publication date)"


def _date_params(today: dt.date, *, extensive: bool) -> dict[str, Any]:
    """htmldate's options: the original publication date, never one after ``today``."""
    return {"extensive_search": extensive, "original_date": True, "outputformat": "%Y-%m-%d",
            "max_date": today.isoformat()}


def clean_blocks(parts: list[tuple[BlockKind, str]], shown: str, warnings: list[Problem]
                 ) -> list[tuple[BlockKind, str]]:
    """Each block's text without control, bidi and invisible characters (one warning for the page).

    Blocks are single lines, so cleaning them joined by blank lines and
    splitting there again keeps them apart, even one that cleans to nothing.
    """
    cleaned = clean("\n\n".join(t for _, t in parts), shown, warnings).split("\n\n")
    return [(kind, " ".join(t.split())) for (kind, _), t in zip(parts, cleaned) if t.strip()]


@contextlib.contextmanager
def _quiet_libraries() -> Iterator[None]:
    """The libraries log what they discard; the reader reports problems itself, once per file."""
    loggers = [logging.getLogger(n) for n in _QUIET_LOGGERS]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        for lg, level in zip(loggers, levels):
            lg.setLevel(level)
