"""A standalone HTML page of a normalized document: mentions highlighted, details on hover.

For people who would rather look than read JSON. Each mention is a ``<mark>``
coloured by kind, with a tooltip giving the id, the canonical name and the
entity's names grouped by the parties that use them; where names were asked to
be written as a party or in a language, the rendered text follows.
"""

from __future__ import annotations

from html import escape

from .gazetteer import Gazetteer
from .normalizer import Document

STYLE = """
body { font: 16px/1.6 system-ui, sans-serif; max-width: 52em; margin: 2em auto; padding: 0 1em; }
mark { border-radius: 3px; padding: 0 2px; cursor: help; }
mark.place { background: #cfe8ff; } mark.region { background: #d9f2d0; } mark.country { background: #ffe3b3; }
mark.person { background: #f3d1f5; } mark.organization { background: #e6e0ff; } mark.feature { background: #eee; }
article { white-space: pre-wrap; } h1 { font-size: 1.2em; } h2 { font-size: 1em; } table { border-collapse: collapse; font-size: 14px; }
td, th { border-bottom: 1px solid #ddd; padding: 2px 8px; text-align: left; }
"""


def tooltip(gaz: Gazetteer, entity_id: str, cache: dict) -> str:
    if entity_id not in cache:
        entity = gaz.entity(entity_id)
        lines = [f"{entity.name} ({entity.kind}, {entity.country or '-'})", entity.id]
        by_party: dict[str, list[str]] = {}
        for name in entity.names:
            for party in name.parties():
                if party != "geonames":
                    by_party.setdefault(party, []).append(f"{name.text} [{name.lang}]")
        lines += [f"{party}: {', '.join(dict.fromkeys(names))}" for party, names in sorted(by_party.items())]
        cache[entity_id] = "\n".join(lines)
    return cache[entity_id]


def render_html(gaz: Gazetteer, docs: list[tuple[str, Document]], rendering: str | None = None) -> str:
    """One page for ``docs`` (title, document) pairs. ``rendering`` says how names were asked to be written
    (``as ru-gov, in en``): each document's rendered text then follows its marked-up source under that heading."""
    cache: dict[str, str] = {}
    parts = ["<!doctype html><html><head><meta charset='utf-8'><title>toponyms</title>", f"<style>{STYLE}</style></head><body>"]
    for title, doc in docs:
        parts.append(f"<h1>{escape(title)}</h1><article>")
        pos = 0
        for m in doc.mentions:
            parts.append(escape(doc.text[pos : m.start]))
            tip = escape(tooltip(gaz, m.entity.id, cache), quote=True)
            parts.append(f"<mark class='{m.entity.kind}' title=\"{tip}\" data-id='{escape(m.entity.id)}'>{escape(m.text)}</mark>")
            pos = m.end
        parts.append(escape(doc.text[pos:]) + "</article>")
        if rendering is not None:
            parts.append(f"<h2>Written {escape(rendering)}</h2><article>{escape(doc.normalized)}</article>")
        rows = "".join(
            f"<tr><td>{escape(m.text)}</td><td>{escape(m.entity.name)}</td><td>{escape(m.entity.id)}</td><td>{m.score:.2f}</td></tr>"
            for m in doc.mentions
        )
        parts.append(f"<table><tr><th>mention</th><th>entity</th><th>id</th><th>score</th></tr>{rows}</table>")
    parts.append("</body></html>")
    return "".join(parts)
