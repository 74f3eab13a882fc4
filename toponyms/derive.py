"""Forms derived from stored names at compile time, so that lookups stay simple.

The resolver must find ``Gladkov`` and ``V. Gladkov`` for the person named
Vyacheslav Gladkov, ``Belgorod region`` for Belgorod Oblast, and ``Artjomowsk``
for a town stored only as Артёмовск. Rather than guess at query time, the
compiler derives these forms once from the stored names and indexes them
under their matching key, tagged with how they were made (:data:`HOW`).
"""

from __future__ import annotations

import re
from typing import Iterator

#: How a key-index entry was made; stored as a small integer beside the name row.
HOW = ("key", "variant", "surname", "region-stem")
KEY, VARIANT, SURNAME, REGION_STEM = range(4)

#: Generic words for first-level divisions, in the languages served. A query or
#: a region name containing one of them is also indexed/looked up without it. (ОВА, ОДА:
#: Ukrainian news names an oblast by its military or state administration, Харківська ОВА.)
REGION_WORDS = frozenset(
    """
    oblast óblast oblast' oblasti region regions province provinz provincia province krai kray
    raion rayon district okrug republic autonomous prefecture prefectures exclave
    область області обл край республика республіка регион регіон район округ
    obwód obwodu obłast region regionu gebiet oblastʹ région regione región województwo
    ова ода
    """.split()
)
#: Russian "области" and Ukrainian "області": the plural of "область" and a singular case of it
#: (Курская и Белгородская области; в Курской области).
SINGULAR_OR_PLURAL_DIVISION = frozenset({"области", "області"})
_TOKEN = re.compile(r"[\w'’.-]+")
#: Words for other divisions, which are no name either when nothing else is left
#: (Republic County, Kansas, stripped of "republic", is not "County").
_GENERIC_LEFTOVERS = frozenset("county parish borough city area".split())
#: Prepositions that join a division word to its name in French, Spanish and Italian (not
#: English "of": District of Columbia is no Columbia), dropped with the division word.
_LINKS = frozenset("de di du des del della".split())
_ELIDED_LINK = re.compile(r"^(?:[Dd]|[Dd]ell)['’](?=\w)")


def strip_region_words(text: str) -> str | None:
    """``text`` without its generic division words, or None when it had none (or nothing else).

    >>> strip_region_words("Belgorod region")
    'Belgorod'
    >>> strip_region_words("Белгородская область")
    'Белгородская'
    >>> strip_region_words("Belgorod") is None
    True
    >>> strip_region_words("Republic County") is None
    True
    >>> strip_region_words("oblast d'Odessa"), strip_region_words("regione di Odessa")
    ('Odessa', 'Odessa')
    """
    if text.isalpha():  # one word: nothing to strip, or nothing left (the resolver asks for every query)
        return None
    tokens = _TOKEN.findall(text)
    kept = [t for t in tokens if t.casefold() not in REGION_WORDS]
    if len(kept) == len(tokens) or all(t.casefold() in _GENERIC_LEFTOVERS for t in kept):
        return None
    if len(kept) > 1 and kept[0].casefold() in _LINKS:  # oblast de Donetsk → Donetsk
        kept = kept[1:]
    kept[0] = _ELIDED_LINK.sub("", kept[0])  # oblast d'Odessa → Odessa
    return " ".join(kept)


def person_forms(text: str) -> Iterator[tuple[str, int]]:
    """Surname and initial + surname of a multi-word person name.

    >>> list(person_forms("Vyacheslav Gladkov"))
    [('Gladkov', 2), ('V. Gladkov', 2)]
    """
    tokens = text.split()
    if len(tokens) < 2:
        return
    surname = tokens[-1]
    yield surname, SURNAME
    yield f"{tokens[0][0]}. {surname}", SURNAME


#: Countries whose towns GeoNames names with the Arabic article (Al Qāmishlī, El-Hodeidah, An Nasiriyah).
ARABIC_COUNTRIES = frozenset("AE BH DZ EG IQ JO KW LB LY MA MR OM PS QA SA SD SY TN YE".split())
#: A town that size or bigger is named in English news without its article (Qamishli, Hodeidah, Mukalla).
ARTICLE_DROPPED_POPULATION = 50_000
#: The Arabic article, as romanized before a capitalized name, assimilated or not (Al, El, Ar-, As, Ash, An...),
#: and the name after it, of five letters or more (As Salt is no "Salt": too short a word to tell).
_ARABIC_ARTICLE = re.compile(r"\A(?:Al|El|Ad|Adh|An|Ar|As|Ash|At|Ath|Az)[- ](?P<name>[A-ZḨḐŞŢẔĀĪŪ]\w{4,}(?: \S+)*)\Z")


def article_dropped(text: str) -> str | None:
    """The name of a town of an Arabic-speaking country without its leading article, as English news
    write it (Al-Qamishli: Qamishli; El-Hodeidah: Hodeidah), or None.

    >>> article_dropped("Al-Qamishli"), article_dropped("An Nasiriyah"), article_dropped("As Salt")
    ('Qamishli', 'Nasiriyah', None)
    """
    match = _ARABIC_ARTICLE.match(text)
    return match.group("name") if match else None


def derived_forms(kind: str, text: str) -> Iterator[tuple[str, int]]:
    """Every derived form of the name ``text`` of an entity of ``kind``.

    >>> list(derived_forms("country", "Democratic Republic of the Congo"))
    [('Democratic Republic of Congo', 1)]
    """
    if kind == "person":
        yield from person_forms(text)
        return
    if kind in ("country", "region") and " of the " in text:
        # English news drop the article of a state's formal name: Democratic Republic of Congo, Republic
        # of Congo (Reuters, AP), Republic of Philippines.
        yield text.replace(" of the ", " of ", 1), VARIANT
    if kind == "region":
        stem = strip_region_words(text)
        if stem:
            yield stem, REGION_STEM
