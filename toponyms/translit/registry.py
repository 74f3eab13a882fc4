"""The named romanization schemes for Russian, Ukrainian and Belarusian, and where each one comes from.

Three sources, chosen per scheme from measured behaviour
(``shared/notes/transliteration-libraries.md``):

* **iuliia** for the Russian standards (BGN/PCGN, ISO 9, GOST 7.79 B, ICAO,
  scholarly, ALA-LC, Wikipedia). Wrapped: 8 of its tables write a Cyrillic
  ``ё`` into the Latin output (replaced by ``ë``), and it garbles ALL-CAPS
  words (the shared :class:`~toponyms.translit.engine.WordRomanizer` only
  feeds it lower case).
* **translitua** for Ukrainian: its national 2010 table (KMU resolution 55,
  also BGN/PCGN since 2019) is correct on every context rule we checked, and
  it has the older BGN 1965, ISO 9 and scholarly tables.
* **Our data tables** in ``toponyms/schemes/*.json`` for what no library has:
  the German, French, Spanish, Polish, Italian and Czech press conventions,
  the Russian-style romanization of Ukrainian names, and both Belarusian
  systems. They are iuliia-format files run by iuliia's own engine
  (:class:`iuliia.FileRepo`), so a rule is fixed by editing data, and each
  file's ``samples`` are its tests.

``transliterate`` romanizes no scheme here: it follows no standard (its
Russian table is informal chat translit, and Latin → Cyrillic gives Бакхмут
for Bakhmut). ``unidecode`` merges Ukrainian и/і and г/ґ, so it only stands in,
in the engine, for a letter a scheme does not map at all (ә in a Russian
table), rather than leave a Cyrillic letter in Latin output.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import iuliia
import translitua

from toponyms.errors import UsageError

from .engine import WordFunction, WordRomanizer

LANGS = ("ru", "uk", "be")
#: Our iuliia-format data tables (package data, listed in pyproject).
TABLES_DIR = Path(__file__).resolve().parent.parent / "schemes"

#: Apostrophes inside a word become ъ for iuliia, whose engine would split the word there; ъ is
#: the letter the apostrophe stands for (В'ячеслав ≈ Въячеслав), and our Ukrainian and Belarusian
#: tables map it like the apostrophe (dropped, or ” in BGN/PCGN).
_APOSTROPHE_TO_HARD_SIGN = str.maketrans({"'": "ъ", "\u2019": "ъ", "\u02bc": "ъ"})
#: iuliia writes U+0451 CYRILLIC ё instead of Latin ë in 8 schemes (BGN/PCGN, ISO 9, ALA-LC,
#: scientific...); nalgeon/iuliia has no fix, Homyakin/iuliia-java#5 reports it.
_LATIN_E_DIAERESIS = str.maketrans({"ё": "ë", "Ё": "Ë"})
#: The Russian habit of writing е for ё (Артемовск), which gives the English press its Artemovsk.
_YO_AS_YE = str.maketrans({"ё": "е"})


@dataclass(frozen=True)
class Scheme:
    """One named romanization scheme: ``romanize(text)`` turns Cyrillic ``text`` into Latin."""

    lang: str
    name: str
    description: str
    source: str
    romanize: Callable[[str], str] = field(repr=False, compare=False)


def _iuliia(schema: iuliia.Schema, before: dict[int, str] | None = None) -> WordFunction:
    pre = dict(_APOSTROPHE_TO_HARD_SIGN) | (before or {})
    return lambda word: schema.translate(word.translate(pre)).translate(_LATIN_E_DIAERESIS)


def _translitua(table: type, before: Callable[[str], str] | None = None, after: dict[int, str] | None = None) -> WordFunction:
    def convert(word: str) -> str:
        out = translitua.translit(before(word) if before else word, table)
        return out.translate(after) if after else out

    return convert


@cache
def _tables() -> iuliia.FileRepo:
    return iuliia.FileRepo(TABLES_DIR)


def _table(name: str) -> WordFunction:
    return _iuliia(_tables().get(name))


def _table_description(name: str) -> str:
    schema = _tables().get(name)
    return schema.description or name


# (lang, scheme, source, description or None for a data table, word function factory)
_SPECS: tuple[tuple[str, str, str, str | None, Callable[[], WordFunction]], ...] = (
    ("ru", "bgn-pcgn", "iuliia bgn_pcgn",
     "BGN/PCGN 1947, the UK/US geographic-names system: е ye at word start and after vowels, ъ, ь; "
     "ё ë (yë in the same places: Артёмовск → Artëmovsk); ь ’, ъ ”; тс t·s. Drop the diacritic and the "
     "apostrophes and you get the English press forms of `wikipedia` (Artyomovsk) or `press-en-simple`.",
     lambda: _iuliia(iuliia.BGN_PCGN)),
    ("ru", "iso9", "iuliia gost_779", "ISO 9:1995 = GOST 7.79-2000 system A, one Latin letter per Cyrillic "
     "letter (Vâčeslav, Ŝëlkovo); reversible.", lambda: _iuliia(iuliia.GOST_779)),
    ("ru", "gost-779-b", "iuliia gost_779_alt", "GOST 7.79-2000 system B, ASCII-only (Vyacheslav, Shhyolkovo, "
     "El`cin).", lambda: _iuliia(iuliia.GOST_779_ALT)),
    ("ru", "icao", "iuliia icao_doc_9303", "ICAO Doc 9303, Russian passports since 2013 (Artemovsk, "
     "Viacheslav, Iurii, Podieezd).", lambda: _iuliia(iuliia.ICAO_DOC_9303)),
    ("ru", "scholarly", "iuliia scientific", "Scholarly (scientific) transliteration, as in Slavic studies and "
     "it.wikipedia titles (Vjačeslav, Gorbačëv, Chruščëv).", lambda: _iuliia(iuliia.SCIENTIFIC)),
    ("ru", "ala-lc", "iuliia ala_lc", "ALA-LC, Library of Congress (Vi͡acheslav, I͡uriĭ).",
     lambda: _iuliia(iuliia.ALA_LC)),
    ("ru", "wikipedia", "iuliia wikipedia", "English Wikipedia and English press: simplified BGN without "
     "diacritics or apostrophes; ё yo (Artyomovsk, Solovyov), -ий/-ый -y (Yury, Zelensky).",
     lambda: _iuliia(iuliia.WIKIPEDIA)),
    ("ru", "press-en-simple", "iuliia wikipedia, ё read as е", "English press where the Russian source "
     "omits the dots of ё (Артемовск): the `wikipedia` scheme applied with ё → е (Artemovsk, Gorbachev, "
     "Khrushchev, Solovyev).", lambda: _iuliia(iuliia.WIKIPEDIA, _YO_AS_YE)),
    ("ru", "de", "table ru_de", None, lambda: _table("ru_de")),
    ("ru", "fr", "table ru_fr", None, lambda: _table("ru_fr")),
    ("ru", "es", "table ru_es", None, lambda: _table("ru_es")),
    ("ru", "pl", "table ru_pl", None, lambda: _table("ru_pl")),
    ("ru", "it", "table ru_it", None, lambda: _table("ru_it")),
    ("ru", "cs", "table ru_cs", None, lambda: _table("ru_cs")),
    ("uk", "national", "translitua UkrainianKMU", "Ukrainian national system 2010 (KMU resolution 55): "
     "є ї й ю я → ye yi y yu ya at word start, ie i i iu ia elsewhere; зг zgh; ь and apostrophe dropped "
     "(Yenakiieve, Zghorany, Kharkiv, Zelenskyi).", lambda: _translitua(translitua.UkrainianKMU)),
    ("uk", "bgn-pcgn", "translitua UkrainianKMU", "BGN/PCGN for Ukrainian since 2019 (and UNGEGN since "
     "2012) is the national 2010 system, so this gives the same output as `national`; the earlier "
     "BGN/PCGN system is `bgn-1965`.", lambda: _translitua(translitua.UkrainianKMU)),
    ("uk", "bgn-1965", "translitua UkrainianBGN", "BGN/PCGN 1965, used until 2019 and in older maps and press "
     "(Kyyiv, Zaporizhzhya, Mykolayiv, Zelens'kyy); зг → z·h as in the BGN table.",
     lambda: _translitua(translitua.UkrainianBGN, before=lambda word: word.replace("зг", "з·г"))),
    ("uk", "iso9", "translitua UkrainianISO9", "ISO 9:1995 for Ukrainian (Harkìv, Kiïv, Ênakìêve); ь is the "
     "modifier prime ʹ of the standard (translitua writes the prime symbol ′).",
     lambda: _translitua(translitua.UkrainianISO9, after=str.maketrans({"\u2032": "\u02b9"}))),
    ("uk", "scholarly", "translitua UkrainianWWS", "Scholarly transliteration (Xarkiv, Kyjiv, Zaporižžja, "
     "Zelensʹkyj).", lambda: _translitua(translitua.UkrainianWWS)),
    ("uk", "ru-style", "table uk_ru_style", None, lambda: _table("uk_ru_style")),
    ("uk", "de", "table uk_de", None, lambda: _table("uk_de")),
    ("uk", "fr", "table uk_fr", None, lambda: _table("uk_fr")),
    ("uk", "es", "table uk_es", None, lambda: _table("uk_es")),
    ("uk", "pl", "table uk_pl", None, lambda: _table("uk_pl")),
    ("uk", "it", "table uk_it", None, lambda: _table("uk_it")),
    ("uk", "cs", "table uk_cs", None, lambda: _table("uk_cs")),
    ("be", "national", "table be_national", None, lambda: _table("be_national")),
    ("be", "bgn-pcgn", "table be_bgn_pcgn", None, lambda: _table("be_bgn_pcgn")),
)


@cache
def _registry() -> dict[str, dict[str, Scheme]]:
    registry: dict[str, dict[str, Scheme]] = {lang: {} for lang in LANGS}
    shared: dict[str, WordRomanizer] = {}
    for lang, name, source, description, factory in _SPECS:
        # Schemes with one source (uk national = uk bgn-pcgn) share a romanizer and its cache.
        romanizer = shared.get(source) or shared.setdefault(source, WordRomanizer(factory()))
        if description is None:
            description = _table_description(source.removeprefix("table "))
        registry[lang][name] = Scheme(lang, name, description, source, romanizer)
    return registry


def schemes(lang: str) -> list[str]:
    """Names of the romanization schemes for ``lang`` (``ru``, ``uk`` or ``be``), in display order.

    >>> schemes("be")
    ['national', 'bgn-pcgn']
    >>> schemes("uk")[:3]
    ['national', 'bgn-pcgn', 'bgn-1965']
    """
    return list(lang_schemes(lang))


def get_scheme(lang: str, scheme: str) -> Scheme:
    """The :class:`Scheme` named ``scheme`` for ``lang``; :class:`UsageError` names the known ones otherwise.

    >>> get_scheme("ru", "de").source
    'table ru_de'
    """
    known = lang_schemes(lang)
    if scheme not in known:
        raise UsageError(f"unknown scheme {scheme!r} for language {lang!r}; known: {', '.join(known)}")
    return known[scheme]


def lang_schemes(lang: str) -> dict[str, Scheme]:
    """Scheme name → :class:`Scheme` for ``lang``; :class:`UsageError` for an unknown language."""
    registry = _registry()
    if lang not in registry:
        raise UsageError(f"unknown language {lang!r}; known: {', '.join(LANGS)}")
    return registry[lang]
