"""Given names in the eight languages, from Faker's person providers.

A capitalized word after a given name is most often a surname, even where a
place has that name too (Eric Stevens, Bill Robinson, Markus Söder), and a
place named like a given name before a capitalized word is most often the
given name (Linda Flowers). Word frequency alone cannot tell: Eric, Bill and
Linda are common words to wordfreq. Faker (MIT) keeps lists of the given names
of each locale, several weighted from national statistics (en_US from the US
Social Security Administration's); no library of ours knows given names in
these languages, and a list of our own would be invented data.

    >>> "Eric" in given_names(), "Markus" in given_names(), "Stevens" in given_names()
    (True, True, False)
    >>> "Markus" in given_names("de"), "Markus" in given_names("it")
    (True, False)
    >>> "Walker" in surnames(), "Tech" in surnames()
    (True, False)
"""

from __future__ import annotations

import importlib
from functools import lru_cache

#: Faker's locales whose person providers list the given names of each language.
LOCALES = {
    "en": ("en_US", "en_GB", "en_IE", "en_NZ"),
    "de": ("de_DE", "de_AT", "de_CH"),
    "fr": ("fr_FR",),
    "es": ("es_ES",),
    "it": ("it_IT",),
    "pl": ("pl_PL",),
    "ru": ("ru_RU",),
    "uk": ("uk_UA",),
}
#: The provider attributes that hold given names and surnames (a tuple, or a dict of name → weight).
_GIVEN = ("first_names", "first_names_male", "first_names_female")
_SURNAMES = ("last_names", "last_names_male", "last_names_female")


@lru_cache(maxsize=None)
def given_names(lang: str | None = None) -> frozenset[str]:
    """The given names of ``lang``'s locales, or of all eight languages' (None), as written.

    All languages' by default: news name foreigners (Nico Williams in a Spanish
    paper, Bart De Wever in a French one). Loaded on first use (Faker's import
    takes about 0.1 s), then shared by every thread.
    """
    return _names(_GIVEN, (lang,) if lang else tuple(LOCALES))


@lru_cache(maxsize=None)
def surnames() -> frozenset[str]:
    """The commonest surnames of the eight languages' locales (en_US: the 1,000 commonest of the US census)."""
    return _names(_SURNAMES, tuple(LOCALES))


def _names(attributes: tuple[str, ...], langs: tuple[str, ...]) -> frozenset[str]:
    names: set[str] = set()
    for lang in langs:
        for locale in LOCALES.get(lang, ()):
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
            for attribute in attributes:
                names.update(getattr(provider, attribute, ()))
    return frozenset(name for name in names if " " not in name and name[:1].isupper())
