"""E-mail (``.eml``): a newsletter or a forwarded article, read with the standard library's ``email``.

The subject is the title, the ``Date`` header the date, the sender's name
the outlet. The text is the message's plain-text body, read as a text file's
body is (blank lines between paragraphs), or, when it only has an HTML body,
that body read as a saved page is. Everything after a signature line
(``-- ``) is left out; attachments are not read, and a warning says so.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
from dataclasses import replace
from email.message import EmailMessage

from ..model import Article, BlockKind, Problem
from .decode import clean
from .files import Rejected, display
from .html import clean_blocks, extract_page
from .layout import join_blocks, make_article, not_after_today, parse

_SIGNATURE = "\n-- \n"


def read_email(data: bytes, name: str, digest: str, today: dt.date, warnings: list[Problem]) -> Article:
    shown = display(name)
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(message, EmailMessage) or not (message.keys() or message.get_payload()):
        raise Rejected("not an e-mail message")
    subject = " ".join(clean(str(message.get("subject") or ""), shown, []).split())
    date, note = _date(message, shown, today, warnings)
    outlet = " ".join(clean(email.utils.parseaddr(str(message.get("from") or ""))[0], shown, []).split())[:120]
    attachments = sum(1 for _ in message.iter_attachments()) if message.is_multipart() else 0
    if attachments:
        warnings.append(Problem(shown, f"{attachments} attachment{'s' if attachments > 1 else ''} not read"))
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        raise Rejected("an e-mail without a text or HTML body")
    content = body.get_content()
    if body.get_content_subtype() == "html":
        page = extract_page(content, shown, today, warnings)
        parts: list[tuple[BlockKind, str]] = [("title", subject or page.title)] if subject or page.title else []
        text, spans = join_blocks(clean_blocks(parts + page.blocks, shown, warnings))
        return make_article(text, spans, name, digest, date=date, date_note=note, format="email", outlet=outlet,
                            url=page.url)
    body_text = clean(content.replace("\r\n", "\n"), shown, warnings).split(_SIGNATURE, 1)[0]
    if not subject:
        raise Rejected("an e-mail without a subject (its title)")
    article = parse(f"{subject}\n\n{body_text.strip()}\n", name, digest, today, warnings)
    return replace(article, date=date, date_note=note, format="email", outlet=outlet)


def _date(message: EmailMessage, shown: str, today: dt.date, warnings: list[Problem]) -> tuple[dt.date | None, str]:
    header = message.get("date")
    if not header:
        return None, "undated (the message has no Date header)"
    try:
        when = email.utils.parsedate_to_datetime(str(header)).date()
    except (TypeError, ValueError, IndexError):
        warnings.append(Problem(shown, "the message's Date header is not a date (treated as undated)"))
        return None, "undated"
    return not_after_today(when, "the message's Date header", "the message's date", shown, today, warnings)
