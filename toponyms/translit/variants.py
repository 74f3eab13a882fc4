"""All the Latin spellings the toolkit generates for a Cyrillic name: the forward half of ``toponyms variants``."""

from __future__ import annotations

from .detect import cyrillic_langs
from .romanize import romanizations


def cyrillic_variants(name: str, lang: str | None = None) -> set[str]:
    """``name`` and its romanizations under every scheme of ``lang``, or of every language its letters fit.

    A name spelled alike in Russian and Ukrainian (Бахмут) gets both sets; a
    Latin ``name`` has no generated variants and comes back alone. The Latin →
    entity direction (Artemovsk → Bakhmut's names) needs the gazetteer, which
    :func:`toponyms.variants` adds on top of this.

    >>> sorted(cyrillic_variants("Бахмут"))
    ['Bachmut', 'Bahmut', 'Bajmut', 'Bakhmout', 'Bakhmut', 'Baxmut', 'Бахмут']
    >>> cyrillic_variants("Bakhmut")
    {'Bakhmut'}
    """
    variants = {name}
    for code in (lang,) if lang else cyrillic_langs(name):
        variants.update(romanizations(name, code).values())
    return variants
