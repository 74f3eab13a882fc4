"""Romanize Cyrillic text under one named scheme, or under every scheme of a language."""

from __future__ import annotations

from .registry import lang_schemes, get_scheme


def translit(text: str, lang: str = "ru", scheme: str = "bgn-pcgn") -> str:
    """Romanize the Cyrillic words of ``text`` under ``scheme`` for ``lang``; other text passes unchanged.

    Raises :class:`toponyms.errors.UsageError` for an unknown ``lang`` or ``scheme``
    (the message lists the known ones; :func:`schemes` lists them too).

    >>> translit("Артёмовск")
    'Artëmovsk'
    >>> translit("Артёмовск", scheme="wikipedia"), translit("Артёмовск", scheme="press-en-simple")
    ('Artyomovsk', 'Artemovsk')
    >>> translit("Вячеслав", scheme="de"), translit("Вячеслав", scheme="pl"), translit("Вячеслав", scheme="fr")
    ('Wjatscheslaw', 'Wiaczesław', 'Viatcheslav')
    >>> translit("Згорани, ЄНАКІЄВЕ", lang="uk", scheme="national")
    'Zghorany, YENAKIIEVE'
    >>> translit("Kharkiv 2022", lang="uk")
    'Kharkiv 2022'
    """
    return get_scheme(lang, scheme).romanize(text)


def romanizations(text: str, lang: str) -> dict[str, str]:
    """Every scheme of ``lang`` mapped to its romanization of ``text``, in :func:`schemes` order.

    Word results are cached per scheme, so a gazetteer's worth of names costs
    little more than its distinct words.

    >>> forms = romanizations("Харків", "uk")
    >>> forms["national"], forms["de"], forms["pl"], forms["fr"], forms["ru-style"]
    ('Kharkiv', 'Charkiw', 'Charkiw', 'Kharkiv', 'Kharkiv')
    """
    return {name: scheme.romanize(text) for name, scheme in lang_schemes(lang).items()}
