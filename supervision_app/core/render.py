"""Markdown to safe HTML for previews and exports.

Python-Markdown passes raw HTML through, so raw HTML is switched off (it shows as text)
and the result is still cleaned by nh3 as a second line of defence. Images are dropped
and links keep only absolute web or mail addresses: rendering an entry must never make a
viewer load a local file or a relative resource.
"""

from __future__ import annotations

import threading

import markdown
import nh3

from supervision_app.core.render_pieces import render_in_pieces

_ALLOWED_TAGS = {
    "p",
    "br",
    "hr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "strong",
    "em",
    "b",
    "i",
    "u",
    "s",
    "del",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "sup",
    "sub",
}
_ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}}
_URL_SCHEMES = {"http", "https", "mailto"}


def _only_absolute_links(tag: str, attribute: str, value: str) -> str | None:
    if attribute == "href" and not value.lower().startswith(("http://", "https://", "mailto:")):
        return None
    return value


def _markdown_without_raw_html() -> markdown.Markdown:
    md = markdown.Markdown(extensions=["extra", "sane_lists"], output_format="html")
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    return md


_local = threading.local()


def render_markdown(text: str) -> str:
    """Return sanitised HTML; raw HTML in ``text`` is shown as literal text."""
    md = getattr(_local, "md", None)
    if md is None:
        md = _local.md = _markdown_without_raw_html()  # building one costs more than converting
    html = render_in_pieces(text, lambda part: md.reset().convert(part))
    if html is None:
        html = md.reset().convert(text)
    return nh3.clean(
        html,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes=_URL_SCHEMES,
        attribute_filter=_only_absolute_links,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
