"""A page's hover text: the sentences its citations stand for, in a small JSON file beside the page.

Each citation's title is only a short label (who, when); the sentence it links to would make the
page a third larger again if it were repeated there (about 5 MiB of Markdown at 1,000 articles).
``briefing.js`` fetches this file on a reader's first hover, focus or tap, once per page.

It lies beside the HTML file MkDocs makes of the page, named after it: ``timeline/index.html``
has ``timeline/index.sentences.json`` (``timeline.html``, without directory URLs, has
``timeline.sentences.json``), so the script finds it from the page's own address, whatever
the site's layout. MkDocs copies it into the site as it is. Sentence text is data here, never
markup: the script puts it into the page as text.
"""

from __future__ import annotations

import json

from ..model import fold
from .markup import site_url

SUFFIX = ".sentences.json"


def hover_doc(doc: str, directory_urls: bool) -> str:
    """Where, in docs/, the hover text of the page ``doc`` goes."""
    url = site_url(doc, directory_urls)
    html_file = url + "index.html" if url == "" or url.endswith("/") else url
    return html_file[: -len(".html")] + SUFFIX


def hover_json(cited: dict[str, str]) -> bytes:
    """Citation key ("article-id#s-anchor") -> the sentence's text on one line, as pages show it; keys in
    order, so the same page gives the same bytes."""
    said = {key: fold(cited[key]) for key in sorted(cited)}
    return (json.dumps(said, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
