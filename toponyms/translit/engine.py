"""Run a word-level romanizer over text: find the Cyrillic words, keep their case, never leak Cyrillic.

Every scheme, whether a library table (iuliia, translitua) or one of our data
tables, is reduced to a function that romanizes one **lower-case** Cyrillic
word. :class:`WordRomanizer` does the rest, identically for all schemes:

* finds the Cyrillic words (with their inner apostrophes, В'ячеслав) and
  copies everything else — Latin text, digits, punctuation — unchanged;
* restores the case of the source word (lower, Title, ALL-CAPS, and
  camel-case runs such as МакДональд). Both libraries get ALL-CAPS words wrong
  (iuliia: ``ЩЁЛКОВО`` → ``ShchYoLKOVO``; translitua inside mixed text:
  ``YeNAKIIeVE``), so the word function only ever sees lower case;
* replaces any Cyrillic letter a scheme does not map (a Ukrainian ї in a
  Russian table, a Kazakh ә) with unidecode's ASCII guess, so no Latin output
  ever contains a Cyrillic letter;
* caches word results, since place names repeat their words (Новая, Красный).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from unidecode import unidecode

#: Cyrillic letters (U+0400–U+052F without the combining marks U+0483–U+0489).
_LETTER = "\u0400-\u0482\u048a-\u052f"
_STRESS_MARKS = "\u0300\u0301"
#: A Cyrillic word: letters (and stress marks), optionally joined by apostrophes, which
#: Ukrainian and Belarusian write inside words (В'ячеслав, Мар'іна).
_WORD = re.compile(f"[{_LETTER}][{_LETTER}{_STRESS_MARKS}]*(?:['\u2019\u02bc][{_LETTER}][{_LETTER}{_STRESS_MARKS}]*)*")
_CYRILLIC = re.compile(f"[{_LETTER}]")
_DROP_STRESS = str.maketrans("", "", _STRESS_MARKS)

WordFunction = Callable[[str], str]

#: Words remembered per scheme; enough for the frequent words of a gazetteer, bounded in memory.
CACHE_SIZE = 1 << 13


class WordRomanizer:
    """Romanize running text with a function that romanizes one lower-case Cyrillic word.

    >>> upper = WordRomanizer(lambda w: w.replace("ж", "zh").replace("у", "u").replace("к", "k"))
    >>> upper("Жук, ЖУК and жук!")
    'Zhuk, ZHUK and zhuk!'
    """

    def __init__(self, word_function: WordFunction, *, cache_size: int = CACHE_SIZE):
        self._convert = word_function
        self._word = lru_cache(maxsize=cache_size)(self._romanize_word)

    def __call__(self, text: str) -> str:
        if not _CYRILLIC.search(text):
            return text
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        return _WORD.sub(lambda match: self._word(match.group()), text)

    def _romanize_word(self, word: str) -> str:
        word = word.translate(_DROP_STRESS)
        lower = word.lower()
        if word == lower:
            return self._latin(lower)
        if word[1:] == lower[1:]:
            return _capitalize(self._latin(lower))
        if word.isupper():
            return self._latin(lower).upper()
        runs = _case_runs(word)
        if len(runs) > 1:
            return "".join(self._word(run) for run in runs)
        return _capitalize(self._latin(lower))

    def _latin(self, lower: str) -> str:
        out = self._convert(lower)
        if _CYRILLIC.search(out):
            out = _CYRILLIC.sub(lambda match: unidecode(match.group()), out)
        return out


def _case_runs(word: str) -> list[str]:
    """Split a camel-case word where a capital follows a small letter (МакДональд → Мак, Дональд)."""
    runs, start = [], 0
    for i in range(1, len(word)):
        if word[i].isupper() and word[i - 1].islower():
            runs.append(word[start:i])
            start = i
    runs.append(word[start:])
    return runs


def _capitalize(text: str) -> str:
    """Upper-case the first letter only (``shch`` → ``Shch``; ``str.capitalize`` would lower the rest)."""
    for i, char in enumerate(text):
        if char.isalpha():
            return text[:i] + char.upper() + text[i + 1 :]
    return text
