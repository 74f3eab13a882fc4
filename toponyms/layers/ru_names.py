"""Russian names of Russia's oblasts, krais and autonomous okrugs, read back from ISO 3166-2's romanization.

pycountry's Russian catalogue has no Russian names for Russia's own subdivisions (ISO writes
them romanized: Omskaya oblast'), so "в Омской области" found nothing. The romanization is
BGN/PCGN-like and nearly one-to-one, but not quite: ``ts`` is ц (Lipetskaya) or тс (Irkutskaya),
``e`` is е or э, and ``y`` is й after a vowel and ы after a consonant. Every reading is spelled
out and kept only when pymorphy3's dictionary knows each of its words and no other reading is
also known. Hand-written: ``transliterate``'s reverse mode gives Омскаыа областЬ, and no library
reverses BGN/PCGN. Republics are left out: their Russian names are not their ISO names' words
in order (Adygeya, Respublika is Республика Адыгея).
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

#: ISO 3166-2 subdivision types whose names are an adjective and a generic word (republics are
#: read by :func:`republic_names`).
TYPES = frozenset({"Administrative region", "Administrative territory", "Autonomous district", "Autonomous region"})

_LETTERS = {
    "shch": ("щ",), "kh": ("х",), "ch": ("ч",), "sh": ("ш",), "zh": ("ж",), "ts": ("ц", "тс"),
    "yu": ("ю",), "ya": ("я",), "yo": ("ё",), "ye": ("е",), "'": ("ь",),
    "a": ("а",), "b": ("б",), "v": ("в",), "g": ("г",), "d": ("д",), "e": ("е", "э"), "z": ("з",),
    "i": ("и",), "k": ("к",), "l": ("л",), "m": ("м",), "n": ("н",), "o": ("о",), "p": ("п",),
    "r": ("р",), "s": ("с",), "t": ("т",), "u": ("у",), "f": ("ф",), "-": ("-",),
}
_TOKEN = re.compile("|".join(sorted(map(re.escape, _LETTERS), key=len, reverse=True)) + "|y")
_VOWELS = frozenset("аеёиоуыэюя")


def _readings(word: str) -> list[str]:
    """Every Cyrillic spelling the romanized ``word`` may stand for, or [] when it has a letter
    outside the scheme."""
    lower = word.lower()
    tokens = _TOKEN.findall(lower)
    if "".join(tokens) != lower:
        return []
    out = []
    for choice in itertools.product(*(_LETTERS.get(t, ("y",)) for t in tokens)):
        text = ""
        for letter in choice:
            text += ("й" if text and text[-1] in _VOWELS else "ы") if letter == "y" else letter
        out.append(text)
    return out


@lru_cache(maxsize=1)
def _morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


def russian_name(iso_text: str) -> str | None:
    """The Russian name for an ISO romanized name (Omskaya oblast' → Омская область): the one
    reading whose every word the dictionary knows, capitalized as the romanization is
    (Khanty-Mansiyskiy → Ханты-Мансийский); None when no reading, or more than one, is."""
    morph = _morph()
    words = []
    for word in iso_text.split():
        known = {r for r in _readings(word) if all(morph.word_is_known(part) for part in r.split("-"))}
        if len(known) != 1:
            return None
        parts = zip(word.split("-"), known.pop().split("-"))
        words.append("-".join(cyr[:1].upper() + cyr[1:] if lat[:1].isupper() else cyr for lat, cyr in parts))
    return " ".join(words) or None


def republic_names(iso_name: str) -> tuple[str | None, str | None]:
    """(official, short) Russian names of a republic: ``Tatarstan, Respublika`` → (Республика
    Татарстан, Татарстан), as the Constitution (article 65) and the news write them;
    ``Chuvashskaya Respublika`` → (Чувашская Республика, None). Names of more than one word
    before the comma (Mariy El, Severnaya Osetiya) are left out: Эл reads as ел."""
    if iso_name.endswith(", Respublika"):
        stem = iso_name.removesuffix(", Respublika")
        if " " in stem or (short := russian_name(stem)) is None:
            return None, None
        return f"Республика {short}", short
    if iso_name.endswith(" Respublika") and (adjective := russian_name(iso_name.removesuffix(" Respublika"))):
        return f"{adjective} Республика", None
    return None, None
