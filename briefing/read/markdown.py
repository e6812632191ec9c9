"""Markdown articles: front matter as data, headings as subheadings, markup left out of the analysis.

* Front matter (``---`` lines around YAML at the top) gives ``title``,
  ``date``, ``url`` (or ``source``) and ``outlet``. It is read as data by
  PyYAML's safe loader with aliases refused (so no tag runs code and no alias
  bomb expands), never executed; other keys are ignored, a bad value is a
  warning.
* Blocks: ATX (``## x``) and setext headings are subheadings (a level-1
  heading at the top is the title when the front matter has none); blank
  lines separate paragraphs; each list item, table row and quotation is a
  paragraph of its own; fenced code is kept as text; link reference
  definitions, rules and images are markup only.
* Inline markup (emphasis, code spans, links, inline HTML, entities,
  backslash escapes) is stripped to the words a reader sees, and those are
  analysed. The article page shows each sentence as the file writes it:
  every character of the stripped text remembers where it came from, so each
  sentence's original wording, markup and all, is kept in ``Article.shown``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import re
from typing import Any

from ..model import Article, BlockKind, Problem
from .decode import clean, decode
from .files import Rejected, display
from .layout import join_blocks, make_article, not_after_today, reads_as_lead

MAX_FRONT_MATTER = 16 * 1024
_URL = re.compile(r"https?://[^\s<>\"'`\\^{}|]{1,2000}")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_ATX = re.compile(r" {0,3}(#{1,6})(?:[ \t]+|$)")
_ATX_CLOSE = re.compile(r"[ \t]+#+[ \t]*$|^#+[ \t]*$")
_SETEXT = re.compile(r" {0,3}(=+|-+)[ \t]*$")
_RULE = re.compile(r" {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_QUOTE = re.compile(r" {0,3}>[ ]?")
_ITEM = re.compile(r" {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$)")
_REFERENCE = re.compile(r" {0,3}\[[^\]\n]{1,200}\]:[ \t]*\S")
_TABLE_DELIMITER = re.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_INLINE = re.compile(
    r"""
     (?P<escape>\\[!-/:-@\[-`{-~])
    |(?P<code>`{1,3})(?P<code_body>[^`\n]{1,1000}?)(?P=code)
    |(?P<image>!\[[^\]\n]{0,500}\](?:\((?:[^()\n]|\([^()\n]{0,200}\)){0,2000}\)|\[[^\]\n]{0,200}\])?)
    |\[(?P<link_text>[^\]\n]{0,500})\](?:\((?P<link_dest>(?:[^()\n]|\([^()\n]{0,200}\)){0,2000})\)|\[[^\]\n]{0,200}\])
    |<(?P<auto>(?:https?|mailto):[^>\s]{1,2000})>
    |(?P<tag></?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>\n]{0,1000})?/?>|<!--.{0,2000}?-->)
    |(?P<entity>&(?:[A-Za-z][A-Za-z0-9]{1,31}|\#[0-9]{1,7}|\#[xX][0-9a-fA-F]{1,6});)
    |(?P<emph>\*+|_+|~~)
    """,
    re.VERBOSE,
)


@dataclasses.dataclass
class _Block:
    """A block being built: its kind, its text, and where in the file each character came from."""

    kind: BlockKind
    level: int = 0  # a heading's level: 1 for "# x" and "x" over "==="
    chars: list[str] = dataclasses.field(default_factory=list)
    origin: list[int] = dataclasses.field(default_factory=list)

    def add(self, text: str, at: int) -> None:
        self.chars.extend(text)
        self.origin.extend(range(at, at + len(text)))

    def put(self, text: str, at: int) -> None:
        """Text that stands for the markup at ``at`` (an entity, a table's cell border)."""
        self.chars.extend(text)
        self.origin.extend([at] * len(text))

    def text(self) -> str:
        return "".join(self.chars)


def read_markdown(data: bytes, name: str, digest: str, today: dt.date, warnings: list[Problem]) -> Article:
    """A Markdown file as an Article whose sentences are the words it shows, with its wording kept."""
    shown = display(name)
    source = clean(decode(data, shown, warnings), shown, warnings)
    if not source.strip():
        raise Rejected("empty file")
    meta, body_at = front_matter(source, shown, warnings)
    blocks = [b for b in _trimmed(markdown_blocks(source, body_at)) if b.chars]
    title = meta.get("title", "")
    if not title and blocks and blocks[0].kind == "heading" and blocks[0].level == 1:
        blocks[0].kind = "title"
    elif not title and blocks and blocks[0].kind == "paragraph" and "\n" not in blocks[0].text():
        first = blocks[0].text()
        if not reads_as_lead(first, (0, len(first))):
            blocks[0].kind = "title"
    parts: list[tuple[BlockKind, str]] = ([("title", title)] if title else []) + [(b.kind, b.text()) for b in blocks]
    text, spans = join_blocks(parts)
    date, note = _date(meta, shown, today, warnings)
    article = make_article(text, spans, name, digest, date=date, date_note=note, format="markdown",
                           outlet=meta.get("outlet", ""), url=meta.get("url", ""))
    origins = ([None] if title else []) + blocks
    return dataclasses.replace(article, shown=_wording(article, spans, origins, source))


# Front matter
# --------------------------------------------------------------------------


def front_matter(source: str, shown: str, warnings: list[Problem]) -> tuple[dict[str, Any], int]:
    """(the keys read from the front matter, where the body starts); ({}, 0) without one."""
    if not source.startswith("---\n"):
        return {}, 0
    end = re.search(r"\n(?:---|\.\.\.)[ \t]*(?:\n|$)", source[:MAX_FRONT_MATTER])
    if end is None:
        return {}, 0
    try:
        data = _load_yaml(source[4:end.start() + 1])
    except Exception:  # noqa: BLE001 - any YAML error: the front matter is unreadable, the article is not
        warnings.append(Problem(shown, "front matter is not plain YAML (or uses aliases): ignored"))
        return {}, end.end()
    if data is None:
        return {}, end.end()
    if not isinstance(data, dict):
        warnings.append(Problem(shown, "front matter is not a mapping of keys to values: ignored"))
        return {}, end.end()
    return _fields(data, shown, warnings), end.end()


def _load_yaml(text: str) -> Any:
    import yaml

    class NoAliases(yaml.SafeLoader):
        """The safe loader (plain data only) that also refuses aliases: no exponential expansion."""

        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                raise yaml.YAMLError("alias in front matter")
            return super().compose_node(parent, index)

    return yaml.load(text, Loader=NoAliases)  # noqa: S506 - NoAliases is a SafeLoader


def _fields(data: dict[Any, Any], shown: str, warnings: list[Problem]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in ("title", "outlet"):
        value = data.get(key)
        if isinstance(value, str | int | float) and not isinstance(value, bool) and str(value).strip():
            out[key] = " ".join(clean(str(value), shown, []).split())[:500]
        elif value is not None:
            warnings.append(Problem(shown, f"front matter {key} is not text: ignored"))
    url = data.get("url", data.get("source"))
    if isinstance(url, str) and _URL.fullmatch(url.strip()) and url.isprintable():
        out["url"] = url.strip()
    elif url is not None:
        warnings.append(Problem(shown, "front matter url is not a plain http(s) address: not linked"))
    if "date" in data:
        out["date"] = data["date"]
    return out


def _date(meta: dict[str, Any], shown: str, today: dt.date, warnings: list[Problem]) -> tuple[dt.date | None, str]:
    value = meta.get("date")
    if value is None:
        return None, "undated"
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            warnings.append(Problem(shown, f"front matter date {value.strip()[:40]!r} is not a date as YYYY-MM-DD "
                                           "(treated as undated)"))
            return None, "undated"
    if not isinstance(value, dt.date):
        warnings.append(Problem(shown, "front matter date is not a date (treated as undated)"))
        return None, "undated"
    return not_after_today(value, "date in the front matter", "front matter date", shown, today, warnings)


# Blocks
# --------------------------------------------------------------------------


def markdown_blocks(source: str, start: int) -> list[_Block]:
    """The file's blocks from ``start``: headings and paragraphs, inline markup stripped."""
    blocks: list[_Block] = []
    current: _Block | None = None
    fence = ""
    at = start
    for line in source[start:].split("\n"):
        line_at, at = at, at + len(line) + 1
        if fence:
            if line.strip().startswith(fence):
                fence, current = "", None
            else:
                current = _continue(blocks, current, "paragraph", line_at)
                current.add(line, line_at)
            continue
        current, fence = _line(blocks, current, line, line_at)
    return blocks


def _line(blocks: list[_Block], current: _Block | None, line: str, at: int) -> tuple[_Block | None, str]:
    """One line outside a code fence: (the block that goes on, the fence it opens or "")."""
    if not line.strip() or _RULE.match(line) and not (current and _SETEXT.match(line)):
        return None, ""
    fenced = _FENCE.match(line)
    if fenced:
        return None, fenced.group(1)[:3]
    setext = _SETEXT.match(line)
    if setext and current is not None and current.kind == "paragraph" and "\n" not in current.text():
        current.kind, current.level = "heading", 1 if setext.group(1)[0] == "=" else 2
        return None, ""
    if _REFERENCE.match(line) or _TABLE_DELIMITER.match(line) and "|" in line:
        return current, ""
    heading = _ATX.match(line)
    if heading:
        block = _Block("heading", len(heading.group(1)))
        blocks.append(block)
        content = _ATX_CLOSE.sub("", line[heading.end():])
        inline(content, at + heading.end(), block)
        return None, ""
    quote = _QUOTE.match(line)
    if quote:
        return _quoted(blocks, current, line, at, quote.end()), ""
    item = _ITEM.match(line)
    if item:
        block = _Block("paragraph")
        blocks.append(block)
        inline(line[item.end():], at + item.end(), block)
        return block, ""
    if "|" in line and line.strip().startswith("|"):
        block = _Block("paragraph")
        blocks.append(block)
        _table_row(line, at, block)
        return None, ""
    current = _continue(blocks, current, "paragraph", at)
    inline(line, at, current)
    return current, ""


def _quoted(blocks: list[_Block], current: _Block | None, line: str, at: int, cut: int) -> _Block | None:
    rest = line[cut:]
    while (more := _QUOTE.match(rest)) is not None:  # nested quotations: "> > text"
        cut, rest = cut + more.end(), rest[more.end():]
    if not rest.strip():
        return None
    current = _continue(blocks, current, "paragraph", at)
    inline(rest, at + cut, current)
    return current


def _continue(blocks: list[_Block], current: _Block | None, kind: BlockKind, at: int) -> _Block:
    """The block a line goes on: the current one (after a line break), or a new one."""
    if current is None:
        current = _Block(kind)
        blocks.append(current)
    elif current.chars:
        current.add("\n", at - 1)
    return current


def _table_row(line: str, at: int, block: _Block) -> None:
    """A table row's cells, "; " between them where the file has a "|"."""
    cells = [(m.start(), m.group()) for m in re.finditer(r"(?:\\\||[^|])+", line)]
    first = True
    for offset, cell in cells:
        if not cell.strip():
            continue
        if not first:
            block.put("; ", at + offset - 1)
        lead = len(cell) - len(cell.lstrip())
        inline(cell.strip(), at + offset + lead, block)
        first = False


def inline(text: str, at: int, block: _Block, depth: int = 0) -> None:
    """``text`` (at offset ``at`` of the file) onto ``block``, its inline markup stripped."""
    pos = 0
    for m in _INLINE.finditer(text):
        block.add(text[pos:m.start()], at + pos)
        pos = m.end()
        kind = m.lastgroup
        if kind == "escape":
            block.add(m.group()[1], at + m.start() + 1)
        elif m.group("code_body") is not None:
            block.add(m.group("code_body"), at + m.start("code_body"))
        elif m.group("link_text") is not None:
            if depth < 2:
                inline(m.group("link_text"), at + m.start("link_text"), block, depth + 1)
            else:
                block.add(m.group("link_text"), at + m.start("link_text"))
        elif kind == "auto":
            block.add(m.group("auto"), at + m.start("auto"))
        elif kind == "entity":
            block.put(html.unescape(m.group()), at + m.start())
        elif kind == "emph" and not _is_markup(text, m.start(), m.end()):
            block.add(m.group(), at + m.start())
        # image, tag, emphasis markers: markup only
    block.add(text[pos:], at + pos)


def _is_markup(text: str, start: int, end: int) -> bool:
    """Is this run of ``*``, ``_`` or ``~~`` emphasis (not "2 * 3", "snake_case" or a lone star)?"""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before.isspace() and after.isspace():
        return False
    return not (text[start] == "_" and before.isalnum() and after.isalnum())


def _trimmed(blocks: list[_Block]) -> list[_Block]:
    """Blocks without surrounding white space (their origins trimmed alike)."""
    for b in blocks:
        text = b.text()
        lead = len(text) - len(text.lstrip())
        keep = len(text.rstrip())
        b.chars, b.origin = b.chars[lead:keep], b.origin[lead:keep]
    return blocks


# The file's own wording of each sentence
# --------------------------------------------------------------------------


def _wording(article: Article, spans: list[tuple[BlockKind, tuple[int, int]]], origins: list[_Block | None],
             source: str) -> tuple[str, ...]:
    """Each sentence as the file writes it, markup and all; () when every one reads as the file has it."""
    mapped = bytearray(len(source))
    for b in origins:
        for o in b.origin if b else ():
            mapped[o] = 1
    wording: list[str] = []
    for block_index, block in enumerate(article.blocks):
        origin = origins[block_index] if block_index < len(origins) else None
        span_start = spans[block_index][1][0]
        for s in block.sentences:
            if origin is None:
                wording.append(s.text)
                continue
            a = origin.origin[s.start - span_start]
            b = origin.origin[s.end - 1 - span_start] + 1
            wording.append(source[_widen_left(source, mapped, a):_widen_right(source, mapped, b)])
    if all(w == s.text for w, s in zip(wording, article.sentences)):
        return ()
    return tuple(wording)


def _widen_left(source: str, mapped: bytearray, a: int) -> int:
    """Take in the markup that opens the sentence ("**", "[", "`"), up to white space."""
    while a > 0 and not mapped[a - 1] and source[a - 1] in "*_~`[<":
        a -= 1
    return a


def _widen_right(source: str, mapped: bytearray, b: int) -> int:
    """Take in the markup that closes it ("**", "](address)", "`"), up to white space."""
    while b < len(source) and not mapped[b] and not source[b].isspace():
        b += 1
    return b
